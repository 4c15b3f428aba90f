// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "appicons.h"
#include "appsettings.h"
#include "browsepanel.h"
#include "cleanupview.h"
#include "common/appidentity.h"
#include "common/version.h"
#include "exportdialog.h"
#include "exporting/jsonexport.h"
#include "importrunner.h"
#include "models/archivecache.h"
#include "models/pagelistmodel.h"
#include "models/paragraphlistmodel.h"
#include "models/storylistmodel.h"
#include "models/tagcache.h"
#include "proofing/hunspelldictionary.h"
#include "reviewpanel.h"
#include "settingsdialog.h"
#include "storage/database.h"
#include "storage/pagerepository.h"
#include "storypanel.h"
#include "storytitledelegate.h"
#include "tagpanel.h"
#include "taxonomydialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QtConcurrent/QtConcurrentRun>
#include <QToolBar>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Copydesk {

namespace {
constexpr int kStatusMessageMs = 8000;
constexpr int kMaxLinesShown = 12;

QString archiveFilter()
{
    return MainWindow::tr("Copydesk archives (*.sqlite *.db);;All files (*)");
}

// Runs on the pool: its own read-only connection, then the JSON written atomically.
QString writeJsonExport(const QString &archivePath, const QVector<qint64> &pageIds,
                        const QString &outPath)
{
    Database::Options options;
    options.mode = Database::Mode::ReadOnly;
    auto db = Database::open(archivePath, options);
    if (!db)
        return db.error();
    const PageRepository pages(*db.value());
    QVector<qint64> ids = pageIds;
    if (ids.isEmpty()) {
        auto all = pages.pageIds();
        if (!all)
            return all.error();
        ids = all.value();
    }
    QVector<PageRecord> records;
    for (qint64 id : std::as_const(ids)) {
        auto page = pages.loadPage(id);
        if (!page)
            return MainWindow::tr("Page %1: %2").arg(id).arg(page.error());
        records.push_back(page.value());
    }
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly))
        return MainWindow::tr("Cannot write %1: %2").arg(outPath, file.errorString());
    file.write(Exporting::JsonExport::write(records));
    if (!file.commit())
        return MainWindow::tr("Cannot write %1: %2").arg(outPath, file.errorString());
    return {};
}

