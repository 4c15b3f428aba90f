// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "archivefixture.h"
#include "models/archivecache.h"
#include "models/reviewfilterproxymodel.h"
#include "models/reviewqueuemodel.h"
#include "storage/flagrepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;

// The review queue model and its filter proxy over a real archive with planted duplicates.
// Counts come from FlagRepository, never from the test: the detector may find more.
class TestReviewQueueModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void rowsMatchTheRepository();
    void decisionsChangeRowsInPlace();
    void importAddsRows();
    void proxyFiltersByStatus();
    void proxyFiltersByPageAndDate();

private:
    QVector<ReviewItem> storedQueue() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_archive;
    qint64 m_pageId = 0;
};

void TestReviewQueueModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!TestSupport::sqliteAvailable())
        QSKIP("The Qt SQLite driver is not installed");
}

void TestReviewQueueModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_archive = m_dir->filePath(QStringLiteral("archive.sqlite"));
    const ImportReport report = TestSupport::importText(m_archive, QStringLiteral("dup.txt"),
                                                        TestSupport::duplicatePageText());
    QVERIFY2(report.allSucceeded(), qPrintable(report.outcomes.value(0).message));
    m_pageId = report.outcomes.first().pageId;
    QVERIFY2(storedQueue().size() >= 2, "the planted duplicates were not flagged");
}

QVector<ReviewItem> TestReviewQueueModel::storedQueue() const
{
    auto db = Database::open(m_archive);
    if (!db)
        return {};
    auto queue = FlagRepository(*db.value()).reviewQueue(ReviewFilter{});
    return queue ? queue.value() : QVector<ReviewItem>();
}

void TestReviewQueueModel::rowsMatchTheRepository()
{
    ArchiveCache cache;
    QVERIFY(cache.open(m_archive, Database::Mode::ReadWrite).ok());
    ReviewQueueModel model(&cache);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    const QVector<ReviewItem> stored = storedQueue();
    QCOMPARE(model.rowCount(), stored.size());
    QCOMPARE(model.columnCount(), int(ReviewQueueModel::ColumnCount));
    for (int row = 0; row < model.rowCount(); ++row) {
        const ReviewItem &item = stored.at(row);
        const QModelIndex index = model.index(row, 0);
        QCOMPARE(model.flagId(row), item.flag.id);
        QCOMPARE(model.rowOfFlag(item.flag.id), row);
        QCOMPARE(index.data(ReviewQueueModel::StatusRole).toString(),
                 QString::fromLatin1(FlagStatus::Open));
        QCOMPARE(index.data(ReviewQueueModel::KindRole).toString(), item.flag.detail);
        QCOMPARE(index.data(ReviewQueueModel::CopyTextRole).toString(), item.copyText);
        QCOMPARE(index.data(ReviewQueueModel::OriginalTextRole).toString(), item.originalText);
        QCOMPARE(index.data(ReviewQueueModel::CopyHeadlineRole).toString(), item.copyHeadline);
        QCOMPARE(index.data(ReviewQueueModel::OriginalHeadlineRole).toString(),
                 item.originalHeadline);
        QCOMPARE(index.data(ReviewQueueModel::PageIdRole).toLongLong(), m_pageId);
        QCOMPARE(index.data(ReviewQueueModel::SimilarityRole).toDouble(), item.flag.confidence);
        QVERIFY(!model.index(row, ReviewQueueModel::CopyColumn).data().toString().isEmpty());
        QVERIFY(model.index(row, ReviewQueueModel::CopyColumn).data().toString().size() <=
                ReviewQueueModel::MaxExcerptLength + 1);
        QCOMPARE(model.index(row, ReviewQueueModel::PageColumn).data().toString(),
                 QStringLiteral("dup.txt"));
    }
    QCOMPARE(model.rowOfFlag(-1), -1);
    QCOMPARE(model.flagId(model.rowCount()), qint64(0));
}

void TestReviewQueueModel::decisionsChangeRowsInPlace()
{
    ArchiveCache cache;
    QVERIFY(cache.open(m_archive, Database::Mode::ReadWrite).ok());
    ReviewQueueModel model(&cache);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy decided(&cache, &ArchiveCache::flagChanged);

    const qint64 first = model.flagId(0);
    const qint64 second = model.flagId(1);
    QVERIFY(
        cache.decideFlag(first, ArchiveCache::FlagDecision::Accept, QStringLiteral("ann")).ok());
    QVERIFY(
        cache.decideFlag(second, ArchiveCache::FlagDecision::Dismiss, QStringLiteral("bo")).ok());
    QCOMPARE(resets.count(), 0);
    QVERIFY(changes.count() >= 2);
    QCOMPARE(decided.count(), 2);
    QCOMPARE(decided.at(0).at(0).toLongLong(), first);

    const QModelIndex a = model.index(model.rowOfFlag(first), 0);
    const QModelIndex b = model.index(model.rowOfFlag(second), 0);
    QCOMPARE(a.data(ReviewQueueModel::StatusRole).toString(),
             QString::fromLatin1(FlagStatus::Accepted));
    QCOMPARE(a.data(ReviewQueueModel::DecidedByRole).toString(), QStringLiteral("ann"));
    QCOMPARE(b.data(ReviewQueueModel::StatusRole).toString(),
             QString::fromLatin1(FlagStatus::Dismissed));
    QCOMPARE(b.data(ReviewQueueModel::DecidedByRole).toString(), QStringLiteral("bo"));
    QCOMPARE(a.data().toString(), ReviewQueueModel::statusLabel(QStringLiteral("accepted")));

    // The cache agrees with the archive, which agrees with the model.
    for (const ReviewItem &item : storedQueue())
        QCOMPARE(model.index(model.rowOfFlag(item.flag.id), 0)
                     .data(ReviewQueueModel::StatusRole)
                     .toString(),
                 item.flag.status);

    // Reopening brings the row back to open.
    QVERIFY(
        cache.decideFlag(first, ArchiveCache::FlagDecision::Reopen, QStringLiteral("ann")).ok());
    QCOMPARE(model.index(model.rowOfFlag(first), 0).data(ReviewQueueModel::StatusRole).toString(),
             QString::fromLatin1(FlagStatus::Open));

    // A decision the archive refuses (already decided) changes nothing and says why.
    QSignalSpy failed(&cache, &ArchiveCache::writeFailed);
    const Status again =
        cache.decideFlag(second, ArchiveCache::FlagDecision::Dismiss, QStringLiteral("bo"));
    QVERIFY(!again.ok());
    QVERIFY(!again.error().isEmpty());
    QCOMPARE(failed.count(), 1);
}

