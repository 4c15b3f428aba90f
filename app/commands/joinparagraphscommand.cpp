// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "joinparagraphscommand.h"

namespace Copydesk::Commands {

JoinParagraphsCommand::JoinParagraphsCommand(ArchiveCache *cache,
                                             const ParagraphRepository::Place &first,
                                             const QString &user, QUndoCommand *parent)
    : ParagraphCommand(cache, user, tr("Join paragraphs"), parent), m_first(first)
{
}

Status JoinParagraphsCommand::apply(ArchiveCache &cache)
{
    auto id = paragraphAt(cache, m_first.storyId, m_first.position);
    if (!id)
        return failure(id.error());
    auto offset = cache.joinParagraphWithNext(id.value(), user());
    if (!offset)
        return failure(offset.error());
    m_offset = offset.value();
    return success();
}

Status JoinParagraphsCommand::revert(ArchiveCache &cache)
{
    auto id = paragraphAt(cache, m_first.storyId, m_first.position);
    if (!id)
        return failure(id.error());
    auto second = cache.splitParagraph(id.value(), m_offset, user());
    return second ? success() : failure(second.error());
}

Status joinParagraphs(QUndoStack &stack, ArchiveCache &cache,
                      const ParagraphRepository::Place &first, const QString &user)
{
    return pushParagraphCommand(stack, new JoinParagraphsCommand(&cache, first, user));
}

} // namespace Copydesk::Commands