QIcon styleIcon(const QWidget *widget, const char *themeName, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QString::fromLatin1(themeName),
                            widget->style()->standardIcon(fallback));
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_cache(new ArchiveCache(this)),
      m_pageModel(new PageListModel(m_cache, this)),
      m_storyModel(new StoryListModel(m_cache, this)),
      m_paragraphModel(new ParagraphListModel(m_cache, this)), m_undoGroup(new QUndoGroup(this)),
      m_reviewStack(new QUndoStack(this)), m_importRunner(new ImportRunner(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(applicationName());
    setAcceptDrops(true);
    m_reviewStack->setObjectName(QStringLiteral("reviewUndoStack"));
    m_undoGroup->addStack(m_reviewStack);

    createActions();
    createMenus();
    createToolBar();
    createCentralWidget();
    createStatusBar();
    createTagViews();

    connect(m_cache, &ArchiveCache::archiveReset, this, &MainWindow::handleArchiveReset);
    connect(m_cache, &ArchiveCache::countsChanged, this, &MainWindow::updateCounts);
    connect(m_cache, &ArchiveCache::writeFailed, this, &MainWindow::handleWriteFailed);
    connect(m_pageModel, &QAbstractItemModel::rowsInserted, this,
            &MainWindow::handlePagesInserted);
    connect(m_importRunner, &ImportRunner::importStarted, this, &MainWindow::handleImportStarted);
    connect(m_importRunner, &ImportRunner::progressChanged, this,
            &MainWindow::handleImportProgress);
    connect(m_importRunner, &ImportRunner::importFinished, this,
            &MainWindow::handleImportFinished);

    resize(1440, 860);
    restoreGeometry(AppSettings::windowGeometry());
    restoreState(AppSettings::windowState());
    if (const QByteArray splitter = AppSettings::splitterState(); !splitter.isEmpty())
        m_splitter->restoreState(splitter);

    updateTitleAndBanner();
    updateCounts();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The stacks' commands point at the cache; drop them first.
    clearUndoStacks();
}

// --- construction -------------------------------------------------------------------------

void MainWindow::createActions()
{
    m_newArchiveAction = new QAction(tr("&New Archive…"), this);
    m_newArchiveAction->setObjectName(QStringLiteral("actionNewArchive"));
    m_newArchiveAction->setShortcut(QKeySequence::New);
    connect(m_newArchiveAction, &QAction::triggered, this, &MainWindow::handleNewArchive);

    m_openArchiveAction = new QAction(tr("&Open Archive…"), this);
    m_openArchiveAction->setObjectName(QStringLiteral("actionOpenArchive"));
    m_openArchiveAction->setShortcut(QKeySequence::Open);
    m_openArchiveAction->setIcon(styleIcon(this, "document-open", QStyle::SP_DialogOpenButton));
    connect(m_openArchiveAction, &QAction::triggered, this, &MainWindow::handleOpenArchive);

    m_importFilesAction = new QAction(tr("&Import Files…"), this);
    m_importFilesAction->setObjectName(QStringLiteral("actionImportFiles"));
    m_importFilesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importFilesAction->setIcon(themedIcon(QStringLiteral("document-import"), QStringLiteral("import-files")));
    m_importFilesAction->setToolTip(tr("Import raw page text files into the archive"));
    connect(m_importFilesAction, &QAction::triggered, this, &MainWindow::handleImportFiles);

    m_importFolderAction = new QAction(tr("Import F&older…"), this);
    m_importFolderAction->setObjectName(QStringLiteral("actionImportFolder"));
    m_importFolderAction->setIcon(themedIcon(QStringLiteral("folder-open"), QStringLiteral("import-folder")));
    m_importFolderAction->setToolTip(tr("Import every .txt file of a folder"));
    connect(m_importFolderAction, &QAction::triggered, this, &MainWindow::handleImportFolder);

    m_exportPageAction = new QAction(tr("&Export Page as JSON…"), this);
    m_exportPageAction->setObjectName(QStringLiteral("actionExportPageJson"));
    m_exportPageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportPageAction->setIcon(themedIcon(QStringLiteral("document-export"), QStringLiteral("export-json")));
    m_exportPageAction->setToolTip(tr("Export the selected page as JSON"));
    connect(m_exportPageAction, &QAction::triggered, this, &MainWindow::handleExportPage);

    m_exportAllAction = new QAction(tr("Export &All Pages as JSON…"), this);
    m_exportAllAction->setObjectName(QStringLiteral("actionExportAllJson"));
    connect(m_exportAllAction, &QAction::triggered, this, &MainWindow::handleExportAll);

    m_exportDialogAction = new QAction(tr("E&xport…"), this);
    m_exportDialogAction->setObjectName(QStringLiteral("actionExport"));
    m_exportDialogAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportDialogAction->setToolTip(tr("Export stories as PDF, HTML, ODT, DOCX, text and more"));
    connect(m_exportDialogAction, &QAction::triggered, this, &MainWindow::handleExportDialog);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);

    m_undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setIcon(styleIcon(this, "edit-undo", QStyle::SP_ArrowBack));
    m_redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setIcon(styleIcon(this, "edit-redo", QStyle::SP_ArrowForward));

    m_pasteAction = new QAction(tr("&Paste as New Page"), this);
    m_pasteAction->setObjectName(QStringLiteral("actionPasteAsNewPage"));
    m_pasteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_pasteAction->setIcon(themedIcon(QStringLiteral("edit-paste"), QStringLiteral("paste-page")));
    m_pasteAction->setToolTip(tr("Import the text on the clipboard as a new page"));
    connect(m_pasteAction, &QAction::triggered, this, &MainWindow::pasteAsNewPage);

    m_settingsAction = new QAction(tr("&Settings…"), this);
    m_settingsAction->setObjectName(QStringLiteral("actionSettings"));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::handleSettings);

    m_showStoriesAction = new QAction(tr("&Stories"), this);
    m_showStoriesAction->setObjectName(QStringLiteral("actionShowStories"));
    m_showStoriesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_showStoriesAction, &QAction::triggered, this, &MainWindow::showStories);

    m_showReviewAction = new QAction(tr("&Duplicates Review"), this);
    m_showReviewAction->setObjectName(QStringLiteral("actionShowReview"));
    m_showReviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_showReviewAction->setToolTip(tr("Review the duplicate paragraphs of the archive"));
    connect(m_showReviewAction, &QAction::triggered, this, &MainWindow::showReview);

    m_aboutAction = new QAction(tr("&About Copydesk"), this);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::handleAbout);

    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setObjectName(QStringLiteral("actionAboutQt"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_newArchiveAction);
    file->addAction(m_openArchiveAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    file->addSeparator();
    file->addAction(m_importFilesAction);
    file->addAction(m_importFolderAction);
    file->addSeparator();
    file->addAction(m_exportDialogAction);
    file->addAction(m_exportPageAction);
    file->addAction(m_exportAllAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_pasteAction);
    edit->addSeparator();
    edit->addAction(m_settingsAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_showStoriesAction);
    view->addAction(m_showReviewAction);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->setObjectName(QStringLiteral("toolsMenu")); // filled by createCentralWidget()

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
    rebuildRecentMenu();
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main Toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);
    bar->addAction(m_importFilesAction);
    bar->addAction(m_importFolderAction);
    bar->addAction(m_pasteAction);
    bar->addSeparator();
    bar->addAction(m_undoAction);
    bar->addAction(m_redoAction);
    bar->addSeparator();
    bar->addAction(m_exportPageAction);
}

