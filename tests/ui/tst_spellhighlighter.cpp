// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "proofing/dictionary.h"
#include "proofing/hunspelldictionary.h"
#include "proofing/proofreader.h"
#include "spellhighlighter.h"

#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

using namespace Copydesk;

namespace {
// Calls every word it is asked about wrong: if Chinese text reached a dictionary, it would be
// flagged.
class EverythingWrong : public Proofing::Dictionary
{
public:
    QString language() const override { return QStringLiteral("xx"); }
    bool isValid() const override { return true; }
    bool check(const QString &) const override { return false; }
    QStringList suggestions(const QString &) const override { return {}; }
    void addWord(const QString &) override {}
};

class EverythingRight : public EverythingWrong
{
public:
    bool check(const QString &) const override { return true; }
};

bool hasHan(const QString &text)
{
    for (const QChar c : text) {
        if (c.script() == QChar::Script_Han)
            return true;
    }
    return false;
}

QColor spellingColor()
{
    return SpellHighlighter::formatFor(QString::fromLatin1(FlagKind::Spelling)).underlineColor();
}

// The spans of `block` the highlighter underlined in `color`.
QStringList underlined(const QTextBlock &block, const QColor &color)
{
    QStringList out;
    const QVector<QTextLayout::FormatRange> formats = block.layout()->formats();
    for (const QTextLayout::FormatRange &r : formats) {
        if (r.format.underlineColor() == color)
            out << block.text().mid(r.start, r.length);
    }
    return out;
}
} // namespace

class TestSpellHighlighter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chineseIsNeverUnderlinedForSpelling_data();
    void chineseIsNeverUnderlinedForSpelling();
    void misspeltLatinWordsAreUnderlinedInRed();
    void eachKindHasItsOwnColour();
    void highlightingIsIncrementalPerBlock();
    void ignoredFlagsAreNotUnderlined();
    void theWordBeingTypedIsLeftAlone();
};

void TestSpellHighlighter::chineseIsNeverUnderlinedForSpelling_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("simplified") << QStringLiteral(
        "今年春天，市民在新建的公园里散步，孩子们放风筝。");
    QTest::newRow("traditional") << QStringLiteral("這座橋連接兩岸，舊稱硤石渡口。");
    QTest::newRow("mixed with English")
        << QStringLiteral("会议由 Smith 主持，讨论了 budgett 和港口计划。");
    QTest::newRow("stray function word") << QStringLiteral("警示教育 and 运河文化展同时开幕。");
    QTest::newRow("numbers and codes") << QStringLiteral("全年投资1.6亿元，项目编号0117-2。");
    QTest::newRow("full-width Latin") << QStringLiteral("ＡＢＣ公司在杭州设立分部。");
}

void TestSpellHighlighter::chineseIsNeverUnderlinedForSpelling()
{
    QFETCH(QString, text);
    for (bool strict : {false, true}) {
        std::unique_ptr<Proofing::Dictionary> dictionary;
        if (strict)
            dictionary = std::make_unique<EverythingWrong>();
        else
            dictionary = std::make_unique<Proofing::HunspellDictionary>(QStringLiteral("en_US"));
        const Proofing::Proofreader proofreader(std::move(dictionary), false);
        QTextDocument doc;
        doc.setPlainText(text);
        SpellHighlighter highlighter(&doc, &proofreader);
        highlighter.rehighlight();
        for (const QString &span : underlined(doc.firstBlock(), spellingColor()))
            QVERIFY2(!hasHan(span), qPrintable(span));
        for (const FlagDraft &f : highlighter.flags(doc.firstBlock())) {
            if (f.kind == QLatin1String(FlagKind::Spelling))
                QVERIFY2(!hasHan(f.text), qPrintable(f.text));
        }
    }
}

void TestSpellHighlighter::misspeltLatinWordsAreUnderlinedInRed()
{
    Proofing::Proofreader proofreader(
        std::make_unique<Proofing::HunspellDictionary>(QStringLiteral("en_US")), false);
    if (!proofreader.dictionary()->isValid())
        QSKIP("hunspell-en-us is not installed");
    QTextDocument doc;
    doc.setPlainText(
        QStringLiteral("The councill met on Tuesday.\n会议由 Smith 主持，讨论了 budgett。"));
    SpellHighlighter highlighter(&doc, &proofreader);
    highlighter.rehighlight();
    QCOMPARE(underlined(doc.firstBlock(), spellingColor()),
             QStringList{QStringLiteral("councill")});
    QCOMPARE(underlined(doc.lastBlock(), spellingColor()), QStringList{QStringLiteral("budgett")});
    const QTextLayout::FormatRange range = doc.firstBlock().layout()->formats().first();
    QCOMPARE(range.format.underlineStyle(), QTextCharFormat::WaveUnderline);
    QCOMPARE(spellingColor().red() > 160 && spellingColor().green() < 60, true);
}

