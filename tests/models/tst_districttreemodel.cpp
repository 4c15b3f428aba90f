// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/districttreemodel.h"
#include "models/tagcache.h"
#include "tagfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Copydesk;

// The browse tree: province > city > county with story counts of each subtree.
class TestDistrictTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void treeHoldsCountsOfSubtrees_data();
    void treeHoldsCountsOfSubtrees();
    void municipalitiesSkipThePlaceholderLevel();
    void townsCountForTheirCounty();
    void followsConfirmedTags();
    void emptyWithoutArchive();

private:
    TestSupport::TagArchive m_archive;
    std::unique_ptr<TagCache> m_cache;
};

void TestDistrictTreeModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDistrictTreeModel::init()
{
    m_archive = TestSupport::TagArchive();
    QVERIFY(m_archive.create());
    m_cache = std::make_unique<TagCache>();
    QVERIFY(m_cache->open(m_archive.path, Database::Mode::ReadWrite).ok());
}

void TestDistrictTreeModel::treeHoldsCountsOfSubtrees_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("parentCode");
    QTest::newRow("province") << "33" << QStringLiteral("浙江省") << 4 << "";
    QTest::newRow("city") << "3301" << QStringLiteral("杭州市") << 3 << "33";
    QTest::newRow("county") << "330102" << QStringLiteral("上城区") << 2 << "3301";
    QTest::newRow("other county") << "330106" << QStringLiteral("西湖区") << 1 << "3301";
    QTest::newRow("city tagged itself") << "3309" << QStringLiteral("舟山市") << 1 << "33";
    QTest::newRow("municipality") << "11" << QStringLiteral("北京市") << 1 << "";
}

void TestDistrictTreeModel::treeHoldsCountsOfSubtrees()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(int, count);
    QFETCH(QString, parentCode);
    DistrictTreeModel model(m_cache.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.totalStories(), 5);
    const QModelIndex index = model.indexOfCode(code);
    QVERIFY(index.isValid());
    QCOMPARE(index.data(DistrictTreeModel::NameRole).toString(), name);
    QCOMPARE(index.data(DistrictTreeModel::CountRole).toInt(), count);
    QCOMPARE(index.data().toString(), QStringLiteral("%1 (%2)").arg(name).arg(count));
    QCOMPARE(index.parent().data(DistrictTreeModel::CodeRole).toString(), parentCode);
}

void TestDistrictTreeModel::municipalitiesSkipThePlaceholderLevel()
{
    DistrictTreeModel model(m_cache.get());
    const QModelIndex beijing = model.indexOfCode(QStringLiteral("11"));
    QCOMPARE(model.rowCount(beijing), 1);
    QCOMPARE(model.index(0, 0, beijing).data(DistrictTreeModel::NameRole).toString(),
             QStringLiteral("朝阳区"));
    QVERIFY(!model.indexOfCode(QStringLiteral("1101")).isValid());
}

void TestDistrictTreeModel::townsCountForTheirCounty()
{
    DistrictTreeModel model(m_cache.get());
    const QModelIndex county = model.indexOfCode(QStringLiteral("330102"));
    QCOMPARE(model.rowCount(county), 0); // the tree stops at counties
    QCOMPARE(model.indexOfCode(QStringLiteral("330102001")), county);
}

void TestDistrictTreeModel::followsConfirmedTags()
{
    DistrictTreeModel model(m_cache.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    // The untagged story is confirmed in 西湖区; the Beijing story moves to 西湖区 too.
    QVERIFY(m_cache->confirmDistrict(m_archive.stories[5], {QStringLiteral("浙江省/杭州市/西湖区"),
                                                           QStringLiteral("330106"), true, {}})
                .ok());
    QVERIFY(m_cache->confirmDistrict(m_archive.stories[4], {QStringLiteral("浙江省/杭州市/西湖区"),
                                                           QStringLiteral("330106"), true, {}})
                .ok());
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.indexOfCode(QStringLiteral("330106")).data(DistrictTreeModel::CountRole).toInt(),
             3);
    QCOMPARE(model.indexOfCode(QStringLiteral("33")).data(DistrictTreeModel::CountRole).toInt(), 6);
}

void TestDistrictTreeModel::emptyWithoutArchive()
{
    TagCache cache;
    DistrictTreeModel model(&cache);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(cache.open(m_archive.path, Database::Mode::ReadOnly).ok());
    QCOMPARE(model.rowCount(), 2);
}

QTEST_GUILESS_MAIN(TestDistrictTreeModel)
#include "tst_districttreemodel.moc"
