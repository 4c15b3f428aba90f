// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "proofing/hunspelldictionary.h"
#include "proofing/proofreader.h"
#include "proofing/scriptruns.h"
#include "proofing/straylatincheck.h"
#include "proofing/variantcheck.h"

#include <QTest>

using namespace Copydesk;
using namespace Copydesk::Proofing;

// Data-driven tests of each proofreading check.
class TestProofreader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scriptRunsSeparateHanAndLatin();
    void strayLatin_data();
    void strayLatin();
    void variants_data();
    void variants();
    void variantCandidatesListEveryOption();
    void spelling_data();
    void spelling();
    void addedWordIsNoLongerFlagged();
    void chineseNeverReachesTheDictionary();
    void checkParagraphRunsEveryCheck_data();
    void checkParagraphRunsEveryCheck();
    void personalWordsAndErrataAreUsed();
    void severalCandidatesComeOnePerLine();
};

void TestProofreader::scriptRunsSeparateHanAndLatin()
{
    const auto runs = scriptRuns(u"新闻 news 稿");
    QCOMPARE(runs.size(), 5);
    QCOMPARE(runs[0].script, Script::Han);
    QCOMPARE(runs[2].script, Script::Latin);
    QCOMPARE(runs[2].start, 3);
    QCOMPARE(runs[2].length, 4);
    const auto words = latinWords(u"LLQ080 规划 don't well-known 5G");
    QCOMPARE(words.size(), 2); // codes glued to digits are not words
}

void TestProofreader::strayLatin_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("flagged");
    QTest::addColumn<QStringList>("suggestions");
    QTest::newRow("and between chinese") << QStringLiteral("警示教育 and 运河非遗") << QStringList{" and "}
                                         << QStringList{"和"};
    QTest::newRow("no spaces") << QStringLiteral("重要性and必要性") << QStringList{"and"}
                               << QStringList{"和"};
    QTest::newRow("two in one paragraph")
        << QStringLiteral("甲 and 乙,丙 or 丁") << QStringList{" and ", " or "} << QStringList{"和", "或"};
    QTest::newRow("english sentence untouched") << QStringLiteral("salt and pepper") << QStringList()
                                                << QStringList();
    QTest::newRow("name in capitals untouched") << QStringLiteral("来自 AND 公司") << QStringList()
                                                << QStringList();
    QTest::newRow("not a function word") << QStringLiteral("使用 app 下单") << QStringList()
                                         << QStringList();
    QTest::newRow("latin on one side only") << QStringLiteral("品牌 and Co") << QStringList()
                                            << QStringList();
}

void TestProofreader::strayLatin()
{
    QFETCH(QString, text);
    QFETCH(QStringList, flagged);
    QFETCH(QStringList, suggestions);
    const auto flags = StrayLatinCheck::check(text, 3);
    QCOMPARE(flags.size(), flagged.size());
    for (int i = 0; i < flags.size(); ++i) {
        QCOMPARE(flags[i].kind, QStringLiteral("stray-latin"));
        QCOMPARE(flags[i].paragraph, 3);
        QCOMPARE(flags[i].text, flagged[i]);
        QCOMPARE(text.mid(flags[i].start, flags[i].length), flagged[i]);
        QCOMPARE(flags[i].suggestion, suggestions[i]);
    }
}

void TestProofreader::variants_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("flaggedCharacters");
    QTest::addColumn<QString>("suggestions");
    QTest::newRow("traditional place name") << QStringLiteral("海宁市硤石街道的企业") << "硤" << "硖";
    QTest::newRow("every occurrence") << QStringLiteral("硤石街道打造亲清硤石品牌,硤石人") << "硤硤硤"
                                      << "硖硖硖";
    QTest::newRow("valid simplified words stay") << QStringLiteral("著名作家在乾隆年间的故事") << ""
                                                 << "";
    QTest::newRow("a traditional story is not flagged character by character")
        << QStringLiteral("社區圖書館週末開放時間延長兩小時,居民借閱量明顯上升。") << "" << "";
    QTest::newRow("plain simplified") << QStringLiteral("社区图书馆周末开放时间延长") << "" << "";
}

