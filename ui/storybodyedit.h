// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextCursor>
#include <QTextEdit>

class QMenu;

namespace Copydesk {

// The story body editor: plain text, one paragraph per block, in a document it does not own
// (StoryDocument's). Undo and Redo keys are left to the window's actions so that they go
// through the story's QUndoStack, never straight to the document; the context menu drops the
// document's own Undo/Redo for the same reason and lets the story panel add the proofing
// entries for the word under the mouse (contextMenuAboutToShow). The menu pops up without a
// nested event loop. GUI thread.
class StoryBodyEdit : public QTextEdit
{
    Q_OBJECT
public:
    explicit StoryBodyEdit(QWidget *parent = nullptr);

Q_SIGNALS:
    // `cursor` sits where the menu was asked for. Entries added to `menu` come first.
    void contextMenuAboutToShow(QMenu *menu, const QTextCursor &cursor);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
};

} // namespace Copydesk