void MainWindow::createCentralWidget()
{
    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralWidget"));
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_banner = new QLabel(central);
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff3cd; color: #5c4400; border-bottom: 1px solid #e6cf84;"
        " padding: 6px 10px; }"));
    m_banner->hide();
    layout->addWidget(m_banner);

    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);

    m_splitter = new QSplitter(Qt::Horizontal, m_tabs);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);

    m_pageView = new QTreeView(m_splitter);
    m_pageView->setObjectName(QStringLiteral("pageView"));
    m_pageView->setModel(m_pageModel);
    m_pageView->setRootIsDecorated(false);
    m_pageView->setUniformRowHeights(true);
    m_pageView->setAlternatingRowColors(true);
    m_pageView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pageView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pageView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pageView->setAccessibleName(tr("Pages"));
    m_pageView->header()->setStretchLastSection(false);
    m_pageView->header()->setSectionResizeMode(PageListModel::SourceColumn, QHeaderView::Stretch);
    for (int column : {PageListModel::ImportedColumn, PageListModel::StoriesColumn,
                       PageListModel::OpenFlagsColumn})
        m_pageView->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_pageView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::handleCurrentPageChanged);

    m_storyView = new QTreeView(m_splitter);
    m_storyView->setObjectName(QStringLiteral("storyView"));
    m_storyView->setModel(m_storyModel);
    m_storyView->setRootIsDecorated(false);
    m_storyView->setUniformRowHeights(true);
    m_storyView->setAlternatingRowColors(true);
    m_storyView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_storyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_storyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_storyView->setAccessibleName(tr("Stories"));
    m_storyView->setItemDelegateForColumn(StoryListModel::HeadlineColumn,
                                          new StoryTitleDelegate(m_storyView));
    m_storyView->header()->setStretchLastSection(false);
    m_storyView->header()->setSectionResizeMode(StoryListModel::HeadlineColumn,
                                                QHeaderView::Stretch);
    for (int column : {StoryListModel::ParagraphsColumn, StoryListModel::OpenFlagsColumn})
        m_storyView->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_storyView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::handleCurrentStoryChanged);

    m_storyPanel = new StoryPanel(m_cache, m_paragraphModel, m_splitter);
    m_storyPanel->setStackProvider([this](qint64 storyId) { return stackForStory(storyId); });
    connect(m_storyPanel, &StoryPanel::storyRequested, this, &MainWindow::handleStoryRequested);

    m_splitter->addWidget(m_pageView);
    m_splitter->addWidget(m_storyView);
    m_splitter->addWidget(m_storyPanel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setStretchFactor(2, 6);
    m_splitter->setSizes({230, 340, 560}); // the Tags dock takes the rest
    m_tabs->addTab(m_splitter, tr("Stories"));

    m_reviewPanel = new ReviewPanel(m_cache, m_reviewStack, m_tabs);
    m_tabs->addTab(m_reviewPanel, tr("Duplicates"));
    handleOpenDuplicatesChanged(m_reviewPanel->openCount());
    connect(m_reviewPanel, &ReviewPanel::openCountChanged, this,
            &MainWindow::handleOpenDuplicatesChanged);
    connect(m_reviewPanel, &ReviewPanel::storyRequested, this,
            &MainWindow::handleStoryRequested);
    m_cleanupView = new CleanupView(m_cache, m_tabs);
    m_cleanupView->setStackProvider([this](qint64 storyId) { return stackForStory(storyId); });
    m_tabs->addTab(m_cleanupView, tr("Raw | Clean"));
    if (auto *tools = menuBar()->findChild<QMenu *>(QStringLiteral("toolsMenu"))) {
        tools->addAction(m_cleanupView->recleanAction());
        auto *houseStyle = new QAction(tr("Apply &House Style to Story"), this);
        houseStyle->setObjectName(QStringLiteral("actionApplyHouseStyle"));
        houseStyle->setShortcut(QKeySequence(QStringLiteral("Ctrl+Alt+H")));
        houseStyle->setToolTip(tr("Normalise punctuation, quotes, dashes and spacing of the "
                                  "story to the desk's house style (one undoable step)"));
        connect(houseStyle, &QAction::triggered, this, [this] {
            const Result<int> changed = m_storyPanel->applyHouseStyle();
            statusBar()->showMessage(
                changed ? tr("House style: %n change(s) made", nullptr, changed.value())
                        : tr("House style not applied: %1").arg(changed.error()),
                10000);
        });
        tools->addAction(houseStyle);

        // The spelling dictionary of the story: its own choice, else its page's or the desk's.
        QMenu *language = tools->addMenu(tr("&Spelling Language of Story"));
        language->setObjectName(QStringLiteral("storyLanguageMenu"));
        connect(language, &QMenu::aboutToShow, this, [this, language] {
            language->clear();
            const QString chosen = m_cache->storyLanguage(currentStoryId());
            auto *group = new QActionGroup(language);
            QStringList choices{QString()};
            choices += Proofing::HunspellDictionary::availableLanguages();
            for (const QString &code : std::as_const(choices)) {
                QAction *a = language->addAction(
                    code.isEmpty() ? tr("As the Page or Desk Says") : code);
                a->setCheckable(true);
                a->setChecked(code == chosen);
                a->setEnabled(currentStoryId() > 0);
                group->addAction(a);
                connect(a, &QAction::triggered, this, [this, code] {
                    if (const Status s = m_storyPanel->setStoryLanguage(code); !s)
                        statusBar()->showMessage(s.error(), 10000);
                });
            }
        });
    }
    connect(m_cleanupView, &CleanupView::recleanFinished, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::handleTabChanged);

    setCentralWidget(central);
}

