// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagging/themesuggester.h"

#include <QTest>

using namespace Copydesk;
using namespace Copydesk::Tagging;

// Ranking themes by keyword scores.
class TestThemeSuggester : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void primary_data();
    void primary();
    void headlineOutweighsBody();
    void subThemeCountsForItsTopic();
    void nestedKeywordsCountOnce();
    void weakKeywordsCountLess();
    void retiredThemesAreIgnored();
    void mergedKeywordsFollowTheirTheme();
    void noKeywordNoTheme();
    void englishLabels();

private:
    static Taxonomy small();
};

namespace {

StoryText story(const QString &headline, const QStringList &paragraphs)
{
    StoryText s;
    s.headline = headline;
    s.paragraphs = paragraphs;
    return s;
}

QStringList codes(const QVector<ThemeTag> &tags)
{
    QStringList result;
    for (const ThemeTag &t : tags)
        result.append(t.code);
    return result;
}

} // namespace

// Two topics and a sub-theme, enough to see the arithmetic.
Taxonomy TestThemeSuggester::small()
{
    const QByteArray json = R"({"format":"copydesk-taxonomy","version":1,"themes":[
        {"code":"medtop:05000000","zh":"教育","en":"education",
         "keywords":["学校","学生"],"weakKeywords":["教育"]},
        {"code":"medtop:14000000","zh":"社会","en":"society","keywords":["社区"]},
        {"code":"desk:traffic","parent":"medtop:14000000","zh":"交通安全","en":"traffic safety",
         "keywords":["交通安全","交通","交警"]}]})";
    Result<Taxonomy> t = Taxonomy::fromJson(json);
    Q_ASSERT(t.ok());
    return std::move(t).value();
}

void TestThemeSuggester::primary_data()
{
    QTest::addColumn<QString>("headline");
    QTest::addColumn<QStringList>("paragraphs");
    QTest::addColumn<QString>("primary");
    QTest::addColumn<QString>("subTheme"); // expected among the sub-themes, or empty
    QTest::newRow("fire safety") << QStringLiteral("筑牢消防安全防线")
                                 << QStringList{"镇里开展消防演练,排查火灾隐患20处。"}
                                 << "medtop:03000000"
                                 << "desk:fire-safety";
    QTest::newRow("snow") << QString()
                          << QStringList{"受寒潮影响,山区出现强降雪天气,部分道路结冰。"}
                          << "medtop:17000000" << QString();
    QTest::newRow("united front") << QStringLiteral("凝聚统战合力")
                                  << QStringList{"区委统战部组织党外知识分子开展调研。"}
                                  << "medtop:11000000"
                                  << "desk:united-front";
    QTest::newRow("rural revitalisation")
        << QStringLiteral("乡村振兴路上的新农人")
        << QStringList{"村里发展特色农业,村民人均增收3000元,村集体经济不断壮大。"}
        << "medtop:14000000"
        << "desk:rural-revitalisation";
    QTest::newRow("pollution") << QStringLiteral("守护一方净土")
                               << QStringList{"当地完成土壤污染治理,生态环境持续改善。"}
                               << "medtop:06000000"
                               << "desk:ecology";
    QTest::newRow("clean governance")
        << QStringLiteral("廉洁文化进企业") << QStringList{"企业开展廉政警示教育,营造清廉氛围。"}
        << "medtop:11000000"
        << "desk:clean-governance";
    QTest::newRow("talent") << QStringLiteral("引才聚才")
                            << QStringList{"园区引进高层次人才50名,科创平台加速建设。"}
                            << "medtop:13000000"
                            << "desk:talent-innovation";
}

void TestThemeSuggester::primary()
{
    QFETCH(QString, headline);
    QFETCH(QStringList, paragraphs);
    QFETCH(QString, primary);
    QFETCH(QString, subTheme);
    const Result<Taxonomy> seed = Taxonomy::load();
    QVERIFY(seed.ok());
    const QVector<ThemeTag> tags = ThemeSuggester(*seed).suggest(story(headline, paragraphs));
    QVERIFY(!tags.isEmpty());
    QCOMPARE(tags.first().code, primary);
    QVERIFY(!tags.first().confirmed);
    if (!subTheme.isEmpty())
        QVERIFY2(codes(tags).contains(subTheme), qPrintable(codes(tags).join(u' ')));
    // Topics first, in falling score, then sub-themes.
    bool seenSub = false;
    for (int i = 0; i < tags.size(); ++i) {
        const bool topic = tags[i].code.startsWith(QLatin1String("medtop:"));
        QVERIFY(!(topic && seenSub));
        seenSub = seenSub || !topic;
        if (i > 0 && topic)
            QVERIFY(tags[i].score <= tags[i - 1].score);
    }
}

