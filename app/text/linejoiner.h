// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "blocks.h"
#include "pagecleaner.h"

#include <QSet>

namespace Copydesk::Text {

// A paragraph-sized piece of the page before stories are known: one text box of a
// pdfminer-style extraction, or the lines of a hard-wrapped (pdftotext) block rejoined up to
// a paragraph end.
struct Unit
{
    QString text;
    QVector<SourceSpan> spans;
    bool indented = false; // started with an indent: a paragraph start, never a continuation
    int block = 0;         // index of the blank-line block it came from
};

// Joins two pieces of one sentence: no space between CJK characters, one between Latin words,
// a line-end hyphen removed when the joined word is known. Returns the separator used
// ("" or " ") and whether a hyphen was removed through `hyphenRemoved`.
QString joinSeparator(QStringView left, QStringView right);

// Rejoins hard-wrapped lines of each block into paragraph units. The page's typical line
// width tells a wrapped line (full width) from a paragraph's last line (short, ending a
// sentence) or a headline (short, no sentence end); an indent always starts a paragraph.
// `pageWords` (lower-case Latin words seen on the page) and the options' dictionary decide
// line-end hyphens.
class LineJoiner
{
public:
    LineJoiner(const CleanupOptions &options, const QString &pageText);
    QVector<Unit> units(const QVector<Block> &blocks) const;

    // "recog-" + "nize": whether to drop the hyphen (the joined word is real) or keep it
    // (a compound such as "well-known").
    bool dropHyphen(const QString &before, const QString &after) const;

private:
    struct Line
    {
        QString text;
        SourceSpan span;
        bool indented = false;
    };
    const CleanupOptions &m_options;
    QSet<QString> m_pageWords;
    int m_lineWidth = 0; // typical width of a full line on this page, 0 if unknown
};

} // namespace Copydesk::Text