void TestProofreader::variants()
{
    QFETCH(QString, text);
    QFETCH(QString, flaggedCharacters);
    QFETCH(QString, suggestions);
    VariantCheck check;
    QVERIFY2(check.isValid(), qPrintable(check.errorString()));
    const auto flags = check.check(text, 0);
    QString got, suggested;
    for (const auto &f : flags) {
        QCOMPARE(f.kind, QStringLiteral("variant-character"));
        QCOMPARE(text.mid(f.start, f.length), f.text);
        got += f.text;
        suggested += f.suggestion;
    }
    QCOMPARE(got, flaggedCharacters);
    QCOMPARE(suggested, suggestions);
}

void TestProofreader::variantCandidatesListEveryOption()
{
    VariantCheck check;
    // OpenCC maps 髮 (hair) and 發 (issue) both to 发, and 乾 to 乾 or 干 by context.
    const QStringList options = check.candidates(QStringLiteral("乾"));
    QVERIFY2(options.size() >= 2, qPrintable(options.join(QLatin1Char(','))));
    QVERIFY(options.contains(QStringLiteral("干")));
    QCOMPARE(check.candidates(QStringLiteral("硤")).value(0), QStringLiteral("硖"));
}

void TestProofreader::spelling_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("misspelt");
    QTest::newRow("english") << QStringLiteral("The council will recieve the report tomorow.")
                             << QStringList{"recieve", "tomorow"};
    QTest::newRow("acronyms and codes") << QStringLiteral("NATO and the EU met at LLQ080 in 2023.")
                                        << QStringList();
    QTest::newRow("apostrophes and hyphens") << QStringLiteral("It's a well-known fact.")
                                             << QStringList();
    QTest::newRow("chinese text only") << QStringLiteral("这是一段没有英文的中文文字。") << QStringList();
    QTest::newRow("english inside chinese") << QStringLiteral("他使用了 recieve 这个词。")
                                            << QStringList{"recieve"};
}

void TestProofreader::spelling()
{
    QFETCH(QString, text);
    QFETCH(QStringList, misspelt);
    auto dictionary = std::make_unique<HunspellDictionary>(QStringLiteral("en_US"));
    if (!dictionary->isValid())
        QSKIP("hunspell-en-us is not installed");
    Proofreader proofreader(std::move(dictionary));
    QStringList got;
    for (const auto &f : proofreader.spelling(text, 0)) {
        QCOMPARE(f.kind, QStringLiteral("spelling"));
        got << f.text;
    }
    QCOMPARE(got, misspelt);
    if (!misspelt.isEmpty())
        QVERIFY(!proofreader.spelling(text, 0).first().suggestion.isEmpty());
}

void TestProofreader::addedWordIsNoLongerFlagged()
{
    HunspellDictionary dictionary;
    if (!dictionary.isValid())
        QSKIP("hunspell-en-us is not installed");
    QVERIFY(!dictionary.check(QStringLiteral("Zhoushan")));
    dictionary.addWord(QStringLiteral("Zhoushan"));
    QVERIFY(dictionary.check(QStringLiteral("Zhoushan")));
}

namespace {
// Records every word it is asked about.
class SpyDictionary : public Dictionary
{
public:
    QStringList *asked;
    explicit SpyDictionary(QStringList *a) : asked(a) {}
    QString language() const override { return QStringLiteral("spy"); }
    bool isValid() const override { return true; }
    bool check(const QString &word) const override
    {
        *asked << word;
        return false;
    }
    QStringList suggestions(const QString &) const override { return {}; }
    void addWord(const QString &) override {}
};
} // namespace