void TestReviewQueueModel::importAddsRows()
{
    ArchiveCache cache;
    QVERIFY(cache.open(m_archive, Database::Mode::ReadWrite).ok());
    ReviewQueueModel model(&cache);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int before = model.rowCount();

    // A later page reprinting a paragraph of the first: flagged against the archive.
    const QByteArray reprint =
        QStringLiteral(
            "湖州市\n\n雪后出行提示\n\n"
            "截至目前，全县累计出动除雪人员一千二百余人次，机械设备三百余台次，撒布融雪剂四百"
            "余吨，主要道路已基本恢复正常通行。\n\n"
            "气象部门提醒，未来三天仍有低温冰冻天气，请市民注意出行安全，驾车减速慢行。\n")
            .toUtf8();
    const ImportReport report =
        TestSupport::importText(m_archive, QStringLiteral("reprint.txt"), reprint);
    QVERIFY(report.allSucceeded());
    cache.reload();
    const QVector<ReviewItem> stored = storedQueue();
    QCOMPARE(model.rowCount(), stored.size());
    QVERIFY(model.rowCount() > before);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.flagId(row), stored.at(row).flag.id);
}

void TestReviewQueueModel::proxyFiltersByStatus()
{
    ArchiveCache cache;
    QVERIFY(cache.open(m_archive, Database::Mode::ReadWrite).ok());
    ReviewQueueModel model(&cache);
    ReviewFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    const int total = model.rowCount();
    QCOMPARE(proxy.statusFilter(), ReviewFilterProxyModel::StatusFilter::Open);
    QCOMPARE(proxy.rowCount(), total);
    QCOMPARE(proxy.scopeCount(), total);
    QCOMPARE(proxy.reviewedCount(), 0);

    const qint64 flagId = proxy.index(0, 0).data(ReviewQueueModel::IdRole).toLongLong();
    QVERIFY(
        cache.decideFlag(flagId, ArchiveCache::FlagDecision::Accept, QStringLiteral("ann")).ok());
    // The decided row leaves the open queue at once.
    QCOMPARE(proxy.rowCount(), total - 1);
    QCOMPARE(proxy.scopeCount(), total);
    QCOMPARE(proxy.reviewedCount(), 1);

    proxy.setStatusFilter(ReviewFilterProxyModel::StatusFilter::Accepted);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(ReviewQueueModel::IdRole).toLongLong(), flagId);
    proxy.setStatusFilter(ReviewFilterProxyModel::StatusFilter::Dismissed);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setStatusFilter(ReviewFilterProxyModel::StatusFilter::All);
    QCOMPARE(proxy.rowCount(), total);
    QCOMPARE(proxy.reviewedCount(), 1);

    // Sorting by similarity uses the raw value.
    proxy.sort(ReviewQueueModel::SimilarityColumn, Qt::DescendingOrder);
    for (int row = 1; row < proxy.rowCount(); ++row)
        QVERIFY(proxy.index(row - 1, 0).data(ReviewQueueModel::SimilarityRole).toDouble() >=
                proxy.index(row, 0).data(ReviewQueueModel::SimilarityRole).toDouble());
}

void TestReviewQueueModel::proxyFiltersByPageAndDate()
{
    ArchiveCache cache;
    QVERIFY(cache.open(m_archive, Database::Mode::ReadWrite).ok());
    ReviewQueueModel model(&cache);
    ReviewFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setStatusFilter(ReviewFilterProxyModel::StatusFilter::All);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int total = model.rowCount();

    proxy.setPageId(m_pageId);
    QCOMPARE(proxy.rowCount(), total);
    proxy.setPageId(m_pageId + 1000);
    QCOMPARE(proxy.rowCount(), 0);
    QCOMPARE(proxy.scopeCount(), 0);
    proxy.setPageId(0);
    QCOMPARE(proxy.rowCount(), total);

    const QDate today = QDate::currentDate();
    proxy.setImportedRange(today, today);
    QCOMPARE(proxy.rowCount(), total);
    proxy.setImportedRange(today.addDays(-7), today.addDays(-1));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setImportedRange(today.addDays(1), QDate());
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setImportedRange(QDate(), today);
    QCOMPARE(proxy.rowCount(), total);
    proxy.setImportedRange(QDate(), QDate());
    QCOMPARE(proxy.rowCount(), total);
}

QTEST_GUILESS_MAIN(TestReviewQueueModel)
#include "tst_reviewqueuemodel.moc"
