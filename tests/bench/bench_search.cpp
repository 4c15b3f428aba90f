// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Archive browsing at scale: 100k tagged stories, then a full-text search combined with a
// district filter, the district tree's counts, and tagging one page with the real tagger.
// Run by hand: build/tests/bench/bench_search [stories]
#include "storage/database.h"
#include "storage/pagerepository.h"
#include "storage/tagrepository.h"
#include "tagging/tagger.h"
#include "testsupport.h"
#include "text/pagecleaner.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace Copydesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int storyCount = argc > 1 ? std::max(100, atoi(argv[1])) : 100000;
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!db) {
        fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 1;
    }
    // Districts and themes drawn from a small realistic set; text from random ideographs
    // with one searchable word planted in one story in fifty.
    const QStringList codes{QStringLiteral("330102"), QStringLiteral("330106"), QStringLiteral("330109"),
                            QStringLiteral("331004"), QStringLiteral("330481"), QStringLiteral("3309"),
                            QStringLiteral("330522"), QStringLiteral("330327")};
    QRandomGenerator rng(7);
    PageRepository pages(*db.value());
    QElapsedTimer fill;
    fill.start();
    for (int done = 0, pageNo = 0; done < storyCount; ++pageNo) {
        PageDraft draft;
        for (int s = 0; s < 12 && done < storyCount; ++s, ++done) {
            StoryDraft story;
            QString body;
            for (int i = 0; i < 300; ++i)
                body.append(QChar(char16_t(0x4E00 + rng.bounded(3000))));
            if (rng.bounded(50) == 0)
                body.insert(100, QStringLiteral("共同富裕"));
            story.headline = body.left(10);
            story.paragraphs.push_back({body, {}});
            const QString code = codes[int(rng.bounded(int(codes.size())))];
            story.district = DistrictTag{QStringLiteral("浙江省/") + code, code, false, {}};
            story.themes.push_back({QStringLiteral("medtop:%1000000").arg(1 + rng.bounded(17), 2, 10, QLatin1Char('0')),
                                    QStringLiteral("t"), false, 1});
            draft.stories.push_back(story);
        }
        const QByteArray bytes = QByteArray::number(pageNo);
        auto id = pages.storeImport({QStringLiteral("p.txt"), bytes,
                                     QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
                                     QStringLiteral("UTF-8"), QStringLiteral("bench")},
                                    QStringLiteral(""), draft);
        if (!id) {
            fprintf(stderr, "%s\n", qPrintable(id.error()));
            return 1;
        }
    }
    printf("%d stories stored in %.0f s\n", storyCount, fill.elapsed() / 1000.0);

    TagRepository tags(*db.value());
    auto time = [](auto &&fn, int runs) {
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < runs; ++i)
            fn();
        return t.nsecsElapsed() / 1e6 / runs;
    };
    int hits = 0;
    const double search = time(
        [&] {
            SearchFilter f;
            f.text = QStringLiteral("共同富裕");
            f.districtCode = QStringLiteral("3301");
            hits = int(tags.search(f)->size());
        },
        10);
    printf("full-text search + district filter over %d stories: %.1f ms (%d hits)\n", storyCount,
           search, hits);
    int nodes = 0;
    const double tree = time([&] { nodes = int(tags.districtCounts()->size()); }, 10);
    printf("district tree counts over %d stories: %.1f ms (%d districts)\n", storyCount, tree, nodes);

    auto tagger = Tagging::Tagger::createDefault();
    const PageDraft sample =
        Text::cleanupPage(QString::fromUtf8(TestSupport::readFile(TestSupport::samplePagePath())));
    if (tagger) {
        const double tagging = time([&] { tagger->suggestPage(sample); }, 50);
        printf("tagging the sample page (%d stories): %.2f ms\n", int(sample.stories.size()), tagging);
    }
    return 0;
}
