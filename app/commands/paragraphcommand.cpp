// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "paragraphcommand.h"

#include <QUndoStack>

namespace Copydesk::Commands {

ParagraphCommand::ParagraphCommand(ArchiveCache *cache, const QString &user, const QString &text,
                                   QUndoCommand *parent)
    : QUndoCommand(text, parent), m_cache(cache), m_user(user)
{
}

void ParagraphCommand::redo()
{
    Status status = m_cache ? apply(*m_cache) : failure(tr("The archive is closed."));
    if (!m_done) {
        m_done = true;
        if (!status)
            setObsolete(true);
        if (m_firstRunStatus)
            *m_firstRunStatus = status;
        m_firstRunStatus = nullptr;
    }
}

void ParagraphCommand::undo()
{
    if (m_cache)
        (void)revert(*m_cache);
}

Result<qint64> ParagraphCommand::paragraphAt(const ArchiveCache &cache, qint64 storyId,
                                             int position)
{
    const std::optional<StoryRecord> story = cache.story(storyId);
    if (!story)
        return Result<qint64>::failure(tr("Story %1 is not in the archive.").arg(storyId));
    if (position < 0 || position >= story->paragraphs.size())
        return Result<qint64>::failure(
            tr("The story has no paragraph %1 any more.").arg(position + 1));
    return story->paragraphs.at(position).id;
}

Status pushParagraphCommand(QUndoStack &stack, ParagraphCommand *command)
{
    Status status = success();
    command->setFirstRunStatus(&status);
    stack.push(command); // runs redo(); deletes the command again if it became obsolete
    return status;
}

} // namespace Copydesk::Commands