void TestThemeSuggester::headlineOutweighsBody()
{
    const ThemeSuggester suggester(small());
    // One headline hit (x3) beats two body hits (x1 each).
    const auto tags =
        suggester.suggest(story(QStringLiteral("社区新貌"),
                                {QString(), QStringLiteral("正文"), QStringLiteral("学校和学生")}));
    QCOMPARE(codes(tags).first(), QStringLiteral("medtop:14000000"));
    QCOMPARE(tags.first().score, 3.0);
}

void TestThemeSuggester::subThemeCountsForItsTopic()
{
    const ThemeSuggester suggester(small());
    const QVector<ThemeScore> scores = suggester.scores(
        story(QString(), {QStringLiteral("导语"), QStringLiteral("交警在学校门口疏导交通")}));
    // 交警 + 交通 -> traffic 2; 学校 -> education 1; society = its own 0 + traffic 2.
    QCOMPARE(scores.size(), 3);
    QCOMPARE(scores[0].score, 2.0);
    QCOMPARE(scores[2].code, QStringLiteral("medtop:05000000"));
    const auto tags = suggester.suggest(
        story(QString(), {QStringLiteral("导语"), QStringLiteral("交警在学校门口疏导交通")}));
    QCOMPARE(codes(tags), (QStringList{"medtop:14000000", "desk:traffic"}));
}

void TestThemeSuggester::nestedKeywordsCountOnce()
{
    const ThemeSuggester suggester(small());
    const QVector<ThemeScore> scores =
        suggester.scores(story(QString(), {QStringLiteral("关注交通安全")}));
    QCOMPARE(scores.size(), 2); // the sub-theme and its topic
    QCOMPARE(scores[0].hits + scores[1].hits, 1);
    QCOMPARE(scores[0].score, 1.5); // the lead paragraph's weight, once
    const auto it = std::find_if(scores.cbegin(), scores.cend(),
                                 [](const ThemeScore &s) { return s.code == "desk:traffic"; });
    QCOMPARE(it->matched, QStringList{QStringLiteral("交通安全")});
}

void TestThemeSuggester::weakKeywordsCountLess()
{
    const ThemeSuggester suggester(small());
    const QVector<ThemeScore> scores =
        suggester.scores(story(QString(), {QStringLiteral("导语"), QStringLiteral("加强教育")}));
    QCOMPARE(scores.size(), 1);
    QVERIFY(qFuzzyCompare(scores[0].score, 0.3));
}

void TestThemeSuggester::retiredThemesAreIgnored()
{
    Taxonomy t = small();
    QVERIFY(t.retire(QStringLiteral("desk:traffic")).ok());
    const auto tags = ThemeSuggester(t).suggest(story(QStringLiteral("交警护航"), {}));
    QVERIFY(tags.isEmpty());
}

void TestThemeSuggester::mergedKeywordsFollowTheirTheme()
{
    Taxonomy t = small();
    QVERIFY(t.merge(QStringLiteral("desk:traffic"), QStringLiteral("medtop:05000000")).ok());
    const auto tags = ThemeSuggester(t).suggest(story(QStringLiteral("交警护航"), {}));
    QCOMPARE(codes(tags), QStringList{QStringLiteral("medtop:05000000")});
}

void TestThemeSuggester::noKeywordNoTheme()
{
    QVERIFY(ThemeSuggester(small())
                .suggest(story(QStringLiteral("无关"), {QStringLiteral("内容")}))
                .isEmpty());
}

void TestThemeSuggester::englishLabels()
{
    ThemeSuggester::Options options;
    options.language = Taxonomy::Language::English;
    const auto tags =
        ThemeSuggester(small(), options).suggest(story(QStringLiteral("交通安全"), {}));
    QCOMPARE(tags.size(), 2);
    QCOMPARE(tags[0].label, QStringLiteral("society"));
    QCOMPARE(tags[1].label, QStringLiteral("traffic safety"));
}

QTEST_GUILESS_MAIN(TestThemeSuggester)
#include "tst_themesuggester.moc"
