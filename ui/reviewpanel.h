// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/archivecache.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QTextBrowser;
class QTreeView;
class QUndoStack;

namespace Copydesk {

class ReviewFilterProxyModel;
class ReviewQueueModel;

// The proofreader's view of duplicate flags across the archive: a filtered queue (page,
// import dates, status) with "n of m reviewed", and the selected pair side by side with the
// differing characters highlighted. Decisions have single-key shortcuts while the queue or
// one of the texts has focus (A remove copy, K keep both, S swap, N/P next/previous) and go
// through app/commands onto the review undo stack (not owned; the window's Edit > Undo undoes
// them). Owns its model and proxy; the ArchiveCache belongs to the window. GUI thread.
class ReviewPanel : public QWidget
{
    Q_OBJECT
public:
    ReviewPanel(ArchiveCache *cache, QUndoStack *stack, QWidget *parent = nullptr);

    ReviewQueueModel *model() const { return m_model; }
    ReviewFilterProxyModel *proxy() const { return m_proxy; }
    qint64 currentFlagId() const;
    bool selectFlag(qint64 flagId); // false if the filters hide it
    void setEditable(bool editable);
    int openCount() const; // open duplicates in the whole archive

    void removeCopy();
    void keepBoth();
    void swapCopyAndOriginal();
    void selectNext();
    void selectPrevious();

Q_SIGNALS:
    void openCountChanged(int open);
    // The editor asked to see the copy in its story (double click, "Show in Story").
    void storyRequested(qint64 pageId, qint64 storyId);

private:
    QWidget *createFilterBar();
    QWidget *createDetail();
    void createActions();
    void decide(ArchiveCache::FlagDecision decision);
    void selectRow(int row);
    void rebuildPageFilter();
    void applyFilters();
    void updateDetail();
    void updateProgress();
    void updateActions();
    void handleArchiveReset();
    void handleCurrentChanged();
    void handleRowsChanged();
    void handleFlagChanged(qint64 flagId);
    void handleActivated();

    QPointer<ArchiveCache> m_cache;
    QPointer<QUndoStack> m_stack;
    ReviewQueueModel *m_model = nullptr;
    ReviewFilterProxyModel *m_proxy = nullptr;
    bool m_editable = true;
    bool m_deciding = false;
    qint64 m_currentFlagId = 0;
    int m_currentRow = -1;
    int m_lastOpenCount = -1;

    QComboBox *m_pageFilter = nullptr;
    QCheckBox *m_dateFilter = nullptr;
    QDateEdit *m_fromDate = nullptr;
    QDateEdit *m_toDate = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLabel *m_progress = nullptr;
    QTreeView *m_list = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_copyHeading = nullptr;
    QLabel *m_originalHeading = nullptr;
    QTextBrowser *m_copyText = nullptr;
    QTextBrowser *m_originalText = nullptr;
    QLabel *m_decision = nullptr;

    QAction *m_removeAction = nullptr;
    QAction *m_keepAction = nullptr;
    QAction *m_swapAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_showStoryAction = nullptr;
};

} // namespace Copydesk
