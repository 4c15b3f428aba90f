// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"
#include "exporting/jsonexport.h"
#include "mainwindow.h"
#include "models/archivecache.h"
#include "models/pagelistmodel.h"
#include "models/paragraphlistmodel.h"
#include "models/storylistmodel.h"
#include "storage/database.h"
#include "storage/pagerepository.h"
#include "storage/storyrepository.h"
#include "testsupport.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUrl>

using namespace Copydesk;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void importEditUndo();
    void reimportOnlySelectsThePage();
    void refusedFilesAreReported();
    void pasteAsNewPage();
    void droppedFilesAreImported();
    void exportWritesTheJsonContract();
    void badArchiveChangesNothing();
    void readOnlyArchiveShowsBanner();
    void windowStateIsRemembered();

private:
    bool importAndWait(MainWindow &window, const QStringList &paths, bool quiet = false);
    QMessageBox *openMessageBox(MainWindow &window) const;
    StoryRepository::Fields storedFields(qint64 storyId) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_archive;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        QSKIP("The Qt SQLite driver is not installed");
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // Keep the editor's real preferences out of the test, and each test's out of the next.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir->filePath(QStringLiteral("settings")));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir->filePath(QStringLiteral("settings")));
    QSettings().clear();
    m_archive = m_dir->filePath(QStringLiteral("archive.sqlite"));
}

void TestMainWindow::cleanup()
{
    const QList<QWidget *> windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows) {
        if (qobject_cast<QMessageBox *>(w))
            w->close();
    }
}

bool TestMainWindow::importAndWait(MainWindow &window, const QStringList &paths, bool quiet)
{
    QSignalSpy finished(&window, &MainWindow::importFinished);
    window.importPaths(paths, quiet);
    if (!window.isImportRunning() && finished.isEmpty())
        return false;
    return finished.count() == 1 || finished.wait(60000);
}

QMessageBox *TestMainWindow::openMessageBox(MainWindow &window) const
{
    const QList<QMessageBox *> boxes = window.findChildren<QMessageBox *>();
    for (QMessageBox *box : boxes) {
        if (box->isVisible())
            return box;
    }
    return nullptr;
}

StoryRepository::Fields TestMainWindow::storedFields(qint64 storyId) const
{
    // Its own connection: what is in the archive file, not what the window caches.
    auto db = Database::open(m_archive);
    if (!db)
        return {};
    auto story = StoryRepository(*db.value()).story(storyId);
    if (!story)
        return {};
    return {story->summary.kicker, story->summary.headline, story->summary.byline};
}

