// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wordfrequencies.h"

#include "chartraits.h"

#include <QFile>

#include <algorithm>
#include <cmath>
#include <limits>

#ifndef COPYDESK_WORD_LIST
#define COPYDESK_WORD_LIST ""
#endif

namespace Copydesk::Text {

namespace {
constexpr int kJunctionWindow = 4; // characters each side of a junction that are looked at
static_assert(2 * kJunctionWindow <= 8, "a junction window must fit WordFrequencies::Pieces");
} // namespace

const WordFrequencies &WordFrequencies::shared()
{
    static const WordFrequencies list([] {
        const QString env = qEnvironmentVariable("COPYDESK_WORD_LIST");
        return env.isEmpty() ? QStringLiteral(COPYDESK_WORD_LIST) : env;
    }());
    return list;
}

std::uint64_t WordFrequencies::key(QStringView word)
{
    std::uint64_t h = kKeyStart;
    for (QChar c : word)
        h = extendKey(h, c);
    return h;
}

WordFrequencies::WordFrequencies(const QString &path)
{
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QByteArray bytes = file.readAll();
    // "word count tag" per line.
    std::vector<std::pair<std::uint64_t, double>> counts;
    counts.reserve(360000);
    double total = 0;
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        qsizetype eol = bytes.indexOf('\n', pos);
        if (eol < 0)
            eol = bytes.size();
        const QByteArrayView line(bytes.constData() + pos, eol - pos);
        pos = eol + 1;
        const qsizetype sp = line.indexOf(' ');
        if (sp <= 0)
            continue;
        qsizetype e = sp + 1;
        while (e < line.size() && line[e] >= '0' && line[e] <= '9')
            ++e;
        bool ok = false;
        const double count = QByteArray(line.data() + sp + 1, e - sp - 1).toDouble(&ok);
        if (!ok || count <= 0)
            continue;
        const QString word = QString::fromUtf8(line.data(), sp);
        if (word.size() > kMaxWordLength || !std::all_of(word.cbegin(), word.cend(), isCjk))
            continue; // only Chinese words are asked about
        counts.emplace_back(key(word), count);
        // Prepositions in common use. Rare words tagged so are mostly mis-tagged (随从,
        // 缘由), and of the single characters only the most frequent are mostly used so.
        if (count >= (word.size() >= 2 ? 1000 : 100000) && line.sliced(e).trimmed() == "p") {
            m_prepositions.push_back(key(word));
            m_prepositionEnds.push_back(word.back().unicode());
        }
        total += count;
        if (m_pairs.empty())
            m_pairs.assign((std::size_t(1) << kPairBits) / 64, 0);
        for (qsizetype i = 0; i + 1 < word.size(); ++i) {
            const std::uint32_t bit = pairBit(word[i], word[i + 1]);
            m_pairs[bit / 64] |= std::uint64_t(1) << (bit % 64);
        }
    }
    std::sort(m_prepositions.begin(), m_prepositions.end());
    std::sort(m_prepositionEnds.begin(), m_prepositionEnds.end());
    if (counts.empty() || total <= 0)
        return;
    const double logTotal = std::log(total);
    std::size_t capacity = 1;
    while (capacity < counts.size() * 2)
        capacity <<= 1;
    m_words.assign(capacity, {0, 0.0f});
    m_mask = capacity - 1;
    for (const auto &[k, count] : counts) {
        const std::uint64_t slotKey = k ? k : 1;
        std::size_t i = slotKey & m_mask;
        while (m_words[i].first != 0 && m_words[i].first != slotKey)
            i = (i + 1) & m_mask;
        m_words[i] = {slotKey, float(std::log(count) - logTotal)};
    }
    // A character the list lacks is rarer than its rarest word.
    m_unknown = std::log(0.5) - logTotal;
}

double WordFrequencies::logProbability(QStringView word) const
{
    return lookup(key(word));
}

double WordFrequencies::lookup(std::uint64_t k) const
{
    if (!m_mask)
        return 0;
    if (k == 0)
        k = 1;
    for (std::size_t i = k & m_mask; m_words[i].first != 0; i = (i + 1) & m_mask) {
        if (m_words[i].first == k)
            return double(m_words[i].second);
    }
    return 0.0;
}

