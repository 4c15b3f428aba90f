// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "models/archivecache.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

class QUndoStack;

namespace Copydesk::Commands {

// A proofreader's decision on a duplicate flag: remove the copy (accept), keep both (dismiss)
// or swap copy and original. Holds the flag id, the decision and the user; redo() stores the
// decision through the ArchiveCache (not owned: the window clears the review stack before it
// closes or switches the archive), undo() takes it back: FlagRepository::reopen for accept and
// dismiss (the copy returns, the pair may be flagged again), a second swap for a swap. Both
// record the user, so the archive shows who undid what. A failed first redo makes the command
// obsolete, so the stack drops it.
class ReviewDecisionCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::Commands::ReviewDecisionCommand)
public:
    using Decision = ArchiveCache::FlagDecision;

    ReviewDecisionCommand(ArchiveCache *cache, qint64 flagId, Decision decision,
                          const QString &user, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    qint64 flagId() const { return m_flagId; }
    Decision decision() const { return m_decision; }
    // Where the first redo reports its outcome (cleared afterwards); may be null.
    void setFirstRunStatus(Status *status) { m_firstRunStatus = status; }

private:
    QPointer<ArchiveCache> m_cache;
    qint64 m_flagId = 0;
    Decision m_decision = Decision::Accept;
    QString m_user;
    Status *m_firstRunStatus = nullptr;
    bool m_done = false;
};

// The functions widgets call. Each pushes one command (one undo step) and returns the first
// write's outcome; a failed write leaves the stack as it was.
Status removeDuplicate(QUndoStack &stack, ArchiveCache &cache, qint64 flagId, const QString &user);
Status keepDuplicate(QUndoStack &stack, ArchiveCache &cache, qint64 flagId, const QString &user);
Status swapDuplicate(QUndoStack &stack, ArchiveCache &cache, qint64 flagId, const QString &user);

} // namespace Copydesk::Commands
