// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"
#include "text/pagecleaner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Copydesk;

// The cleanup stage on the bundled sample page against its gold answer, compared the way
// ../shared/tools/score_page.py compares: NFKC, white space removed, the flagged variants
// folded (an English 'and' between CJK characters -> 和, 硤 -> 硖).
class TestSeedPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyStoryIsFound();
    void kickersHeadlinesAndBylines();
    void everyGoldParagraphIsExact();
    void noExtraParagraphsButTheCopies();
    void doubledCharacterIsFlagged();
    void rewrappedPage_data();
    void rewrappedPage();

private:
    static QString canon(const QString &s);
    QHash<int, int> matchStories(const PageDraft &page) const;
    // Gold paragraphs found exact in their matched story, of `total`.
    int exactParagraphs(const PageDraft &page, const QHash<int, int> &match, int *total) const;
    int matchOf(int goldIndex) const { return m_match.value(goldIndex, -1); }
    QJsonArray m_gold;
    QJsonArray m_goldDuplicates;
    PageDraft m_page;
    QHash<int, int> m_match;
};

QString TestSeedPage::canon(const QString &s)
{
    QString t = s.normalized(QString::NormalizationForm_KC);
    static const QRegularExpression stray(
        QStringLiteral("(?<=[\\x{3400}-\\x{9fff}\\x{f900}-\\x{faff}])\\s*\\band\\b\\s*(?=[\\x{3400}-\\x{9fff}\\x{f900}-\\x{faff}])"));
    t.replace(stray, QStringLiteral("和"));
    t.replace(QStringLiteral("硤"), QStringLiteral("硖"));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    t.remove(space);
    return t;
}

void TestSeedPage::initTestCase()
{
    const QJsonObject gold =
        QJsonDocument::fromJson(TestSupport::readFile(TestSupport::sampleGoldPath())).object();
    m_gold = gold.value(QStringLiteral("stories")).toArray();
    m_goldDuplicates = gold.value(QStringLiteral("duplicates")).toArray();
    QCOMPARE(m_gold.size(), 12);
    const QString raw = QString::fromUtf8(TestSupport::readFile(TestSupport::samplePagePath()));
    QVERIFY(!raw.isEmpty());
    m_page = Text::cleanupPage(raw);
    m_match = matchStories(m_page);
}

QHash<int, int> TestSeedPage::matchStories(const PageDraft &page) const
{
    // Stories are matched by headline, a caption by the start of its first paragraph.
    QHash<int, int> match;
    QSet<int> used;
    for (int g = 0; g < m_gold.size(); ++g) {
        const QJsonObject gs = m_gold[g].toObject();
        const QString headline = gs.value(QStringLiteral("headline")).toString();
        for (int p = 0; p < page.stories.size(); ++p) {
            if (used.contains(p))
                continue;
            const StoryDraft &s = page.stories[p];
            bool ok = false;
            if (!headline.isEmpty()) {
                ok = canon(s.headline) == canon(headline);
            } else if (!s.paragraphs.isEmpty() && s.headline.isEmpty()) {
                const QString first = gs.value(QStringLiteral("paragraphs")).toArray()[0].toString();
                ok = canon(s.paragraphs[0].text).left(20) == canon(first).left(20);
            }
            if (ok) {
                match.insert(g, p);
                used.insert(p);
                break;
            }
        }
    }
    return match;
}

void TestSeedPage::everyStoryIsFound()
{
    QCOMPARE(m_match.size(), m_gold.size());
    QCOMPARE(m_page.stories.size(), m_gold.size());
}

void TestSeedPage::kickersHeadlinesAndBylines()
{
    for (int g = 0; g < m_gold.size(); ++g) {
        const int p = matchOf(g);
        QVERIFY2(p >= 0, qPrintable(QStringLiteral("gold story %1 not found").arg(g)));
        const QJsonObject gs = m_gold[g].toObject();
        const StoryDraft &s = m_page.stories[p];
        QCOMPARE(canon(s.kicker), canon(gs.value(QStringLiteral("kicker")).toString()));
        QCOMPARE(canon(s.byline), canon(gs.value(QStringLiteral("byline")).toString()));
    }
}

int TestSeedPage::exactParagraphs(const PageDraft &page, const QHash<int, int> &match,
                                  int *total) const
{
    int exact = 0;
    *total = 0;
    for (int g = 0; g < m_gold.size(); ++g) {
        QStringList mine;
        if (match.contains(g)) {
            for (const ParagraphDraft &para : page.stories[match.value(g)].paragraphs)
                mine << canon(para.text);
        }
        for (const QJsonValue &v : m_gold[g].toObject().value(QStringLiteral("paragraphs")).toArray()) {
            ++*total;
            if (mine.contains(canon(v.toString())))
                ++exact;
            else
                qWarning("gold story %d misses: %s", g, qPrintable(v.toString().left(40)));
        }
    }
    return exact;
}

