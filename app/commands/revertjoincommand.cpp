// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "revertjoincommand.h"

namespace Copydesk::Commands {

RevertJoinCommand::RevertJoinCommand(ArchiveCache *cache, qint64 decisionId, Direction direction,
                                     const QString &user, QUndoCommand *parent)
    : ParagraphCommand(cache, user,
                       direction == Direction::Revert ? tr("Revert join") : tr("Re-apply join"),
                       parent),
      m_decisionId(decisionId), m_direction(direction)
{
}

Status RevertJoinCommand::run(ArchiveCache &cache, Direction direction) const
{
    if (direction == Direction::Revert) {
        auto second = cache.revertJoin(m_decisionId, user());
        return second ? success() : failure(second.error());
    }
    return cache.reapplyJoin(m_decisionId, user());
}

Status RevertJoinCommand::apply(ArchiveCache &cache)
{
    return run(cache, m_direction);
}

Status RevertJoinCommand::revert(ArchiveCache &cache)
{
    return run(cache, m_direction == Direction::Revert ? Direction::Reapply : Direction::Revert);
}

Status revertJoin(QUndoStack &stack, ArchiveCache &cache, qint64 decisionId, const QString &user)
{
    return pushParagraphCommand(
        stack,
        new RevertJoinCommand(&cache, decisionId, RevertJoinCommand::Direction::Revert, user));
}

Status reapplyJoin(QUndoStack &stack, ArchiveCache &cache, qint64 decisionId, const QString &user)
{
    return pushParagraphCommand(
        stack,
        new RevertJoinCommand(&cache, decisionId, RevertJoinCommand::Direction::Reapply, user));
}

} // namespace Copydesk::Commands