void WordFrequencies::pieces(QStringView text, Pieces *out) const
{
    const int n = int(text.size());
    for (int start = 0; start < n; ++start) {
        // The pieces from `start` grow a character at a time, and so do their keys.
        std::uint64_t k = extendKey(kKeyStart, text[start]);
        const double one = lookup(k);
        out->lp[start][1] = one < 0 ? one : m_unknown; // every character may stand alone
        for (int len = 2; len <= std::min(n - start, kMaxWordLength); ++len) {
            // A longer piece needs every neighbouring pair in some word.
            if (!pairInSomeWord(text[start + len - 2], text[start + len - 1])) {
                for (; len <= std::min(n - start, kMaxWordLength); ++len)
                    out->lp[start][len] = 0;
                break;
            }
            k = extendKey(k, text[start + len - 1]);
            out->lp[start][len] = lookup(k);
        }
    }
}

bool WordFrequencies::wordAcross(QStringView text, int at) const
{
    const int n = int(text.size());
    for (int start = 0; start < at; ++start) {
        std::uint64_t k = extendKey(kKeyStart, text[start]);
        for (int len = 2; len <= std::min(n - start, kMaxWordLength); ++len) {
            // As in pieces(): a longer piece needs every neighbouring pair in some word.
            if (!pairInSomeWord(text[start + len - 2], text[start + len - 1]))
                break;
            k = extendKey(k, text[start + len - 1]);
            if (start + len > at && lookup(k) < 0)
                return true;
        }
    }
    return false;
}

double WordFrequencies::segment(const Pieces &p, int n, int forcedBoundary, int *cut)
{
    double best[Pieces::kMax + 1];
    best[0] = 0;
    for (int end = 1; end <= n; ++end) {
        best[end] = -std::numeric_limits<double>::infinity();
        for (int len = 1; len <= std::min(end, kMaxWordLength); ++len) {
            const int start = end - len;
            const double lp = p.lp[start][len];
            if (lp >= 0 || (forcedBoundary > start && forcedBoundary < end))
                continue; // not a word, or across the boundary the reading must keep
            if (best[start] + lp > best[end]) {
                best[end] = best[start] + lp;
                cut[end] = start;
            }
        }
    }
    return best[n];
}

bool WordFrequencies::endsOnPreposition(QStringView text) const
{
    if (!isLoaded() || text.isEmpty() ||
        !std::binary_search(m_prepositionEnds.cbegin(), m_prepositionEnds.cend(),
                            text.back().unicode()))
        return false;
    qsizetype start = text.size();
    while (start > 0 && text.size() - start < Pieces::kMax && isCjk(text[start - 1]))
        --start;
    const QStringView tail = text.mid(start);
    if (tail.isEmpty())
        return false;
    Pieces table;
    pieces(tail, &table);
    int cut[Pieces::kMax + 1] = {};
    const int n = int(tail.size());
    segment(table, n, -1, cut);
    std::uint64_t k = key(tail.mid(cut[n]));
    return std::binary_search(m_prepositions.cbegin(), m_prepositions.cend(), k);
}

namespace {
// The ideographs each side of a junction, up to a few, stopping at anything else.
std::pair<QStringView, QStringView> junctionWindow(QStringView left, QStringView right)
{
    qsizetype l = left.size();
    while (l > 0 && left.size() - l < kJunctionWindow && isCjk(left[l - 1]))
        --l;
    qsizetype r = 0;
    while (r < right.size() && r < kJunctionWindow && isCjk(right[r]))
        ++r;
    return {left.mid(l), right.left(r)};
}
} // namespace

WordFrequencies::Junction WordFrequencies::junction(QStringView left, QStringView right) const
{
    if (!isLoaded())
        return {};
    const auto [l, r] = junctionWindow(left, right);
    if (l.isEmpty() || r.isEmpty() || !pairInSomeWord(l.back(), r.front()))
        return {};
    QChar buffer[Pieces::kMax];
    std::copy(l.cbegin(), l.cend(), buffer);
    std::copy(r.cbegin(), r.cend(), buffer + l.size());
    const int n = int(l.size() + r.size());
    const int at = int(l.size());
    // No listed word across the junction, no reading with one: most junctions are answered
    // so, without the table of every piece.
    if (!wordAcross(QStringView(buffer, n), at))
        return {};
    Pieces table;
    pieces(QStringView(buffer, n), &table); // looked up once for both readings
    int cut[Pieces::kMax + 1] = {};
    const double free = segment(table, n, -1, cut);
    Junction out;
    for (int end = n; end > 0 && out.word == 0; end = cut[end]) {
        if (cut[end] < at && end > at)
            out.word = end - cut[end];
    }
    if (out.word > 0) // otherwise the best reading already has the boundary: no gain
        out.gain = free - segment(table, n, at, cut);
    return out;
}

} // namespace Copydesk::Text