void TestSeedPage::everyGoldParagraphIsExact()
{
    QCOMPARE(m_match.size(), m_gold.size());
    int total = 0;
    const int exact = exactParagraphs(m_page, m_match, &total);
    QCOMPARE(total, 47);
    QCOMPARE(exact, total);
}

void TestSeedPage::noExtraParagraphsButTheCopies()
{
    QStringList copies;
    for (const QJsonValue &d : m_goldDuplicates)
        copies << canon(d.toObject().value(QStringLiteral("text")).toString());
    for (int g = 0; g < m_gold.size(); ++g) {
        const int p = matchOf(g);
        QVERIFY(p >= 0);
        QStringList gold;
        for (const QJsonValue &v : m_gold[g].toObject().value(QStringLiteral("paragraphs")).toArray())
            gold << canon(v.toString());
        for (const ParagraphDraft &para : m_page.stories[p].paragraphs) {
            const QString c = canon(para.text);
            QVERIFY2(gold.contains(c) || copies.contains(c), qPrintable(para.text.left(40)));
        }
    }
}

void TestSeedPage::doubledCharacterIsFlagged()
{
    int doubled = 0;
    for (const StoryDraft &s : std::as_const(m_page.stories)) {
        for (const FlagDraft &f : s.flags) {
            if (f.kind == QLatin1String(FlagKind::DoubledCharacter)) {
                ++doubled;
                QCOMPARE(f.text.size(), f.suggestion.size() + 1);
                QCOMPARE(s.paragraphs[f.paragraph].text.mid(f.start, f.length), f.suggestion);
            }
        }
    }
    QCOMPARE(doubled, 1);
}

namespace {
// Width on the page in half-ideograph cells, as a Chinese face sets the text: ideographs and
// punctuation full, Latin letters and digits half.
int cellsOf(QChar c)
{
    return c.unicode() >= 0x2E80 || !(c.isLetterOrNumber() || c == QLatin1Char(' ')) ? 2 : 1;
}

// Lays a box's text out in a column `columns` ideographs wide; no line starts with a closing
// mark (the layout engine's rule).
QStringList wrapBox(const QString &text, int columns, const QString &indent)
{
    static const QString noStart = QStringLiteral("，。、；：？！）”’》,.;:?!)");
    QStringList lines;
    QString line = indent;
    int width = 4 * int(indent.size()) / 2;
    for (QChar c : text) {
        if (width + cellsOf(c) > 2 * columns && !noStart.contains(c)) {
            lines << line;
            line.clear();
            width = 0;
        }
        line += c;
        width += cellsOf(c);
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}
} // namespace

void TestSeedPage::rewrappedPage_data()
{
    // The sample page comes as one box per paragraph piece. pdfminer prints the same boxes
    // hard-wrapped at the column's width, with or without the paragraph's indent.
    // (Without blank lines the re-wrap is no fair test: each box is laid out on its own, so a
    // box broken at a column's foot ends in a short line, which a real column never does.)
    QTest::addColumn<int>("columns");
    QTest::addColumn<QString>("indent");
    QTest::newRow("16 ideographs") << 16 << QString();
    QTest::newRow("12 ideographs, indented") << 12 << QStringLiteral("\u3000\u3000");
}

void TestSeedPage::rewrappedPage()
{
    QFETCH(int, columns);
    QFETCH(QString, indent);
    const QString raw = QString::fromUtf8(TestSupport::readFile(TestSupport::samplePagePath()));
    static const QRegularExpression blank(QStringLiteral("\n\\s*\n"));
    const QStringList boxes = raw.split(blank, Qt::SkipEmptyParts);
    QStringList out;
    QString previous;
    for (QString box : boxes) {
        box = box.trimmed();
        if (box.isEmpty())
            continue;
        // A box opens a paragraph after a finished one or a title; one that goes on from a
        // sentence broken at a column's foot does not.
        static const QString ends = QStringLiteral("。！？）)");
        const bool opens = previous.isEmpty() || ends.contains(previous.back()) ||
                           previous.size() <= 30;
        const QStringList lines =
            wrapBox(box, columns, opens && box.size() > columns ? indent : QString());
        out << lines.join(QLatin1Char('\n'));
        previous = box;
    }
    const PageDraft page = Text::cleanupPage(out.join(QStringLiteral("\n\n")));
    const QHash<int, int> match = matchStories(page);
    QCOMPARE(match.size(), m_gold.size());
    int total = 0;
    const int exact = exactParagraphs(page, match, &total);
    QCOMPARE(exact, total);
}

QTEST_GUILESS_MAIN(TestSeedPage)
#include "tst_seedpage.moc"
