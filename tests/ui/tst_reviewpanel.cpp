// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"
#include "mainwindow.h"
#include "models/archivecache.h"
#include "models/reviewfilterproxymodel.h"
#include "models/reviewqueuemodel.h"
#include "reviewpanel.h"
#include "storage/database.h"
#include "storage/flagrepository.h"
#include "storage/pagerepository.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>

using namespace Copydesk;

namespace {
// Two stories; the second reprints both paragraphs of the first, so the import flags two
// exact duplicates (and maybe more: the count always comes from the archive).
const char kPage[] =
    "湖州市长兴县\n\n"
    "大雪过后 长兴全力保畅通\n\n"
    "近日，湖州市长兴县迎来大范围强降雪天气，对群众出行造成不便。县交通运输局第一时间启动"
    "应急预案，组织人员和机械连夜清扫主干道路积雪，确保道路安全畅通。\n\n"
    "截至目前，全县累计出动除雪人员一千二百余人次，机械设备三百余台次，撒布融雪剂四百余吨，"
    "主要道路已基本恢复正常通行。\n\n"
    "暖心服务 温暖环卫工人\n\n"
    "长兴县各街道为一线环卫工人送去热姜茶和防寒手套，社区志愿者也主动加入清扫队伍，共同守护"
    "市民出行安全。\n\n"
    "近日，湖州市长兴县迎来大范围强降雪天气，对群众出行造成不便。县交通运输局第一时间启动"
    "应急预案，组织人员和机械连夜清扫主干道路积雪，确保道路安全畅通。\n\n"
    "截至目前，全县累计出动除雪人员一千二百余人次，机械设备三百余台次，撒布融雪剂四百余吨，"
    "主要道路已基本恢复正常通行。\n";
} // namespace

// The proofreader's path through the Duplicates tab, by keyboard, checked against the
// archive through a connection of the test's own.
class TestReviewPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void acceptUndoDismissByKeys();
    void filtersAndProgress();
    void sideBySideHighlightsDifferences();
    void readOnlyArchiveCannotDecide();

private:
    bool openWithDuplicates(MainWindow &window);
    ReviewItem storedItem(qint64 flagId) const;
    int occurrences(qint64 pageId, const QString &text) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_archive;
    QString m_pagePath;
};

void TestReviewPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        QSKIP("The Qt SQLite driver is not installed");
}

void TestReviewPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir->filePath(QStringLiteral("settings")));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir->filePath(QStringLiteral("settings")));
    QSettings().clear();
    AppSettings::setUserName(QStringLiteral("proofreader"));
    m_archive = m_dir->filePath(QStringLiteral("archive.sqlite"));
    m_pagePath = m_dir->filePath(QStringLiteral("snow.txt"));
    QVERIFY(TestSupport::writeFile(m_pagePath, QByteArray(kPage)));
}

void TestReviewPanel::cleanup()
{
    const QList<QWidget *> windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows) {
        if (qobject_cast<QMessageBox *>(w))
            w->close();
    }
}

bool TestReviewPanel::openWithDuplicates(MainWindow &window)
{
    if (!window.openArchive(m_archive))
        return false;
    QSignalSpy finished(&window, &MainWindow::importFinished);
    window.importPaths({m_pagePath});
    if (!finished.wait(60000) && finished.isEmpty())
        return false;
    return window.lastImportReport().allSucceeded();
}

ReviewItem TestReviewPanel::storedItem(qint64 flagId) const
{
    auto db = Database::open(m_archive);
    if (!db)
        return {};
    auto item = FlagRepository(*db.value()).reviewItem(flagId);
    return item ? item.value() : ReviewItem{};
}

int TestReviewPanel::occurrences(qint64 pageId, const QString &text) const
{
    auto db = Database::open(m_archive);
    if (!db)
        return -1;
    auto page = PageRepository(*db.value()).loadPage(pageId);
    if (!page)
        return -1;
    int count = 0;
    for (const StoryRecord &story : page->stories) {
        for (const ParagraphRecord &paragraph : story.paragraphs)
            count += paragraph.text == text ? 1 : 0;
    }
    return count;
}

