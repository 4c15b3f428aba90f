// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

namespace Copydesk {
class StoryDocument;
}

namespace Copydesk::Commands {

// One undo step of a story body's QTextDocument, forwarded into the story's QUndoStack so that
// Edit > Undo walks typing, field edits and replacements in one order. The document did the
// edit already, so the first redo() does nothing; later ones call QTextDocument::redo() and
// undo() calls QTextDocument::undo(). Holds the StoryDocument weakly; if it is gone, or was
// loaded again since (its body's history restarted: another editor's change came in), both do
// nothing.
class DocumentEditCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::Commands::DocumentEditCommand)
public:
    DocumentEditCommand(StoryDocument *document, const QString &text,
                        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    bool applies() const;

    QPointer<StoryDocument> m_document;
    int m_generation = 0;
    bool m_done = false;
};

} // namespace Copydesk::Commands
