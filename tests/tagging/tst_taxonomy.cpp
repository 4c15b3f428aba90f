// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagging/taxonomy.h"

#include <QTest>

using namespace Copydesk;
using namespace Copydesk::Tagging;

// The theme taxonomy: the seed, editing sub-themes, and the JSON round trip.
class TestTaxonomy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void seedHoldsTheMediaTopics_data();
    void seedHoldsTheMediaTopics();
    void seedSubThemesHangFromTopics();
    void addTheme_data();
    void addTheme();
    void rename_data();
    void rename();
    void mergeMovesKeywordsAndRedirects();
    void mergeRefusals_data();
    void mergeRefusals();
    void retireAndRestore();
    void roundTrip();
    void recordsRoundTrip();
    void badJsonIsRefused_data();
    void badJsonIsRefused();

private:
    Taxonomy m_seed;
};

void TestTaxonomy::initTestCase()
{
    Result<Taxonomy> loaded = Taxonomy::load();
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    m_seed = std::move(loaded).value();
}

void TestTaxonomy::seedHoldsTheMediaTopics_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("chinese");
    QTest::newRow("01") << "medtop:01000000"
                        << "arts, culture, entertainment and media"
                        << QStringLiteral("艺术、文化、娱乐与传媒");
    QTest::newRow("03") << "medtop:03000000"
                        << "disaster, accident and emergency incident"
                        << QStringLiteral("灾难、事故与突发事件");
    QTest::newRow("06") << "medtop:06000000"
                        << "environment" << QStringLiteral("环境");
    QTest::newRow("11") << "medtop:11000000"
                        << "politics" << QStringLiteral("政治");
    QTest::newRow("17") << "medtop:17000000"
                        << "weather" << QStringLiteral("天气");
}

void TestTaxonomy::seedHoldsTheMediaTopics()
{
    QFETCH(QString, code);
    QFETCH(QString, english);
    QFETCH(QString, chinese);
    QCOMPARE(m_seed.topics().size(), 17);
    const Theme *theme = m_seed.find(code);
    QVERIFY(theme);
    QVERIFY(theme->isTopic());
    QCOMPARE(m_seed.label(code, Taxonomy::Language::English), english);
    QCOMPARE(m_seed.label(code), chinese);
}

void TestTaxonomy::seedSubThemesHangFromTopics()
{
    const QStringList desk{QStringLiteral("统战工作"), QStringLiteral("乡村振兴"),
                           QStringLiteral("共同富裕"), QStringLiteral("廉洁文化"),
                           QStringLiteral("民族团结"), QStringLiteral("生态环境"),
                           QStringLiteral("消防安全"), QStringLiteral("交通安全")};
    for (const QString &label : desk) {
        const auto it = std::find_if(m_seed.themes().cbegin(), m_seed.themes().cend(),
                                     [&label](const Theme &t) { return t.labelZh == label; });
        QVERIFY2(it != m_seed.themes().cend(), qPrintable(label));
        QVERIFY(!it->isTopic());
        QVERIFY(m_seed.find(it->parent)->isTopic());
        QVERIFY(!it->keywords.isEmpty());
        QCOMPARE(m_seed.topicOf(it->code), it->parent);
    }
}

void TestTaxonomy::addTheme_data()
{
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("expectedCode"); // empty: refused
    QTest::newRow("with an English label")
        << "medtop:14000000" << QStringLiteral("养老服务") << "Elderly care"
        << "desk:elderly-care";
    QTest::newRow("without one") << "medtop:07000000" << QStringLiteral("心理健康") << QString()
                                 << "desk:1";
    QTest::newRow("slug taken") << "medtop:14000000" << QStringLiteral("基层社区") << "Community"
                                << "desk:community-2";
    QTest::newRow("under a sub-theme")
        << "desk:ecology" << QStringLiteral("治水") << QString() << QString();
    QTest::newRow("unknown topic")
        << "medtop:99000000" << QStringLiteral("新主题") << QString() << QString();
    QTest::newRow("label in use") << "medtop:14000000" << QStringLiteral("乡村振兴") << QString()
                                  << QString();
    QTest::newRow("empty label") << "medtop:14000000" << QStringLiteral("  ") << QString()
                                 << QString();
}

