// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicatefinder.h"

#include <algorithm>

namespace Copydesk::Dedup {

QString kindName(DuplicateKind kind)
{
    switch (kind) {
    case DuplicateKind::Exact:
        return QStringLiteral("exact");
    case DuplicateKind::Near:
        return QStringLiteral("near");
    case DuplicateKind::Truncated:
        return QStringLiteral("truncated");
    }
    return {};
}

bool classify(const Fingerprint &a, const Fingerprint &b, const Options &options,
              DuplicateKind *kind, Similarity *similarity)
{
    const qsizetype shorter = std::min(a.canonical.size(), b.canonical.size());
    const qsizetype longer = std::max(a.canonical.size(), b.canonical.size());
    if (shorter < options.minLength)
        return false;
    if (a.exact == b.exact && a.canonical == b.canonical) {
        *kind = DuplicateKind::Exact;
        *similarity = {1.0, 1.0};
        return true;
    }
    const Similarity s = compare(a, b);
    *similarity = s;
    // Containment alone would call any short quotation of a long paragraph a copy; a
    // truncated copy also starts or ends where its original does.
    const bool sharesAnEdge =
        (a.prefix != 0 && a.prefix == b.prefix) || (a.suffix != 0 && a.suffix == b.suffix);
    if (s.containment >= options.containmentThreshold && sharesAnEdge &&
        shorter * 10 <= longer * 9) {
        *kind = DuplicateKind::Truncated;
        return true;
    }
    if (s.jaccard >= options.nearThreshold) {
        *kind = DuplicateKind::Near;
        return true;
    }
    return false;
}

QVector<Match> findDuplicates(const QVector<Item> &page, const QVector<Item> &archive,
                              const QSet<PairKey> &dismissed, const Options &options)
{
    QVector<Match> matches;
    QVector<int> pageOrder(page.size());
    for (int i = 0; i < page.size(); ++i)
        pageOrder[i] = i;
    std::sort(pageOrder.begin(), pageOrder.end(),
              [&](int x, int y) { return page[x].order < page[y].order; });

    QVector<bool> isCopy(page.size(), false);
    struct Best
    {
        Match match;
        qint64 originalOrder = 0;
        bool set = false;
    };
    QVector<Best> best(page.size());
    auto offer = [&](int copy, bool inPage, int original, qint64 originalOrder, DuplicateKind kind,
                     const Similarity &sim) {
        Best &b = best[copy];
        if (!b.set || originalOrder < b.originalOrder) {
            b.match = {copy, inPage, original, kind, sim};
            b.originalOrder = originalOrder;
            b.set = true;
        }
    };

    // Against the archive: the new page's paragraph is the copy.
    for (int i = 0; i < page.size(); ++i) {
        for (int j = 0; j < archive.size(); ++j) {
            DuplicateKind kind;
            Similarity sim;
            if (!classify(page[i].fingerprint, archive[j].fingerprint, options, &kind, &sim))
                continue;
            if (dismissed.contains(pairKey(page[i].fingerprint, archive[j].fingerprint)))
                continue;
            offer(i, false, j, archive[j].order, kind, sim);
        }
    }

    // Within the page: how many other copies of each paragraph its own story holds.
    QVector<int> copiesInStory(page.size(), 0);
    for (int x = 0; x < page.size(); ++x) {
        for (int y = x + 1; y < page.size(); ++y) {
            if (page[x].story < 0 || page[x].story != page[y].story)
                continue;
            DuplicateKind kind;
            Similarity sim;
            if (classify(page[x].fingerprint, page[y].fingerprint, options, &kind, &sim)) {
                ++copiesInStory[x];
                ++copiesInStory[y];
            }
        }
    }

    // Within the page, in reading order.
    for (int xi = 0; xi < pageOrder.size(); ++xi) {
        for (int yi = xi + 1; yi < pageOrder.size(); ++yi) {
            const int earlier = pageOrder[xi];
            const int later = pageOrder[yi];
            DuplicateKind kind;
            Similarity sim;
            if (!classify(page[earlier].fingerprint, page[later].fingerprint, options, &kind, &sim))
                continue;
            if (dismissed.contains(pairKey(page[earlier].fingerprint, page[later].fingerprint)))
                continue;
            const bool earlierIsFragment =
                kind == DuplicateKind::Truncated && page[earlier].fingerprint.canonical.size() <
                                                        page[later].fingerprint.canonical.size();
            const bool earlierTravelsWithCopies =
                kind != DuplicateKind::Truncated && page[earlier].story != page[later].story &&
                copiesInStory[earlier] > 0 && copiesInStory[later] == 0;
            const bool earlierIsCopy = earlierIsFragment || earlierTravelsWithCopies;
            const int copy = earlierIsCopy ? earlier : later;
            const int original = earlierIsCopy ? later : earlier;
            offer(copy, true, original, page[original].order, kind, sim);
        }
    }

    // A copy should point at an original, not at another copy: settle in reading order so that
    // the originals are known before the paragraphs that point at them.
    for (int idx : std::as_const(pageOrder)) {
        if (!best[idx].set)
            continue;
        Match m = best[idx].match;
        if (m.originalInPage && isCopy[m.original]) {
            const Match &via = best[m.original].match;
            m.originalInPage = via.originalInPage;
            m.original = via.original;
        }
        isCopy[idx] = true;
        matches.push_back(m);
    }
    return matches;
}

} // namespace Copydesk::Dedup
