// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "archivefixture.h"
#include "models/archivecache.h"
#include "models/pagelistmodel.h"
#include "storage/pagerepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;

class TestPageListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void emptyArchive();
    void pagesMatchTheArchive();
    void newPagesAreInsertedAtTheTop();
    void reimportAddsNoRow();
    void closingClearsTheModel();
    void headers();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_archive;
};

void TestPageListModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!TestSupport::sqliteAvailable())
        QSKIP("The Qt SQLite driver is not installed");
}

void TestPageListModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_archive = m_dir->filePath(QStringLiteral("archive.sqlite"));
}

void TestPageListModel::emptyArchive()
{
    ArchiveCache cache;
    PageListModel model(&cache);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(cache.open(m_archive, Database::Mode::ReadWrite).ok());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(PageListModel::ColumnCount));
}

void TestPageListModel::pagesMatchTheArchive()
{
    const ImportReport report =
        TestSupport::importFiles(m_archive, {TestSupport::samplePagePath()});
    QVERIFY2(report.allSucceeded(), qPrintable(report.outcomes.value(0).message));

    ArchiveCache cache;
    PageListModel model(&cache);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(cache.open(m_archive, Database::Mode::ReadWrite).ok());

    auto db = Database::open(m_archive);
    QVERIFY(db.ok());
    const auto pages = PageRepository(*db.value()).pages();
    QVERIFY(pages.ok());
    QCOMPARE(model.rowCount(), pages->size());
    QCOMPARE(model.rowCount(), 1);

    const PageSummary &page = pages->first();
    QCOMPARE(model.index(0, PageListModel::SourceColumn).data().toString(), QStringLiteral("raw.txt"));
    QCOMPARE(model.index(0, 0).data(PageListModel::IdRole).toLongLong(), page.id);
    QCOMPARE(model.index(0, PageListModel::StoriesColumn).data().toInt(), page.storyCount);
    QVERIFY(page.storyCount >= 1);
    QCOMPARE(model.index(0, PageListModel::OpenFlagsColumn).data().toInt(), page.openFlagCount);
    QCOMPARE(model.index(0, PageListModel::ImportedColumn).data(PageListModel::SortRole).toDateTime(),
             page.source.importedAt);
    QVERIFY(!model.index(0, PageListModel::ImportedColumn).data().toString().isEmpty());
    QCOMPARE(model.index(0, 0).data(PageListModel::Sha256Role).toString(), page.source.sha256);
    QCOMPARE(model.pageId(0), page.id);
    QCOMPARE(model.rowOfPage(page.id), 0);
    QCOMPARE(model.rowOfPage(page.id + 1000), -1);
}

void TestPageListModel::newPagesAreInsertedAtTheTop()
{
    QVERIFY(TestSupport::importFiles(m_archive, {TestSupport::samplePagePath()}).allSucceeded());

    ArchiveCache cache;
    PageListModel model(&cache);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(cache.open(m_archive, Database::Mode::ReadWrite).ok());
    const qint64 firstId = model.pageId(0);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const ImportReport second = TestSupport::importText(
        m_archive, QStringLiteral("brief.txt"),
        QByteArrayLiteral("第一段文字，供测试使用。\n\n第二段文字，也供测试使用。\n"));
    QVERIFY(second.allSucceeded());
    cache.reload();

    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.pageId(0), second.outcomes.first().pageId);
    QCOMPARE(model.pageId(1), firstId);
    QCOMPARE(model.index(0, PageListModel::SourceColumn).data().toString(),
             QStringLiteral("brief.txt"));
}

void TestPageListModel::reimportAddsNoRow()
{
    QVERIFY(TestSupport::importFiles(m_archive, {TestSupport::samplePagePath()}).allSucceeded());
    ArchiveCache cache;
    PageListModel model(&cache);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(cache.open(m_archive, Database::Mode::ReadWrite).ok());

    const ImportReport again =
        TestSupport::importFiles(m_archive, {TestSupport::samplePagePath()});
    QCOMPARE(again.count(ImportOutcome::Kind::AlreadyImported), 1);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    cache.reload();
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(model.rowCount(), 1);
}

void TestPageListModel::closingClearsTheModel()
{
    QVERIFY(TestSupport::importFiles(m_archive, {TestSupport::samplePagePath()}).allSucceeded());
    ArchiveCache cache;
    PageListModel model(&cache);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(cache.open(m_archive, Database::Mode::ReadWrite).ok());
    QCOMPARE(model.rowCount(), 1);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    cache.close();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
}

void TestPageListModel::headers()
{
    ArchiveCache cache;
    PageListModel model(&cache);
    for (int column = 0; column < PageListModel::ColumnCount; ++column)
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestPageListModel)
#include "tst_pagelistmodel.moc"
