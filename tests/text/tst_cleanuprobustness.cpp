// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Cleanup on mangled pages: the test pages cut, shuffled, stripped of their blank lines,
// with lines doubled and stray characters thrown in. Whatever the input, cleanup must not
// crash, and what it returns must point into the text it was given: every paragraph has
// text, every span lies inside the page, every decision and flag names a paragraph of its
// story and a flag's range lies inside that paragraph. The GUI draws from these positions.
#include "testsupport.h"
#include "text/pagecleaner.h"

#include <QDirIterator>
#include <QRandomGenerator>
#include <QTest>

using namespace Copydesk;

class TestCleanupRobustness : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void mangledPagesKeepTheInvariants();

private:
    QStringList m_pages;
};

void TestCleanupRobustness::initTestCase()
{
    m_pages << QString::fromUtf8(TestSupport::readFile(TestSupport::samplePagePath()));
    QDirIterator it(TestSupport::sourceDir() + QStringLiteral("/tests/data/pages"),
                    {QStringLiteral("raw-*.txt")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        m_pages << QString::fromUtf8(TestSupport::readFile(it.next()));
    m_pages.removeAll(QString());
    QVERIFY(m_pages.size() >= 10);
}

namespace {
QString mangle(const QString &page, QRandomGenerator &rng)
{
    QStringList lines = page.split(QLatin1Char('\n'));
    switch (rng.bounded(7)) {
    case 0: // a random cut
        return page.mid(rng.bounded(page.size()), rng.bounded(page.size()));
    case 1: // lines shuffled
        for (qsizetype i = lines.size() - 1; i > 0; --i)
            lines.swapItemsAt(i, rng.bounded(int(i + 1)));
        break;
    case 2: // no blank lines
        lines.removeAll(QString());
        break;
    case 3: // lines doubled
        for (qsizetype i = lines.size() - 1; i >= 0; --i) {
            if (rng.bounded(4) == 0)
                lines.insert(i, lines[i]);
        }
        break;
    case 4: { // stray characters: punctuation, spaces, names, brackets, Latin
        static const QString stray = QStringLiteral("。，：;)(（）“”　 ·第版By周\t-—…12aZ");
        QString out = page;
        for (int k = 0; k < 40 && !out.isEmpty(); ++k)
            out.insert(rng.bounded(out.size()), stray[rng.bounded(stray.size())]);
        return out;
    }
    case 5: // every line alone in its box
        return lines.join(QStringLiteral("\n\n"));
    default: // two pages run together
        break;
    }
    return lines.join(QLatin1Char('\n'));
}
} // namespace

void TestCleanupRobustness::mangledPagesKeepTheInvariants()
{
    QRandomGenerator rng(20261129); // fixed: a failure can be replayed
    for (int round = 0; round < 600; ++round) {
        QString text = mangle(m_pages[rng.bounded(m_pages.size())], rng);
        if (round % 7 == 6)
            text += QStringLiteral("\n\n") + m_pages[rng.bounded(m_pages.size())];
        const PageDraft page = Text::cleanupPage(text);
        const QString where = QStringLiteral("round %1").arg(round);
        for (const StoryDraft &story : page.stories) {
            for (const ParagraphDraft &p : story.paragraphs) {
                QVERIFY2(!p.text.trimmed().isEmpty(), qPrintable(where));
                for (const SourceSpan &s : p.spans)
                    QVERIFY2(s.start >= 0 && s.length >= 0 && s.start + s.length <= text.size(),
                             qPrintable(where));
            }
            for (const Decision &d : story.decisions)
                QVERIFY2(d.paragraph >= -1 && d.paragraph < story.paragraphs.size(),
                         qPrintable(where + QStringLiteral(" decision ") + d.kind));
            for (const FlagDraft &f : story.flags) {
                QVERIFY2(f.paragraph >= -1 && f.paragraph < story.paragraphs.size(),
                         qPrintable(where + QStringLiteral(" flag ") + f.kind));
                if (f.paragraph >= 0)
                    QVERIFY2(f.start >= 0 && f.length >= 0 &&
                                 f.start + f.length <= story.paragraphs[f.paragraph].text.size(),
                             qPrintable(where + QStringLiteral(" flag range ") + f.kind));
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestCleanupRobustness)
#include "tst_cleanuprobustness.moc"