void TestReviewPanel::acceptUndoDismissByKeys()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(openWithDuplicates(window));
    const qint64 pageId = window.currentPageId();

    // Open the review panel the way a proofreader does.
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    QVERIFY(tabs);
    window.findChild<QAction *>(QStringLiteral("actionShowReview"))->trigger();
    ReviewPanel *panel = window.reviewPanel();
    QCOMPARE(tabs->currentWidget(), panel);
    auto *list = panel->findChild<QTreeView *>(QStringLiteral("reviewList"));
    QVERIFY(list);
    QTRY_VERIFY(list->hasFocus());

    auto db = Database::open(m_archive);
    QVERIFY(db.ok());
    ReviewFilter openOnly;
    openOnly.status = QString::fromLatin1(FlagStatus::Open);
    const auto queue = FlagRepository(*db.value()).reviewQueue(openOnly);
    db.value().reset();
    QVERIFY(queue.ok());
    QVERIFY2(queue->size() >= 2, "the reprinted paragraphs were not flagged");
    QCOMPARE(list->model()->rowCount(), queue->size());
    QVERIFY(tabs->tabText(tabs->indexOf(panel)).contains(QString::number(queue->size())));
    auto *progress = panel->findChild<QLabel *>(QStringLiteral("reviewProgressLabel"));
    QVERIFY(progress);
    QVERIFY(progress->text().startsWith(QStringLiteral("0 ")));

    // A: remove the copy. The paragraph leaves its story; the flag records who decided.
    const qint64 first = panel->currentFlagId();
    QCOMPARE(first, queue->first().flag.id);
    const QString copyText = queue->first().copyText;
    const int before = occurrences(pageId, copyText);
    QVERIFY(before >= 2);
    QTest::keyClick(list, Qt::Key_A);
    QCOMPARE(storedItem(first).flag.status, QString::fromLatin1(FlagStatus::Accepted));
    QCOMPARE(storedItem(first).flag.decidedBy, QStringLiteral("proofreader"));
    QCOMPARE(occurrences(pageId, copyText), before - 1);
    QVERIFY(progress->text().startsWith(QStringLiteral("1 ")));
    // The queue moved on, and the main window's models followed.
    QVERIFY(panel->currentFlagId() != first);
    {
        auto fresh = Database::open(m_archive);
        QVERIFY(fresh.ok());
        QCOMPARE(window.archive()->counts().openFlags,
                 PageRepository(*fresh.value()).counts()->openFlags);
    }

    // Ctrl+Z (Edit > Undo with the review tab showing): the copy is back, the flag open.
    QVERIFY(window.undoGroup()->activeStack() == window.reviewStack());
    QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(storedItem(first).flag.status, QString::fromLatin1(FlagStatus::Open));
    QCOMPARE(occurrences(pageId, copyText), before);
    QCOMPARE(panel->currentFlagId(), first);
    QVERIFY(progress->text().startsWith(QStringLiteral("0 ")));

    // N moves to the next pair; K keeps both and leaves every paragraph where it was.
    QTest::keyClick(list, Qt::Key_N);
    const qint64 second = panel->currentFlagId();
    QVERIFY(second > 0 && second != first);
    const QString secondText = storedItem(second).copyText;
    const int secondBefore = occurrences(pageId, secondText);
    QTest::keyClick(list, Qt::Key_K);
    QCOMPARE(storedItem(second).flag.status, QString::fromLatin1(FlagStatus::Dismissed));
    QCOMPARE(storedItem(second).flag.decidedBy, QStringLiteral("proofreader"));
    QCOMPARE(occurrences(pageId, secondText), secondBefore);
    QCOMPARE(storedItem(first).flag.status, QString::fromLatin1(FlagStatus::Open));

    // P goes back; S swaps copy and original, Ctrl+Z swaps them back.
    QTest::keyClick(list, Qt::Key_P);
    QCOMPARE(panel->currentFlagId(), first);
    const ReviewItem unswapped = storedItem(first);
    QTest::keyClick(list, Qt::Key_S);
    QCOMPARE(storedItem(first).copyParagraphId, unswapped.originalParagraphId);
    QCOMPARE(panel->currentFlagId(), first);
    QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(storedItem(first).copyParagraphId, unswapped.copyParagraphId);

    // The Stories tab's undo stack is the story's again.
    window.showStories();
    QVERIFY(window.undoGroup()->activeStack() != window.reviewStack());
}

