// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editstoryfieldscommand.h"

#include "models/archivecache.h"

#include <QStringList>
#include <QUndoStack>

namespace Copydesk::Commands {

namespace {
bool sameFields(const StoryRepository::Fields &a, const StoryRepository::Fields &b)
{
    return a.kicker == b.kicker && a.headline == b.headline && a.byline == b.byline;
}
} // namespace

EditStoryFieldsCommand::EditStoryFieldsCommand(ArchiveCache *cache, qint64 storyId,
                                               const StoryRepository::Fields &before,
                                               const StoryRepository::Fields &after,
                                               const QString &author, QUndoCommand *parent)
    : QUndoCommand(parent), m_cache(cache), m_storyId(storyId), m_before(before), m_after(after),
      m_author(author)
{
    const bool kicker = before.kicker != after.kicker;
    const bool headline = before.headline != after.headline;
    const bool byline = before.byline != after.byline;
    if (int(kicker) + int(headline) + int(byline) > 1)
        setText(tr("Edit story fields"));
    else if (kicker)
        setText(tr("Edit kicker"));
    else if (byline)
        setText(tr("Edit byline"));
    else
        setText(tr("Edit headline"));
}

QString EditStoryFieldsCommand::actionName() const
{
    QStringList fields;
    if (m_before.kicker != m_after.kicker)
        fields << QStringLiteral("kicker");
    if (m_before.headline != m_after.headline)
        fields << QStringLiteral("headline");
    if (m_before.byline != m_after.byline)
        fields << QStringLiteral("byline");
    return QStringLiteral("edit ") + fields.join(QStringLiteral(", "));
}

void EditStoryFieldsCommand::redo()
{
    Status status = m_cache ? m_cache->updateStoryFields(m_storyId, m_after, m_author,
                                                         actionName())
                            : failure(tr("The archive is closed."));
    if (!m_done) {
        m_done = true;
        if (!status)
            setObsolete(true);
        if (m_firstRunStatus)
            *m_firstRunStatus = status;
        m_firstRunStatus = nullptr;
    }
}

void EditStoryFieldsCommand::undo()
{
    // A failure is reported by the cache (writeFailed); the stack cannot refuse an undo.
    if (m_cache) {
        (void)m_cache->updateStoryFields(m_storyId, m_before, m_author,
                                         QStringLiteral("undo ") + actionName());
    }
}

Status editStoryFields(QUndoStack &stack, ArchiveCache &cache, qint64 storyId,
                       const StoryRepository::Fields &after, const QString &author)
{
    const std::optional<StoryRecord> story = cache.story(storyId);
    if (!story)
        return failure(EditStoryFieldsCommand::tr("Story %1 is not in the archive.").arg(storyId));
    const StoryRepository::Fields before{story->summary.kicker, story->summary.headline,
                                         story->summary.byline};
    if (sameFields(before, after))
        return success();
    Status status = success();
    auto *command = new EditStoryFieldsCommand(&cache, storyId, before, after, author);
    command->setFirstRunStatus(&status);
    stack.push(command); // runs redo(); deletes the command again if it became obsolete
    return status;
}

} // namespace Copydesk::Commands
