// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "proofing/punctuationcheck.h"

#include <QTest>

using namespace Copydesk;
using namespace Copydesk::Proofing;

// The punctuation check: half-width marks in Chinese context, never in numbers, codes,
// addresses or Latin sentences.
class TestPunctuationCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void check_data();
    void check();
    void followsTheProfile();
};

void TestPunctuationCheck::check_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("flagged");     // flag texts in order
    QTest::addColumn<QStringList>("suggestions"); // their suggestions
    QTest::newRow("comma after ideograph")
        << QStringLiteral("近日,在杭州市西湖区") << QStringList{","} << QStringList{"，"};
    QTest::newRow("comma and the space after it")
        << QStringLiteral("近日, 在杭州") << QStringList{", "} << QStringList{"，"};
    QTest::newRow("full stop, colon, semicolon, question, exclamation")
        << QStringLiteral("记者:张三;他问?好!结束.") << QStringList{":", ";", "?", "!", "."}
        << QStringList{"：", "；", "？", "！", "。"};
    QTest::newRow("comma after a closing quote")
        << QStringLiteral("打造“五大品牌”,积极探索") << QStringList{","} << QStringList{"，"};
    QTest::newRow("parentheses around names") << QStringLiteral("做出贡献。(周静 严琰)")
                                              << QStringList{"(", ")"} << QStringList{"（", "）"};
    QTest::newRow("parentheses around an acronym in Chinese")
        << QStringLiteral("世界卫生组织(WHO)发布") << QStringList{"(", ")"}
        << QStringList{"（", "）"};
    QTest::newRow("straight double quotes")
        << QStringLiteral("打造\"尚知\"品牌") << QStringList{"\"", "\""} << QStringList{"“", "”"};
    QTest::newRow("single quotes around Chinese")
        << QStringLiteral("所谓'共富'就是") << QStringList{"'", "'"} << QStringList{"‘", "’"};
    QTest::newRow("ellipsis") << QStringLiteral("等等...然后") << QStringList{"..."}
                              << QStringList{"……"};
    QTest::newRow("dash") << QStringLiteral("运河---城市的记忆") << QStringList{"---"}
                          << QStringList{"——"};
    QTest::newRow("comma after a Latin word before Chinese")
        << QStringLiteral("使用iPhone,然后") << QStringList{","} << QStringList{"，"};
    QTest::newRow("decimal number")
        << QStringLiteral("总额1.6亿元") << QStringList() << QStringList();
    QTest::newRow("thousands separator")
        << QStringLiteral("共3,000人参加") << QStringList() << QStringList();
    QTest::newRow("time of day") << QStringLiteral("上午9:30开始") << QStringList()
                                 << QStringList();
    QTest::newRow("code with hyphen")
        << QStringLiteral("编号0117-2的文件") << QStringList() << QStringList();
    QTest::newRow("url") << QStringLiteral("详见https://www.example.com/a?b=1,c.html查询")
                         << QStringList() << QStringList();
    QTest::newRow("url kept, the sentence's full stop after it flagged")
        << QStringLiteral("访问www.hangzhou.gov.cn.") << QStringList{"."} << QStringList{"。"};
    QTest::newRow("spaces before and after a mark in one flag")
        << QStringLiteral("近日 , 在杭州") << QStringList{" , "} << QStringList{"，"};
    QTest::newRow("e-mail address")
        << QStringLiteral("来信请寄news.desk@example.com.cn联系") << QStringList() << QStringList();
    QTest::newRow("latin sentence")
        << QStringLiteral("He said: \"It's fine, thanks.\" (OK)") << QStringList() << QStringList();
    QTest::newRow("latin sentence inside chinese")
        << QStringLiteral("他说:Hello, world. 然后离开") << QStringList{":"} << QStringList{"："};
    QTest::newRow("abbreviation full stop")
        << QStringLiteral("来自U.S.的代表") << QStringList() << QStringList();
    QTest::newRow("apostrophe") << QStringLiteral("他说don't这个词") << QStringList()
                                << QStringList();
    QTest::newRow("correct chinese punctuation")
        << QStringLiteral("近日，在杭州（西湖）举行“活动”……") << QStringList() << QStringList();
    QTest::newRow("connecting dash stays")
        << QStringLiteral("北京—上海特别快车") << QStringList() << QStringList();
}

void TestPunctuationCheck::check()
{
    QFETCH(QString, text);
    QFETCH(QStringList, flagged);
    QFETCH(QStringList, suggestions);
    const QVector<FlagDraft> flags = PunctuationCheck::check(text, 2);
    QStringList got, suggested;
    for (const FlagDraft &f : flags) {
        QCOMPARE(f.kind, QStringLiteral("punctuation"));
        QCOMPARE(f.paragraph, 2);
        QCOMPARE(text.mid(f.start, f.length), f.text);
        QVERIFY(!f.reason.isEmpty());
        got << f.text;
        suggested << f.suggestion;
    }
    QCOMPARE(got, flagged);
    QCOMPARE(suggested, suggestions);
}

void TestPunctuationCheck::followsTheProfile()
{
    const QString text = QStringLiteral("他说\"好\",然后「走」");
    QCOMPARE(PunctuationCheck::check(text, 0).size(), 3);
    HouseStyleProfile profile;
    profile.curlyQuotes = false;
    QCOMPARE(PunctuationCheck::check(text, 0, profile).size(), 1); // the comma only
    profile.fullWidthPunctuation = false;
    QVERIFY(PunctuationCheck::check(text, 0, profile).isEmpty());
    profile.cornerBracketsToQuotes = true;
    const auto corners = PunctuationCheck::check(text, 0, profile);
    QCOMPARE(corners.size(), 2);
    QCOMPARE(corners[0].suggestion, QStringLiteral("“"));
    QCOMPARE(corners[1].suggestion, QStringLiteral("”"));
}

QTEST_GUILESS_MAIN(TestPunctuationCheck)
#include "tst_punctuationcheck.moc"