void TestProofreader::chineseNeverReachesTheDictionary()
{
    QStringList asked;
    Proofreader proofreader(std::make_unique<SpyDictionary>(&asked));
    const auto flags = proofreader.checkParagraph(QStringLiteral("新闻稿 draft 与评论，记者现场报道。"), 0);
    QCOMPARE(asked, QStringList{QStringLiteral("draft")});
    for (const QString &w : asked) {
        for (QChar c : w)
            QVERIFY(!isHan(c.unicode()));
    }
    QCOMPARE(flags.size(), 1);
}

void TestProofreader::checkParagraphRunsEveryCheck_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("kinds"); // in text order
    QTest::newRow("stray word, variant, punctuation")
        << QStringLiteral("警示教育 and 运河,硤石")
        << QStringList{"stray-latin", "punctuation", "variant-character"};
    QTest::newRow("errata") << QStringLiteral("既使如此") << QStringList{"errata"};
    QTest::newRow("spelling in a latin run") << QStringLiteral("他说 recieve 这个词。")
                                             << QStringList{"spelling"};
    QTest::newRow("clean chinese") << QStringLiteral("近日，在杭州市西湖区。") << QStringList();
}

void TestProofreader::checkParagraphRunsEveryCheck()
{
    QFETCH(QString, text);
    QFETCH(QStringList, kinds);
    auto dictionary = std::make_unique<HunspellDictionary>(QStringLiteral("en_US"));
    if (!dictionary->isValid())
        QSKIP("hunspell-en-us is not installed");
    Proofreader proofreader(std::move(dictionary), false);
    proofreader.setErrata({{QStringLiteral("既使"), QStringLiteral("即使")}});
    QStringList got;
    for (const FlagDraft &f : proofreader.checkParagraph(text, 5)) {
        QCOMPARE(f.paragraph, 5);
        QCOMPARE(text.mid(f.start, f.length), f.text);
        got << f.kind;
    }
    QCOMPARE(got, kinds);
}

void TestProofreader::personalWordsAndErrataAreUsed()
{
    auto dictionary = std::make_unique<HunspellDictionary>(QStringLiteral("en_US"));
    if (!dictionary->isValid())
        QSKIP("hunspell-en-us is not installed");
    Proofreader proofreader(std::move(dictionary), false);
    const QString text = QStringLiteral("Mayor Zhoushan met Qiantang officials.");
    QCOMPARE(proofreader.spelling(text, 0).size(), 2);
    proofreader.addPersonalWords({QStringLiteral("Zhoushan"), QStringLiteral("Qiantang")});
    QVERIFY(proofreader.checkParagraph(text, 0).isEmpty());

    QVERIFY(proofreader.errata(QStringLiteral("再接再励"), 0).isEmpty());
    proofreader.addErratum(QStringLiteral("再接再励"), QStringLiteral("再接再厉"));
    const auto flags = proofreader.checkParagraph(QStringLiteral("大家再接再励"), 0);
    QCOMPARE(flags.size(), 1);
    QCOMPARE(flags[0].kind, QString::fromLatin1(ErrataCheck::Kind));
    QCOMPARE(flags[0].suggestion, QStringLiteral("再接再厉"));

    HouseStyleProfile quotesOff;
    quotesOff.curlyQuotes = false;
    proofreader.setHouseStyle(quotesOff);
    QVERIFY(proofreader.checkParagraph(QStringLiteral("打造\"品牌\"活动"), 0).isEmpty());
}

void TestProofreader::severalCandidatesComeOnePerLine()
{
    Proofreader proofreader;
    // 乾 is 干 (dry) or stays 乾 (乾隆): OpenCC offers both.
    const auto flags = proofreader.variantCheck().check(QStringLiteral("把衣服晒乾了再收起来"), 0);
    QCOMPARE(flags.size(), 1);
    const QStringList candidates = flags[0].detail.split(QLatin1Char('\n'));
    QVERIFY2(candidates.size() >= 2, qPrintable(flags[0].detail));
    QCOMPARE(candidates.first(), flags[0].suggestion);
}

QTEST_GUILESS_MAIN(TestProofreader)
#include "tst_proofreader.moc"