void TestTaxonomy::addTheme()
{
    QFETCH(QString, topic);
    QFETCH(QString, label);
    QFETCH(QString, english);
    QFETCH(QString, expectedCode);
    Taxonomy t = m_seed;
    const Result<QString> added = t.addTheme(
        topic, label, {QStringLiteral("敬老院"), QStringLiteral("x"), QStringLiteral("敬老院")},
        english);
    QCOMPARE(added.ok(), !expectedCode.isEmpty());
    if (!added) {
        QVERIFY(!added.error().isEmpty());
        QCOMPARE(t.themes().size(), m_seed.themes().size());
        return;
    }
    QCOMPARE(*added, expectedCode);
    const Theme *theme = t.find(expectedCode);
    QVERIFY(theme);
    QCOMPARE(theme->parent, topic);
    QCOMPARE(theme->labelZh, label.trimmed());
    QCOMPARE(theme->keywords, QStringList{QStringLiteral("敬老院")}); // cleaned
}

void TestTaxonomy::rename_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("label");
    QTest::addColumn<bool>("ok");
    QTest::newRow("sub-theme") << "desk:united-front" << QStringLiteral("统一战线") << true;
    QTest::newRow("to its own name") << "desk:united-front" << QStringLiteral("统战工作") << true;
    QTest::newRow("clash") << "desk:united-front" << QStringLiteral("乡村振兴") << false;
    QTest::newRow("media topic") << "medtop:11000000" << QStringLiteral("时政") << false;
    QTest::newRow("unknown") << "desk:nothing" << QStringLiteral("无") << false;
}

void TestTaxonomy::rename()
{
    QFETCH(QString, code);
    QFETCH(QString, label);
    QFETCH(bool, ok);
    Taxonomy t = m_seed;
    const Status status = t.rename(code, label);
    QCOMPARE(status.ok(), ok);
    if (ok)
        QCOMPARE(t.label(code), label);
    else if (t.find(code))
        QCOMPARE(t.label(code), m_seed.label(code));
}

void TestTaxonomy::mergeMovesKeywordsAndRedirects()
{
    Taxonomy t = m_seed;
    const Result<QString> added =
        t.addTheme(QStringLiteral("medtop:11000000"), QStringLiteral("清廉建设"),
                   {QStringLiteral("清廉村居")});
    QVERIFY(added.ok());
    QVERIFY(t.merge(*added, QStringLiteral("desk:clean-governance")).ok());
    const Theme *from = t.find(*added);
    QVERIFY(from->retired);
    QCOMPARE(from->mergedInto, QStringLiteral("desk:clean-governance"));
    QVERIFY(t.find(QStringLiteral("desk:clean-governance"))
                ->keywords.contains(QStringLiteral("清廉村居")));
    QCOMPARE(t.resolve(*added), QStringLiteral("desk:clean-governance"));
    QCOMPARE(t.topicOf(*added), QStringLiteral("medtop:11000000"));
    QVERIFY(!t.children(QStringLiteral("medtop:11000000")).contains(*from));
    QVERIFY(t.children(QStringLiteral("medtop:11000000"), true).contains(*from));
    // Its name is free again.
    QVERIFY(t.addTheme(QStringLiteral("medtop:11000000"), QStringLiteral("清廉建设"), {}).ok());
}

void TestTaxonomy::mergeRefusals_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("into");
    QTest::newRow("topic away") << "medtop:06000000"
                                << "desk:ecology";
    QTest::newRow("into itself") << "desk:ecology"
                                 << "desk:ecology";
    QTest::newRow("unknown source") << "desk:nothing"
                                    << "desk:ecology";
    QTest::newRow("unknown target") << "desk:ecology"
                                    << "desk:nothing";
}

void TestTaxonomy::mergeRefusals()
{
    QFETCH(QString, from);
    QFETCH(QString, into);
    Taxonomy t = m_seed;
    const Status status = t.merge(from, into);
    QVERIFY(!status.ok());
    QVERIFY(!status.error().isEmpty());
    QCOMPARE(t.toJson(), m_seed.toJson());
}