void TestSpellHighlighter::eachKindHasItsOwnColour()
{
    const char *kinds[] = {FlagKind::Spelling,         FlagKind::StrayLatin,
                           FlagKind::VariantCharacter, FlagKind::DoubledCharacter,
                           FlagKind::Punctuation,      "errata"};
    QSet<QRgb> colours;
    for (const char *kind : kinds)
        colours.insert(
            SpellHighlighter::formatFor(QString::fromLatin1(kind)).underlineColor().rgb());
    QCOMPARE(colours.size(), int(std::size(kinds)));

    // A stray English word in Chinese text is underlined in its colour, not in red.
    Proofing::Proofreader proofreader(std::make_unique<EverythingRight>(), false);
    QTextDocument doc;
    doc.setPlainText(QStringLiteral("警示教育 and 运河文化展同时开幕。"));
    SpellHighlighter highlighter(&doc, &proofreader);
    highlighter.rehighlight();
    const QColor stray =
        SpellHighlighter::formatFor(QString::fromLatin1(FlagKind::StrayLatin)).underlineColor();
    const QStringList spans = underlined(doc.firstBlock(), stray);
    QCOMPARE(spans.size(), 1);
    QCOMPARE(spans.first().trimmed(), QStringLiteral("and"));
    QVERIFY(underlined(doc.firstBlock(), spellingColor()).isEmpty());
}

void TestSpellHighlighter::highlightingIsIncrementalPerBlock()
{
    Proofing::Proofreader proofreader(std::make_unique<EverythingWrong>(), false);
    QStringList paragraphs;
    for (int i = 0; i < 40; ++i)
        paragraphs << QStringLiteral("Paragraph %1 has words, and 中文 text.").arg(i);
    QTextDocument doc;
    (void)doc.documentLayout(); // as under an editor: changes are reported block by block
    doc.setPlainText(paragraphs.join(QLatin1Char('\n')));
    SpellHighlighter highlighter(&doc, &proofreader);
    highlighter.rehighlight();
    QCOMPARE(highlighter.checkCount(), 40);

    // Typing in one paragraph checks that paragraph only.
    QTextCursor cursor(doc.findBlockByNumber(17));
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.insertText(QStringLiteral(" More"));
    QCOMPARE(highlighter.checkCount(), 41);
    QVERIFY(
        underlined(doc.findBlockByNumber(17), spellingColor()).contains(QStringLiteral("More")));

    // Re-highlighting unchanged text reuses each block's cached flags.
    highlighter.rehighlight();
    QCOMPARE(highlighter.checkCount(), 41);
    // A new dictionary state (added word, ignore) checks everything again.
    highlighter.recheckAll();
    QCOMPARE(highlighter.checkCount(), 81);
}

void TestSpellHighlighter::ignoredFlagsAreNotUnderlined()
{
    Proofing::Proofreader proofreader(std::make_unique<EverythingWrong>(), false);
    QTextDocument doc;
    doc.setPlainText(QStringLiteral("Alpha beta gamma"));
    SpellHighlighter highlighter(&doc, &proofreader);
    QSet<QString> ignored;
    highlighter.setIgnored(&ignored);
    highlighter.rehighlight();
    QCOMPARE(underlined(doc.firstBlock(), spellingColor()).size(), 3);
    ignored.insert(SpellHighlighter::ignoreKey(QString::fromLatin1(FlagKind::Spelling),
                                               QStringLiteral("beta")));
    highlighter.recheckAll();
    QCOMPARE(underlined(doc.firstBlock(), spellingColor()),
             QStringList({QStringLiteral("Alpha"), QStringLiteral("gamma")}));
}

void TestSpellHighlighter::theWordBeingTypedIsLeftAlone()
{
    Proofing::Proofreader proofreader(std::make_unique<EverythingWrong>(), false);
    QTextDocument doc;
    doc.setPlainText(QStringLiteral("Alpha beta\nGamma delta"));
    SpellHighlighter highlighter(&doc, &proofreader);
    highlighter.rehighlight();
    const int checks = highlighter.checkCount();
    highlighter.setTypingPosition(0, 8); // inside "beta"
    QCOMPARE(underlined(doc.firstBlock(), spellingColor()), QStringList{QStringLiteral("Alpha")});
    QCOMPARE(underlined(doc.lastBlock(), spellingColor()).size(), 2);
    highlighter.setTypingPosition(1, 0); // moved on to the next paragraph's first word
    QCOMPARE(underlined(doc.firstBlock(), spellingColor()).size(), 2);
    QCOMPARE(underlined(doc.lastBlock(), spellingColor()), QStringList{QStringLiteral("delta")});
    highlighter.setTypingPosition(-1, 0);
    QCOMPARE(underlined(doc.lastBlock(), spellingColor()).size(), 2);
    QCOMPARE(highlighter.checkCount(), checks); // formats only, no new checks
}

QTEST_MAIN(TestSpellHighlighter)
#include "tst_spellhighlighter.moc"
