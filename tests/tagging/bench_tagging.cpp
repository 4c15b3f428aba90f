// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Tagging one page: district and theme suggestions for the sample page's 12 gold stories,
// repeated; prints the load time of the gazetteer and taxonomy and the median and worst time
// per page. Budget (issue 6): < 20 ms a page. Run by hand:
//   build/tests/tagging/bench_tagging [rounds]    (default 200)
#include "tagging/tagger.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Copydesk;
using namespace Copydesk::Tagging;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, atoi(argv[1])) : 200;

    const QByteArray gold = TestSupport::readFile(TestSupport::sampleGoldPath());
    QVector<StoryText> page;
    for (const QJsonValue &v : QJsonDocument::fromJson(gold).object().value("stories").toArray()) {
        const QJsonObject o = v.toObject();
        StoryText story;
        story.kicker = o.value("kicker").toString();
        story.headline = o.value("headline").toString();
        for (const QJsonValue &p : o.value("paragraphs").toArray())
            story.paragraphs.append(p.toString());
        page.append(story);
    }
    if (page.isEmpty()) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(TestSupport::sampleGoldPath()));
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    const Result<Tagger> tagger = Tagger::createDefault();
    if (!tagger) {
        std::fprintf(stderr, "%s\n", qPrintable(tagger.error()));
        return 1;
    }
    const double loadMs = timer.nsecsElapsed() / 1e6;

    std::vector<double> perPage;
    int tagged = 0;
    for (int r = 0; r < rounds; ++r) {
        timer.restart();
        for (const StoryText &story : std::as_const(page)) {
            const StoryTags tags = tagger->suggest(story);
            tagged += tags.district ? 1 : 0;
        }
        perPage.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(perPage.begin(), perPage.end());
    std::printf("load gazetteer + taxonomy: %.1f ms\n", loadMs);
    std::printf("tag a page of %d stories: median %.2f ms, p95 %.2f ms, worst %.2f ms "
                "(%d rounds, budget 20 ms)\n",
                int(page.size()), perPage[perPage.size() / 2],
                perPage[std::min(perPage.size() - 1, perPage.size() * 95 / 100)], perPage.back(),
                rounds);
    return tagged > 0 ? 0 : 1;
}