void TestTaxonomy::retireAndRestore()
{
    Taxonomy t = m_seed;
    QVERIFY(t.retire(QStringLiteral("desk:anti-fraud")).ok());
    QVERIFY(t.find(QStringLiteral("desk:anti-fraud"))->retired);
    QCOMPARE(t.resolve(QStringLiteral("desk:anti-fraud")), QStringLiteral("desk:anti-fraud"));
    QVERIFY(!t.retire(QStringLiteral("medtop:02000000")).ok());
    QVERIFY(t.restore(QStringLiteral("desk:anti-fraud")).ok());
    QVERIFY(!t.find(QStringLiteral("desk:anti-fraud"))->retired);
    // A merged theme cannot come back: its tags now point elsewhere.
    QVERIFY(t.merge(QStringLiteral("desk:anti-fraud"), QStringLiteral("desk:rule-of-law")).ok());
    QVERIFY(!t.restore(QStringLiteral("desk:anti-fraud")).ok());
}

void TestTaxonomy::roundTrip()
{
    Taxonomy t = m_seed;
    QVERIFY(t.addTheme(QStringLiteral("medtop:15000000"), QStringLiteral("村BA"),
                       {QStringLiteral("村BA")}, QStringLiteral("Village basketball"))
                .ok());
    QVERIFY(t.rename(QStringLiteral("desk:charity"), QStringLiteral("慈善公益")).ok());
    QVERIFY(t.retire(QStringLiteral("desk:cppcc")).ok());
    QVERIFY(t.merge(QStringLiteral("desk:employment"), QStringLiteral("medtop:09000000")).ok());
    QVERIFY(t.setKeywords(QStringLiteral("medtop:17000000"), {QStringLiteral("梅雨")},
                          {QStringLiteral("下雨")})
                .ok());

    const QByteArray json = t.toJson();
    const Result<Taxonomy> back = Taxonomy::fromJson(json);
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(back->themes(), t.themes());
    QCOMPARE(back->toJson(), json);
    QCOMPARE(back->resolve(QStringLiteral("desk:employment")), QStringLiteral("medtop:09000000"));
}

void TestTaxonomy::badJsonIsRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not json") << QByteArray("{");
    QTest::newRow("wrong format") << QByteArray(R"({"format":"other","version":1,"themes":[]})");
    QTest::newRow("newer version")
        << QByteArray(R"({"format":"copydesk-taxonomy","version":99,"themes":[]})");
    const QByteArray head = R"({"format":"copydesk-taxonomy","version":1,"themes":[)";
    const QByteArray topic = R"({"code":"medtop:01000000","zh":"a"})";
    QTest::newRow("desk theme at the top") << head + R"({"code":"desk:x","zh":"x"}]})";
    QTest::newRow("orphan") << head + R"({"code":"desk:x","parent":"medtop:02000000","zh":"x"}]})";
    QTest::newRow("repeated code") << head + topic + "," + topic + "]}";
    QTest::newRow("merged into nothing")
        << head + topic +
               R"(,{"code":"desk:x","parent":"medtop:01000000","zh":"x","retired":true,)" +
               R"("mergedInto":"desk:y"}]})";
}

void TestTaxonomy::badJsonIsRefused()
{
    QFETCH(QByteArray, json);
    const Result<Taxonomy> t = Taxonomy::fromJson(json);
    QVERIFY(!t.ok());
    QVERIFY(!t.error().isEmpty());
}

// The archive keeps the taxonomy as rows (ThemeRecord): the same themes come back, and the
// same checks refuse a broken copy.
void TestTaxonomy::recordsRoundTrip()
{
    Taxonomy t = m_seed;
    QVERIFY(t.retire(QStringLiteral("desk:cppcc")).ok());
    QVERIFY(t.merge(QStringLiteral("desk:employment"), QStringLiteral("medtop:09000000")).ok());
    const QVector<ThemeRecord> records = t.toRecords();
    QCOMPARE(records.size(), t.themes().size());
    for (const ThemeRecord &r : records)
        QCOMPARE(r.origin, r.parent.isEmpty() ? QStringLiteral("iptc") : QStringLiteral("desk"));
    Result<Taxonomy> back = Taxonomy::fromRecords(records);
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(back->themes(), t.themes());

    QVector<ThemeRecord> broken = records;
    broken.last().parent = QStringLiteral("desk:cppcc"); // a sub-theme under a sub-theme
    QVERIFY(!Taxonomy::fromRecords(broken).ok());
}

QTEST_GUILESS_MAIN(TestTaxonomy)
#include "tst_taxonomy.moc"
