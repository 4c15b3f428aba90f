// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fingerprint.h"

#include <QSet>
#include <QString>
#include <QVector>

namespace Copydesk::Dedup {

enum class DuplicateKind
{
    Exact,
    Near,
    Truncated
};
QString kindName(DuplicateKind kind); // "exact", "near", "truncated"

// A paragraph as the finder sees it. `order` is its place in the reading order of the archive
// (earlier pages first, then story and paragraph order); `key` is the caller's handle.
struct Item
{
    qint64 key = 0;
    qint64 order = 0;
    Fingerprint fingerprint;
    int story = -1; // the page's story that holds it (-1: unknown, or an archive candidate)
};

struct Match
{
    int copy = -1; // index into the page's items
    bool originalInPage = true;
    int original = -1; // index into the page's items or into the archive candidates
    DuplicateKind kind = DuplicateKind::Exact;
    Similarity similarity;
};

// Finds the copies among a page's paragraphs: against each other and against candidates
// from the archive (paragraphs of earlier pages that the index returned). Within the page the
// copy is the later paragraph in reading order, unless the earlier one is a truncated
// fragment of the later, or the earlier one's story holds another copy of it and the later
// one's story none (a paragraph pasted into another story travels with its other copies,
// wherever the extractor printed that story); against the archive the copy is always the
// new page's paragraph
// (an earlier page is already printed). A paragraph is flagged once, pointing at the earliest
// original that is not itself a copy. Pairs in `dismissed` (pairKey) are never reported, and
// paragraphs shorter than Options::minLength are boilerplate. Pure; any thread.
QVector<Match> findDuplicates(const QVector<Item> &page, const QVector<Item> &archive,
                              const QSet<PairKey> &dismissed, const Options &options = {});

// Classifies one pair, or returns false if they are not copies of each other.
bool classify(const Fingerprint &a, const Fingerprint &b, const Options &options,
              DuplicateKind *kind, Similarity *similarity);

} // namespace Copydesk::Dedup
