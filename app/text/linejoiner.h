// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "blocks.h"
#include "pagecleaner.h"

#include <vector>

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
    bool fullLine = false; // one line of a column's full width: running text, never a title
    bool wrapped = false;  // lines joined at the column's width: running text, never a title
    bool titleContinuation = false; // continues the headline in the unit before it
    bool jumped = false;            // moved up to continue the unit before it (printed elsewhere)
    // Opens its box with a line as wide as the column, on a page whose paragraphs open their
    // boxes short by the indent the extractor dropped: it goes on from a sentence broken
    // elsewhere, although it may follow a sentence's end.
    bool continuation = false;
    // Opens its box with a line short of the column by the dropped indent, over full lines,
    // however like a title that line looks: most likely a paragraph's start.
    bool shortByIndent = false;
    // Line joins the joiner was not sure of; `paragraph` is unset (-1) and positions are
    // offsets into `text`, so the segmenter can re-base them on the paragraph they end in.
    QVector<Decision> decisions;
    QVector<FlagDraft> flags;
};

// How the page's own lines set a space between an ideograph and a Latin word, a number, or
// after an ASCII comma or full stop (Debian 的, 2001 年, 他的别名, 这个): the line ends that
// a join removes are set the same way. Lines spread by justification say nothing.
struct PageSpacing
{
    bool latin = true;             // 重要性 and 必要性
    bool digits = false;           // 2023年
    bool afterPunctuation = false; // 疾病,因为
    // Spaces before marks of punctuation after ideographs (最重要的 ： 贡献者, 工作站 ,LTSP):
    // OCR noise, when the page sets many that way. Each line loses them.
    bool noisyMarks = false;
};
PageSpacing pageSpacing(QStringView pageText);

// Joins two pieces of one sentence: no space between CJK characters, one between Latin words;
// between an ideograph and a Latin word, a number or an ASCII mark as the page sets them.
// Returns the separator ("" or " ").
QString joinSeparator(QStringView left, QStringView right, PageSpacing spacing = {});

// Rejoins hard-wrapped lines of each block into paragraph units. A line wrapped when the next
// line's first word would not have fitted on it, measured against the column width around it
// (estimated from neighbouring lines, so pages with several column widths work); a short line
// ends a paragraph (or is a headline), an indent always starts one, and a full line ending a
// sentence is told apart by the next line: a first line whose indent the extractor dropped
// is short by about the indent. Lines of running text far wider than any column were not
// wrapped: each is a paragraph. Latin words seen on the page and the options' dictionary
// decide line-end hyphens.
class LineJoiner
{
public:
    LineJoiner(const CleanupOptions &options, const QString &pageText);
    QVector<Unit> units(const QVector<Block> &blocks) const;

    // "recog-" + "nize": whether to drop the hyphen (the joined word is real) or keep it
    // (a compound such as "well-known").
    bool dropHyphen(const QString &before, const QString &after) const;
    // Whether the word is printed elsewhere on the page or is known to the options'
    // dictionary (a drop cap's word: T + he).
    bool isWord(const QString &word) const;
    // `left` ends in a line-end hyphen (ASCII, U+2010 or soft) after a letter and `right`
    // goes on in lower case: whether the hyphen is a break inside one word, to be removed.
    bool removesHyphen(QStringView left, QStringView right) const;
    // The page's spacing around Latin words and numbers in Chinese text: see PageSpacing.
    PageSpacing spacing() const { return m_spacing; }

private:
    // Lives only inside units(): `text` views the block's text, or the line's respaced copy
    // that units() keeps, so reading a line costs no copy of it.
    struct Line
    {
        QStringView text;
        SourceSpan span;
        int indent = 0;      // leading white space in half-width columns
        int width = 0;       // cells(), see linejoiner.cpp
        int marks = 0;       // marks whose width depends on the face (Chinese lines only)
        int spacedMarks = 0; // of them, ASCII marks with a space after, measured narrow
        bool indented = false;
        // Printed with a space between ideographs: the extractor spread a justified line,
        // so the line was full however few characters it holds.
        bool justified = false;
        // Traits of the text, computed once: see linejoiner.cpp.
        bool title = false;     // looksLikeTitle
        bool phrase = false;    // hasPhraseGap
        bool endsPara = false;  // endsParagraphLike
        bool furniture = false; // the page's running head: a unit of its own
        bool byline = false;    // a Chinese byline line: 本报记者 张三 通讯员 李四
    };
    // Wrap: the line wrapped; Doubtful: joined, but recorded as a decision; Unsure: kept
    // apart and flagged for review.
    enum class Break
    {
        Wrap,
        Doubtful,
        Paragraph,
        Unsure,
        TitleWrap
    };
    // pageIndents: paragraphs are marked by indents. boxedPage: the page comes in boxes of a
    // column or less (blank lines between), so a column break is a box break, not a line's.
    Break classify(const QVector<Line> &lines, int i, int columnWidth, bool cjk, bool unitStart,
                   bool pageIndents, bool boxedPage) const;

    const CleanupOptions m_options; // a copy: callers pass temporaries
    const QString m_pageText;       // implicitly shared, no copy of the characters
    const bool m_spacedOut;         // OCR spacing: a space between ideographs is no headline sign
    const PageSpacing m_spacing;
    void collectPageWords() const;
    static quint32 wordHash(QStringView word);
    mutable std::vector<quint32> m_pageWords; // hashes of the page's Latin words
    mutable bool m_pageWordsCollected = false;
};

} // namespace Copydesk::Text
