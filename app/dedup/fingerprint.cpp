// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fingerprint.h"

#include <algorithm>

namespace Copydesk::Dedup {

namespace {

// splitmix64: a fast, well-mixed 64-bit finaliser with fixed constants.
constexpr quint64 mix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

bool isIgnorable(char32_t c)
{
    return QChar::isSpace(c) || QChar::isPunct(c) || QChar::isSymbol(c);
}

} // namespace

quint64 stableHash(QStringView text)
{
    // FNV-1a over UTF-16 code units, finished with splitmix for avalanche.
    quint64 h = 0xCBF29CE484222325ULL;
    for (QChar c : text) {
        h ^= c.unicode();
        h *= 0x100000001B3ULL;
    }
    return mix(h);
}

QString canonicalize(const QString &text)
{
    const QString folded = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString out;
    out.reserve(folded.size());
    for (qsizetype i = 0; i < folded.size(); ++i) {
        const QChar c = folded[i];
        if (c.isHighSurrogate() && i + 1 < folded.size()) {
            const char32_t u = QChar::surrogateToUcs4(c, folded[i + 1]);
            if (!isIgnorable(u)) {
                out.append(c);
                out.append(folded[i + 1]);
            }
            ++i;
        } else if (!isIgnorable(c.unicode())) {
            out.append(c);
        }
    }
    return out;
}

Fingerprint fingerprint(const QString &text, const Options &options, bool withMinHash)
{
    Fingerprint f;
    f.canonical = canonicalize(text);
    const qsizetype n = f.canonical.size();
    f.exact = stableHash(f.canonical);
    if (n >= options.edgeLength) {
        f.prefix = stableHash(QStringView(f.canonical).left(options.edgeLength));
        f.suffix = stableHash(QStringView(f.canonical).right(options.edgeLength));
    }
    const int k = std::max(1, options.shingleLength);
    if (n == 0)
        return f;
    if (n <= k) {
        f.shingles.push_back(f.exact);
    } else {
        f.shingles.reserve(n - k + 1);
        for (qsizetype i = 0; i + k <= n; ++i)
            f.shingles.push_back(stableHash(QStringView(f.canonical).mid(i, k)));
        std::sort(f.shingles.begin(), f.shingles.end());
        f.shingles.erase(std::unique(f.shingles.begin(), f.shingles.end()), f.shingles.end());
    }
    f.minhash.fill(0xFFFFFFFFu);
    if (!withMinHash)
        return f;
    for (quint64 s : std::as_const(f.shingles)) {
        // One well-mixed 64-bit value yields two 32-bit permutations.
        for (int i = 0; i < kMinHashSize; i += 2) {
            const quint64 v = mix(s ^ (0xA0761D6478BD642FULL * quint64(i + 1)));
            f.minhash[i] = std::min(f.minhash[i], quint32(v));
            f.minhash[i + 1] = std::min(f.minhash[i + 1], quint32(v >> 32));
        }
    }
    return f;
}

std::array<quint64, kLshBands> lshKeys(const Fingerprint &f)
{
    std::array<quint64, kLshBands> keys{};
    for (int b = 0; b < kLshBands; ++b) {
        quint64 h = mix(quint64(b) + 1);
        for (int r = 0; r < kLshRows; ++r)
            h = mix(h ^ f.minhash[b * kLshRows + r]);
        // SQLite integers are signed 64-bit; keep keys positive and away from 0.
        keys[b] = (h >> 1) | 1;
    }
    return keys;
}

namespace {
qint64 salted(quint64 h, quint64 salt)
{
    return qint64((mix(h ^ (salt * 0xD6E8FEB86659FD93ULL)) >> 1) | 1);
}
} // namespace

qint64 contentHash(const Fingerprint &f)
{
    return qint64((f.exact >> 1) | 1);
}

QVector<qint64> indexKeys(const Fingerprint &f, const Options &options)
{
    QVector<qint64> keys;
    if (f.isEmpty())
        return keys;
    keys.push_back(salted(f.exact, 1));
    if (f.canonical.size() < options.minLength)
        return keys; // boilerplate is never flagged, so it needs no near-copy keys
    if (f.prefix)
        keys.push_back(salted(f.prefix, 2));
    if (f.suffix)
        keys.push_back(salted(f.suffix, 3));
    for (quint64 band : lshKeys(f))
        keys.push_back(qint64(band));
    return keys;
}

Similarity compare(const Fingerprint &a, const Fingerprint &b)
{
    if (a.shingles.isEmpty() || b.shingles.isEmpty())
        return {};
    qsizetype common = 0;
    auto i = a.shingles.cbegin();
    auto j = b.shingles.cbegin();
    while (i != a.shingles.cend() && j != b.shingles.cend()) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            ++common;
            ++i;
            ++j;
        }
    }
    const qsizetype unionSize = a.shingles.size() + b.shingles.size() - common;
    const qsizetype smaller = std::min(a.shingles.size(), b.shingles.size());
    return {double(common) / double(unionSize), double(common) / double(smaller)};
}

PairKey pairKey(const Fingerprint &a, const Fingerprint &b)
{
    const qint64 x = contentHash(a);
    const qint64 y = contentHash(b);
    return {std::min(x, y), std::max(x, y)};
}

} // namespace Copydesk::Dedup
