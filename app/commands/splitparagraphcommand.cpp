// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "splitparagraphcommand.h"

namespace Copydesk::Commands {

SplitParagraphCommand::SplitParagraphCommand(ArchiveCache *cache,
                                             const ParagraphRepository::Place &paragraph,
                                             int offset, const QString &user, QUndoCommand *parent)
    : ParagraphCommand(cache, user, tr("Split paragraph"), parent), m_paragraph(paragraph),
      m_offset(offset)
{
}

Status SplitParagraphCommand::apply(ArchiveCache &cache)
{
    auto id = paragraphAt(cache, m_paragraph.storyId, m_paragraph.position);
    if (!id)
        return failure(id.error());
    auto second = cache.splitParagraph(id.value(), m_offset, user());
    return second ? success() : failure(second.error());
}

Status SplitParagraphCommand::revert(ArchiveCache &cache)
{
    auto id = paragraphAt(cache, m_paragraph.storyId, m_paragraph.position);
    if (!id)
        return failure(id.error());
    auto offset = cache.joinParagraphWithNext(id.value(), user());
    return offset ? success() : failure(offset.error());
}

Status splitParagraph(QUndoStack &stack, ArchiveCache &cache,
                      const ParagraphRepository::Place &paragraph, int offset, const QString &user)
{
    return pushParagraphCommand(stack, new SplitParagraphCommand(&cache, paragraph, offset, user));
}

} // namespace Copydesk::Commands
