// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "paragraphcommand.h"

namespace Copydesk::Commands {

// Splits a paragraph in two at a character offset (a join cleanup should not have made);
// undo joins the two halves again.
class SplitParagraphCommand : public ParagraphCommand
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::Commands::SplitParagraphCommand)
public:
    SplitParagraphCommand(ArchiveCache *cache, const ParagraphRepository::Place &paragraph,
                          int offset, const QString &user, QUndoCommand *parent = nullptr);

protected:
    Status apply(ArchiveCache &cache) override;
    Status revert(ArchiveCache &cache) override;

private:
    ParagraphRepository::Place m_paragraph;
    int m_offset = 0;
};

// Pushes a SplitParagraphCommand. Returns the first write's outcome.
Status splitParagraph(QUndoStack &stack, ArchiveCache &cache,
                      const ParagraphRepository::Place &paragraph, int offset, const QString &user);

} // namespace Copydesk::Commands