void TestMainWindow::importEditUndo()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openArchive(m_archive));
    QCOMPARE(window.pageModel()->rowCount(), 0);
    auto *counts = window.findChild<QLabel *>(QStringLiteral("countsLabel"));
    QVERIFY(counts);

    // The same background path as File > Import Files.
    QSignalSpy finished(&window, &MainWindow::importFinished);
    window.importPaths({TestSupport::samplePagePath()});
    QVERIFY(window.isImportRunning());
    auto *progress = window.findChild<QProgressBar *>(QStringLiteral("importProgress"));
    QVERIFY(progress);
    QVERIFY(progress->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QVERIFY(!window.isImportRunning());
    QVERIFY(!progress->isVisible());
    QVERIFY2(window.lastImportReport().allSucceeded(),
             qPrintable(window.lastImportReport().outcomes.value(0).message));
    QVERIFY(!openMessageBox(window));

    // One page, selected; its stories; the selected story's paragraphs.
    auto db = Database::open(m_archive);
    QVERIFY(db.ok());
    const auto pages = PageRepository(*db.value()).pages();
    QVERIFY(pages.ok());
    QCOMPARE(pages->size(), 1);
    const qint64 pageId = pages->first().id;
    QCOMPARE(window.pageModel()->rowCount(), 1);
    QCOMPARE(window.currentPageId(), pageId);
    auto *pageView = window.findChild<QTreeView *>(QStringLiteral("pageView"));
    QVERIFY(pageView);
    QCOMPARE(pageView->currentIndex().row(), 0);

    const auto stories = StoryRepository(*db.value()).stories(pageId);
    QVERIFY(stories.ok());
    QVERIFY(!stories->isEmpty());
    QCOMPARE(window.storyModel()->rowCount(), stories->size());
    const qint64 storyId = stories->first().id;
    QCOMPARE(window.currentStoryId(), storyId);
    const auto story = StoryRepository(*db.value()).story(storyId);
    QVERIFY(story.ok());
    QCOMPARE(window.paragraphModel()->rowCount(), story->paragraphs.size());
    for (int row = 0; row < story->paragraphs.size(); ++row)
        QCOMPARE(window.paragraphModel()->index(row, 0).data().toString(),
                 story->paragraphs.at(row).text);
    auto *text = window.findChild<QTextEdit *>(QStringLiteral("paragraphView"));
    QVERIFY(text);
    QVERIFY(text->toPlainText().contains(story->paragraphs.first().text.left(10)));
    QVERIFY(counts->text().contains(QString::number(pages->first().storyCount)));
    db.value().reset(); // the window writes next

    // Edit the headline the way an editor does: type, press Enter.
    auto *headline = window.findChild<QLineEdit *>(QStringLiteral("headlineEdit"));
    QVERIFY(headline);
    QVERIFY(!headline->isReadOnly());
    const QString original = headline->text();
    QCOMPARE(original, story->summary.headline);
    const int revisionsBefore = int(window.archive()->revisions(storyId)->size());
    headline->setFocus();
    headline->selectAll();
    QTest::keyClicks(headline, QStringLiteral("Edited headline"));
    QTest::keyClick(headline, Qt::Key_Return);
    QCOMPARE(storedFields(storyId).headline, QStringLiteral("Edited headline"));
    QCOMPARE(window.storyModel()->index(0, 0).data(StoryListModel::HeadlineRole).toString(),
             QStringLiteral("Edited headline"));

    const auto revisions = window.archive()->revisions(storyId);
    QVERIFY(revisions.ok());
    QCOMPARE(revisions->size(), revisionsBefore + 1);
    QCOMPARE(revisions->last().author, AppSettings::userName());
    QVERIFY(revisions->last().action.contains(QStringLiteral("headline")));
    QVERIFY(revisions->last().snapshot.contains("Edited headline"));

    // Undo through the Edit menu's action, then redo.
    auto *undo = window.findChild<QAction *>(QStringLiteral("actionUndo"));
    auto *redo = window.findChild<QAction *>(QStringLiteral("actionRedo"));
    QVERIFY(undo && redo);
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QCOMPARE(storedFields(storyId).headline, original);
    QCOMPARE(headline->text(), original);
    QVERIFY(!undo->isEnabled());
    QVERIFY(redo->isEnabled());
    redo->trigger();
    QCOMPARE(storedFields(storyId).headline, QStringLiteral("Edited headline"));
    QCOMPARE(headline->text(), QStringLiteral("Edited headline"));

    // Leaving the field without a change pushes nothing.
    const int steps = window.undoGroup()->activeStack()->count();
    Q_EMIT headline->editingFinished();
    QCOMPARE(window.undoGroup()->activeStack()->count(), steps);
}

void TestMainWindow::reimportOnlySelectsThePage()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openArchive(m_archive));
    QVERIFY(importAndWait(window, {TestSupport::samplePagePath()}));
    const qint64 pageId = window.currentPageId();
    QVERIFY(pageId > 0);
    QVERIFY(importAndWait(window,
                          {TestSupport::writeFile(m_dir->filePath(QStringLiteral("other.txt")),
                                                  QByteArrayLiteral("另一篇稿件的第一段。\n\n第二段。\n"))
                               ? m_dir->filePath(QStringLiteral("other.txt"))
                               : QString()}));
    QCOMPARE(window.pageModel()->rowCount(), 2);
    QVERIFY(window.currentPageId() != pageId);

    // Named again at start: no new page, no message, its page selected.
    QVERIFY(importAndWait(window, {TestSupport::samplePagePath()}, /*quiet=*/true));
    QCOMPARE(window.pageModel()->rowCount(), 2);
    QCOMPARE(window.currentPageId(), pageId);
    QVERIFY(!openMessageBox(window));

    // From the menu the editor is told.
    QVERIFY(importAndWait(window, {TestSupport::samplePagePath()}));
    QMessageBox *box = openMessageBox(window);
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("raw.txt")), qPrintable(box->text()));
    QVERIFY2(box->text().contains(QStringLiteral("already imported")), qPrintable(box->text()));
}

void TestMainWindow::refusedFilesAreReported()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openArchive(m_archive));
    const QString empty = m_dir->filePath(QStringLiteral("empty.txt"));
    const QString png = m_dir->filePath(QStringLiteral("picture.txt"));
    QVERIFY(TestSupport::writeFile(empty, {}));
    QVERIFY(TestSupport::writeFile(png, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01", 24)));
    QVERIFY(importAndWait(window, {empty, png, TestSupport::samplePagePath()}));

    QCOMPARE(window.pageModel()->rowCount(), 1); // the good file still imported
    QVERIFY(window.currentPageId() > 0);
    QMessageBox *box = openMessageBox(window);
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("empty.txt")), qPrintable(box->text()));
    QVERIFY2(box->text().contains(QStringLiteral("picture.txt")), qPrintable(box->text()));
}

