// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "linejoiner.h"
#include "wordsegmenter.h"

namespace Copydesk::Text {

// What a unit looks like on its own, before context decides.
enum class UnitShape
{
    Body,         // running text
    HeadlineLike, // short, no sentence end: a headline, a kicker or a subhead
    BylineLine,   // "By JANE DOE"
};

// Turns the page's units into stories: kickers and headlines open stories, paragraphs broken
// at a column bottom are rejoined (a doubled character at the join is dropped unless the pair
// reads as a word), bylines move to their own field, and text printed after a story has
// closed — a jump — is matched to the story whose last paragraph it completes by how well
// the junction reads (ICU word data), not by where it sits. Every automatic change is
// recorded as a Decision; joins it is unsure of raise a `join` flag instead.
class StorySegmenter
{
public:
    // `joiner`, if given, decides line-end hyphens at column breaks as it does inside a box.
    explicit StorySegmenter(const WordSegmenter &words, const LineJoiner *joiner = nullptr)
        : m_words(words), m_joiner(joiner)
    {
    }
    PageDraft segment(const QVector<Unit> &units) const;

    static UnitShape shapeOf(const QString &text);
    static bool hasStrongHeadlineShape(const QString &text);
    // "(周静 严琰)" at the end of a paragraph: returns the names and where the byline starts.
    static bool trailingParenthesisedByline(const QString &text, QString *byline, int *start);
    // "… 孙健" after a sentence end (photo captions): the name and where it starts.
    static bool trailingNameByline(const QString &text, QString *byline, int *start);
    static bool englishBylineLine(QStringView text, QString *byline);
    // A Chinese byline on a line of its own under the headline: 本报记者 张三 通讯员 李四,
    // □ 记者 王五, 文/张三 图/李四. `byline` gets the line without its bullet.
    static bool chineseBylineLine(QStringView text, QString *byline);
    static bool bylineLine(QStringView text, QString *byline)
    {
        return englishBylineLine(text, byline) || chineseBylineLine(text, byline);
    }

private:
    // Reading order by content: a box that stops mid-sentence is followed by the box printed
    // elsewhere whose first words read on from it far better than the box printed next (a
    // likely word runs across the junction); those boxes move up. pdftotext's default mode
    // prints the columns of neighbouring stories interleaved. `shapes` holds shapeOf() of each
    // unit, worked out once by the caller; it is reordered with the units.
    QVector<Unit> followJumps(const QVector<Unit> &units, QVector<UnitShape> *shapes) const;
    // How joins across boxes set spaces: the page's way, as the joiner found it.
    PageSpacing spacing() const { return m_joiner ? m_joiner->spacing() : PageSpacing{}; }

    const WordSegmenter &m_words;
    const LineJoiner *m_joiner = nullptr;
};

} // namespace Copydesk::Text
