// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importing/inputfiles.h"
#include "jobs/importjob.h"
#include "storage/storyrepository.h"

#include <QHash>
#include <QMainWindow>
#include <QMessageBox>

class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTreeView;
class QUndoGroup;
class QUndoStack;

namespace Copydesk {

class ArchiveCache;
class BrowsePanel;
class CleanupView;
class ImportRunner;
class PageListModel;
class ParagraphListModel;
class ReviewPanel;
class StoryListModel;
class StoryPanel;
class TagCache;
class TagPanel;

// The editor's window. The Stories tab: pages of the open archive (left), the stories of the
// selected page (middle), the selected story (right); the Duplicates tab: the proofreaders'
// review queue. Owns the GUI thread's ArchiveCache (and through it the Database), the models
// over it, one QUndoStack per story opened for editing plus one for review decisions (all in
// a QUndoGroup that drives Edit > Undo/Redo: the current tab picks the stack) and the
// ImportRunner. Messages are shown without
// nested event loops (QMessageBox::open), so scripted runs and tests never block.
// GUI thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Auto: read-write, or read-only when the file is not writable.
    enum class Access { Auto, ReadOnly };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens an archive. On failure shows why and keeps the archive open before. Returns
    // whether `path` is open now.
    bool openArchive(const QString &path, Access access = Access::Auto);
    // At start: `requested` (--db) if given, else the last archive, else the default one.
    void openStartupArchive(const QString &requested, Access access = Access::Auto);

    // Imports files and folders in the background. With `quietIfKnown`, files imported before
    // only select their page instead of being reported (used for files named at start).
    void importPaths(const QStringList &paths, bool quietIfKnown = false);
    void importInputs(const QVector<Importing::ImportInput> &inputs,
                      const QStringList &collectErrors = {}, bool quietIfKnown = false);
    void pasteAsNewPage();
    bool isImportRunning() const;
    // Writes the JSON export of these pages (all when empty) to `outPath` in the background;
    // exportFinished() says how it went.
    void exportPages(const QVector<qint64> &pageIds, const QString &outPath);
    const ImportReport &lastImportReport() const;

    ArchiveCache *archive() const { return m_cache; }
    PageListModel *pageModel() const { return m_pageModel; }
    StoryListModel *storyModel() const { return m_storyModel; }
    ParagraphListModel *paragraphModel() const { return m_paragraphModel; }
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    QUndoStack *reviewStack() const { return m_reviewStack; }
    ReviewPanel *reviewPanel() const { return m_reviewPanel; }
    CleanupView *cleanupView() const { return m_cleanupView; }
    void showStories();
    void showReview();
    qint64 currentPageId() const;
    qint64 currentStoryId() const;
    bool selectPage(qint64 pageId);
    bool selectStory(qint64 storyId);

Q_SIGNALS:
    void archiveOpened(const QString &path);
    void importFinished();
    void exportFinished(const QString &outPath, const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralWidget();
    void createStatusBar();
    void createTagViews();
    void updateActions();
    void updateTitleAndBanner();
    void updateCounts();
    void rebuildRecentMenu();
    void showMessage(QMessageBox::Icon icon, const QString &title, const QString &text,
                     const QString &details = {});
    QUndoStack *stackForStory(qint64 storyId);
    void showRecoveredDrafts();
    void clearUndoStacks();

    void handleNewArchive();
    void handleOpenArchive();
    void handleImportFiles();
    void handleImportFolder();
    void handleExportPage();
    void handleExportAll();
    void handleExportDialog();
    void chooseExportFile(const QVector<qint64> &pageIds, const QString &suggestedName);
    void handleSettings();
    void handleAbout();
    void handleArchiveReset();
    void handlePagesInserted();
    void handleCurrentPageChanged();
    void handleCurrentStoryChanged();
    void handleTabChanged();
    void handleOpenDuplicatesChanged(int open);
    void handleStoryRequested(qint64 pageId, qint64 storyId);
    void handleWriteFailed(const QString &message);
    void handleImportStarted(int total);
    void handleImportProgress(int done, int total, const QString &name);
    void handleImportFinished();

    ArchiveCache *m_cache = nullptr;
    PageListModel *m_pageModel = nullptr;
    StoryListModel *m_storyModel = nullptr;
    ParagraphListModel *m_paragraphModel = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QHash<qint64, QUndoStack *> m_stacks; // by story id, children of the window
    QUndoStack *m_reviewStack = nullptr;  // review decisions across the archive
    ImportRunner *m_importRunner = nullptr;
    bool m_quietIfKnown = false;
    QStringList m_collectErrors;
    QString m_lastDialogDir;

    QLabel *m_banner = nullptr;
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_splitter = nullptr;
    ReviewPanel *m_reviewPanel = nullptr;
    CleanupView *m_cleanupView = nullptr; // the Raw | Clean tab
    QTreeView *m_pageView = nullptr;
    QTreeView *m_storyView = nullptr;
    StoryPanel *m_storyPanel = nullptr;
    TagCache *m_tagCache = nullptr; // districts and themes, its own connection to the archive
    TagPanel *m_tagPanel = nullptr;
    BrowsePanel *m_browsePanel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_importLabel = nullptr;
    QProgressBar *m_importProgress = nullptr;
    QPushButton *m_cancelImport = nullptr;

    QAction *m_newArchiveAction = nullptr;
    QAction *m_openArchiveAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_importFilesAction = nullptr;
    QAction *m_importFolderAction = nullptr;
    QAction *m_exportPageAction = nullptr;
    QAction *m_exportAllAction = nullptr;
    QAction *m_exportDialogAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_pasteAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_showStoriesAction = nullptr;
    QAction *m_showReviewAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace Copydesk
