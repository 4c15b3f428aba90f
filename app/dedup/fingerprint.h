// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPair>
#include <QString>
#include <QVector>

#include <array>

namespace Copydesk::Dedup {

// How paragraphs are compared. Character n-grams work for Chinese (no word boundaries) and
// tolerate extraction noise in Latin text alike.
struct Options
{
    int shingleLength = 3;          // characters per n-gram
    // Jaccard over 3-grams: a few noisy characters in a 60-character paragraph still score
    // above 0.7, unrelated paragraphs of one page below 0.1 (measured on the sample page).
    double nearThreshold = 0.6;
    double containmentThreshold = 0.9; // share of the shorter inside the longer: truncated copy
    int minLength = 24;             // canonical characters; shorter paragraphs are boilerplate
    int edgeLength = 24;            // characters hashed at each end to find truncated copies
};

inline constexpr int kMinHashSize = 64;
inline constexpr int kLshBands = 16; // 16 bands of 4 rows: candidates from Jaccard ~0.5 up
inline constexpr int kLshRows = kMinHashSize / kLshBands;

// What a paragraph looks like to the duplicate finder. Hashes are stable across runs and
// builds (they are stored in the archive), so they use fixed seeds, never qHash.
struct Fingerprint
{
    QString canonical;         // NFKC, case-folded, without white space and punctuation
    quint64 exact = 0;         // hash of `canonical`
    quint64 prefix = 0;        // hash of the first Options::edgeLength canonical characters
    quint64 suffix = 0;        // hash of the last ones (0 when the text is shorter)
    QVector<quint64> shingles; // sorted, unique n-gram hashes
    std::array<quint32, kMinHashSize> minhash{};

    bool isEmpty() const { return canonical.isEmpty(); }
};

QString canonicalize(const QString &text);
quint64 stableHash(QStringView text);
// `withMinHash` false skips the MinHash signature: enough for comparing with compare() and
// classify(), which is all a candidate from the archive needs.
Fingerprint fingerprint(const QString &text, const Options &options = {}, bool withMinHash = true);

// One key per LSH band: two fingerprints that agree on all rows of a band share the key.
std::array<quint64, kLshBands> lshKeys(const Fingerprint &f);

// Every key under which the archive's duplicate index files a paragraph: its content hash,
// the hashes of its two ends (truncated copies share one) and, for paragraphs long enough to
// be more than boilerplate, its LSH bands. Keys are positive 64-bit integers.
QVector<qint64> indexKeys(const Fingerprint &f, const Options &options = {});
// The content hash as stored (a positive 64-bit integer).
qint64 contentHash(const Fingerprint &f);

struct Similarity
{
    double jaccard = 0;     // |A ∩ B| / |A ∪ B| over n-grams
    double containment = 0; // |A ∩ B| / min(|A|, |B|): how much of the shorter is in the longer
};
Similarity compare(const Fingerprint &a, const Fingerprint &b);

// An order-independent key for a pair of texts (their content hashes, smaller first), for
// "keep both" decisions.
using PairKey = QPair<qint64, qint64>;
PairKey pairKey(const Fingerprint &a, const Fingerprint &b);

} // namespace Copydesk::Dedup
