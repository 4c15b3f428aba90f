// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagging/tagger.h"

#include <QTest>

using namespace Copydesk;
using namespace Copydesk::Tagging;

Q_DECLARE_METATYPE(std::optional<Copydesk::DistrictTag>)

// The tagging stage as the import job and the CLI use it, and the rule that confirmed tags are
// never overwritten by new suggestions.
class TestTagger : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void suggestsForEveryStoryOfAPage();
    void mergeDistrict_data();
    void mergeDistrict();
    void mergeThemes_data();
    void mergeThemes();
};

namespace {

DistrictTag district(const QString &path, bool confirmed)
{
    return DistrictTag{path, QStringLiteral("x"), confirmed, QString()};
}

ThemeTag theme(const QString &code, bool confirmed)
{
    return ThemeTag{code, code, confirmed, 1.0};
}

QStringList describe(const QVector<ThemeTag> &tags)
{
    QStringList result;
    for (const ThemeTag &t : tags)
        result.append(t.code + (t.confirmed ? QStringLiteral("!") : QString()));
    return result;
}

} // namespace

void TestTagger::suggestsForEveryStoryOfAPage()
{
    const Result<Tagger> tagger = Tagger::createDefault();
    QVERIFY2(tagger.ok(), qPrintable(tagger.error()));
    PageDraft page;
    StoryDraft fire;
    fire.headline = QStringLiteral("消防演练进社区");
    fire.paragraphs.append({QStringLiteral("宁波市江北区慈城镇开展消防演练,排查火灾隐患。")});
    StoryDraft empty;
    page.stories = {fire, empty};
    const QVector<StoryTags> tags = tagger->suggestPage(page);
    QCOMPARE(tags.size(), 2);
    QVERIFY(tags[0].district);
    QCOMPARE(tags[0].district->path, QStringLiteral("浙江省/宁波市/江北区/慈城镇"));
    QCOMPARE(tags[0].themes.first().code, QStringLiteral("medtop:03000000"));
    QVERIFY(!tags[1].district);
    QVERIFY(tags[1].themes.isEmpty());
}

void TestTagger::mergeDistrict_data()
{
    QTest::addColumn<std::optional<DistrictTag>>("current");
    QTest::addColumn<std::optional<DistrictTag>>("suggested");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("confirmed");
    const auto none = std::optional<DistrictTag>();
    QTest::newRow("confirmed stays")
        << std::optional(district("A", true)) << std::optional(district("B", false)) << "A" << true;
    QTest::newRow("confirmed stays when nothing is suggested")
        << std::optional(district("A", true)) << none << "A" << true;
    QTest::newRow("suggestion replaces a suggestion")
        << std::optional(district("A", false)) << std::optional(district("B", false)) << "B"
        << false;
    QTest::newRow("no suggestion clears a suggestion")
        << std::optional(district("A", false)) << none << QString() << false;
    QTest::newRow("first suggestion")
        << none << std::optional(district("B", false)) << "B" << false;
    QTest::newRow("a suggestion never arrives confirmed")
        << none << std::optional(district("B", true)) << "B" << false;
}

void TestTagger::mergeDistrict()
{
    QFETCH(std::optional<DistrictTag>, current);
    QFETCH(std::optional<DistrictTag>, suggested);
    QFETCH(QString, expected);
    QFETCH(bool, confirmed);
    const auto merged = Tagger::mergeDistrict(current, suggested);
    QCOMPARE(merged ? merged->path : QString(), expected);
    if (merged)
        QCOMPARE(merged->confirmed, confirmed);
}

void TestTagger::mergeThemes_data()
{
    QTest::addColumn<QVector<ThemeTag>>("current");
    QTest::addColumn<QVector<ThemeTag>>("suggested");
    QTest::addColumn<QStringList>("expected");
    const QString m11 = QStringLiteral("medtop:11000000");
    const QString m04 = QStringLiteral("medtop:04000000");
    const QString m14 = QStringLiteral("medtop:14000000");
    const QString sub = QStringLiteral("desk:united-front");
    QTest::newRow("confirmed primary stays first")
        << QVector<ThemeTag>{theme(m04, true), theme(m14, false)}
        << QVector<ThemeTag>{theme(m11, false), theme(sub, false)}
        << QStringList{m04 + "!", m11, sub};
    QTest::newRow("confirmed sub-theme stays after the topics")
        << QVector<ThemeTag>{theme(sub, true)} << QVector<ThemeTag>{theme(m14, false)}
        << QStringList{m14, sub + "!"};
    QTest::newRow("a suggestion already confirmed is not doubled")
        << QVector<ThemeTag>{theme(m11, true)}
        << QVector<ThemeTag>{theme(m11, false), theme(m04, false)} << QStringList{m11 + "!", m04};
    QTest::newRow("unconfirmed ones are replaced")
        << QVector<ThemeTag>{theme(m14, false)} << QVector<ThemeTag>{theme(m04, false)}
        << QStringList{m04};
    QTest::newRow("nothing suggested keeps the confirmed")
        << QVector<ThemeTag>{theme(m14, true), theme(m04, false)} << QVector<ThemeTag>{}
        << QStringList{m14 + "!"};
}

void TestTagger::mergeThemes()
{
    QFETCH(QVector<ThemeTag>, current);
    QFETCH(QVector<ThemeTag>, suggested);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(Tagger::mergeThemes(current, suggested)), expected);
}

QTEST_GUILESS_MAIN(TestTagger)
#include "tst_tagger.moc"
