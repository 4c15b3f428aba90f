// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

class QTextDocument;

namespace Copydesk::Commands {

// One undo step of a story body's QTextDocument, forwarded into the story's QUndoStack so that
// Edit > Undo walks typing, field edits and replacements in one order. The document did the
// edit already, so the first redo() does nothing; later ones call QTextDocument::redo() and
// undo() calls QTextDocument::undo(). Holds the document weakly (the StoryDocument owns it);
// if it is gone both do nothing.
class DocumentEditCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::Commands::DocumentEditCommand)
public:
    DocumentEditCommand(QTextDocument *document, const QString &text,
                        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    QPointer<QTextDocument> m_document;
    bool m_done = false;
};

} // namespace Copydesk::Commands
