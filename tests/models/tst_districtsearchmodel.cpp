// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/districtsearchmodel.h"
#include "models/tagcache.h"
#include "tagfixture.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTest>

using namespace Copydesk;

// The district picker's search over the archive's gazetteer: any part of a name, the path,
// short forms and codes, best match first, each row with its full path.
class TestDistrictSearchModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void bestMatchFirst_data();
    void bestMatchFirst();
    void sharedNamesListEveryPlace();
    void everyRowContainsTheQuery();
    void nothingForNonsense();
    void readOnlyArchiveFallsBackToBuiltInData();

private:
    TestSupport::TagArchive m_archive;
    std::unique_ptr<TagCache> m_cache;
};

void TestDistrictSearchModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_archive.create());
    m_cache = std::make_unique<TagCache>();
    QVERIFY(m_cache->open(m_archive.path, Database::Mode::ReadWrite).ok());
}

void TestDistrictSearchModel::bestMatchFirst_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("code");
    QTest::newRow("short form of a city") << QStringLiteral("杭州") << QStringLiteral("浙江省/杭州市")
                                         << "3301";
    QTest::newRow("short form of a county") << QStringLiteral("上城")
                                           << QStringLiteral("浙江省/杭州市/上城区") << "330102";
    QTest::newRow("full name") << QStringLiteral("上城区") << QStringLiteral("浙江省/杭州市/上城区")
                               << "330102";
    QTest::newRow("city and county run together")
        << QStringLiteral("杭州上城") << QStringLiteral("浙江省/杭州市/上城区") << "330102";
    QTest::newRow("city and county with a space")
        << QStringLiteral("杭州 上城") << QStringLiteral("浙江省/杭州市/上城区") << "330102";
    QTest::newRow("path with slashes")
        << QStringLiteral("杭州市/上城区") << QStringLiteral("浙江省/杭州市/上城区") << "330102";
    QTest::newRow("prefix code") << "330102" << QStringLiteral("浙江省/杭州市/上城区") << "330102";
    QTest::newRow("published county code")
        << "330100" << QStringLiteral("浙江省/杭州市") << "3301";
    QTest::newRow("published town code") << "330102001000"
                                         << QStringLiteral("浙江省/杭州市/上城区/清波街道")
                                         << "330102001";
    QTest::newRow("town") << QStringLiteral("清波街道")
                          << QStringLiteral("浙江省/杭州市/上城区/清波街道") << "330102001";
    QTest::newRow("province short") << QStringLiteral("浙江") << QStringLiteral("浙江省") << "33";
}

void TestDistrictSearchModel::bestMatchFirst()
{
    QFETCH(QString, query);
    QFETCH(QString, path);
    QFETCH(QString, code);
    DistrictSearchModel model(m_cache.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(query);
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(model.index(0).data().toString(), path);
    QCOMPARE(model.index(0).data(DistrictSearchModel::CodeRole).toString(), code);
    QCOMPARE(model.code(0), code);
    QCOMPARE(model.path(0), path);
}

void TestDistrictSearchModel::sharedNamesListEveryPlace()
{
    DistrictSearchModel model(m_cache.get());
    model.setQuery(QStringLiteral("朝阳区"));
    QStringList paths;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row).data(DistrictSearchModel::NameRole).toString()
            == QStringLiteral("朝阳区"))
            paths << model.path(row);
    }
    QVERIFY(paths.contains(QStringLiteral("北京市/朝阳区")));
    QVERIFY(paths.contains(QStringLiteral("吉林省/长春市/朝阳区")));
    // The county-level units come before their streets.
    QCOMPARE(model.index(0).data(DistrictSearchModel::NameRole).toString(), QStringLiteral("朝阳区"));
    QCOMPARE(model.index(1).data(DistrictSearchModel::NameRole).toString(), QStringLiteral("朝阳区"));
}

void TestDistrictSearchModel::everyRowContainsTheQuery()
{
    DistrictSearchModel model(m_cache.get());
    model.setQuery(QStringLiteral("杭州"));
    QVERIFY(model.rowCount() > 10);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.path(row).contains(QStringLiteral("杭州")));
    QCOMPARE(model.path(0), QStringLiteral("浙江省/杭州市"));
    // Names with the query come before units that are only inside a match (a county of
    // 杭州市), and among those the more general come first: counties, then towns.
    bool insideOnly = false;
    int lastLevel = 0;
    for (int row = 1; row < model.rowCount(); ++row) {
        const QModelIndex i = model.index(row);
        const bool named = i.data(DistrictSearchModel::NameRole).toString().contains(
            QStringLiteral("杭州"));
        QVERIFY(!(named && insideOnly));
        if (named)
            continue;
        insideOnly = true;
        const int level = i.data(DistrictSearchModel::LevelRole).toInt();
        QVERIFY(level >= lastLevel);
        lastLevel = level;
    }
    QVERIFY(insideOnly);
}

void TestDistrictSearchModel::nothingForNonsense()
{
    DistrictSearchModel model(m_cache.get());
    model.setQuery(QStringLiteral("不存在的地方"));
    QCOMPARE(model.rowCount(), 0);
    model.setQuery(QStringLiteral("   "));
    QCOMPARE(model.rowCount(), 0);
}

void TestDistrictSearchModel::readOnlyArchiveFallsBackToBuiltInData()
{
    TestSupport::TagArchive fresh;
    QVERIFY(fresh.create());
    TagCache cache;
    QVERIFY(cache.open(fresh.path, Database::Mode::ReadOnly).ok());
    DistrictSearchModel model(&cache);
    model.setQuery(QStringLiteral("上城"));
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(model.path(0), QStringLiteral("浙江省/杭州市/上城区"));
}

QTEST_GUILESS_MAIN(TestDistrictSearchModel)
#include "tst_districtsearchmodel.moc"
