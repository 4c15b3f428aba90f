// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "models/archivecache.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

#include <optional>

class QUndoStack;

namespace Copydesk::Commands {

// What the paragraph-structure commands (move, split, join, revert a join) share. Each writes
// through the ArchiveCache (not owned: the window deletes the undo stacks before it closes or
// switches the archive), whose ParagraphRepository call is one transaction with a revision
// and refreshes what the models show. A failed first redo makes the command obsolete, so the
// stack drops it; later failures (the story changed under the command) are reported by the
// cache's writeFailed(), since the stack cannot refuse an undo.
//
// Paragraphs are named by their place (story and index), not by id: a split makes a new
// paragraph each time it is redone, and the stack's order guarantees the same structure at
// the same step.
class ParagraphCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::Commands::ParagraphCommand)
public:
    void redo() final;
    void undo() final;

    // Where the first redo reports its outcome (cleared afterwards); may be null.
    void setFirstRunStatus(Status *status) { m_firstRunStatus = status; }

protected:
    ParagraphCommand(ArchiveCache *cache, const QString &user, const QString &text,
                     QUndoCommand *parent);
    virtual Status apply(ArchiveCache &cache) = 0;
    virtual Status revert(ArchiveCache &cache) = 0;

    // The id of the paragraph at `position` in the story, or a failure.
    static Result<qint64> paragraphAt(const ArchiveCache &cache, qint64 storyId, int position);
    const QString &user() const { return m_user; }

private:
    QPointer<ArchiveCache> m_cache;
    QString m_user;
    Status *m_firstRunStatus = nullptr;
    bool m_done = false;
};

// Pushes `command` (taking it), runs its first redo and returns that outcome; a failed
// first redo leaves the stack as it was.
Status pushParagraphCommand(QUndoStack &stack, ParagraphCommand *command);

} // namespace Copydesk::Commands
