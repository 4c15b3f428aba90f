// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "proofing/housestyle.h"

#include <QTest>

using namespace Copydesk;
using namespace Copydesk::Proofing;

Q_DECLARE_METATYPE(Copydesk::Proofing::HouseStyleProfile)

// The house-style normaliser: numbers, codes, quotes and mixed text; every change a
// decision that reverts.
class TestHouseStyle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalise_data();
    void normalise();
    void decisionsRevertOneByOne();
    void storyFlagsAndDecisionsFollowTheText();
    void profileJsonRoundTrip();
    void unknownJsonKeysAreIgnored();
};

void TestHouseStyle::normalise_data()
{
    QTest::addColumn<HouseStyleProfile>("profile");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const HouseStyleProfile paper = HouseStyleProfile::newspaper();
    const HouseStyleProfile web = HouseStyleProfile::webCopy();
    HouseStyleProfile corners = paper;
    corners.cornerBracketsToQuotes = true;
    HouseStyleProfile keep = paper;
    keep.cjkLatinSpacing = HouseStyleProfile::Spacing::Keep;

    // numbers and codes
    QTest::newRow("decimal in chinese")
        << paper << QStringLiteral("投资1.6亿元,建成") << QStringLiteral("投资1.6亿元，建成");
    QTest::newRow("thousands") << paper << QStringLiteral("约3,000人,其中")
                               << QStringLiteral("约3,000人，其中");
    QTest::newRow("code") << paper << QStringLiteral("文件(0117-2)已下发")
                          << QStringLiteral("文件（0117-2）已下发");
    QTest::newRow("time") << paper << QStringLiteral("上午9:30开会:议程")
                          << QStringLiteral("上午9:30开会：议程");
    QTest::newRow("version number then comma")
        << paper << QStringLiteral("版本2.0,正式发布.") << QStringLiteral("版本2.0，正式发布。");
    // quotes
    QTest::newRow("double quotes")
        << paper << QStringLiteral("打造\"尚知·学\"品牌") << QStringLiteral("打造“尚知·学”品牌");
    QTest::newRow("two pairs") << paper << QStringLiteral("\"甲\"和\"乙\"")
                               << QStringLiteral("“甲”和“乙”");
    QTest::newRow("single quotes, apostrophe stays")
        << paper << QStringLiteral("'共富'不是don't") << QStringLiteral("‘共富’不是don't");
    QTest::newRow("corner brackets when chosen")
        << corners << QStringLiteral("他说「好」『是』") << QStringLiteral("他说“好”‘是’");
    QTest::newRow("corner brackets kept otherwise")
        << paper << QStringLiteral("他说「好」") << QStringLiteral("他说「好」");
    QTest::newRow("english quotes stay")
        << paper << QStringLiteral("He said \"fine\".") << QStringLiteral("He said \"fine\".");
    // ellipsis and dash
    QTest::newRow("three dots") << paper << QStringLiteral("等等...") << QStringLiteral("等等……");
    QTest::newRow("six dots") << paper << QStringLiteral("等等......") << QStringLiteral("等等……");
    QTest::newRow("ideographic full stops")
        << paper << QStringLiteral("等等。。。") << QStringLiteral("等等……");
    QTest::newRow("one or three ellipsis characters")
        << paper << QStringLiteral("甲…乙………丙……丁") << QStringLiteral("甲……乙……丙……丁");
    QTest::newRow("latin ellipsis stays")
        << paper << QStringLiteral("wait... what") << QStringLiteral("wait... what");
    QTest::newRow("dashes") << paper << QStringLiteral("运河--城市---记忆－－传承")
                            << QStringLiteral("运河——城市——记忆——传承");
    QTest::newRow("hyphenated code stays")
        << paper << QStringLiteral("编号A-3-2的") << QStringLiteral("编号A-3-2的");
    // spaces
    QTest::newRow("newspaper: no space between CJK and Latin or digits")
        << paper << QStringLiteral("2023 年使用 iPhone 15 拍摄")
        << QStringLiteral("2023年使用iPhone 15拍摄");
    QTest::newRow("web copy: one space") << web << QStringLiteral("2023年使用iPhone  15拍摄")
                                         << QStringLiteral("2023 年使用 iPhone 15 拍摄");
    QTest::newRow("keep spacing, collapse doubles")
        << keep << QStringLiteral("使用  iPhone 拍摄  照片")
        << QStringLiteral("使用 iPhone 拍摄 照片");
    QTest::newRow("spaces around chinese punctuation")
        << paper << QStringLiteral("近日 , 在杭州 。然后") << QStringLiteral("近日，在杭州。然后");
    // mixed text
    QTest::newRow("url and e-mail untouched")
        << paper << QStringLiteral("详见https://example.com/a,b.html,或写信给a.b@example.cn.")
        << QStringLiteral("详见https://example.com/a,b.html，或写信给a.b@example.cn。");
    QTest::newRow("latin sentence in chinese paragraph")
        << paper << QStringLiteral("他说:Hello, world. 然后(笑)离开")
        << QStringLiteral("他说：Hello, world. 然后（笑）离开");
    QTest::newRow("pure english paragraph untouched")
        << paper << QStringLiteral("The mayor (Mr. Li) said: \"We're ready, 3,000 people.\"")
        << QStringLiteral("The mayor (Mr. Li) said: \"We're ready, 3,000 people.\"");
    QTest::newRow("already clean")
        << paper << QStringLiteral("近日，在杭州市（西湖区）举行“活动”。")
        << QStringLiteral("近日，在杭州市（西湖区）举行“活动”。");
}

