// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "archivefixture.h"
#include "models/archivecache.h"
#include "models/storylistmodel.h"
#include "storage/storyrepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;

class TestStoryListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void noPageNoRows();
    void storiesMatchTheArchive();
    void editedStoryUpdatesItsRow();
    void storyWithoutHeadlineShowsItsLead();
    void switchingPagesResets();
    void closingClearsTheModel();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_archive;
    qint64 m_pageId = 0;
};

void TestStoryListModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!TestSupport::sqliteAvailable())
        QSKIP("The Qt SQLite driver is not installed");
}

void TestStoryListModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_archive = m_dir->filePath(QStringLiteral("archive.sqlite"));
    const ImportReport report =
        TestSupport::importFiles(m_archive, {TestSupport::samplePagePath()});
    QVERIFY2(report.allSucceeded(), qPrintable(report.outcomes.value(0).message));
    m_pageId = report.outcomes.first().pageId;
}

void TestStoryListModel::noPageNoRows()
{
    ArchiveCache cache;
    StoryListModel model(&cache);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(cache.open(m_archive, Database::Mode::ReadWrite).ok());
    QCOMPARE(model.rowCount(), 0);
    model.setPageId(m_pageId + 1000);
    QCOMPARE(model.rowCount(), 0);
}

void TestStoryListModel::storiesMatchTheArchive()
{
    ArchiveCache cache;
    StoryListModel model(&cache);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(cache.open(m_archive, Database::Mode::ReadWrite).ok());
    model.setPageId(m_pageId);

    auto db = Database::open(m_archive);
    QVERIFY(db.ok());
    const auto stories = StoryRepository(*db.value()).stories(m_pageId);
    QVERIFY(stories.ok());
    QVERIFY(!stories->isEmpty());
    QCOMPARE(model.rowCount(), stories->size());
    for (int row = 0; row < stories->size(); ++row) {
        const StorySummary &story = stories->at(row);
        const QModelIndex title = model.index(row, StoryListModel::HeadlineColumn);
        QCOMPARE(title.data(StoryListModel::IdRole).toLongLong(), story.id);
        QCOMPARE(title.data(StoryListModel::HeadlineRole).toString(), story.headline);
        QCOMPARE(title.data(StoryListModel::HasHeadlineRole).toBool(), !story.headline.isEmpty());
        const QString shown = title.data().toString();
        const QString expected = story.headline.isEmpty() ? story.lead : story.headline;
        QVERIFY2(expected.startsWith(shown.chopped(shown.endsWith(QChar(0x2026)) ? 1 : 0)),
                 qPrintable(shown));
        QVERIFY(shown.size() <= StoryListModel::MaxTitleLength);
        QCOMPARE(model.index(row, StoryListModel::ParagraphsColumn).data().toInt(),
                 story.paragraphCount);
        QCOMPARE(model.index(row, StoryListModel::OpenFlagsColumn).data().toInt(),
                 story.openFlagCount);
        QCOMPARE(model.rowOfStory(story.id), row);
    }
}

void TestStoryListModel::editedStoryUpdatesItsRow()
{
    ArchiveCache cache;
    StoryListModel model(&cache);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(cache.open(m_archive, Database::Mode::ReadWrite).ok());
    model.setPageId(m_pageId);
    QVERIFY(model.rowCount() > 0);
    const int row = model.rowCount() - 1;
    const qint64 storyId = model.storyId(row);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const StoryRepository::Fields fields{QStringLiteral("眉题"), QStringLiteral("新的标题"),
                                         QStringLiteral("记者 张三")};
    QVERIFY(cache.updateStoryFields(storyId, fields, QStringLiteral("tester"),
                                    QStringLiteral("edit headline"))
                .ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), row);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), row);
    const QModelIndex title = model.index(row, StoryListModel::HeadlineColumn);
    QCOMPARE(title.data().toString(), QStringLiteral("新的标题"));
    QCOMPARE(title.data(StoryListModel::KickerRole).toString(), QStringLiteral("眉题"));
    QCOMPARE(title.data(StoryListModel::BylineRole).toString(), QStringLiteral("记者 张三"));
}

void TestStoryListModel::storyWithoutHeadlineShowsItsLead()
{
    ArchiveCache cache;
    StoryListModel model(&cache);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(cache.open(m_archive, Database::Mode::ReadWrite).ok());
    model.setPageId(m_pageId);
    const qint64 storyId = model.storyId(0);
    QVERIFY(cache.updateStoryFields(storyId, {}, QStringLiteral("tester"),
                                    QStringLiteral("edit headline"))
                .ok());
    const QModelIndex title = model.index(0, StoryListModel::HeadlineColumn);
    QCOMPARE(title.data(StoryListModel::HasHeadlineRole).toBool(), false);
    const QString lead = title.data(StoryListModel::LeadRole).toString();
    QVERIFY(!lead.isEmpty());
    QString shown = title.data().toString();
    if (shown.endsWith(QChar(0x2026)))
        shown.chop(1);
    QVERIFY(!shown.isEmpty());
    QVERIFY(lead.startsWith(shown));
}

void TestStoryListModel::switchingPagesResets()
{
    const ImportReport second = TestSupport::importText(
        m_archive, QStringLiteral("brief.txt"),
        QByteArrayLiteral("第一段文字，供测试使用。\n\n第二段文字，也供测试使用。\n"));
    QVERIFY(second.allSucceeded());

    ArchiveCache cache;
    StoryListModel model(&cache);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(cache.open(m_archive, Database::Mode::ReadWrite).ok());
    model.setPageId(m_pageId);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setPageId(second.outcomes.first().pageId);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), cache.stories(second.outcomes.first().pageId).size());
    QVERIFY(model.rowCount() >= 1);
}

void TestStoryListModel::closingClearsTheModel()
{
    ArchiveCache cache;
    StoryListModel model(&cache);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(cache.open(m_archive, Database::Mode::ReadWrite).ok());
    model.setPageId(m_pageId);
    QVERIFY(model.rowCount() > 0);
    cache.close();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.pageId(), qint64(0));
}

QTEST_GUILESS_MAIN(TestStoryListModel)
#include "tst_storylistmodel.moc"
