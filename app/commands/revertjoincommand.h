// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "paragraphcommand.h"

namespace Copydesk::Commands {

// Reverts an automatic join or jump decision of cleanup (the paragraph is split where the
// join was made, the decision marked "reverted"), or re-applies a reverted one; undo does the
// other. Decisions keep their id, so redo and undo name the same one every time.
class RevertJoinCommand : public ParagraphCommand
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::Commands::RevertJoinCommand)
public:
    enum class Direction
    {
        Revert,
        Reapply
    };

    RevertJoinCommand(ArchiveCache *cache, qint64 decisionId, Direction direction,
                      const QString &user, QUndoCommand *parent = nullptr);

    qint64 decisionId() const { return m_decisionId; }

protected:
    Status apply(ArchiveCache &cache) override;
    Status revert(ArchiveCache &cache) override;

private:
    Status run(ArchiveCache &cache, Direction direction) const;

    qint64 m_decisionId = 0;
    Direction m_direction = Direction::Revert;
};

// Push a RevertJoinCommand. Each returns the first write's outcome.
Status revertJoin(QUndoStack &stack, ArchiveCache &cache, qint64 decisionId, const QString &user);
Status reapplyJoin(QUndoStack &stack, ArchiveCache &cache, qint64 decisionId, const QString &user);

} // namespace Copydesk::Commands
