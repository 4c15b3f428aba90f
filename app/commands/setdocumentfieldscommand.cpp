// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "setdocumentfieldscommand.h"

namespace Copydesk::Commands {

SetDocumentFieldsCommand::SetDocumentFieldsCommand(StoryDocument *document,
                                                   const StoryDocument::Fields &before,
                                                   const StoryDocument::Fields &after,
                                                   QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_before(before), m_after(after)
{
}

void SetDocumentFieldsCommand::redo()
{
    if (m_document)
        m_document->setFields(m_after);
}

void SetDocumentFieldsCommand::undo()
{
    if (m_document)
        m_document->setFields(m_before);
}

} // namespace Copydesk::Commands
