// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewdecisioncommand.h"

#include <QUndoStack>

namespace Copydesk::Commands {

namespace {
QString commandText(ReviewDecisionCommand::Decision decision)
{
    using D = ReviewDecisionCommand::Decision;
    switch (decision) {
    case D::Accept:
        return ReviewDecisionCommand::tr("Remove duplicate paragraph");
    case D::Dismiss:
        return ReviewDecisionCommand::tr("Keep both paragraphs");
    case D::Swap:
        return ReviewDecisionCommand::tr("Swap copy and original");
    case D::Reopen:
        return ReviewDecisionCommand::tr("Reopen duplicate flag");
    }
    return {};
}

ReviewDecisionCommand::Decision inverse(ReviewDecisionCommand::Decision decision)
{
    using D = ReviewDecisionCommand::Decision;
    return decision == D::Swap ? D::Swap : D::Reopen;
}

Status push(QUndoStack &stack, ArchiveCache &cache, qint64 flagId,
            ReviewDecisionCommand::Decision decision, const QString &user)
{
    Status status = success();
    auto *command = new ReviewDecisionCommand(&cache, flagId, decision, user);
    command->setFirstRunStatus(&status);
    stack.push(command); // runs redo(); deletes the command again if it became obsolete
    return status;
}
} // namespace

ReviewDecisionCommand::ReviewDecisionCommand(ArchiveCache *cache, qint64 flagId, Decision decision,
                                             const QString &user, QUndoCommand *parent)
    : QUndoCommand(commandText(decision), parent), m_cache(cache), m_flagId(flagId),
      m_decision(decision), m_user(user)
{
}

void ReviewDecisionCommand::redo()
{
    Status status = m_cache ? m_cache->decideFlag(m_flagId, m_decision, m_user)
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

void ReviewDecisionCommand::undo()
{
    // A failure is reported by the cache (writeFailed); the stack cannot refuse an undo.
    if (m_cache)
        (void)m_cache->decideFlag(m_flagId, inverse(m_decision), m_user);
}

Status removeDuplicate(QUndoStack &stack, ArchiveCache &cache, qint64 flagId, const QString &user)
{
    return push(stack, cache, flagId, ReviewDecisionCommand::Decision::Accept, user);
}

Status keepDuplicate(QUndoStack &stack, ArchiveCache &cache, qint64 flagId, const QString &user)
{
    return push(stack, cache, flagId, ReviewDecisionCommand::Decision::Dismiss, user);
}

Status swapDuplicate(QUndoStack &stack, ArchiveCache &cache, qint64 flagId, const QString &user)
{
    return push(stack, cache, flagId, ReviewDecisionCommand::Decision::Swap, user);
}

} // namespace Copydesk::Commands
