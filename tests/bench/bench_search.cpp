// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Archive browsing at scale: N tagged stories (default 100k) written in one transaction, then
// full-text search combined with a district filter, opening the district tree and the theme
// list (the Browse tab's models), and tagging one page with the archive's taxonomy.
// Run by hand: build/tests/bench/bench_search [stories] [--keep FILE]
// (--keep reuses FILE when it exists, or fills it and keeps it, to time queries again.)
#include "jobs/desktagging.h"
#include "models/districtsearchmodel.h"
#include "models/districttreemodel.h"
#include "models/storysearchmodel.h"
#include "models/tagcache.h"
#include "models/themefiltermodel.h"
#include "storage/bulkarchivewriter.h"
#include "storage/database.h"
#include "storage/tagrepository.h"
#include "tagging/gazetteer.h"
#include "testsupport.h"
#include "text/pagecleaner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Copydesk;

namespace {

template<typename Fn>
double timeMs(Fn &&fn, int runs)
{
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < runs; ++i)
        fn();
    return t.nsecsElapsed() / 1e6 / runs;
}

// Stories of random ideographs with a searchable word planted in one in fifty, tagged with a
// district drawn from 2,000 real counties and towns (half of them in one province, as a
// provincial paper's archive would be) and one or two themes.
Status fill(const Database &db, int storyCount)
{
    const Tagging::Gazetteer &gazetteer = Tagging::Gazetteer::builtIn();
    QRandomGenerator rng(7);
    QVector<int> home;
    QVector<int> elsewhere;
    for (int i = 0; i < gazetteer.size(); ++i) {
        const Tagging::District &d = gazetteer.district(i);
        if (d.level < Tagging::DistrictLevel::County)
            continue;
        (d.code.startsWith(QLatin1String("33")) ? home : elsewhere).append(i);
    }
    std::shuffle(elsewhere.begin(), elsewhere.end(), std::mt19937(7));
    elsewhere.resize(1000);
    std::shuffle(home.begin(), home.end(), std::mt19937(8));
    home.resize(std::min<qsizetype>(1000, home.size()));
    const QVector<int> places = home + elsewhere;
    auto taxonomy = Tagging::Taxonomy::load();
    const QVector<Tagging::Theme> themes = taxonomy->themes();

    BulkArchiveWriter writer(db);
    if (Status s = writer.begin(); !s)
        return s;
    for (int done = 0, pageNo = 0; done < storyCount; ++pageNo) {
        PageDraft draft;
        for (int s = 0; s < 12 && done < storyCount; ++s, ++done) {
            StoryDraft story;
            QString body;
            for (int i = 0; i < 300; ++i)
                body.append(QChar(char16_t(0x4E00 + rng.bounded(3000))));
            if (rng.bounded(50) == 0)
                body.insert(100, QStringLiteral("共同富裕"));
            story.headline = body.left(12);
            story.paragraphs.push_back({body, {}});
            const int place = places[int(rng.bounded(int(places.size())))];
            story.district = DistrictTag{gazetteer.path(place), gazetteer.district(place).code,
                                         rng.bounded(4) == 0, QStringLiteral("bench")};
            for (int t = 0, n = 1 + int(rng.bounded(2)); t < n; ++t) {
                const Tagging::Theme &theme = themes[int(rng.bounded(int(themes.size())))];
                story.themes.push_back({theme.code, theme.labelZh, false, 1.0 / (t + 1)});
            }
            draft.stories.push_back(story);
        }
        const QByteArray bytes = QByteArray::number(pageNo);
        auto id = writer.addPage({QStringLiteral("p%1.txt").arg(pageNo), bytes,
                                  QString::fromLatin1(bytes.toHex()), QStringLiteral("UTF-8"),
                                  QStringLiteral("bench")},
                                 draft);
        if (!id)
            return failure(id.error());
    }
    return writer.commit();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int storyCount = 100000;
    QString keep;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--keep") && i + 1 < args.size())
            keep = args[++i];
        else
            storyCount = std::max(100, args[i].toInt());
    }
    QTemporaryDir dir;
    const QString path = keep.isEmpty() ? dir.filePath(QStringLiteral("bench.sqlite")) : keep;
    const bool reuse = !keep.isEmpty() && QFileInfo::exists(keep);
    auto db = Database::open(path);
    if (!db) {
        fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 1;
    }
    if (!reuse) {
        QElapsedTimer filling;
        filling.start();
        if (Status s = fill(*db.value(), storyCount); !s) {
            fprintf(stderr, "%s\n", qPrintable(s.error()));
            return 1;
        }
        printf("%d stories stored in %.1f s (one transaction)\n", storyCount,
               filling.elapsed() / 1000.0);
    }
    // The first use seeds the archive's taxonomy and gazetteer, as the window does.
    QElapsedTimer seeding;
    seeding.start();
    if (Status s = DeskTagging::ensureSeeded(*db.value()); !s) {
        fprintf(stderr, "%s\n", qPrintable(s.error()));
        return 1;
    }
    printf("seeding themes and %d districts: %.0f ms\n", Tagging::Gazetteer::builtIn().size(),
           double(seeding.elapsed()));

    TagRepository tags(*db.value());
    const int runs = 10;
    struct Query
    {
        const char *what;
        QString text;
        QString district;
        QString theme;
    };
    const QVector<Query> queries{
        {"4-character phrase + city", QStringLiteral("共同富裕"), QStringLiteral("3301"), {}},
        {"4-character phrase + province", QStringLiteral("共同富裕"), QStringLiteral("33"), {}},
        {"4-character phrase + county", QStringLiteral("共同富裕"), QStringLiteral("330102"), {}},
        {"2-character word + city", QStringLiteral("富裕"), QStringLiteral("3301"), {}},
        {"phrase + province + theme", QStringLiteral("共同富裕"), QStringLiteral("33"),
         QStringLiteral("medtop:04000000")},
        {"province only", {}, QStringLiteral("33"), {}},
    };
    for (const Query &query : queries) {
        SearchFilter f;
        f.text = query.text;
        f.districtCode = query.district;
        f.themeCode = query.theme;
        int hits = 0;
        const double ms = timeMs(
            [&] {
                auto found = tags.searchHits(f);
                hits = found ? int(found->size()) : -1;
            },
            runs);
        printf("search %-32s over %d stories: %7.1f ms (%d hits, limit %d)\n", query.what,
               storyCount, ms, hits, f.limit);
    }

    // The Browse tab's models on a connection of their own, as in the window.
    db.value().reset();
    TagCache cache;
    if (Status s = cache.open(path, Database::Mode::ReadWrite); !s) {
        fprintf(stderr, "%s\n", qPrintable(s.error()));
        return 1;
    }
    QElapsedTimer cold;
    cold.start();
    DistrictTreeModel tree(&cache);
    const double coldTree = cold.nsecsElapsed() / 1e6;
    int top = tree.rowCount();
    const double warmTree = timeMs([&] { tree.reload(); }, runs);
    printf("district tree over %d stories: %.1f ms opening (names read), %.1f ms reload "
           "(%d provinces, %d stories)\n",
           storyCount, coldTree, warmTree, top, tree.totalStories());
    ThemeFilterModel themes(&cache);
    const double themeList = timeMs([&] { themes.reload(); }, runs);
    printf("theme list over %d stories: %.1f ms (%d themes)\n", storyCount, themeList,
           themes.rowCount());
    StorySearchModel search(&cache);
    const double model = timeMs(
        [&] {
            search.setText({});
            search.setText(QStringLiteral("共同富裕"));
            search.setDistrictCode(QStringLiteral("3301"));
            search.setDistrictCode({});
        },
        runs);
    printf("search model, four filter changes: %.1f ms\n", model);

    // The district picker: a search over all 44k units per keystroke.
    DistrictSearchModel picker(&cache);
    QElapsedTimer firstUse;
    firstUse.start();
    picker.setQuery(QStringLiteral("杭"));
    const double loadPicker = firstUse.nsecsElapsed() / 1e6;
    int round = 0;
    const double keystroke = timeMs(
        [&] {
            picker.setQuery(round++ % 2 ? QStringLiteral("上城") : QStringLiteral("杭州上城"));
        },
        runs);
    printf("district picker: %.1f ms first use (units read), %.1f ms per keystroke (%d matches)\n",
           loadPicker, keystroke, picker.rowCount());

    // Tagging one page with the archive's taxonomy and the built-in gazetteer index.
    auto tagDb = Database::open(path);
    auto tagger = tagDb ? DeskTagging::tagger(*tagDb.value())
                        : Result<Tagging::Tagger>::failure(tagDb.error());
    if (!tagger) {
        fprintf(stderr, "%s\n", qPrintable(tagger.error()));
        return 1;
    }
    const PageDraft sample =
        Text::cleanupPage(QString::fromUtf8(TestSupport::readFile(TestSupport::samplePagePath())));
    tagger->suggestPage(sample); // warm
    const double tagging = timeMs([&] { tagger->suggestPage(sample); }, 50);
    printf("tagging the sample page (%d stories): %.2f ms\n", int(sample.stories.size()),
           tagging);
    return 0;
}