void TestMainWindow::pasteAsNewPage()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openArchive(m_archive));
    const QString text = QStringLiteral("剪贴板里的第一段。\n\n剪贴板里的第二段。\n");
    QGuiApplication::clipboard()->setText(text);
    if (QGuiApplication::clipboard()->text() != text)
        QSKIP("This platform has no clipboard");

    QSignalSpy finished(&window, &MainWindow::importFinished);
    auto *paste = window.findChild<QAction *>(QStringLiteral("actionPasteAsNewPage"));
    QVERIFY(paste && paste->isEnabled());
    paste->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(window.pageModel()->rowCount(), 1);
    const QString name =
        window.pageModel()->index(0, PageListModel::SourceColumn).data().toString();
    QVERIFY2(name.startsWith(QStringLiteral("clipboard-")) && name.endsWith(QStringLiteral(".txt")),
             qPrintable(name));
    QCOMPARE(window.currentPageId(), window.pageModel()->pageId(0));
    QVERIFY(window.paragraphModel()->rowCount() >= 1);
}

void TestMainWindow::droppedFilesAreImported()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openArchive(m_archive));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(TestSupport::samplePagePath())});
    QSignalSpy finished(&window, &MainWindow::importFinished);

    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(window.pageModel()->rowCount(), 1);
}

void TestMainWindow::exportWritesTheJsonContract()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openArchive(m_archive));
    QVERIFY(importAndWait(window, {TestSupport::samplePagePath()}));
    const qint64 pageId = window.currentPageId();
    const QString out = m_dir->filePath(QStringLiteral("page.json"));

    QSignalSpy finished(&window, &MainWindow::exportFinished);
    window.exportPages({pageId}, out);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(finished.first().at(1).toString(), QString());

    const auto pages = Exporting::JsonExport::read(TestSupport::readFile(out));
    QVERIFY2(pages.ok(), qPrintable(pages.error()));
    QCOMPARE(pages->size(), 1);
    QCOMPARE(pages->first().summary.id, pageId);
    QCOMPARE(pages->first().stories.size(), window.storyModel()->rowCount());

    // A path that cannot be written: reported, nothing left behind.
    const QString bad = m_dir->filePath(QStringLiteral("missing-folder/page.json"));
    window.exportPages({pageId}, bad);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
    QVERIFY(!finished.last().at(1).toString().isEmpty());
    QVERIFY(!QFile::exists(bad));
    QVERIFY(openMessageBox(window));
}

void TestMainWindow::badArchiveChangesNothing()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openArchive(m_archive));
    QVERIFY(importAndWait(window, {TestSupport::samplePagePath()}));
    const qint64 pageId = window.currentPageId();

    const QString notAnArchive = m_dir->filePath(QStringLiteral("notes.sqlite"));
    const QByteArray bytes("These are notes, not an archive.\n");
    QVERIFY(TestSupport::writeFile(notAnArchive, bytes));
    QVERIFY(!window.openArchive(notAnArchive));
    QCOMPARE(window.archive()->path(), QFileInfo(m_archive).absoluteFilePath());
    QCOMPARE(window.currentPageId(), pageId);
    QCOMPARE(TestSupport::readFile(notAnArchive), bytes); // never overwritten
    QMessageBox *box = openMessageBox(window);
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("notes.sqlite")), qPrintable(box->text()));
    QCOMPARE(AppSettings::recentArchives().size(), 1);
}

void TestMainWindow::readOnlyArchiveShowsBanner()
{
    {
        MainWindow writer;
        QVERIFY(writer.openArchive(m_archive));
        QVERIFY(importAndWait(writer, {TestSupport::samplePagePath()}));
    }
    MainWindow window;
    window.show();
    QVERIFY(window.openArchive(m_archive, MainWindow::Access::ReadOnly));
    QVERIFY(window.archive()->isReadOnly());
    auto *banner = window.findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("read-only")));
    QCOMPARE(window.pageModel()->rowCount(), 1);
    for (const char *name : {"actionImportFiles", "actionImportFolder", "actionPasteAsNewPage"}) {
        auto *action = window.findChild<QAction *>(QString::fromLatin1(name));
        QVERIFY(action);
        QVERIFY2(!action->isEnabled(), name);
    }
    auto *headline = window.findChild<QLineEdit *>(QStringLiteral("headlineEdit"));
    QVERIFY(headline);
    QVERIFY(headline->isReadOnly());

    // Back to a writable archive: the banner goes.
    QVERIFY(window.openArchive(m_archive));
    QVERIFY(!banner->isVisible());
    QVERIFY(!headline->isReadOnly());
}

void TestMainWindow::windowStateIsRemembered()
{
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openArchive(m_archive));
        window.close();
    }
    QVERIFY(!AppSettings::windowGeometry().isEmpty());
    QCOMPARE(AppSettings::lastArchive(), QFileInfo(m_archive).absoluteFilePath());
    QCOMPARE(AppSettings::recentArchives(), QStringList{QFileInfo(m_archive).absoluteFilePath()});

    MainWindow again;
    again.openStartupArchive(QString());
    QCOMPARE(again.archive()->path(), QFileInfo(m_archive).absoluteFilePath());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
