// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linejoiner.h"

#include "chartraits.h"

#include <algorithm>

namespace Copydesk::Text {

namespace {

bool isLatinLetter(QChar c)
{
    return c.isLetter() && c.script() == QChar::Script_Latin;
}

// Lines wider than this share of the typical width are full: the text wrapped there.
constexpr double kFullLine = 0.85;

QStringView lastLatinWord(QStringView s)
{
    qsizetype i = s.size();
    while (i > 0 && isLatinLetter(s[i - 1]))
        --i;
    return s.mid(i);
}

QStringView firstLatinWord(QStringView s)
{
    qsizetype i = 0;
    while (i < s.size() && isLatinLetter(s[i]))
        ++i;
    return s.left(i);
}

} // namespace

QString joinSeparator(QStringView left, QStringView right)
{
    if (left.isEmpty() || right.isEmpty())
        return {};
    const QChar a = left.back();
    const QChar b = right.front();
    if (isCjk(a) || isCjk(b) || a.unicode() >= 0x2E80 || b.unicode() >= 0x2E80)
        return {};
    if (a.isSpace() || b.isSpace())
        return {};
    // Latin (or digits, or ASCII punctuation) on both sides: the line end was a space.
    return QStringLiteral(" ");
}

LineJoiner::LineJoiner(const CleanupOptions &options, const QString &pageText)
    : m_options(options)
{
    // Latin words of the page, for hyphen decisions ("recognize" elsewhere on the page).
    for (qsizetype i = 0; i < pageText.size();) {
        if (!isLatinLetter(pageText[i])) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < pageText.size() && isLatinLetter(pageText[i]))
            ++i;
        // A word followed by a hyphen and a line end is half a word: not evidence.
        if (i < pageText.size() && pageText[i] == QLatin1Char('-'))
            continue;
        if (start > 0 && pageText[start - 1] == QLatin1Char('-'))
            continue;
        m_pageWords.insert(pageText.mid(start, i - start).toLower());
    }
}

bool LineJoiner::dropHyphen(const QString &before, const QString &after) const
{
    const QString joined = before + after;
    if (m_pageWords.contains(joined.toLower()))
        return true;
    if (m_options.isKnownWord) {
        // A compound of two real words ("well" + "known") keeps its hyphen unless the closed
        // form is itself a word.
        if (m_options.isKnownWord(joined))
            return true;
        return false;
    }
    return false;
}

QVector<Unit> LineJoiner::units(const QVector<Block> &blocks) const
{
    // Lines of every block, with their place in the page.
    QVector<QVector<Line>> blockLines;
    QVector<int> widths;
    blockLines.reserve(blocks.size());
    for (const Block &b : blocks) {
        QVector<Line> lines;
        qsizetype pos = 0;
        while (pos <= b.text.size()) {
            qsizetype eol = b.text.indexOf(QLatin1Char('\n'), pos);
            if (eol < 0)
                eol = b.text.size();
            QStringView raw = QStringView(b.text).mid(pos, eol - pos);
            qsizetype s = 0;
            bool indented = false;
            while (s < raw.size() && (raw[s].isSpace())) {
                if (raw[s] == QChar(0x3000) || raw[s] == QLatin1Char('\t') || s >= 1)
                    indented = true;
                ++s;
            }
            qsizetype e = raw.size();
            while (e > s && raw[e - 1].isSpace())
                --e;
            if (e > s) {
                Line line{raw.mid(s, e - s).toString(),
                          {b.span.start + int(pos + s), int(e - s)}, indented};
                lines.push_back(line);
            }
            pos = eol + 1;
        }
        if (lines.size() > 1) {
            for (const Line &l : std::as_const(lines))
                widths.push_back(displayWidth(l.text));
        }
        blockLines.push_back(lines);
    }

    int lineWidth = 0;
    if (widths.size() >= 8) {
        // Most lines of a hard-wrapped page are full: the upper quartile is the column width.
        std::sort(widths.begin(), widths.end());
        lineWidth = widths[widths.size() * 3 / 4];
    }

    QVector<Unit> out;
    for (int bi = 0; bi < blockLines.size(); ++bi) {
        const QVector<Line> &lines = blockLines[bi];
        Unit current;
        bool open = false;
        for (int li = 0; li < lines.size(); ++li) {
            const Line &line = lines[li];
            bool newUnit = !open || line.indented;
            if (open && !newUnit && lineWidth > 0) {
                const Line &prev = lines[li - 1];
                const int w = displayWidth(prev.text);
                const bool full = w >= lineWidth * kFullLine;
                // A short line ends a paragraph (or is a headline); a full one wrapped.
                if (!full)
                    newUnit = true;
            } else if (open && !newUnit && lineWidth == 0) {
                // No width to go by: a line that ends a sentence ends its paragraph only when
                // the next line looks like a new start (indent handled above); keep joining.
                newUnit = false;
            }
            if (newUnit) {
                if (open)
                    out.push_back(current);
                current = Unit{line.text, {line.span}, line.indented, bi};
                open = true;
                continue;
            }
            // Wrap: join this line to the current unit.
            QString text = line.text;
            SourceSpan span = line.span;
            if (current.text.endsWith(QLatin1Char('-')) && current.text.size() >= 2
                && isLatinLetter(current.text[current.text.size() - 2]) && !text.isEmpty()
                && text.front().isLower()) {
                const QString before = lastLatinWord(QStringView(current.text).chopped(1)).toString();
                const QString after = firstLatinWord(text).toString();
                if (dropHyphen(before, after)) {
                    current.text.chop(1);
                    if (!current.spans.isEmpty())
                        current.spans.last().length -= 1;
                }
            } else {
                current.text += joinSeparator(current.text, text);
            }
            current.text += text;
            current.spans.push_back(span);
        }
        if (open)
            out.push_back(current);
    }
    return out;
}

} // namespace Copydesk::Text
