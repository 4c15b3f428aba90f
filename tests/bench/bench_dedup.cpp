// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Duplicate check of a new 50-paragraph page against archives of 10k, 100k and 1M generated
// paragraphs: time per page and peak memory. Run by hand:
//   build/tests/bench/bench_dedup [max-paragraphs]    (default 1000000)
#include "common/types.h"
#include "jobs/duplicatestage.h"
#include "storage/database.h"
#include "storage/pagerepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

using namespace Copydesk;

namespace {

// Paragraphs of 80-200 characters drawn from 3,000 common CJK code points, with sentence
// punctuation, so 3-grams collide about as rarely as in real copy.
QString paragraph(QRandomGenerator &rng)
{
    const int length = 80 + int(rng.bounded(120));
    QString s;
    s.reserve(length + 8);
    for (int i = 0; i < length; ++i) {
        s.append(QChar(char16_t(0x4E00 + rng.bounded(3000))));
        if (rng.bounded(18) == 0)
            s.append(QChar(0xFF0C));
    }
    s.append(QChar(0x3002));
    return s;
}

long peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

PageDraft page(QRandomGenerator &rng, int paragraphs)
{
    PageDraft draft;
    for (int s = 0; s < paragraphs / 5; ++s) {
        StoryDraft story;
        story.headline = QStringLiteral("story %1").arg(s);
        for (int p = 0; p < 5; ++p)
            story.paragraphs.push_back({paragraph(rng), {}});
        draft.stories.push_back(story);
    }
    return draft;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 maxParagraphs = argc > 1 ? atoll(argv[1]) : 1000000;
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!db) {
        fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 1;
    }
    PageRepository pages(*db.value());
    QRandomGenerator rng(42);
    QVector<QString> stored; // a sample of stored paragraphs, to plant reprints
    qint64 total = 0;
    int pageNo = 0;
    QElapsedTimer fill;
    fill.start();
    for (qint64 target : {qint64(10000), qint64(100000), qint64(1000000)}) {
        if (target > maxParagraphs)
            break;
        while (total < target) {
            PageDraft draft = page(rng, 50);
            if (Status s = DuplicateStage::apply(draft, *db.value()); !s) {
                fprintf(stderr, "%s\n", qPrintable(s.error()));
                return 1;
            }
            if (stored.size() < 1000 && rng.bounded(10) == 0)
                stored.push_back(draft.stories[0].paragraphs[0].text);
            const QByteArray bytes = QByteArray::number(++pageNo);
            const QString sha = QString::fromLatin1(
                QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
            auto id = pages.storeImport({QStringLiteral("p%1.txt").arg(pageNo), bytes, sha,
                                         QStringLiteral("UTF-8"), QStringLiteral("bench")},
                                        QStringLiteral(""), draft);
            if (!id) {
                fprintf(stderr, "%s\n", qPrintable(id.error()));
                return 1;
            }
            total += 50;
        }
        // A new page: 46 fresh paragraphs, 2 reprints and 2 near copies of stored ones.
        const int runs = 20;
        qint64 nanos = 0;
        int flagged = 0;
        for (int r = 0; r < runs; ++r) {
            PageDraft draft = page(rng, 50);
            for (int k = 0; k < 4 && !stored.isEmpty(); ++k) {
                QString text = stored[int(rng.bounded(int(stored.size())))];
                if (k >= 2)
                    text[10] = QChar(0x6C34);
                draft.stories[k].paragraphs[1].text = text;
            }
            QElapsedTimer t;
            t.start();
            if (Status s = DuplicateStage::apply(draft, *db.value()); !s) {
                fprintf(stderr, "%s\n", qPrintable(s.error()));
                return 1;
            }
            nanos += t.nsecsElapsed();
            for (const StoryDraft &s : draft.stories)
                flagged += s.flags.size();
        }
        printf("%8lld paragraphs: %.1f ms per 50-paragraph page, %d/%d planted copies flagged, "
               "peak RSS %ld MB (archive filled in %.0f s)\n",
               total, nanos / 1e6 / runs, flagged, runs * 4, peakRssMb(), fill.elapsed() / 1000.0);
        fflush(stdout);
    }
    return 0;
}
