// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Proofreading speed: every check of Proofreader::checkParagraph (stray Latin words, OpenCC
// variants, punctuation, errata with a 500-entry table, hunspell on Latin runs) over 20 KB
// pages, paragraph by paragraph as the import and the editor call it; and one 5,000-character
// block re-checked as it would be on each keystroke. Hunspell suggestions are off, as in the
// editor's live checking and the import; their cost per word is reported apart.
// Target: < 20 ms per 20 KB page. Run by hand: build/tests/bench/bench_proofing [rounds]
#include "proofing/housestyle.h"
#include "proofing/hunspelldictionary.h"
#include "proofing/proofreader.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>

using namespace Copydesk;

namespace {
// The first `bytes` of UTF-8 of `text`, whole paragraphs (blank-line separated) only; lines
// of one paragraph are joined as cleanup would.
QStringList paragraphsOf(const QString &text, int bytes)
{
    static const QRegularExpression blank(QStringLiteral("\\n\\s*\\n"));
    QStringList out;
    int size = 0;
    while (size < bytes) {
        for (QString p : text.split(blank, Qt::SkipEmptyParts)) {
            p.replace(QLatin1Char('\n'), QLatin1Char(' '));
            size += int(p.toUtf8().size());
            out << p;
            if (size >= bytes)
                break;
        }
    }
    return out;
}

QVector<Proofing::Erratum> syntheticErrata(int count)
{
    QRandomGenerator random(42);
    QVector<Proofing::Erratum> out;
    for (int i = 0; i < count; ++i) {
        QString wrong, right;
        for (int k = 0; k < 2 + i % 3; ++k)
            wrong += QChar(char16_t(0x4E00 + random.bounded(0x5000)));
        right = wrong;
        right[0] = QChar(char16_t(0x4E00 + random.bounded(0x5000)));
        out.push_back({wrong, right});
    }
    return out;
}

struct Timing
{
    double median = 0;
    double worst = 0;
};

template <typename F> Timing time(int rounds, F &&work)
{
    QVector<double> ms;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer t;
        t.start();
        work();
        ms << t.nsecsElapsed() / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.last()};
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, atoi(argv[1])) : 50;

    QElapsedTimer load;
    load.start();
    auto dictionary = std::make_unique<Proofing::HunspellDictionary>(QStringLiteral("en_US"));
    if (!dictionary->isValid()) {
        fprintf(stderr, "bench_proofing: the en_US hunspell dictionary is not installed\n");
        return 1;
    }
    Proofing::Proofreader proofreader(std::move(dictionary), /*suggest=*/false);
    proofreader.setErrata(syntheticErrata(500));
    proofreader.addPersonalWords({QStringLiteral("Zhoushan"), QStringLiteral("Qiantang")});
    printf("proofreader: hunspell en_US + OpenCC + 500 errata loaded in %.0f ms\n",
           load.nsecsElapsed() / 1e6);

    const QString dir = TestSupport::sourceDir() + QStringLiteral("/tests/data/pages/");
    const QVector<std::pair<const char *, QString>> pages = {
        {"sample page (Chinese)", TestSupport::samplePagePath()},
        {"cols-zh-edu (Chinese)", dir + QStringLiteral("cols-zh-edu/raw-pdftotext.txt")},
        {"en-history (English)", dir + QStringLiteral("en-history/raw-pdftotext.txt")},
        {"cols-en-manifesto (English)",
         dir + QStringLiteral("cols-en-manifesto/raw-pdftotext.txt")},
    };
    for (const auto &[name, path] : pages) {
        const QString text = QString::fromUtf8(TestSupport::readFile(path));
        if (text.isEmpty()) {
            printf("%-30s missing (%s)\n", name, qPrintable(path));
            continue;
        }
        const QStringList paragraphs = paragraphsOf(text, 20 * 1024);
        int flags = 0;
        QHash<QString, int> byKind;
        for (int p = 0; p < paragraphs.size(); ++p) {
            for (const FlagDraft &f : proofreader.checkParagraph(paragraphs[p], p)) {
                ++flags;
                ++byKind[f.kind];
            }
        }
        const Timing t = time(rounds, [&] {
            for (int p = 0; p < paragraphs.size(); ++p)
                proofreader.checkParagraph(paragraphs[p], p);
        });
        QStringList kinds;
        for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
            kinds << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
        kinds.sort();
        printf("%-30s 20 KB, %3d paragraphs: median %6.2f ms, worst %6.2f ms per page "
               "(%d flags: %s)\n",
               name, int(paragraphs.size()), t.median, t.worst, flags,
               qPrintable(kinds.join(QStringLiteral(", "))));
        const Timing n = time(rounds, [&] {
            for (const QString &p : paragraphs)
                Proofing::HouseStyle::normalise(p, Proofing::HouseStyleProfile::newspaper());
        });
        printf("%-30s house-style normaliser:        median %6.2f ms per page\n", "", n.median);
    }

    // One long block, as the highlighter re-checks it on each keystroke.
    const QString sample =
        QString::fromUtf8(TestSupport::readFile(TestSupport::samplePagePath())).simplified();
    const QString block = sample.left(5000);
    const Timing b = time(rounds * 4, [&] { proofreader.checkParagraph(block, 0); });
    printf("one 5,000-character block: median %.2f ms, worst %.2f ms\n", b.median, b.worst);

    // What the editor's context menu pays when it asks for suggestions.
    const QStringList misspelt{QStringLiteral("recieve"), QStringLiteral("tomorow"),
                               QStringLiteral("goverment"), QStringLiteral("Zhejang")};
    const Timing s = time(3, [&] {
        for (const QString &w : misspelt)
            proofreader.dictionary()->suggestions(w);
    });
    printf("hunspell suggestions: median %.1f ms per word (on demand only)\n",
           s.median / misspelt.size());
    return 0;
}
