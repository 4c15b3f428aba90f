// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "archivefixture.h"
#include "models/archivecache.h"
#include "models/paragraphlistmodel.h"
#include "storage/storyrepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;

class TestParagraphListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void noStoryNoRows();
    void paragraphsMatchTheArchive();
    void flagsBelongToTheirParagraphs();
    void fieldEditKeepsRows();
    void closingClearsTheModel();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_archive;
    QVector<StorySummary> m_stories;
};

void TestParagraphListModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!TestSupport::sqliteAvailable())
        QSKIP("The Qt SQLite driver is not installed");
}

void TestParagraphListModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_archive = m_dir->filePath(QStringLiteral("archive.sqlite"));
    const ImportReport report =
        TestSupport::importFiles(m_archive, {TestSupport::samplePagePath()});
    QVERIFY2(report.allSucceeded(), qPrintable(report.outcomes.value(0).message));
    auto db = Database::open(m_archive);
    QVERIFY(db.ok());
    auto stories = StoryRepository(*db.value()).stories(report.outcomes.first().pageId);
    QVERIFY(stories.ok());
    QVERIFY(!stories->isEmpty());
    m_stories = stories.value();
}

void TestParagraphListModel::noStoryNoRows()
{
    ArchiveCache cache;
    ParagraphListModel model(&cache);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(cache.open(m_archive, Database::Mode::ReadWrite).ok());
    QCOMPARE(model.rowCount(), 0);
    model.setStoryId(m_stories.last().id + 1000);
    QCOMPARE(model.rowCount(), 0);
}

void TestParagraphListModel::paragraphsMatchTheArchive()
{
    ArchiveCache cache;
    ParagraphListModel model(&cache);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(cache.open(m_archive, Database::Mode::ReadWrite).ok());
    auto db = Database::open(m_archive);
    QVERIFY(db.ok());
    const StoryRepository repo(*db.value());

    for (const StorySummary &summary : std::as_const(m_stories)) {
        model.setStoryId(summary.id);
        const auto story = repo.story(summary.id);
        QVERIFY(story.ok());
        QCOMPARE(model.rowCount(), story->paragraphs.size());
        QCOMPARE(model.rowCount(), summary.paragraphCount);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, 0);
            QCOMPARE(index.data().toString(), story->paragraphs.at(row).text);
            QCOMPARE(index.data(ParagraphListModel::TextRole).toString(),
                     story->paragraphs.at(row).text);
            QCOMPARE(index.data(ParagraphListModel::IdRole).toLongLong(),
                     story->paragraphs.at(row).id);
        }
    }
}

void TestParagraphListModel::flagsBelongToTheirParagraphs()
{
    ArchiveCache cache;
    ParagraphListModel model(&cache);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(cache.open(m_archive, Database::Mode::ReadWrite).ok());
    auto db = Database::open(m_archive);
    QVERIFY(db.ok());
    const StoryRepository repo(*db.value());

    for (const StorySummary &summary : std::as_const(m_stories)) {
        model.setStoryId(summary.id);
        const auto story = repo.story(summary.id);
        QVERIFY(story.ok());
        int flags = int(model.storyFlags().size());
        int open = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, 0);
            const QVariantList list = index.data(ParagraphListModel::FlagsRole).toList();
            for (const QVariant &flag : list) {
                const QVariantMap map = flag.toMap();
                QVERIFY(map.contains(QStringLiteral("kind")));
                const int start = map.value(QStringLiteral("start")).toInt();
                const int length = map.value(QStringLiteral("length")).toInt();
                QVERIFY(start >= 0);
                QVERIFY(start + length <= index.data().toString().size());
            }
            flags += int(list.size());
            open += index.data(ParagraphListModel::OpenFlagCountRole).toInt();
        }
        QCOMPARE(flags, story->flags.size());
        int openInStory = 0;
        for (const FlagRecord &f : story->flags)
            openInStory += f.status == QLatin1String(FlagStatus::Open) && f.paragraph >= 0;
        QCOMPARE(open, openInStory);
    }
}

void TestParagraphListModel::fieldEditKeepsRows()
{
    ArchiveCache cache;
    ParagraphListModel model(&cache);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(cache.open(m_archive, Database::Mode::ReadWrite).ok());
    const qint64 storyId = m_stories.first().id;
    model.setStoryId(storyId);
    const int rows = model.rowCount();
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(cache.updateStoryFields(storyId, {QString(), QStringLiteral("标题"), QString()},
                                    QStringLiteral("tester"), QStringLiteral("edit headline"))
                .ok());
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), rows > 0 ? 1 : 0);
    QCOMPARE(model.rowCount(), rows);
}

void TestParagraphListModel::closingClearsTheModel()
{
    ArchiveCache cache;
    ParagraphListModel model(&cache);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(cache.open(m_archive, Database::Mode::ReadWrite).ok());
    model.setStoryId(m_stories.first().id);
    QVERIFY(model.rowCount() > 0);
    cache.close();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.storyId(), qint64(0));
}

QTEST_GUILESS_MAIN(TestParagraphListModel)
#include "tst_paragraphlistmodel.moc"
