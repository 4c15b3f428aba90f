// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "paragraphcommand.h"

namespace Copydesk::Commands {

// Moves a paragraph (a fragment cleanup put in the wrong story) to another story or to
// another place in its own story; undo moves it back to where it was. Its flags move with it.
class MoveParagraphCommand : public ParagraphCommand
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::Commands::MoveParagraphCommand)
public:
    // `target.position` past the end of the target story appends.
    MoveParagraphCommand(ArchiveCache *cache, const ParagraphRepository::Place &from,
                         const ParagraphRepository::Place &target, const QString &user,
                         QUndoCommand *parent = nullptr);

protected:
    Status apply(ArchiveCache &cache) override;
    Status revert(ArchiveCache &cache) override;

private:
    ParagraphRepository::Place m_from;
    ParagraphRepository::Place m_target;
    ParagraphRepository::Place m_landed; // where the first redo put it (appends are clamped)
};

// Pushes a MoveParagraphCommand for the paragraph at `from`. Returns the first write's outcome.
Status moveParagraph(QUndoStack &stack, ArchiveCache &cache, const ParagraphRepository::Place &from,
                     const ParagraphRepository::Place &target, const QString &user);

} // namespace Copydesk::Commands