void TestReviewPanel::filtersAndProgress()
{
    MainWindow window;
    window.show();
    QVERIFY(openWithDuplicates(window));
    window.showReview();
    ReviewPanel *panel = window.reviewPanel();
    auto *list = panel->findChild<QTreeView *>(QStringLiteral("reviewList"));
    auto *status = panel->findChild<QComboBox *>(QStringLiteral("reviewStatusFilter"));
    auto *page = panel->findChild<QComboBox *>(QStringLiteral("reviewPageFilter"));
    auto *progress = panel->findChild<QLabel *>(QStringLiteral("reviewProgressLabel"));
    QVERIFY(list && status && page && progress);
    const int total = list->model()->rowCount();
    QVERIFY(total >= 2);
    QCOMPARE(page->count(), 2); // all pages, the imported one

    // A letter typed in a filter box picks an entry there; it decides nothing.
    QVERIFY(QTest::qWaitForWindowActive(&window));
    status->setFocus();
    QTest::keyClick(status, Qt::Key_A);
    QTest::keyClick(status, Qt::Key_K);
    QCOMPARE(window.reviewStack()->count(), 0);
    status->setCurrentIndex(0);
    QCOMPARE(list->model()->rowCount(), total);

    panel->removeCopy();
    QCOMPARE(list->model()->rowCount(), total - 1);
    QCOMPARE(progress->text(), ReviewPanel::tr("%1 of %n reviewed", nullptr, total).arg(1));

    status->setCurrentIndex(status->findData(int(ReviewFilterProxyModel::StatusFilter::All)));
    QCOMPARE(list->model()->rowCount(), total);
    status->setCurrentIndex(status->findData(int(ReviewFilterProxyModel::StatusFilter::Accepted)));
    QCOMPARE(list->model()->rowCount(), 1);
    page->setCurrentIndex(1);
    QCOMPARE(panel->proxy()->pageId(), window.currentPageId());
    QCOMPARE(list->model()->rowCount(), 1);
}

void TestReviewPanel::sideBySideHighlightsDifferences()
{
    // A near copy: two characters differ, which the panel must mark on both sides.
    const QByteArray near = QByteArray(kPage).replace(
        QStringLiteral("主要道路已基本恢复正常通行。\n").toUtf8(),
        QStringLiteral("主要道路已基本恢复正常通行。\n\n"
                       "雪后路面湿滑，交警部门在城区主要路口增派警力疏导交通，提醒驾驶员减速"
                       "慢行，保持安全车距，全力保障群众安全出行。\n\n"
                       "雪后路面湿滑，交警部门在城区主要路口增派警力疏导交通，提醒驾驶人减速"
                       "慢行，保持安全车距，全力保障市民安全出行。\n")
            .toUtf8());
    QVERIFY(TestSupport::writeFile(m_pagePath, near));
    MainWindow window;
    window.show();
    QVERIFY(openWithDuplicates(window));
    window.showReview();
    ReviewPanel *panel = window.reviewPanel();
    auto *copy = panel->findChild<QTextBrowser *>(QStringLiteral("reviewCopyText"));
    auto *original = panel->findChild<QTextBrowser *>(QStringLiteral("reviewOriginalText"));
    QVERIFY(copy && original);

    bool sawDifference = false;
    for (int row = 0; row < panel->proxy()->rowCount(); ++row) {
        const QModelIndex index = panel->proxy()->index(row, 0);
        QVERIFY(panel->selectFlag(index.data(ReviewQueueModel::IdRole).toLongLong()));
        QCOMPARE(copy->toPlainText(), index.data(ReviewQueueModel::CopyTextRole).toString());
        QCOMPARE(original->toPlainText(),
                 index.data(ReviewQueueModel::OriginalTextRole).toString());
        const bool differs = copy->toPlainText() != original->toPlainText();
        const auto marked = [](const QTextBrowser *text) {
            return text->toHtml().contains(QStringLiteral("background-color"));
        };
        QCOMPARE(marked(copy) || marked(original), differs);
        sawDifference = sawDifference || differs;
    }
    QVERIFY2(sawDifference, "the near copy was not flagged");
}

void TestReviewPanel::readOnlyArchiveCannotDecide()
{
    {
        MainWindow window;
        QVERIFY(openWithDuplicates(window));
    }
    MainWindow window;
    window.show();
    QVERIFY(window.openArchive(m_archive, MainWindow::Access::ReadOnly));
    window.showReview();
    ReviewPanel *panel = window.reviewPanel();
    const qint64 flagId = panel->currentFlagId();
    QVERIFY(flagId > 0);
    auto *remove = panel->findChild<QAction *>(QStringLiteral("actionReviewRemove"));
    QVERIFY(remove);
    QVERIFY(!remove->isEnabled());
    panel->removeCopy();
    QCOMPARE(storedItem(flagId).flag.status, QString::fromLatin1(FlagStatus::Open));
    QCOMPARE(window.reviewStack()->count(), 0);
}

QTEST_MAIN(TestReviewPanel)
#include "tst_reviewpanel.moc"
