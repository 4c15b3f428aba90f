// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documenteditcommand.h"

#include <QTextDocument>

namespace Copydesk::Commands {

DocumentEditCommand::DocumentEditCommand(QTextDocument *document, const QString &text,
                                         QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document)
{
}

void DocumentEditCommand::redo()
{
    if (!m_done) {
        m_done = true; // the document made this edit before the command existed
        return;
    }
    if (m_document)
        m_document->redo();
}

void DocumentEditCommand::undo()
{
    if (m_document)
        m_document->undo();
}

} // namespace Copydesk::Commands
