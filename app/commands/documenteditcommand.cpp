// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documenteditcommand.h"

#include "document/storydocument.h"

#include <QTextDocument>

namespace Copydesk::Commands {

DocumentEditCommand::DocumentEditCommand(StoryDocument *document, const QString &text,
                                         QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document),
      m_generation(document ? document->historyGeneration() : 0)
{
}

bool DocumentEditCommand::applies() const
{
    return m_document && m_document->historyGeneration() == m_generation;
}

void DocumentEditCommand::redo()
{
    if (!m_done) {
        m_done = true; // the document made this edit before the command existed
        return;
    }
    if (applies())
        m_document->body()->redo();
}

void DocumentEditCommand::undo()
{
    if (applies())
        m_document->body()->undo();
}

} // namespace Copydesk::Commands
