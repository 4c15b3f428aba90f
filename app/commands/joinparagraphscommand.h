// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "paragraphcommand.h"

namespace Copydesk::Commands {

// Joins a paragraph with the next one of its story (a break cleanup missed); undo splits
// them again where the second began.
class JoinParagraphsCommand : public ParagraphCommand
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::Commands::JoinParagraphsCommand)
public:
    JoinParagraphsCommand(ArchiveCache *cache, const ParagraphRepository::Place &first,
                          const QString &user, QUndoCommand *parent = nullptr);

protected:
    Status apply(ArchiveCache &cache) override;
    Status revert(ArchiveCache &cache) override;

private:
    ParagraphRepository::Place m_first;
    int m_offset = 0; // where the second paragraph's text starts in the joined one
};

// Pushes a JoinParagraphsCommand. Returns the first write's outcome.
Status joinParagraphs(QUndoStack &stack, ArchiveCache &cache,
                      const ParagraphRepository::Place &first, const QString &user);

} // namespace Copydesk::Commands
