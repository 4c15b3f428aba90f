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
    std::uint64_t h = 1469598103934665603ull; // FNV-1a, 64 bits
    for (QChar c : word)
        h = (h ^ c.unicode()) * 1099511628211ull;
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
        total += count;
    }
    if (counts.empty() || total <= 0)
        return;
    const double logTotal = std::log(total);
    m_words.reserve(counts.size());
    for (const auto &[k, count] : counts)
        m_words.emplace_back(k, float(std::log(count) - logTotal));
    std::sort(m_words.begin(), m_words.end());
    // A character the list lacks is rarer than its rarest word.
    m_unknown = std::log(0.5) - logTotal;
}

double WordFrequencies::logProbability(QStringView word) const
{
    const std::uint64_t k = key(word);
    const auto it = std::lower_bound(m_words.cbegin(), m_words.cend(),
                                     std::make_pair(k, -std::numeric_limits<float>::infinity()));
    return it != m_words.cend() && it->first == k ? double(it->second) : 0.0;
}

double WordFrequencies::segment(QStringView text, int forcedBoundary, std::vector<int> *cut) const
{
    const int n = int(text.size());
    std::vector<double> best(n + 1, -std::numeric_limits<double>::infinity());
    cut->assign(n + 1, 0);
    best[0] = 0;
    for (int end = 1; end <= n; ++end) {
        for (int len = 1; len <= std::min(end, kMaxWordLength); ++len) {
            const int start = end - len;
            if (forcedBoundary > start && forcedBoundary < end)
                continue;
            if (!std::isfinite(best[start]))
                continue;
            double lp = 0;
            if (len == 1) {
                const double known = logProbability(text.mid(start, 1));
                lp = known < 0 ? known : m_unknown;
            } else {
                lp = logProbability(text.mid(start, len));
                if (lp >= 0)
                    continue;
            }
            if (best[start] + lp > best[end]) {
                best[end] = best[start] + lp;
                (*cut)[end] = start;
            }
        }
    }
    return best[n];
}

double WordFrequencies::bestSegmentation(QStringView text) const
{
    std::vector<int> cut;
    return segment(text, -1, &cut);
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

double WordFrequencies::junctionGain(QStringView left, QStringView right) const
{
    if (!isLoaded())
        return 0;
    const auto [l, r] = junctionWindow(left, right);
    if (l.isEmpty() || r.isEmpty())
        return 0;
    const QString joined = l.toString() + r.toString();
    std::vector<int> cut;
    const double free = segment(joined, -1, &cut);
    const double apart = segment(joined, int(l.size()), &cut);
    return std::max(0.0, free - apart);
}

int WordFrequencies::straddlingWord(QStringView left, QStringView right) const
{
    if (!isLoaded())
        return 0;
    const auto [l, r] = junctionWindow(left, right);
    if (l.isEmpty() || r.isEmpty())
        return 0;
    const QString joined = l.toString() + r.toString();
    std::vector<int> cut;
    segment(joined, -1, &cut);
    const int junction = int(l.size());
    for (int end = int(joined.size()); end > 0; end = cut[end]) {
        if (cut[end] < junction && end > junction)
            return end - cut[end];
    }
    return 0;
}

} // namespace Copydesk::Text
