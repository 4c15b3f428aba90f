// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chardiff.h"

#include <algorithm>
#include <vector>

namespace Copydesk::Diff {

namespace {

using CodePoints = std::vector<char32_t>;

CodePoints toCodePoints(const QString &text)
{
    const QList<uint> ucs4 = text.toUcs4();
    return CodePoints(ucs4.cbegin(), ucs4.cend());
}

// Appends a run, merging it with the last one when both are of the same kind.
void append(QVector<Segment> &out, Segment::Op op, const char32_t *data, qsizetype size)
{
    if (size <= 0)
        return;
    const QString text = QString::fromUcs4(data, size);
    if (!out.isEmpty() && out.last().op == op)
        out.last().text += text;
    else
        out.push_back(Segment{op, text});
}

// Edit operations of the middle part, one per code point, from the end backwards.
enum class Step : char
{
    Equal,
    Remove,
    Add
};

// Myers' greedy forward search, keeping each round's furthest-reaching x per diagonal so the
// path can be walked back. Round d only touches diagonals -d..d, so the snapshot of round d
// stores 2d + 3 values: memory grows with the square of the edit count, not the text length.
// Returns false when more than `maxEdits` edits would be needed.
bool myers(const char32_t *a, int n, const char32_t *b, int m, int maxEdits,
           std::vector<Step> &reversed)
{
    const int limit = std::min(n + m, maxEdits);
    // v[k + offset] for k in [-limit - 1, limit + 1].
    const int offset = limit + 1;
    std::vector<int> v(size_t(2 * limit + 3), 0);
    std::vector<std::vector<int>> trace;
    trace.reserve(size_t(limit + 1));

    int found = -1;
    for (int d = 0; d <= limit && found < 0; ++d) {
        // Snapshot of diagonals -(d + 1)..(d + 1) as they were before round d.
        trace.emplace_back(v.begin() + (offset - d - 1), v.begin() + (offset + d + 2));
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)]))
                        ? v[size_t(offset + k + 1)]
                        : v[size_t(offset + k - 1)] + 1;
            int y = x - k;
            while (x < n && y < m && a[x] == b[y]) {
                ++x;
                ++y;
            }
            v[size_t(offset + k)] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
    }
    if (found < 0)
        return false;

    int x = n;
    int y = m;
    for (int d = found; d > 0; --d) {
        const std::vector<int> &snap = trace[size_t(d)];
        const auto at = [&snap, d](int k) { return snap[size_t(k + d + 1)]; };
        const int k = x - y;
        const int prevK = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1;
        const int prevX = at(prevK);
        const int prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            reversed.push_back(Step::Equal);
            --x;
            --y;
        }
        reversed.push_back(x == prevX ? Step::Add : Step::Remove);
        x = prevX;
        y = prevY;
    }
    while (x > 0 && y > 0) {
        reversed.push_back(Step::Equal);
        --x;
        --y;
    }
    return true;
}

} // namespace

QVector<Segment> characterDiff(const QString &from, const QString &to, int maxEdits)
{
    const CodePoints a = toCodePoints(from);
    const CodePoints b = toCodePoints(to);
    const int n = int(a.size());
    const int m = int(b.size());

    int prefix = 0;
    while (prefix < n && prefix < m && a[size_t(prefix)] == b[size_t(prefix)])
        ++prefix;
    int suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix &&
           a[size_t(n - 1 - suffix)] == b[size_t(m - 1 - suffix)])
        ++suffix;

    QVector<Segment> out;
    append(out, Segment::Op::Equal, a.data(), prefix);

    const char32_t *midA = a.data() + prefix;
    const char32_t *midB = b.data() + prefix;
    const int midN = n - prefix - suffix;
    const int midM = m - prefix - suffix;
    std::vector<Step> reversed;
    if (midN > 0 && midM > 0 && myers(midA, midN, midB, midM, std::max(0, maxEdits), reversed)) {
        int i = 0;
        int j = 0;
        // Collect a run of removals and additions so that Removed always precedes Added.
        int removeFrom = -1;
        int removeCount = 0;
        int addFrom = -1;
        int addCount = 0;
        const auto flushEdits = [&] {
            append(out, Segment::Op::Removed, midA + removeFrom, removeCount);
            append(out, Segment::Op::Added, midB + addFrom, addCount);
            removeFrom = addFrom = -1;
            removeCount = addCount = 0;
        };
        for (auto it = reversed.crbegin(); it != reversed.crend(); ++it) {
            switch (*it) {
            case Step::Equal:
                flushEdits();
                append(out, Segment::Op::Equal, midA + i, 1);
                ++i;
                ++j;
                break;
            case Step::Remove:
                if (removeFrom < 0)
                    removeFrom = i;
                ++removeCount;
                ++i;
                break;
            case Step::Add:
                if (addFrom < 0)
                    addFrom = j;
                ++addCount;
                ++j;
                break;
            }
        }
        flushEdits();
    } else {
        append(out, Segment::Op::Removed, midA, midN);
        append(out, Segment::Op::Added, midB, midM);
    }

    append(out, Segment::Op::Equal, a.data() + (n - suffix), suffix);
    return out;
}

int editCount(const QVector<Segment> &segments)
{
    int count = 0;
    for (const Segment &s : segments) {
        if (s.op != Segment::Op::Equal)
            count += int(s.text.toUcs4().size());
    }
    return count;
}

} // namespace Copydesk::Diff
