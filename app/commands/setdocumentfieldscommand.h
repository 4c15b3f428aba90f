// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/storydocument.h"

#include <QPointer>
#include <QUndoCommand>

namespace Copydesk::Commands {

// Sets kicker, headline and byline of a StoryDocument (weakly held) without writing: used
// inside larger actions (restoring a revision) whose StorySession stores the whole story as
// one revision. Field edits on their own go through EditStoryFieldsCommand.
class SetDocumentFieldsCommand : public QUndoCommand
{
public:
    SetDocumentFieldsCommand(StoryDocument *document, const StoryDocument::Fields &before,
                             const StoryDocument::Fields &after, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    QPointer<StoryDocument> m_document;
    StoryDocument::Fields m_before;
    StoryDocument::Fields m_after;
};

} // namespace Copydesk::Commands
