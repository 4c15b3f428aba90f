// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "storage/storyrepository.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

class QUndoStack;

namespace Copydesk {

class ArchiveCache;

namespace Commands {

// Sets a story's kicker, headline and byline. Holds the story id and both sets of values;
// every redo and undo writes through the ArchiveCache (not owned: the window deletes the undo
// stacks before it closes or switches the archive), which stores a revision each time and
// tells the models. A failed first redo makes the command obsolete, so the stack drops it.
class EditStoryFieldsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::Commands::EditStoryFieldsCommand)
public:
    EditStoryFieldsCommand(ArchiveCache *cache, qint64 storyId,
                           const StoryRepository::Fields &before,
                           const StoryRepository::Fields &after, const QString &author,
                           QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    qint64 storyId() const { return m_storyId; }
    // Where the first redo reports its outcome (cleared afterwards); may be null.
    void setFirstRunStatus(Status *status) { m_firstRunStatus = status; }

private:
    QString actionName() const; // as stored in the revision, e.g. "edit headline"

    QPointer<ArchiveCache> m_cache;
    qint64 m_storyId = 0;
    StoryRepository::Fields m_before;
    StoryRepository::Fields m_after;
    QString m_author;
    Status *m_firstRunStatus = nullptr;
    bool m_done = false;
};

// Pushes an EditStoryFieldsCommand that changes the story to `after`, reading the current
// values from the cache. Nothing is pushed when nothing changes. Returns the first write's
// outcome; a failed write leaves the stack as it was.
Status editStoryFields(QUndoStack &stack, ArchiveCache &cache, qint64 storyId,
                       const StoryRepository::Fields &after, const QString &author);

} // namespace Commands
} // namespace Copydesk
