// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/records.h"

#include <QVector>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QMenu;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTextEdit;
class QTreeWidget;
class QUndoStack;

namespace Copydesk {

class ArchiveCache;
class RecleanRunner;

// "Raw | Clean": what cleanup made of a page, side by side. Left, the page's normalised text
// (read-only) with the current story's paragraph spans shaded and the junctions marked: where
// two spans of one paragraph meet (a join, or a jump across other stories), characters
// cleanup dropped there (a doubled character), and the byline it cut off. Right, the story's
// paragraphs (moving the cursor shows its source on the left) and cleanup's decisions
// (kind, confidence, reason, status). The actions correct the structure by hand — revert or
// re-apply a join, split at the cursor, join with the next paragraph, move a paragraph to
// another story of the page — each one command on the story's undo stack; "Clean Up Page
// Again" reruns cleanup on the page in the background (edited stories stay). GUI thread.
class CleanupView : public QWidget
{
    Q_OBJECT
public:
    explicit CleanupView(ArchiveCache *cache, QWidget *parent = nullptr);
    ~CleanupView() override;

    // Which undo stack a story's commands go on (the window's, per story).
    void setStackProvider(std::function<QUndoStack *(qint64)> provider);
    void setStory(qint64 storyId);
    qint64 storyId() const { return m_storyId; }
    qint64 pageId() const { return m_pageId; }

    // The paragraph the cursor of the Clean side is in, and the offset inside it.
    int currentParagraph() const;
    int cursorOffset() const;
    // Puts the Clean side's cursor at `offset` in `paragraph` (shows its source on the left).
    void setCursor(int paragraph, int offset);
    // Selects the decision in the list; false if the story has no such decision.
    bool selectDecision(qint64 decisionId);
    qint64 currentDecisionId() const;
    // Moves the current paragraph to the end of `storyId` (what Move to Story… picks).
    bool moveCurrentParagraphTo(qint64 storyId);
    // Source range of the current paragraph's spans shaded on the left: first span.
    int rawCursorPosition() const;

    QAction *revertJoinAction() const { return m_revertAction; }
    QAction *reapplyJoinAction() const { return m_reapplyAction; }
    QAction *splitAction() const { return m_splitAction; }
    QAction *joinAction() const { return m_joinAction; }
    QAction *moveAction() const { return m_moveAction; }
    QAction *recleanAction() const { return m_recleanAction; }
    bool isRecleanRunning() const;

Q_SIGNALS:
    // Cleanup ran again; `message` says what it kept (for the status bar).
    void recleanFinished(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Marker
    {
        int start = 0;
        int length = 0;
        QString tip;
    };

    void createActions();
    void reload();
    void fillRaw();
    void fillClean();
    void fillDecisions();
    void updateRawHighlight();
    void updateActions();
    void showError(const QString &message);
    int sourceOffset(int paragraph, int offset) const;
    QUndoStack *stack() const;

    void handleCleanCursorMoved();
    void handleDecisionChanged();
    void handleRevert();
    void handleReapply();
    void handleSplit();
    void handleJoin();
    void handleMoveMenu();
    void handleReclean();
    void handleRecleanFinished();

    ArchiveCache *m_cache = nullptr;
    std::function<QUndoStack *(qint64)> m_stackProvider;
    RecleanRunner *m_runner = nullptr;
    qint64 m_storyId = 0;
    qint64 m_pageId = 0;
    StoryRecord m_story;
    QVector<DecisionRecord> m_decisions;
    QString m_raw;
    QVector<Marker> m_markers; // junctions and cuts, with their tool tips
    bool m_filling = false;

    QPlainTextEdit *m_rawView = nullptr;
    QTextEdit *m_cleanView = nullptr;
    QTreeWidget *m_decisionList = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QMenu *m_moveMenu = nullptr;

    QAction *m_revertAction = nullptr;
    QAction *m_reapplyAction = nullptr;
    QAction *m_splitAction = nullptr;
    QAction *m_joinAction = nullptr;
    QAction *m_moveAction = nullptr;
    QAction *m_recleanAction = nullptr;
};

} // namespace Copydesk