void MainWindow::createStatusBar()
{
    m_importLabel = new QLabel(this);
    m_importLabel->setObjectName(QStringLiteral("importLabel"));
    m_importProgress = new QProgressBar(this);
    m_importProgress->setObjectName(QStringLiteral("importProgress"));
    m_importProgress->setMaximumWidth(220);
    m_importProgress->setTextVisible(true);
    m_cancelImport = new QPushButton(tr("Cancel"), this);
    m_cancelImport->setObjectName(QStringLiteral("cancelImportButton"));
    m_cancelImport->setToolTip(tr("Stop the import after the current file"));
    connect(m_cancelImport, &QPushButton::clicked, m_importRunner, &ImportRunner::cancel);
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));

    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addPermanentWidget(m_importLabel);
    statusBar()->addPermanentWidget(m_importProgress);
    statusBar()->addPermanentWidget(m_cancelImport);
    statusBar()->addPermanentWidget(m_countsLabel);
    for (QWidget *w : {static_cast<QWidget *>(m_importLabel),
                       static_cast<QWidget *>(m_importProgress),
                       static_cast<QWidget *>(m_cancelImport)})
        w->hide();
}

void MainWindow::createTagViews()
{
    // Districts and themes: the story's tags in a dock beside the story, the archive by
    // district, theme and full text in a tab, the taxonomy in a dialog (Tools > Themes).
    m_tagCache = new TagCache(this);
    m_tagCache->follow(m_cache);
    m_tagPanel = new TagPanel(m_tagCache, m_cache, this);
    auto *dock = new QDockWidget(tr("Tags"), this);
    dock->setObjectName(QStringLiteral("tagDock"));
    dock->setWidget(m_tagPanel);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    m_browsePanel = new BrowsePanel(m_tagCache, m_tabs);
    m_tabs->addTab(m_browsePanel, tr("Browse"));
    connect(m_browsePanel, &BrowsePanel::storyRequested, this, &MainWindow::handleStoryRequested);
    auto *taxonomy = new QAction(tr("&Themes…"), this);
    taxonomy->setObjectName(QStringLiteral("actionTaxonomy"));
    taxonomy->setToolTip(tr("The desk's themes: add, rename, merge and retire sub-themes"));
    connect(taxonomy, &QAction::triggered, this, [this] {
        auto *dialog = new TaxonomyDialog(m_tagCache, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    if (auto *tools = menuBar()->findChild<QMenu *>(QStringLiteral("toolsMenu")))
        tools->addAction(taxonomy);
    if (auto *view = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu")))
        view->addAction(dock->toggleViewAction());
}

// --- state --------------------------------------------------------------------------------

void MainWindow::updateActions()
{
    const bool open = m_cache->isOpen();
    const bool writable = open && !m_cache->isReadOnly();
    const bool importing = isImportRunning();
    m_newArchiveAction->setEnabled(!importing);
    m_openArchiveAction->setEnabled(!importing);
    m_recentMenu->setEnabled(!importing);
    m_importFilesAction->setEnabled(writable && !importing);
    m_importFolderAction->setEnabled(writable && !importing);
    m_pasteAction->setEnabled(writable && !importing);
    m_exportPageAction->setEnabled(open && currentPageId() > 0);
    m_exportAllAction->setEnabled(open && !m_cache->pages().isEmpty());
    m_exportDialogAction->setEnabled(open && !m_cache->pages().isEmpty());
    m_storyPanel->setEditable(writable);
    m_reviewPanel->setEditable(writable);
}

void MainWindow::updateTitleAndBanner()
{
    if (!m_cache->isOpen()) {
        setWindowFilePath(QString());
        setWindowTitle(tr("%1 — no archive open").arg(applicationName()));
        m_banner->hide();
        return;
    }
    const QString name = QFileInfo(m_cache->path()).fileName();
    setWindowTitle(m_cache->isReadOnly()
                       ? tr("%1 (read-only) — %2").arg(name, applicationName())
                       : tr("%1 — %2").arg(name, applicationName()));
    setWindowFilePath(m_cache->path());
    if (m_cache->isReadOnly()) {
        m_banner->setText(tr("This archive is open read-only: you cannot write to %1, so "
                             "importing and editing are switched off.")
                              .arg(QDir::toNativeSeparators(m_cache->path())));
        m_banner->show();
    } else {
        m_banner->hide();
    }
}

void MainWindow::updateCounts()
{
    if (!m_cache->isOpen()) {
        m_countsLabel->setText(tr("No archive open"));
        return;
    }
    const PageRepository::Counts &c = m_cache->counts();
    m_countsLabel->setText(tr("Pages: %1 · Stories: %2 · Paragraphs: %3 · Open flags: %4")
                               .arg(c.pages)
                               .arg(c.stories)
                               .arg(c.paragraphs)
                               .arg(c.openFlags));
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = AppSettings::recentArchives();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openArchive(path); });
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent archives"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("Clear Recent Archives"));
    clear->setObjectName(QStringLiteral("actionClearRecent"));
    connect(clear, &QAction::triggered, this, [] { AppSettings::clearRecentArchives(); });
}

void MainWindow::showMessage(QMessageBox::Icon icon, const QString &title, const QString &text,
                             const QString &details)
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("messageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    if (!details.isEmpty())
        box->setDetailedText(details);
    box->open();
}

QUndoStack *MainWindow::stackForStory(qint64 storyId)
{
    if (storyId <= 0)
        return nullptr;
    QUndoStack *&stack = m_stacks[storyId];
    if (!stack) {
        stack = new QUndoStack(this);
        stack->setObjectName(QStringLiteral("undoStack-%1").arg(storyId));
        m_undoGroup->addStack(stack);
    }
    return stack;
}

void MainWindow::clearUndoStacks()
{
    m_undoGroup->setActiveStack(nullptr);
    qDeleteAll(m_stacks);
    m_stacks.clear();
    m_reviewStack->clear();
    if (m_tabs->currentWidget() == m_reviewPanel)
        m_undoGroup->setActiveStack(m_reviewStack);
}

// --- archive ------------------------------------------------------------------------------

bool MainWindow::openArchive(const QString &path, Access access)
{
    if (isImportRunning()) {
        showMessage(QMessageBox::Information, tr("Import Running"),
                    tr("Please wait for the import to finish (or cancel it) before opening "
                       "another archive."));
        return false;
    }
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const QFileInfo info(absolute);
    const bool readOnly = access == Access::ReadOnly ||
                          (info.exists() && !info.isDir() && !info.isWritable());
    m_storyPanel->commitEdits();
    const Status status =
        m_cache->open(absolute, readOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWrite);
    if (!status) {
        showMessage(QMessageBox::Warning, tr("Cannot Open Archive"),
                    tr("Copydesk cannot open the archive %1.\n\n%2\n\nNothing was changed.")
                        .arg(QDir::toNativeSeparators(absolute), status.error()));
        return false;
    }
    AppSettings::addRecentArchive(absolute);
    AppSettings::setLastArchive(absolute);
    updateTitleAndBanner();
    updateActions();
    statusBar()->showMessage(readOnly ? tr("Opened %1 read-only").arg(info.fileName())
                                      : tr("Opened %1").arg(info.fileName()),
                             kStatusMessageMs);
    Q_EMIT archiveOpened(absolute);
    showRecoveredDrafts();
    return true;
}

void MainWindow::showRecoveredDrafts()
{
    // Text a crash left unstored: open the first such story; the editor recovers and flags it.
    const QVector<qint64> storyIds = m_cache->recoverableDraftStoryIds();
    if (storyIds.isEmpty() || m_cache->isReadOnly())
        return;
    const std::optional<StoryRecord> story = m_cache->story(storyIds.first());
    if (!story)
        return;
    handleStoryRequested(story->summary.pageId, story->summary.id);
    statusBar()->showMessage(tr("Recovered autosaved text of %n story(ies) that had not been "
                                "stored; the first is open in the editor.",
                                nullptr, int(storyIds.size())));
}

void MainWindow::openStartupArchive(const QString &requested, Access access)
{
    if (!requested.isEmpty()) {
        openArchive(requested, access);
        return;
    }
    const QString last = AppSettings::lastArchive();
    if (!last.isEmpty() && QFileInfo::exists(last) && openArchive(last, access))
        return;
    openArchive(defaultArchivePath(), access);
}

void MainWindow::handleNewArchive()
{
    const QString dir = m_lastDialogDir.isEmpty()
                            ? QFileInfo(defaultArchivePath()).absolutePath()
                            : m_lastDialogDir;
    QString path = QFileDialog::getSaveFileName(this, tr("New Archive"),
                                                dir + QStringLiteral("/archive.sqlite"),
                                                archiveFilter(), nullptr,
                                                QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    m_lastDialogDir = QFileInfo(path).absolutePath();
    if (QFileInfo::exists(path)) {
        showMessage(QMessageBox::Information, tr("Archive Exists"),
                    tr("%1 already exists. Copydesk never replaces a file with a new archive; "
                       "use File > Open Archive to open it, or choose another name.")
                        .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openArchive(path);
}

void MainWindow::handleOpenArchive()
{
    const QString dir = m_lastDialogDir.isEmpty()
                            ? QFileInfo(m_cache->isOpen() ? m_cache->path()
                                                          : defaultArchivePath())
                                  .absolutePath()
                            : m_lastDialogDir;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Archive"), dir, archiveFilter());
    if (path.isEmpty())
        return;
    m_lastDialogDir = QFileInfo(path).absolutePath();
    openArchive(path);
}

void MainWindow::handleArchiveReset()
{
    clearUndoStacks();
    if (m_pageModel->rowCount() > 0)
        m_pageView->setCurrentIndex(m_pageModel->index(0, 0));
    else
        handleCurrentPageChanged();
    updateActions();
}

// --- selection ----------------------------------------------------------------------------

qint64 MainWindow::currentPageId() const
{
    return m_pageModel->pageId(m_pageView->currentIndex().row());
}

qint64 MainWindow::currentStoryId() const
{
    return m_storyModel->storyId(m_storyView->currentIndex().row());
}

bool MainWindow::selectPage(qint64 pageId)
{
    const int row = m_pageModel->rowOfPage(pageId);
    if (row < 0)
        return false;
    m_pageView->setCurrentIndex(m_pageModel->index(row, 0));
    m_pageView->scrollTo(m_pageView->currentIndex());
    return true;
}

bool MainWindow::selectStory(qint64 storyId)
{
    const int row = m_storyModel->rowOfStory(storyId);
    if (row < 0)
        return false;
    m_storyView->setCurrentIndex(m_storyModel->index(row, 0));
    return true;
}

void MainWindow::handlePagesInserted()
{
    if (!m_pageView->currentIndex().isValid() && m_pageModel->rowCount() > 0)
        m_pageView->setCurrentIndex(m_pageModel->index(0, 0));
}

void MainWindow::handleCurrentPageChanged()
{
    m_storyModel->setPageId(currentPageId());
    if (m_storyModel->rowCount() > 0)
        m_storyView->setCurrentIndex(m_storyModel->index(0, 0));
    else
        handleCurrentStoryChanged();
    updateActions();
}

void MainWindow::handleCurrentStoryChanged()
{
    const qint64 storyId = currentStoryId();
    QUndoStack *stack = stackForStory(storyId);
    m_storyPanel->setStory(storyId, stack);
    m_paragraphModel->setStoryId(storyId);
    m_cleanupView->setStory(storyId);
    if (m_tagPanel)
        m_tagPanel->setStoryId(storyId);
    if (m_tabs->currentWidget() != m_reviewPanel)
        m_undoGroup->setActiveStack(stack);
}

// --- tabs ---------------------------------------------------------------------------------

void MainWindow::showStories()
{
    m_tabs->setCurrentWidget(m_splitter);
}

void MainWindow::showReview()
{
    m_tabs->setCurrentWidget(m_reviewPanel);
    m_reviewPanel->setFocus();
}

void MainWindow::handleTabChanged()
{
    // Typing is stored before another tab (review, Raw | Clean) changes the story under it.
    m_storyPanel->commitEdits();
    // Edit > Undo undoes what the visible tab did: review decisions or the story's edits.
    if (m_tabs->currentWidget() == m_reviewPanel) {
        m_undoGroup->setActiveStack(m_reviewStack);
        m_reviewPanel->setFocus();
    } else {
        m_undoGroup->setActiveStack(stackForStory(currentStoryId()));
    }
}

void MainWindow::handleOpenDuplicatesChanged(int open)
{
    const int index = m_tabs->indexOf(m_reviewPanel);
    m_tabs->setTabText(index, open > 0 ? tr("Duplicates (%1)").arg(open) : tr("Duplicates"));
    m_tabs->setTabToolTip(index, tr("%n open duplicate paragraph(s) in the archive", nullptr, open));
}

void MainWindow::handleStoryRequested(qint64 pageId, qint64 storyId)
{
    if (!selectPage(pageId))
        return;
    selectStory(storyId);
    showStories();
}

// --- editing ------------------------------------------------------------------------------

void MainWindow::handleWriteFailed(const QString &message)
{
    showMessage(QMessageBox::Warning, tr("Change Not Saved"),
                tr("The change could not be saved in the archive.\n\n%1").arg(message));
}

// --- import -------------------------------------------------------------------------------

bool MainWindow::isImportRunning() const
{
    return m_importRunner->isRunning();
}

const ImportReport &MainWindow::lastImportReport() const
{
    return m_importRunner->lastReport();
}

void MainWindow::importPaths(const QStringList &paths, bool quietIfKnown)
{
    const Importing::CollectedInputs collected = Importing::collectInputs(paths);
    importInputs(collected.inputs, collected.errors, quietIfKnown);
}

void MainWindow::importInputs(const QVector<Importing::ImportInput> &inputs,
                              const QStringList &collectErrors, bool quietIfKnown)
{
    if (!m_cache->isOpen() || m_cache->isReadOnly()) {
        showMessage(QMessageBox::Information, tr("Cannot Import"),
                    m_cache->isOpen() ? tr("This archive is open read-only.")
                                      : tr("Open an archive first."));
        return;
    }
    if (isImportRunning()) {
        showMessage(QMessageBox::Information, tr("Import Running"),
                    tr("Another import is running; please wait for it to finish."));
        return;
    }
    if (inputs.isEmpty()) {
        if (!collectErrors.isEmpty())
            showMessage(QMessageBox::Warning, tr("Nothing Imported"),
                        tr("Nothing was imported:\n%1")
                            .arg(collectErrors.mid(0, kMaxLinesShown).join(QLatin1Char('\n'))),
                        collectErrors.join(QLatin1Char('\n')));
        return;
    }
    ImportParams params;
    params.archivePath = m_cache->path();
    params.inputs = inputs;
    params.user = AppSettings::userName();
    params.maxBytes = AppSettings::maxImportBytes();
    m_collectErrors = collectErrors;
    m_quietIfKnown = quietIfKnown;
    m_importRunner->start(params);
}

void MainWindow::pasteAsNewPage()
{
    const QString text = QGuiApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        showMessage(QMessageBox::Information, tr("Nothing to Paste"),
                    tr("The clipboard holds no text to import."));
        return;
    }
    Importing::ImportInput input;
    input.name = QStringLiteral("clipboard-%1.txt")
                     .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    input.bytes = text.toUtf8();
    importInputs({input});
}

void MainWindow::handleImportFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Files"), m_lastDialogDir,
        tr("Text files (*.txt);;All files (*)"));
    if (files.isEmpty())
        return;
    m_lastDialogDir = QFileInfo(files.first()).absolutePath();
    importPaths(files);
}

void MainWindow::handleImportFolder()
{
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Import Folder"), m_lastDialogDir);
    if (dir.isEmpty())
        return;
    m_lastDialogDir = dir;
    importPaths({dir});
}

void MainWindow::handleImportStarted(int total)
{
    m_importLabel->setText(tr("Importing…"));
    m_importProgress->setRange(0, total);
    m_importProgress->setValue(0);
    m_importProgress->setFormat(tr("%v of %m"));
    for (QWidget *w : {static_cast<QWidget *>(m_importLabel),
                       static_cast<QWidget *>(m_importProgress),
                       static_cast<QWidget *>(m_cancelImport)})
        w->show();
    m_cancelImport->setEnabled(true);
    updateActions();
}

void MainWindow::handleImportProgress(int done, int total, const QString &name)
{
    m_importProgress->setRange(0, total);
    m_importProgress->setValue(done);
    if (!name.isEmpty())
        m_importLabel->setText(tr("Imported %1").arg(name));
}

void MainWindow::handleImportFinished()
{
    for (QWidget *w : {static_cast<QWidget *>(m_importLabel),
                       static_cast<QWidget *>(m_importProgress),
                       static_cast<QWidget *>(m_cancelImport)})
        w->hide();

    const ImportReport &report = m_importRunner->lastReport();
    m_cache->reload();

    qint64 importedId = 0;
    qint64 knownId = 0;
    QStringList problems = m_collectErrors;
    for (const ImportOutcome &outcome : report.outcomes) {
        switch (outcome.kind) {
        case ImportOutcome::Kind::Imported:
            importedId = outcome.pageId;
            break;
        case ImportOutcome::Kind::AlreadyImported:
            knownId = outcome.pageId;
            if (!m_quietIfKnown)
                problems << outcome.message;
            break;
        case ImportOutcome::Kind::Refused:
            problems << outcome.message;
            break;
        case ImportOutcome::Kind::Cancelled:
            break;
        }
        for (const QString &warning : outcome.warnings)
            problems << tr("%1: %2").arg(outcome.name, warning);
    }
    const qint64 selectId = importedId > 0 ? importedId : knownId;
    m_collectErrors.clear();
    if (selectId > 0)
        selectPage(selectId);

    const int imported = report.count(ImportOutcome::Kind::Imported);
    statusBar()->showMessage(
        report.cancelled ? tr("Import cancelled; %n file(s) imported", nullptr, imported)
                         : tr("%n file(s) imported", nullptr, imported),
        kStatusMessageMs);

    if (!report.archiveError.isEmpty()) {
        showMessage(QMessageBox::Critical, tr("Import Failed"),
                    tr("Nothing was imported: %1").arg(report.archiveError));
    } else if (!problems.isEmpty()) {
        const QString shown = problems.mid(0, kMaxLinesShown).join(QLatin1Char('\n'));
        const QString more =
            problems.size() > kMaxLinesShown
                ? tr("\n… and %n more (see details)", nullptr,
                     int(problems.size()) - kMaxLinesShown)
                : QString();
        showMessage(imported > 0 ? QMessageBox::Information : QMessageBox::Warning,
                    tr("Import Report"),
                    tr("%n file(s) imported. Please check:", nullptr, imported) +
                        QLatin1Char('\n') + shown + more,
                    problems.size() > kMaxLinesShown ? problems.join(QLatin1Char('\n'))
                                                     : QString());
    }
    updateActions();
    Q_EMIT importFinished();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const bool writable = m_cache->isOpen() && !m_cache->isReadOnly();
    if (writable && !isImportRunning() && event->mimeData()->hasUrls()) {
        const QList<QUrl> urls = event->mimeData()->urls();
        if (std::any_of(urls.cbegin(), urls.cend(), [](const QUrl &u) { return u.isLocalFile(); }))
            event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importPaths(paths);
}

// --- export, settings, about --------------------------------------------------------------

void MainWindow::handleExportPage()
{
    const qint64 pageId = currentPageId();
    if (pageId <= 0)
        return;
    const std::optional<PageSummary> page = m_cache->page(pageId);
    const QString base = page ? QFileInfo(page->source.fileName).completeBaseName()
                              : QStringLiteral("page");
    chooseExportFile({pageId}, QStringLiteral("%1-page-%2.json").arg(base).arg(pageId));
}

void MainWindow::handleExportAll()
{
    chooseExportFile({}, QFileInfo(m_cache->path()).completeBaseName() + QStringLiteral(".json"));
}

void MainWindow::handleExportDialog()
{
    if (!m_cache->isOpen())
        return;
    m_storyPanel->commitEdits(); // export what the editor sees
    auto *dialog = new ExportDialog(m_cache, currentPageId(), currentStoryId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::reviewRequested, this, &MainWindow::showReview);
    connect(dialog, &ExportDialog::exportSucceeded, this, [this](const QStringList &paths) {
        const QString where = paths.isEmpty() ? QString() : QFileInfo(paths.first()).absolutePath();
        statusBar()->showMessage(tr("Exported %n file(s) to %1", nullptr, int(paths.size()))
                                     .arg(QDir::toNativeSeparators(where)),
                                 kStatusMessageMs);
    });
    dialog->open();
}

void MainWindow::chooseExportFile(const QVector<qint64> &pageIds, const QString &suggestedName)
{
    if (!m_cache->isOpen())
        return;
    const QString dir = m_lastDialogDir.isEmpty() ? QDir::homePath() : m_lastDialogDir;
    const QString out = QFileDialog::getSaveFileName(
        this, pageIds.isEmpty() ? tr("Export All Pages as JSON") : tr("Export Page as JSON"),
        dir + QLatin1Char('/') + suggestedName, tr("JSON files (*.json);;All files (*)"));
    if (out.isEmpty())
        return;
    m_lastDialogDir = QFileInfo(out).absolutePath();
    exportPages(pageIds, out);
}

void MainWindow::exportPages(const QVector<qint64> &pageIds, const QString &outPath)
{
    if (!m_cache->isOpen())
        return;
    statusBar()->showMessage(tr("Exporting to %1…").arg(QFileInfo(outPath).fileName()));
    // Parented to the window: if it closes first, the result is dropped.
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, outPath] {
        const QString error = watcher->result();
        watcher->deleteLater();
        if (error.isEmpty()) {
            statusBar()->showMessage(
                tr("Exported to %1").arg(QDir::toNativeSeparators(outPath)), kStatusMessageMs);
        } else {
            statusBar()->clearMessage();
            showMessage(QMessageBox::Warning, tr("Export Failed"),
                        tr("The export to %1 failed: %2")
                            .arg(QDir::toNativeSeparators(outPath), error));
        }
        Q_EMIT exportFinished(outPath, error);
    });
    watcher->setFuture(QtConcurrent::run(writeJsonExport, m_cache->path(), pageIds, outPath));
}

void MainWindow::handleSettings()
{
    auto *dialog = new SettingsDialog(m_cache, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::handleAbout()
{
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About Copydesk"));
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    box->setText(tr("<h3>Copydesk %1</h3>"
                    "<p>A copy desk for newsroom editors: import the raw text of newspaper "
                    "pages, clean it into stories and keep every page, with its original "
                    "bytes, in a local archive.</p>"
                    "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                     .arg(versionString().toHtmlEscaped()));
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_storyPanel->commitEdits();
    m_importRunner->cancel();
    AppSettings::setWindowGeometry(saveGeometry(), saveState());
    AppSettings::setSplitterState(m_splitter->saveState());
    event->accept();
}

} // namespace Copydesk
