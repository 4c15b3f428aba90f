// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "archivefixture.h"
#include "models/archivecache.h"
#include "models/flaglistmodel.h"
#include "storage/storyrepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;

// The flag list of the story panel, over a real archive. Which flags a page gets depends on
// the cleanup and proofing stages, so the expectations come from StoryRepository.
class TestFlagListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void rowsMatchTheStory();
    void decisionsShowInPlace();
    void archiveResetEmpties();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_archive;
    qint64 m_storyId = 0; // a story with at least one flag
    QVector<FlagRecord> m_flags;
};

void TestFlagListModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!TestSupport::sqliteAvailable())
        QSKIP("The Qt SQLite driver is not installed");
}

void TestFlagListModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_archive = m_dir->filePath(QStringLiteral("archive.sqlite"));
    const ImportReport report = TestSupport::importText(m_archive, QStringLiteral("dup.txt"),
                                                        TestSupport::duplicatePageText());
    QVERIFY(report.allSucceeded());
    auto db = Database::open(m_archive);
    QVERIFY(db.ok());
    const StoryRepository stories(*db.value());
    auto list = stories.stories(report.outcomes.first().pageId);
    QVERIFY(list.ok());
    m_storyId = 0;
    for (const StorySummary &summary : list.value()) {
        auto story = stories.story(summary.id);
        QVERIFY(story.ok());
        if (!story->flags.isEmpty()) {
            m_storyId = summary.id;
            m_flags = story->flags;
            break;
        }
    }
    QVERIFY2(m_storyId > 0, "no story of the duplicate page has a flag");
}

void TestFlagListModel::rowsMatchTheStory()
{
    ArchiveCache cache;
    QVERIFY(cache.open(m_archive, Database::Mode::ReadWrite).ok());
    FlagListModel model(&cache);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setStoryId(m_storyId);
    QCOMPARE(model.rowCount(), m_flags.size());
    QCOMPARE(model.columnCount(), int(FlagListModel::ColumnCount));
    QSet<qint64> ids;
    for (const FlagRecord &flag : m_flags)
        ids.insert(flag.id);
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 id = model.index(row, 0).data(FlagListModel::IdRole).toLongLong();
        QVERIFY(ids.remove(id));
        const auto flag = std::find_if(m_flags.cbegin(), m_flags.cend(),
                                       [id](const FlagRecord &f) { return f.id == id; });
        QCOMPARE(model.index(row, FlagListModel::KindColumn).data().toString(), flag->kind);
        QCOMPARE(model.index(row, FlagListModel::TextColumn).data().toString(), flag->text);
        QCOMPARE(model.index(row, FlagListModel::ReasonColumn).data().toString(), flag->reason);
        QCOMPARE(model.index(row, FlagListModel::SuggestionColumn).data().toString(),
                 flag->suggestion);
        QCOMPARE(model.index(row, 0).data(FlagListModel::ParagraphRole).toInt(), flag->paragraph);
        if (row > 0)
            QVERIFY(model.index(row - 1, 0).data(FlagListModel::ParagraphRole).toInt() <=
                    model.index(row, 0).data(FlagListModel::ParagraphRole).toInt());
    }
    QVERIFY(ids.isEmpty());
    model.setStoryId(0);
    QCOMPARE(model.rowCount(), 0);
}

void TestFlagListModel::decisionsShowInPlace()
{
    ArchiveCache cache;
    QVERIFY(cache.open(m_archive, Database::Mode::ReadWrite).ok());
    FlagListModel model(&cache);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStoryId(m_storyId);
    const auto duplicate = std::find_if(m_flags.cbegin(), m_flags.cend(), [](const FlagRecord &f) {
        return f.kind == QLatin1String(FlagKind::Duplicate);
    });
    if (duplicate == m_flags.cend())
        QSKIP("the flagged story has no duplicate flag to decide");
    QVERIFY(
        cache.decideFlag(duplicate->id, ArchiveCache::FlagDecision::Dismiss, QStringLiteral("ann"))
            .ok());
    bool found = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (index.data(FlagListModel::IdRole).toLongLong() == duplicate->id) {
            QCOMPARE(index.data(FlagListModel::StatusRole).toString(),
                     QString::fromLatin1(FlagStatus::Dismissed));
            found = true;
        }
    }
    QVERIFY(found);
}

void TestFlagListModel::archiveResetEmpties()
{
    ArchiveCache cache;
    QVERIFY(cache.open(m_archive, Database::Mode::ReadWrite).ok());
    FlagListModel model(&cache);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStoryId(m_storyId);
    QVERIFY(model.rowCount() > 0);
    cache.close();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.storyId(), qint64(0));
}

QTEST_GUILESS_MAIN(TestFlagListModel)
#include "tst_flaglistmodel.moc"
