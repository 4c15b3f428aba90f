// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "moveparagraphcommand.h"

namespace Copydesk::Commands {

MoveParagraphCommand::MoveParagraphCommand(ArchiveCache *cache,
                                           const ParagraphRepository::Place &from,
                                           const ParagraphRepository::Place &target,
                                           const QString &user, QUndoCommand *parent)
    : ParagraphCommand(cache, user,
                       from.storyId == target.storyId ? tr("Move paragraph")
                                                      : tr("Move paragraph to another story"),
                       parent),
      m_from(from), m_target(target), m_landed(target)
{
}

Status MoveParagraphCommand::apply(ArchiveCache &cache)
{
    auto id = paragraphAt(cache, m_from.storyId, m_from.position);
    if (!id)
        return failure(id.error());
    auto was = cache.moveParagraph(id.value(), m_target, user());
    if (!was)
        return failure(was.error());
    if (auto now = cache.paragraphPlace(id.value()))
        m_landed = now.value();
    return success();
}

Status MoveParagraphCommand::revert(ArchiveCache &cache)
{
    auto id = paragraphAt(cache, m_landed.storyId, m_landed.position);
    if (!id)
        return failure(id.error());
    auto was = cache.moveParagraph(id.value(), m_from, user());
    return was ? success() : failure(was.error());
}

Status moveParagraph(QUndoStack &stack, ArchiveCache &cache, const ParagraphRepository::Place &from,
                     const ParagraphRepository::Place &target, const QString &user)
{
    return pushParagraphCommand(stack, new MoveParagraphCommand(&cache, from, target, user));
}

} // namespace Copydesk::Commands