void TestHouseStyle::normalise()
{
    QFETCH(HouseStyleProfile, profile);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const HouseStyle::Normalised result = HouseStyle::normalise(text, profile, 4);
    QCOMPARE(result.text, expected);
    QCOMPARE(result.decisions.isEmpty(), text == expected);
    for (const Decision &d : result.decisions) {
        QCOMPARE(d.kind, QStringLiteral("normalise"));
        QCOMPARE(d.paragraph, 4);
        QCOMPARE(result.text.mid(d.position, d.after.size()), d.after);
        QVERIFY(!d.reason.isEmpty());
    }
    // Normalising twice changes nothing more.
    QCOMPARE(HouseStyle::normalise(result.text, profile).text, expected);
    // Every decision reverted gives the text back.
    QString back = result.text;
    QVERIFY(HouseStyle::revertAll(back, result.decisions));
    QCOMPARE(back, text);
}

void TestHouseStyle::decisionsRevertOneByOne()
{
    const QString text = QStringLiteral("近日,在\"杭州\"举行...");
    const auto result = HouseStyle::normalise(text, HouseStyleProfile::newspaper());
    QCOMPARE(result.text, QStringLiteral("近日，在“杭州”举行……"));
    QCOMPARE(result.decisions.size(), 4);
    // Revert the quote only: the rest stays, and it can be applied again.
    QString edited = result.text;
    const Decision quote = result.decisions[1];
    QCOMPARE(quote.before, QStringLiteral("\""));
    QVERIFY(HouseStyle::revert(edited, quote));
    QCOMPARE(edited, QStringLiteral("近日，在\"杭州”举行……"));
    QVERIFY(!HouseStyle::revert(edited, quote)); // already reverted
    QVERIFY(HouseStyle::reapply(edited, quote));
    QCOMPARE(edited, result.text);
    // A decision whose text was edited since does not revert.
    QString changed = result.text;
    changed.replace(2, 1, QStringLiteral("、"));
    QVERIFY(!HouseStyle::revert(changed, result.decisions[0]));
}

void TestHouseStyle::storyFlagsAndDecisionsFollowTheText()
{
    StoryDraft story;
    story.paragraphs.push_back({QStringLiteral("近日 , 在硤石 and 杭州,举行"), {}, {}, 0});
    FlagDraft variant;
    variant.kind = QStringLiteral("variant-character");
    variant.paragraph = 0;
    variant.start = 6;
    variant.length = 1;
    variant.text = QStringLiteral("硤");
    FlagDraft comma = variant;
    comma.kind = QStringLiteral("punctuation");
    comma.start = 15;
    comma.text = QStringLiteral(",");
    FlagDraft duplicate = variant;
    duplicate.kind = QStringLiteral("duplicate");
    duplicate.start = 0;
    duplicate.length = int(story.paragraphs[0].text.size());
    duplicate.text = story.paragraphs[0].text;
    story.flags = {variant, comma, duplicate};
    Decision join;
    join.kind = QStringLiteral("join");
    join.paragraph = 0;
    join.position = 16; // before 举
    story.decisions = {join};

    HouseStyle::normaliseStory(story, HouseStyleProfile::newspaper());
    const QString &text = story.paragraphs[0].text;
    QCOMPARE(text, QStringLiteral("近日，在硤石and杭州，举行"));
    QCOMPARE(story.flags.size(), 2); // the comma flag was settled by the change
    QCOMPARE(text.mid(story.flags[0].start, story.flags[0].length), QStringLiteral("硤"));
    QCOMPARE(story.flags[1].kind, QStringLiteral("duplicate"));
    QCOMPARE(story.flags[1].start, 0);
    QCOMPARE(story.flags[1].text, text); // the whole paragraph, as it reads now
    QCOMPARE(text.mid(story.decisions[0].position, 1), QStringLiteral("举"));
    QVERIFY(story.decisions.size() > 1);
    for (int i = 1; i < story.decisions.size(); ++i)
        QCOMPARE(story.decisions[i].kind, QStringLiteral("normalise"));
}

void TestHouseStyle::profileJsonRoundTrip()
{
    HouseStyleProfile p = HouseStyleProfile::webCopy();
    p.name = QStringLiteral("Evening paper");
    p.cornerBracketsToQuotes = true;
    p.collapseSpaces = false;
    p.applyOnImport = true;
    const HouseStyleProfile back = HouseStyleProfile::fromJson(p.name, p.toJson());
    QCOMPARE(back, p);
    QVERIFY(back != HouseStyleProfile::fromJson(p.name, HouseStyleProfile().toJson()));
}

void TestHouseStyle::unknownJsonKeysAreIgnored()
{
    const HouseStyleProfile p = HouseStyleProfile::fromJson(
        QStringLiteral("x"), QByteArray(R"({"curlyQuotes":false,"futureOption":3})"));
    QVERIFY(!p.curlyQuotes);
    QVERIFY(p.fullWidthPunctuation);
    QCOMPARE(p.cjkLatinSpacing, HouseStyleProfile::Spacing::Remove);
    QCOMPARE(HouseStyleProfile::fromJson(QStringLiteral("y"), "not json").curlyQuotes, true);
}

QTEST_GUILESS_MAIN(TestHouseStyle)
#include "tst_housestyle.moc"
