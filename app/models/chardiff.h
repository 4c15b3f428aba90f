// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

namespace Copydesk::Diff {

// One run of a character-level diff from `from` to `to`: text both share, text only `from`
// has (Removed) or text only `to` has (Added).
struct Segment
{
    enum class Op
    {
        Equal,
        Removed,
        Added
    };
    Op op = Op::Equal;
    QString text;
    bool operator==(const Segment &o) const { return op == o.op && text == o.text; }
};

// The shortest edit script from `from` to `to` (Myers' O(ND) algorithm), on Unicode code
// points so a surrogate pair is never split. Adjacent runs of one kind are merged; Removed
// comes before Added where both meet. Concatenating the Equal and Removed runs gives `from`,
// the Equal and Added runs give `to`. When the texts differ in more than `maxEdits` code
// points the middle part (after the common prefix and suffix) is reported as one removal and
// one addition instead, which keeps time and memory bounded for unrelated texts.
QVector<Segment> characterDiff(const QString &from, const QString &to, int maxEdits = 2000);

// Number of code points in the Removed and Added runs.
int editCount(const QVector<Segment> &segments);

} // namespace Copydesk::Diff
