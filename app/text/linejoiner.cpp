// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linejoiner.h"

#include "chartraits.h"
#include "storysegmenter.h"
#include "wordfrequencies.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <limits>
#include <utility>
#include <vector>

namespace Copydesk::Text {

namespace {

bool isLatinLetter(QChar c)
{
    // Called on every character of the page: answer the common cases without the script
    // table (ASCII, and everything from the CJK blocks up).
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u | 0x20) >= u'a' && (u | 0x20) <= u'z';
    if (u >= 0x2E80)
        return false;
    return c.isLetter() && c.script() == QChar::Script_Latin;
}

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

namespace {
// A line ending in a short bracketed group right after a sentence end: 。（记者 钱七）.
bool signedInBrackets(QStringView line)
{
    if (line.isEmpty() || (line.back() != QLatin1Char(')') && line.back() != QChar(0xFF09)))
        return false;
    const qsizetype open =
        std::max(line.lastIndexOf(QLatin1Char('(')), line.lastIndexOf(QChar(0xFF08)));
    if (open < 1 || line.size() - open > 20)
        return false;
    const char16_t before = line[open - 1].unicode();
    return before == u'。' || before == u'！' || before == u'？' || before == u'”';
}

// A line break inside a byline in parentheses at a paragraph's end, between two whole names:
// "…不可估量。(许静" / "吴桐 钱程)". A name cut in two (周 / 宁 林晓) has a single character on
// one side; names are two or three characters.
bool betweenBylineNames(QStringView left, QStringView right)
{
    // Only the last 16 characters can hold the parenthesis: `left` is the whole paragraph so
    // far, and searching all of it on every line end made joining quadratic.
    const QStringView tail = left.right(16);
    qsizetype open = tail.size() - 1; // the last opening parenthesis, half or full width
    while (open >= 0 && tail[open] != QLatin1Char('(') && tail[open] != QChar(0xFF08))
        --open;
    if (open < 0)
        return false;
    const QStringView inside = tail.mid(open + 1);
    if (inside.contains(QLatin1Char(')')) || inside.contains(QChar(0xFF09)))
        return false;
    const qsizetype close = std::max(right.indexOf(QLatin1Char(')')), right.indexOf(QChar(0xFF09)));
    if (close < 0 || close > 16 || close + 1 < right.size() - 1)
        return false; // the byline closes the paragraph
    auto names = [](QStringView t) {
        return std::all_of(t.cbegin(), t.cend(),
                           [](QChar c) { return isCjk(c) || c == QLatin1Char(' '); });
    };
    const QStringView after = right.left(close);
    if (!names(inside) || !names(after))
        return false;
    const qsizetype lastSpace = inside.lastIndexOf(QLatin1Char(' '));
    const qsizetype firstSpace = after.indexOf(QLatin1Char(' '));
    const qsizetype before = inside.size() - (lastSpace + 1);
    const qsizetype next = firstSpace < 0 ? after.size() : firstSpace;
    return before >= 2 && next >= 2;
}
} // namespace

namespace {
bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isAsciiPause(QChar c)
{
    const char16_t u = c.unicode();
    return u == u',' || u == u'.' || u == u';' || u == u':' || u == u'!' || u == u'?';
}

// Punctuation set full width in Chinese text (，。（）「」“”…), not the ideographic space.
bool isFullWidthMark(QChar c)
{
    const char16_t u = c.unicode();
    return (u > 0x3000 && u <= 0x303F) || (u >= 0xFF01 && u <= 0xFF0F) ||
           (u >= 0xFF1A && u <= 0xFF20) || (u >= 0xFF3B && u <= 0xFF40) ||
           (u >= 0xFF5B && u <= 0xFF65) || (u >= 0x2018 && u <= 0x201D) || u == 0x2026;
}

bool isFullWidthClosing(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'，' || u == u'。' || u == u'、' || u == u'；' || u == u'：' || u == u'？' ||
           u == u'！' || u == u'）';
}

bool isAsciiClosing(QChar c)
{
    return isAsciiPause(c) || c == QLatin1Char(')');
}

// What stands on the other side of an ideograph: a Latin word, a number, or (before it
// only) an ASCII mark of punctuation.
enum class Neighbour
{
    None,
    Latin,
    Digit,
    Pause
};

Neighbour neighbourOf(QChar c, bool beforeIdeograph)
{
    if (isLatinLetter(c))
        return Neighbour::Latin;
    if (isAsciiDigit(c))
        return Neighbour::Digit;
    if (beforeIdeograph && isAsciiPause(c))
        return Neighbour::Pause;
    return Neighbour::None;
}
} // namespace

PageSpacing pageSpacing(QStringView pageText)
{
    // Counts of each kind of neighbour set with one space or none, over lines that are not
    // spread by justification (whose spaces were never text): a line is spread when two of its
    // ideographs stand alone between spaces, as isLetterSpaced() tells. One pass that stops
    // at ideographs only. Index 0 (Neighbour::None) counts marks of punctuation after one.
    std::array<int, 4> spaced{}, tight{}, lineSpaced{}, lineTight{};
    int singles = 0;
    bool lineCounted = false;
    auto endLine = [&] {
        if (lineCounted && singles < 2) {
            for (int k = 0; k < 4; ++k) {
                spaced[k] += lineSpaced[k];
                tight[k] += lineTight[k];
            }
        }
        lineSpaced.fill(0);
        lineTight.fill(0);
        lineCounted = false;
        singles = 0;
    };
    const qsizetype size = pageText.size();
    auto isBreak = [&](qsizetype k) { return k < 0 || k >= size || isSpaceFast(pageText[k]); };
    for (qsizetype i = 0; i < size;) {
        if (!isCjk(pageText[i])) {
            if (pageText[i] == QLatin1Char('\n'))
                endLine();
            ++i;
            continue;
        }
        // A run of ideographs: only what stands at its two ends counts.
        const qsizetype start = i;
        while (i < size && isCjk(pageText[i]))
            ++i;
        singles += i - start == 1 && isBreak(start - 1) && isBreak(i);
        const bool gapAfter = i < size && pageText[i] == QLatin1Char(' ');
        const qsizetype r = gapAfter ? i + 1 : i;
        if (r < size) {
            const QChar b = pageText[r];
            const Neighbour nb = neighbourOf(b, false);
            if (nb != Neighbour::None || isAsciiClosing(b) || isFullWidthClosing(b)) {
                ++(gapAfter ? lineSpaced : lineTight)[int(nb)];
                lineCounted = true;
            }
        }
        const bool gapBefore = start > 0 && pageText[start - 1] == QLatin1Char(' ');
        const qsizetype l = gapBefore ? start - 2 : start - 1;
        if (l >= 0) {
            const Neighbour nb = neighbourOf(pageText[l], true);
            if (nb != Neighbour::None) {
                ++(gapBefore ? lineSpaced : lineTight)[int(nb)];
                lineCounted = true;
            }
        }
    }
    endLine();
    auto decide = [&](Neighbour n, bool fallback) {
        const int k = int(n);
        return spaced[k] == tight[k] ? fallback : spaced[k] > tight[k];
    };
    PageSpacing s;
    s.latin = decide(Neighbour::Latin, s.latin);
    s.digits = decide(Neighbour::Digit, s.digits);
    s.afterPunctuation = decide(Neighbour::Pause, s.afterPunctuation);
    // Typeset text has hardly any (a writer's slip now and then, one in 200); OCR one in a
    // dozen or more.
    s.noisyMarks = spaced[0] >= 3 && spaced[0] * 25 >= spaced[0] + tight[0];
    return s;
}

QString joinSeparator(QStringView left, QStringView right, PageSpacing spacing)
{
    if (left.isEmpty() || right.isEmpty())
        return {};
    const QChar a = left.back();
    const QChar b = right.front();
    // A Latin word or a number next to an ideograph is set as the page sets it in its lines
    // ("重要性 and 必要性", "2023年"); ideographs and full-width marks join directly.
    if (isCjk(a) || isCjk(b)) {
        const Neighbour n = isCjk(a) ? neighbourOf(b, false) : neighbourOf(a, true);
        const bool space = (n == Neighbour::Latin && spacing.latin) ||
                           (n == Neighbour::Digit && spacing.digits) ||
                           (n == Neighbour::Pause && spacing.afterPunctuation);
        if (space)
            return QStringLiteral(" ");
    }
    if (isCjk(a) && isCjk(b) && betweenBylineNames(left, right))
        return QStringLiteral(" ");
    if (isCjk(a) || isCjk(b) || a.unicode() >= 0x2E80 || b.unicode() >= 0x2E80)
        return {};
    if (isSpaceFast(a) || isSpaceFast(b) || a == QLatin1Char('-') || a == QChar(0x2010) ||
        a == QChar(0x00AD) || a == QChar(0x2014) || a == QLatin1Char('/'))
        return {};
    // A drop cap printed apart from its word: T / he city opened. A and I are words of their
    // own (A / lot of people): those keep the space.
    if (left.size() == 1 && a.isUpper() && a != QLatin1Char('A') && a != QLatin1Char('I') &&
        isLatinLetter(a) && b.isLower())
        return {};
    // Latin (or digits, or ASCII punctuation) on both sides: the line end was a space.
    return QStringLiteral(" ");
}

LineJoiner::LineJoiner(const CleanupOptions &options, const QString &pageText)
    : m_options(options), m_pageText(pageText), m_spacedOut(isSpacedOut(pageText)),
      m_spacing(pageSpacing(pageText))
{
}

void LineJoiner::collectPageWords() const
{
    // Latin words of the page, for hyphen decisions ("recognize" elsewhere on the page);
    // collected on the first line-end hyphen only.
    m_pageWordsCollected = true;
    const QString &pageText = m_pageText;
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
        m_pageWords.push_back(wordHash(QStringView(pageText).mid(start, i - start)));
    }
}

quint32 LineJoiner::wordHash(QStringView word)
{
    quint32 h = 2166136261u; // FNV-1a over the lower-case letters: no string is built
    for (QChar c : word) {
        const char16_t u = c.unicode();
        h = (h ^ (u < 0x80 ? char16_t(u | ((u >= u'A' && u <= u'Z') ? 0x20 : 0))
                           : c.toLower().unicode())) *
            16777619u;
    }
    return h;
}

bool LineJoiner::removesHyphen(QStringView left, QStringView right) const
{
    // A line-end hyphen: ASCII, U+2010 or a soft hyphen (a break the typesetter chose, never
    // part of the word).
    if (left.size() < 2 || right.isEmpty() || !right.front().isLower() ||
        !isLatinLetter(left[left.size() - 2]))
        return false;
    const QChar end = left.back();
    if (end == QChar(0x00AD))
        return true;
    if (end != QLatin1Char('-') && end != QChar(0x2010))
        return false;
    return dropHyphen(lastLatinWord(left.chopped(1)).toString(), firstLatinWord(right).toString());
}

bool LineJoiner::dropHyphen(const QString &before, const QString &after) const
{
    // A compound of two real words ("well" + "known") keeps its hyphen unless the closed form
    // is itself a word.
    return isWord(before + after);
}

bool LineJoiner::isWord(const QString &word) const
{
    if (!m_pageWordsCollected)
        collectPageWords();
    // A page has a word or two to look up: a search through the words beats sorting them.
    if (std::find(m_pageWords.cbegin(), m_pageWords.cend(), wordHash(word)) != m_pageWords.cend())
        return true;
    return m_options.isKnownWord && m_options.isKnownWord(word);
}

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::Text::LineJoiner)
};

bool isWideSymbol(char16_t u)
{
    return (u >= 0x2E80 && u <= 0x303F) || (u >= 0xFF00 && u <= 0xFF60) ||
           (u >= 0xFFE0 && u <= 0xFFEF) || (u >= 0x2018 && u <= 0x201D) || u == 0x2014 ||
           u == 0x2026 || u == 0x00B7;
}

// One half-width cell in the units widths are measured in: an ideograph is two cells (100),
// a Latin letter its advance in a common serif face (Times metrics, in hundredths of an em).
constexpr int kCell = 50;

// Advances of printable ASCII (0x20-0x7E) in hundredths of an em, after Times: a proportional
// face makes "illicit" far narrower than "WOMAN", and counting characters would make a
// short line look full or a full one short.
constexpr unsigned char kAsciiAdvance[95] = {
    25, 33, 41, 50, 50, 83, 78, 18, 33, 33, 50, 56, 25, 33, 25,
    28, // space ! " # $ % & ' ( ) * + , - . /
    50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 28, 28, 56, 56, 56,
    44, // 0-9 : ; < = > ?
    92, 72, 67, 67, 72, 61, 56, 72, 72, 33, 39, 72, 61, 89, 72,
    72, // @ A-O
    56, 72, 67, 56, 61, 72, 72, 94, 72, 72, 61, 33, 28, 33, 47,
    50, // P-Z [ \ ] ^ _
    33, 44, 50, 44, 50, 44, 33, 50, 50, 28, 28, 50, 28, 78, 50,
    50,                                                         // ` a-o
    50, 50, 33, 39, 28, 50, 50, 72, 50, 50, 44, 48, 20, 48, 54, // p-z { | } ~
};

// Width of a line as a typesetter set it (kCell units). In Chinese text every ideograph and
// every punctuation mark fills a full cell (extractors often fold full-width commas to ASCII,
// so the character's own width says little), and a space between two ideographs is OCR or
// justification noise that took no room on paper; Latin letters take their proportional
// advance.
// cells(), with what the page's mark widths are judged by (Chinese text only): `marks`, the
// marks whose width depends on the face that set them, ASCII punctuation (a Latin face) and
// marks of East Asian ambiguous width (quotes, the middle dot), which a Chinese face sets a
// full cell wide, as cells() counts them, and a Latin one a fraction of that; and `latin`,
// whether the line holds ASCII letters or digits, whose widths are estimates.
struct Measure
{
    int width = 0;
    int marks = 0;
    int spacedMarks = 0; // of `marks`, ASCII ones with a space after: measured narrow already
    bool latin = false;
};

Measure measure(QStringView s, bool cjkText)
{
    Measure m;
    int &w = m.width;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        const char16_t u = c.unicode();
        if (c.isLowSurrogate())
            continue;
        if (isCjk(c)) { // most characters of a Chinese page: no mark among them
            w += 2 * kCell;
        } else if (!cjkText && u > 0x20 && u < 0x7F) { // most of a Latin page: no space, no mark
            w += kAsciiAdvance[u - 0x20];
        } else if (isWideSymbol(u) && (cjkText || u >= 0x2E80)) {
            w += 2 * kCell;
            m.marks += cjkText && ((u >= 0x2018 && u <= 0x201D) || u == 0x00B7);
        } else if (isSpaceFast(c)) {
            const bool between =
                cjkText && i > 0 && i + 1 < s.size() && isCjk(s[i - 1]) && isCjk(s[i + 1]);
            w += between ? 0 : cjkText ? kCell : kAsciiAdvance[0];
        } else if (cjkText && !c.isLetterOrNumber()) {
            // An ASCII comma or full stop after an ideograph with a space after it was set in
            // a Latin face, half a cell wide (他的别名, 这个名字): an extractor folding a
            // full-width mark leaves no space after it. (After a Latin word, Red Hat, Inc.,
            // it counts with the word's estimated width, as it always did.)
            if (isAsciiPause(c) && i > 0 && isCjk(s[i - 1]) && i + 1 < s.size() &&
                s[i + 1] == QLatin1Char(' ')) {
                w += kCell;
                ++m.marks;
                ++m.spacedMarks;
                continue;
            }
            w += 2 * kCell;
            m.marks += u > 0x20 && u < 0x7F;
        } else if (cjkText) {
            w += kCell; // Latin inside Chinese text: CJK faces set it about half a cell wide
            m.latin = m.latin || u < 0x80;
        } else if (u >= 0x20 && u < 0x7F) {
            w += kAsciiAdvance[u - 0x20];
        } else if (u >= 0xFB00 && u <= 0xFB06) {
            w += 56; // ligatures: fi, fl, ff
        } else {
            w += kCell;
        }
    }
    return m;
}

int cells(QStringView s, bool cjkText)
{
    return measure(s, cjkText).width;
}

// Whether a page's Chinese lines set the marks measure() counts narrow. A justified line
// holds as many ideographs as fit. With full-width marks, each mark on a full line takes the
// place of an ideograph; narrow ones take less room together than one (a line with two commas
// holds as many ideographs as a line with one). So the commonest width of lines with k marks,
// marks left out, drops by an ideograph per mark only when the marks are full-width.
// `measured`: per Chinese line set at its width, (cells() less its marks, marks), for lines
// of ideographs and marks only.
bool narrowMarks(const QVector<QPair<int, int>> &measured)
{
    constexpr int kMost = 3;
    std::array<QHash<int, int>, kMost + 1> widths;
    for (const auto &[base, marks] : measured) {
        if (marks <= kMost && base >= 8 * 2 * kCell)
            ++widths[marks][base];
    }
    std::array<int, kMost + 1> common{}, count{};
    for (int k = 0; k <= kMost; ++k) {
        for (auto it = widths[k].cbegin(); it != widths[k].cend(); ++it) {
            if (it.value() > count[k] || (it.value() == count[k] && it.key() > common[k])) {
                common[k] = it.key();
                count[k] = it.value();
            }
        }
    }
    // Lines with one mark or none against lines with two or three: an ideograph's drop per
    // mark is full width; less is narrow.
    for (const auto &[k, j] : {std::pair{1, 2}, {0, 2}, {1, 3}, {0, 3}}) {
        if (count[k] < 4 || count[j] < 4)
            continue;
        const int drop = common[k] - common[j];
        const int full = (j - k) * 2 * kCell;
        if (std::abs(drop - full) <= kCell)
            return false;
        if (drop >= -kCell && drop <= full - 2 * kCell)
            return true;
    }
    return false;
}

bool isChineseText(QStringView s)
{
    // Latin words count as words, not letters: a Chinese sentence naming "SUSE Software
    // Solutions Germany GmbH" is Chinese text.
    int han = 0, other = 0;
    bool inWord = false;
    for (QChar c : s) {
        const char16_t u = c.unicode();
        bool word = false;
        if (u < 0x80)
            word = (u >= u'0' && u <= u'9') || ((u | 0x20) >= u'a' && (u | 0x20) <= u'z');
        else if (isCjk(c))
            ++han;
        else
            word = c.isLetterOrNumber();
        other += word && !inWord;
        inWord = word;
    }
    return han > 0 && han >= other;
}

// Room the next line's first unbreakable piece would have needed at the end of this line:
// a Latin word or a number (with the space before it), or an ideograph; a punctuation mark
// that may not start a line, or an opening bracket that may not end one, travels with its
// neighbour, so two characters.
int firstPiece(QStringView next, bool cjkText)
{
    if (next.isEmpty())
        return 0;
    const QChar c = next.front();
    if (c.isLetterOrNumber() && !isCjk(c)) {
        qsizetype i = 0;
        while (i < next.size() && !isSpaceFast(next[i]) && !isCjk(next[i]))
            ++i;
        return cells(next.left(i), cjkText) + (cjkText ? 0 : kAsciiAdvance[0]);
    }
    if (!isCjk(c) && !isSpaceFast(c))
        return cells(next.left(2), cjkText);
    return cells(next.left(1), cjkText);
}

// Chinese conjunctions (和 与 及 或) never end a phrase, nor a headline.
bool endsOnConjunction(QStringView text)
{
    if (text.isEmpty())
        return false;
    const char16_t last = text.back().unicode();
    return last == u'\u548C' || last == u'\u4E0E' || last == u'\u53CA' || last == u'\u6216';
}

// A line that ends a sentence, or a story: a sentence end, or names in brackets.
bool endsParagraphLike(QStringView text)
{
    if (endsSentence(text))
        return true;
    const QChar last = text.back();
    if (last == QLatin1Char(')') || last == QChar(0xFF09))
        return true;
    // A caption's name after its last sentence: "…改进建议。 郑远".
    if (!isCjk(last))
        return false;
    // Only a space among the last 16 characters sets a name apart: the rest of the line is
    // not searched.
    const qsizetype tailStart = std::max<qsizetype>(0, text.size() - 16);
    const qsizetype inTail = text.sliced(tailStart).lastIndexOf(QLatin1Char(' '));
    if (inTail < 0 || tailStart + inTail == 0)
        return false;
    QString name;
    int at = 0;
    return StorySegmenter::trailingNameByline(text.toString(), &name, &at);
}

// The longer words (four letters or more) of a Latin line, and how many of them start with
// a capital (or, if `withFirst` is set, a digit, the first word counted; else it is not).
struct LongWords
{
    int count = 0;
    int capitalised = 0;
};
LongWords longWords(QStringView text, bool withFirst)
{
    LongWords out;
    bool first = true;
    for (qsizetype i = 0; i < text.size();) {
        while (i < text.size() && isSpaceFast(text[i]))
            ++i;
        const qsizetype start = i;
        while (i < text.size() && !isSpaceFast(text[i]))
            ++i;
        if (i - start >= 4 && (withFirst || !first)) {
            ++out.count;
            out.capitalised += text[start].isUpper() || (withFirst && text[start].isDigit());
        }
        first = first && i == start;
    }
    return out;
}

// A short line shaped like a headline or kicker: no punctuation of running text at all.
// `endsParagraph`: endsParagraphLike(text), which the caller keeps as well.
bool looksLikeTitle(QStringView text, bool endsParagraph)
{
    if (endsParagraph || hasSentencePunctuation(text))
        return false;
    const QChar last = text.back();
    if (last == QLatin1Char('-') || last == QChar(0x2014) || last == QChar(0x3001) ||
        last == QChar(0xFF1A) || last == QLatin1Char(':'))
        return false; // a line ending in a colon introduces what follows
    if (hasCjk(text))
        return true;
    // Latin: a title starts with a capital and capitalises most of its longer words; a line
    // of running text without punctuation ("Videos and pictures from this") does not.
    if (!text.front().isUpper() && !text.front().isDigit())
        return false;
    // A sentence that ends inside the line (University. Debian was): running text. (Not an
    // abbreviation: Mr. Smith, U.S. Economy, Inc.)
    for (qsizetype p = text.indexOf(QLatin1String(". ")); p >= 4;
         p = text.indexOf(QLatin1String(". "), p + 2)) {
        if (text[p - 1].isLower() && text[p - 2].isLower() && text[p - 3].isLower() &&
            text[p - 4].isLetter())
            return false;
    }
    const LongWords words = longWords(text, true);
    return words.capitalised * 10 >= words.count * 7;
}

// A space inside full-width brackets, （ Caldera, never was text: the bracket's glyph holds its
// blank. On an OCR page (`ocr`) spaces next to any mark of punctuation are the reader's noise
// when the text around is Chinese (最重要的 ： 贡献者, 工作站 ,LTSP, 名称 (.deb)), and a space
// never stands before a closing mark or after an opening bracket. A line with no such space
// gives a null string.
QString withoutSpacesAtMarks(QStringView line, bool ocr)
{
    auto isBracket = [](QChar c, bool open) {
        const char16_t u = c.unicode();
        return open ? u == u'（' || u == u'「' || u == u'『' || u == u'《' || u == u'【'
                    : u == u'）' || u == u'」' || u == u'』' || u == u'》' || u == u'】';
    };
    auto dropped = [&](qsizetype i) {
        if (!isSpaceFast(line[i]))
            return false;
        qsizetype s = i, e = i;
        while (s > 0 && isSpaceFast(line[s - 1]))
            --s;
        while (e < line.size() && isSpaceFast(line[e]))
            ++e;
        if (s == 0 || e == line.size())
            return false;
        const QChar l = line[s - 1];
        const QChar r = line[e];
        if (isBracket(l, true) || isBracket(r, false))
            return true;
        if (!ocr)
            return false;
        // After a sentence's end a space stays: it sets a signature apart (…封面。 刘畅).
        auto midSentence = [](QChar c) {
            const char16_t u = c.unicode();
            return u == u'，' || u == u'、' || u == u'；' || u == u'：' || u == u',' || u == u';' ||
                   u == u':';
        };
        return isFullWidthClosing(r) || isAsciiClosing(r) || r == QChar(0x201D) ||
               l == QLatin1Char('(') || l == QChar(0x201C) || (r == QLatin1Char('(') && isCjk(l)) ||
               ((midSentence(l) || l == QLatin1Char(')')) && isCjk(r));
    };
    qsizetype first = 0;
    while (first < line.size() && !dropped(first))
        ++first;
    if (first == line.size())
        return {};
    QString out;
    out.reserve(line.size());
    out.append(line.left(first));
    for (qsizetype i = first; i < line.size(); ++i) {
        if (!dropped(i))
            out.append(line[i]);
    }
    return out;
}

// Cheap test before withoutSpacesAtMarks(): a space next to a full-width mark.
bool hasSpaceAtMark(QStringView line)
{
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == QLatin1Char(' ') && ((i > 0 && isFullWidthMark(line[i - 1])) ||
                                            (i + 1 < line.size() && isFullWidthMark(line[i + 1]))))
            return true;
    }
    return false;
}

// Justified Chinese lines come out of pdfminer and pdftotext with a space between every
// ideograph (大 多 数 用 户); the spaces were never text. Spaces next to Latin words stay.
// A line that is not spread so gives a null string: it stays as it is.
QString withoutJustificationSpaces(QStringView line)
{
    if (!line.contains(QLatin1Char(' ')) || !isLetterSpaced(line))
        return {};
    auto wide = [](QChar c) {
        return isCjk(c) || c.unicode() >= 0x2E80 ||
               (c.unicode() >= 0x2018 && c.unicode() <= 0x201D);
    };
    // The spreading puts the same gap between every two ideographs; a gap at least two spaces
    // wider parts a spread headline's phrases (凝 聚 力 量   擦 亮 品 牌): one space stays.
    qsizetype narrowest = line.size();
    for (qsizetype i = 1; i < line.size(); ++i) {
        if (!isSpaceFast(line[i]) || isSpaceFast(line[i - 1]) || !wide(line[i - 1]))
            continue;
        qsizetype e = i;
        while (e < line.size() && isSpaceFast(line[e]))
            ++e;
        if (e < line.size() && wide(line[e]))
            narrowest = std::min(narrowest, e - i);
    }
    QString out;
    out.reserve(line.size());
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (isSpaceFast(line[i]) && !out.isEmpty() && wide(out.back())) {
            qsizetype e = i;
            while (e < line.size() && isSpaceFast(line[e]))
                ++e;
            if (e < line.size() && wide(line[e])) {
                if (e - i >= narrowest + 2)
                    out.append(QLatin1Char(' '));
                i = e - 1;
                continue;
            }
        }
        if (isSpaceFast(line[i]) && !out.isEmpty()) {
            qsizetype e = i;
            while (e < line.size() && isSpaceFast(line[e]))
                ++e;
            // A full-width mark carries its own blank, and an ASCII mark closes up to the
            // ideograph before it: the spreading alone put a space there (Saint-Étienne ，另,
            // 疾 病 ,  Joel → 疾病, Joel). After an ASCII mark one space stays.
            if (e < line.size() && (isFullWidthMark(out.back()) || isFullWidthMark(line[e]) ||
                                    (isCjk(out.back()) && isAsciiClosing(line[e])))) {
                i = e - 1;
                continue;
            }
        }
        // The spreading widened the gaps next to Latin words too: one space stays.
        if (isSpaceFast(line[i]) && !out.isEmpty() && isSpaceFast(out.back()))
            continue;
        out.append(line[i]);
    }
    return out;
}

// Column widths beyond this (in cells) are not columns: such lines were never wrapped.
constexpr int kMaxColumnCells = 110 * kCell;
// Lines considered on each side when estimating the column width around a line.
constexpr int kWindow = 8;
// Lines narrower than this say nothing about the column (a byline, a stray number).
constexpr int kMinMeasured = 8 * kCell;

// Widths of the lines around one line: a few dozen at most, kept on the stack.
struct Window
{
    std::array<int, 2 * kWindow + 4> w{};
    int n = 0;
    void clear() { n = 0; }
    void push_back(int x)
    {
        if (n < int(w.size()))
            w[n++] = x;
    }
    int size() const { return n; }
    int operator[](int i) const { return w[i]; }
    int *begin() { return w.data(); }
    int *end() { return w.data() + n; }
};

int columnWidth(Window &widths, bool cjk)
{
    if (widths.size() < 3)
        return 0;
    std::sort(widths.begin(), widths.end());
    // Most lines of a wrapped column are full, so the upper quartile is about the column.
    // Chinese columns are justified: the width most full lines share is the column (a line
    // with a hanging comma is a little wider). Latin lines are ragged: the widest line near
    // the quartile is the column. Headlines spanning several columns are far wider: ignored.
    const int q = widths[((widths.size() - 1) * 3) / 4];
    const int low = q - 4 * kCell;
    const int high = q + q / 8 + 2 * kCell;
    int best = q;
    if (!cjk) {
        for (int k = 0; k < widths.size(); ++k) {
            if (widths[k] <= high)
                best = std::max(best, widths[k]);
        }
        return best;
    }
    int bestCount = 0;
    for (int k = 0; k < widths.size();) {
        int e = k;
        while (e < widths.size() && widths[e] == widths[k])
            ++e;
        // Ties (small windows) go to the width nearest the quartile.
        const bool nearer = std::abs(widths[k] - q) < std::abs(best - q);
        if (widths[k] >= low && widths[k] <= high &&
            (e - k > bestCount || (e - k == bestCount && nearer))) {
            best = widths[k];
            bestCount = e - k;
        }
        k = e;
    }
    return best;
}

// A line of an English headline: no sentence end, not long. Its first line starts with a
// capital or a digit (`first`); a sentence-case headline's later lines need not.
bool isLatinTitleLine(QStringView text, bool first = true)
{
    if (text.isEmpty() || endsSentence(text) || text.size() > 70 || hasCjk(text))
        return false;
    const QChar last = text.back();
    if (last == QLatin1Char(',') || last == QLatin1Char(';'))
        return false;
    return !first || text.front().isUpper() || text.front().isDigit() ||
           text.front() == QLatin1Char('"') || text.front() == QChar(0x201C);
}

// A kicker over an English headline: a short line in capitals.
bool isCapitalsLine(QStringView text)
{
    if (text.size() > 40 || hasCjk(text))
        return false;
    int letters = 0;
    for (QChar c : text) {
        if (c.isLower())
            return false;
        letters += c.isLetter();
    }
    return letters >= 3;
}

// The share of a Latin line's longer words that are capitalised, the first word apart unless
// `withFirst` (a wrapped headline's last line may hold one word: Free as in Freedom, Not /
// Price): high in a title, low in a sentence.
double capitalisedShare(QStringView text, bool withFirst = false)
{
    const LongWords words = longWords(text, withFirst);
    return words.count == 0 ? 0.0 : double(words.capitalised) / words.count;
}

// Lines of a story head in English: "KICKER" / "Headline that may" / "wrap" / "By NAME".
// A "By" line anchors it: the title lines right above it (after the previous paragraph's
// end) are the headline, joined into one, and a line in capitals above them the kicker.
// Returns, per line, whether it joins the line before (1), must start a unit (2), or is left
// to the column measure (0).
QVector<int> storyHeadLines(const QVector<QStringView> &lines, const QVector<int> &blockOf)
{
    QVector<int> force(lines.size(), 0);
    QString byline;
    auto startsBlock = [&](int j) { return j == 0 || blockOf[j - 1] != blockOf[j]; };
    for (int k = 0; k < lines.size(); ++k) {
        const QStringView line = lines[k];
        // The "By" line, or a desk's credit in its place (From staff reports).
        const bool by = line.size() >= 4 && line[0] == QLatin1Char('B') &&
                        StorySegmenter::englishBylineLine(line, &byline);
        if (!by && !isDeskCreditLine(line))
            continue;
        force[k] = 2;
        // A "By" line wrapped in a narrow column: the rest of the last name, in capitals,
        // on a line of its own (By ANNA WERNER and LI / MEI). Not a drop cap (T / he).
        int after = k + 1;
        if (by && after + 1 < lines.size() && lines[after].size() >= 2 &&
            lines[after].size() <= 20 && !hasLowerCase(lines[after]) &&
            lines[after].count(QLatin1Char(' ')) <= 1 &&
            std::all_of(lines[after].cbegin(), lines[after].cend(),
                        [](QChar ch) { return ch.isLetter() || ch == QLatin1Char(' '); }) &&
            line.back().isUpper()) {
            force[after] = 1;
            ++after;
        }
        if (after < lines.size())
            force[after] = 2;
        // A deck in sentence case between the headline in title case and the "By" line is a
        // line of its own; the headline ends above it.
        int top = k;
        if (k >= 2 && isLatinTitleLine(lines[k - 1]) && isLatinTitleLine(lines[k - 2]) &&
            lines[k - 1].count(QLatin1Char(' ')) >= 4 && capitalisedShare(lines[k - 1]) < 0.4 &&
            capitalisedShare(lines[k - 2], true) >= 0.7 && !isCapitalsLine(lines[k - 2])) {
            force[k - 1] = 2;
            top = k - 1;
        }
        int first = top;
        bool crossed = false;
        // A wrapped headline's earlier lines are not much shorter than its later ones. A "By"
        // line in a box of its own (pdfminer) takes the whole box above it as its headline.
        // Lines in a box above the By line's box must each start with a capital.
        // A line holding a sentence's end (…'deb ee n'. Photo by MARTA RUIZ) is no headline's.
        auto sentenceInside = [](QStringView l) {
            return l.contains(QLatin1String(". ")) || l.contains(QLatin1String("? ")) ||
                   l.contains(QLatin1String("! "));
        };
        while (first > 0 && top - first < 4 &&
               isLatinTitleLine(lines[first - 1], blockOf[first - 1] != blockOf[k]) &&
               !isPageFurniture(lines[first - 1]) && // a jump line (Continued on Page A6)
               !isCapitalsLine(lines[first - 1]) && !sentenceInside(lines[first - 1]) &&
               (first == top || lines[first - 1].size() * 10 >= lines[first].size() * 6)) {
            if (blockOf[first - 1] != blockOf[first]) {
                if (crossed)
                    break; // a headline spans at most two boxes
                crossed = true;
            }
            --first;
        }
        // The headline starts at its first capitalised line.
        while (first < top && !isLatinTitleLine(lines[first])) {
            ++first;
            crossed = crossed && blockOf[first - 1] != blockOf[k] && !startsBlock(first);
        }
        if (first == top || (crossed && !startsBlock(first)))
            continue;
        // A title run starts after a finished paragraph, a kicker or the block start; a
        // lower-case word above it means running text that stops mid-sentence.
        force[first] = 2;
        for (int j = first + 1; j < top; ++j)
            force[j] = 1;
        if (first > 0 && isCapitalsLine(lines[first - 1]))
            force[first - 1] = 2;
    }
    return force;
}

} // namespace

LineJoiner::Break LineJoiner::classify(const QVector<Line> &lines, int i, int width, bool cjk,
                                       bool unitStart, bool pageIndents, bool boxedPage) const
{
    const Line &a = lines[i];
    const Line &b = lines[i + 1];
    if (b.indented || a.furniture || b.furniture)
        return Break::Paragraph;
    const bool sentenceEnd = a.endsPara;
    // A deck (——调查显示…) under a headline printed in the same box is a line of its own.
    // After a wrapped line, a dash goes on with the sentence (…的好方法 / ——这些讨论…).
    if (cjk && unitStart && a.title && b.text.startsWith(QStringLiteral("\u2014\u2014")) &&
        b.text.size() <= 40)
        return Break::Paragraph;
    if (cjk && unitStart && a.text.startsWith(QStringLiteral("\u2014\u2014")) &&
        a.text.size() <= 40 && !a.endsPara && !hasSentencePunctuation(a.text))
        return Break::Paragraph;
    QString byline;
    // An English headline too long for its column wraps inside a box of its own, title over
    // title (Volunteers Build a Universal Operating / System). Not a kicker in capitals, nor
    // a "By" line.
    // pdftotext -raw prints it in the page's one box: then the line after it is no title (a
    // deck, the text) or the "By" line.
    // Asked of every pair of lines: the cheap tests first.
    auto lastOfHead = [&] {
        return i + 2 == lines.size() || !lines[i + 2].title ||
               StorySegmenter::englishBylineLine(lines[i + 2].text, &byline);
    };
    if (!cjk && unitStart && a.title && b.title && !sentenceEnd && lastOfHead() &&
        a.text.contains(QLatin1Char(' ')) && b.text.count(QLatin1Char(' ')) <= 2 &&
        hasLowerCase(a.text) && hasLowerCase(b.text) &&
        !StorySegmenter::englishBylineLine(b.text, &byline))
        return Break::TitleWrap;
    // A deck in sentence case between the headline and the "By" line is a line of its own.
    if (!cjk && !b.title && !sentenceEnd && !endsSentence(b.text) && !a.text.isEmpty() &&
        a.text.front().isUpper() && i + 2 < lines.size() &&
        StorySegmenter::englishBylineLine(lines[i + 2].text, &byline))
        return Break::Paragraph;
    // An agency's credit in capitals under an English headline (ASSOCIATED PRESS), in place
    // of the "By" line: pdftotext -raw prints it between the head and the text.
    if (!cjk && i > 0 && !sentenceEnd && a.text.size() <= 40 && !hasLowerCase(a.text) &&
        a.text.count(QLatin1Char(' ')) <= 4 && lines[i - 1].title &&
        lines[i - 1].text.count(QLatin1Char(' ')) >= 2 && hasLowerCase(lines[i - 1].text) &&
        !b.text.isEmpty() && b.text.front().isUpper() && hasLowerCase(b.text) &&
        !isPageFurniture(a.text))
        return Break::Paragraph;
    // A byline line under the head (本报记者 张三 通讯员 李四) is no running text: pdftotext
    // -raw prints it between the head and the text without a blank line.
    if (cjk && (a.byline || b.byline))
        return Break::Paragraph;
    // A caption's name after its last sentence (…改进建议。 郑远) closes the caption.
    if (sentenceEnd && isCjk(a.text.back()))
        return Break::Paragraph;
    // Names in brackets after the last sentence (…来回穿梭。（记者 钱七）) sign the story: the
    // next line starts another, even when the signature fills the column.
    if (sentenceEnd && cjk && signedInBrackets(a.text))
        return Break::Paragraph;
    // A colon at the end of a line introduces a quotation printed as its own paragraph.
    if ((a.text.endsWith(QLatin1Char(':')) || a.text.endsWith(QChar(0xFF1A))) &&
        (b.text.startsWith(QLatin1Char('"')) || b.text.startsWith(QChar(0x201C)) ||
         b.text.startsWith(QChar(0x300C))))
        return Break::Paragraph;
    // A line spread to the full width goes on (a paragraph's last line is never spread).
    if (a.justified && cjkCount(a.text) >= 5)
        return Break::Wrap;
    // A Chinese headline too long for its column wraps: a few characters left over on a
    // line of their own (光盘厂商 可自由分 / 发) finish it.
    // (Not a headline over its deck: the line above it is the kicker. Not a line the next
    // line goes on from: that one opens with a mark that may not start a line, or drags a
    // character along to hold it (此系统不是万无一失 / 的；在测试版中…): a paragraph's first.)
    const bool overDeck =
        i + 2 < lines.size() && lines[i + 2].text.startsWith(QStringLiteral("\u2014\u2014"));
    auto noLineStart = [](QChar c) {
        const char16_t u = c.unicode();
        return u == u'，' || u == u'。' || u == u'；' || u == u'：' || u == u'、' || u == u'！' ||
               u == u'？' || u == u'）' || u == u'”' || u == u'」' || u == u'』';
    };
    const bool goesOn = i + 2 < lines.size() && !lines[i + 2].text.isEmpty() &&
                        (noLineStart(lines[i + 2].text[0]) ||
                         (lines[i + 2].text.size() > 1 && noLineStart(lines[i + 2].text[1])));
    // The second phrase may start with its first character alone (贡献时间资源 都 / 能帮助计划):
    // a phrase cut so is sure sign of a wrap, and the rest may be as wide as the line (安全更新
    // 只 / 为修补漏洞, in a module of five ideographs).
    const qsizetype as = a.text.size();
    const bool cutPhrase = !a.phrase && as >= 4 && a.text[as - 2] == QLatin1Char(' ') &&
                           isCjk(a.text[as - 1]) && isCjk(a.text[as - 3]);
    const bool phraseOpens = a.phrase || cutPhrase;
    if (cjk && phraseOpens && a.title && b.title && !b.endsPara && !b.phrase && !overDeck &&
        !goesOn &&
        (b.width * 3 <= a.width ||
         (width > 0 && b.width + 6 * kCell < width &&
          (b.width < a.width || (cutPhrase && b.width <= a.width)) &&
          (i + 2 >= lines.size() || (!lines[i + 2].phrase && lines[i + 2].width > b.width)))))
        return Break::TitleWrap;
    // A one-phrase headline wrapped in a narrow module (用户参与让缺陷报告汇聚 / 众力): it fills
    // the column, and a few characters left over close its box, or stand over the byline line
    // or the deck. (A kicker after a headline is longer, 系统安全.)
    if (cjk && unitStart && a.title && b.title && !a.phrase && !b.phrase && !b.endsPara &&
        b.width * 3 <= a.width && cjkCount(a.text) >= 8 && b.text.size() <= 3 && width > 0 &&
        a.width + 2 * kCell >= width && (i + 2 == lines.size() || lines[i + 2].byline || overDeck))
        return Break::TitleWrap;
    // A word running across the break settles a short head box (a module a few ideographs
    // wide): a phrase cut after its first character (冻结之后 稳 / 定版如期而至), or a line of
    // a character or two closing the box (发行版自成 / 体系).
    if (cjk && a.title && b.title && !b.phrase && !b.endsPara && !overDeck && !goesOn &&
        (cutPhrase ||
         (!a.phrase && b.text.size() <= 2 && cjkCount(a.text) >= 4 && i + 2 == lines.size())) &&
        WordFrequencies::shared().straddlingWord(a.text, b.text) > 0)
        return Break::TitleWrap;
    // Over the byline line or the deck, a word running across the break (用户参与让缺陷报 /
    // 告汇聚众力) makes two lines one headline, however long the second: a kicker and its
    // headline hardly ever read on into each other.
    if (cjk && unitStart && a.title && b.title && !a.phrase && !b.phrase && !b.endsPara &&
        i + 2 < lines.size() && (lines[i + 2].byline || overDeck) &&
        WordFrequencies::shared().junctionGain(a.text, b.text) >= WordFrequencies::kStrongGain)
        return Break::TitleWrap;
    // A Chinese line that ends on a conjunction stops mid-phrase, however its spaces make it
    // look like a headline: the next line goes on with it.
    if (cjk && !sentenceEnd && endsOnConjunction(a.text))
        return Break::Wrap;
    // A line that ends on a preposition, article or conjunction stops mid-phrase: the next
    // line of its box finishes it, a headline's last word too ("the future of" / "Linux").
    if (!cjk && !sentenceEnd && b.title && endsOnFunctionWord(a.text))
        return unitStart ? Break::TitleWrap : Break::Wrap;
    // An English paragraph, sentence or headline never starts with a lower-case word; after
    // a full stop such a line goes on from a sentence cut off somewhere else on the page.
    if (!cjk && b.text.front().isLower() && !a.phrase)
        return sentenceEnd && endsSentence(a.text) ? Break::Paragraph : Break::Wrap;
    // A box that opens with a line in title case over running text opens with a headline,
    // set in a larger face than the column is measured in.
    if (!cjk && i == 0 && a.title && !b.title && !sentenceEnd &&
        a.text.count(QLatin1Char(' ')) >= 2 && b.text.front().isUpper())
        return Break::Paragraph;
    if (pageIndents && !sentenceEnd && !a.title && !b.title)
        return Break::Wrap; // paragraphs are marked by indents, and this line has none
    if (width <= 0 || width > kMaxColumnCells) {
        // Unwrapped text: each line is a paragraph unless it stops mid-sentence.
        if (sentenceEnd || a.title || b.title)
            return Break::Paragraph;
        return Break::Wrap;
    }
    if (!cjk && sentenceEnd && width > 0 && width <= kMaxColumnCells && !b.title) {
        // English measured in a proportional face: the widest line of the column is its
        // width. A sentence ends the line and the next word would have fitted after it: the
        // paragraph ended. A next line that would have had room for the word after it, yet
        // stops, was shortened by a paragraph indent.
        if (width - a.width - firstPiece(b.text, cjk) >= -width / 200)
            return Break::Paragraph;
        if (i + 2 < lines.size()) {
            const Line &c = lines[i + 2];
            const int bFit = width - b.width - firstPiece(c.text, cjk);
            if (!b.endsPara && bFit >= 0 && !c.indented)
                return Break::Paragraph;
            if (bFit < 0)
                return Break::Wrap; // the next line is full: running text goes on
        }
    }
    // Proportional Latin fonts make character counts a loose measure of width.
    int effective = cjk ? width : width - width / 40;
    const int slack = cjk ? 4 * kCell : std::max(2 * kCell, width / 16);
    // A paragraph's first line whose indent (two ideographs) the extractor dropped is short
    // by the indent, yet full.
    if (cjk && unitStart && a.width + 4 * kCell >= width - kCell &&
        a.width + 4 * kCell <= width + 2 * kCell)
        effective -= 4 * kCell;
    const int gap = effective - a.width - firstPiece(b.text, cjk);
    if (gap > slack)
        return Break::Paragraph; // a short line: the paragraph (or headline) ended here
    // A title: narrower than the column, or two phrases. Not a line the line before wrapped
    // onto: a paragraph's line may hold a space (粽香吟经典 同心共富, inside a quoted title).
    if (a.title && unitStart && (gap >= 0 || (!m_spacedOut && a.phrase)))
        return Break::Paragraph;
    if (!sentenceEnd) {
        // Mid-sentence at the column's width: wrapped, unless the next line is a short
        // title (the next story; the rest of this one is printed elsewhere).
        // (English: a headline there stands over its "By" line, a deck or another head, or
        // is a kicker in capitals; a narrow column's next line is often short by a long
        // word that did not fit: On 21 April 1999, Corel / Corporation and the K / Desktop.)
        auto headsHere = [&] {
            if (cjk || i + 2 >= lines.size() || isCapitalsLine(b.text))
                return true;
            const Line &c = lines[i + 2];
            return c.title || StorySegmenter::englishBylineLine(c.text, &byline);
        };
        if (b.title && b.width + slack < width && headsHere())
            return Break::Paragraph;
        // A repeated character at a column break may be the extractor's (经历 / 历主动): the
        // segmenter weighs it. Inside a box, where lines only wrap, it is the text's (创新 /
        // 新高地).
        if (cjk && !boxedPage && a.text.back() == b.text.front() && isCjk(b.text.front()))
            return Break::Paragraph;
        return Break::Wrap;
    }
    // The sentence ended and the next character would have fit. A Latin word's width in a
    // Chinese face is an estimate: it must fit with half a cell to spare.
    const bool latinNext =
        cjk && !b.text.isEmpty() && b.text.front().isLetter() && !isCjk(b.text.front());
    if (gap >= (latinNext ? kCell : 0))
        return Break::Paragraph;
    // A sentence ends exactly at the full width: a paragraph end or a wrap. A title is
    // narrower than the column; a full line without punctuation is running text.
    if (b.title && (b.width + 2 * kCell < width || (!m_spacedOut && b.phrase)))
        return Break::Paragraph;
    if (i + 2 < lines.size()) {
        const Line &c = lines[i + 2];
        const int bGap = effective - b.width - firstPiece(c.text, cjk);
        // Room left at the end of a line that the next line goes on from: a wrapped line of
        // running text is full, unless the next line starts with a mark that may not start a
        // line and drags a character along; otherwise only a dropped indent leaves room (half
        // an ideograph is the tolerance of Latin widths, which are estimates).
        if (cjk && !b.endsPara && !b.justified && isCjk(c.text.front()) &&
            (c.text.size() < 2 || isCjk(c.text[1]) || c.text[1].isLetterOrNumber()) &&
            bGap >= kCell && b.width + 5 * kCell >= width)
            return Break::Paragraph;
        if (bGap < 0 || (bGap <= slack && !b.endsPara))
            return Break::Wrap; // the next line is full: running text goes on
        // A first line whose indent the extractor dropped is short by about the indent.
        if (!b.endsPara && b.width + slack + 2 * kCell >= width)
            return Break::Paragraph;
    }
    // A short line after it that ends (or stops) is more often this paragraph's last line
    // than a paragraph of one line.
    if (b.endsPara || i + 2 >= lines.size())
        return Break::Doubtful;
    return Break::Unsure;
}

QVector<Unit> LineJoiner::units(const QVector<Block> &blocks) const
{
    // Lines of every block, with their place in the page.
    QVector<QVector<Line>> blockLines;
    QVector<bool> blockCjk;
    // Widths of every line in page order: the column around a line is measured across
    // neighbouring blocks too, since a box of two lines says nothing on its own.
    QVector<int> pageWidths;
    QVector<bool> pageTitles;
    QVector<int> firstLineOfBlock;
    int indentedLines = 0;
    QVector<QPair<int, int>> measured;
    // Lines without their justification spaces, which the lines of `blockLines` view (the
    // other lines view their block's text).
    QStringList respaced;
    blockLines.reserve(blocks.size());
    qsizetype pageLines = 0;
    for (const Block &b : blocks) {
        QVector<Line> lines;
        qsizetype pos = 0;
        while (pos <= b.text.size()) {
            qsizetype eol = b.text.indexOf(QLatin1Char('\n'), pos);
            if (eol < 0)
                eol = b.text.size();
            const QStringView raw = QStringView(b.text).mid(pos, eol - pos);
            qsizetype s = 0;
            int indent = 0;
            while (s < raw.size() && isSpaceFast(raw[s])) {
                indent += raw[s] == QChar(0x3000) ? 2 : raw[s] == QLatin1Char('\t') ? 4 : 1;
                ++s;
            }
            qsizetype e = raw.size();
            while (e > s && isSpaceFast(raw[e - 1]))
                --e;
            if (e > s) {
                Line line;
                line.text = raw.mid(s, e - s);
                QString unspread = withoutJustificationSpaces(line.text);
                const bool spread = !unspread.isNull();
                if (!spread && (m_spacing.noisyMarks ? line.text.contains(QLatin1Char(' '))
                                                     : hasSpaceAtMark(line.text)))
                    unspread = withoutSpacesAtMarks(line.text, m_spacing.noisyMarks);
                if (!unspread.isNull()) {
                    respaced.push_back(std::move(unspread));
                    line.text = respaced.back();
                }
                line.justified = !m_spacedOut && spread && line.text.size() < e - s;
                line.endsPara = endsParagraphLike(line.text);
                line.title =
                    looksLikeTitle(line.text, line.endsPara) && !endsOnConjunction(line.text);
                line.phrase = hasPhraseGap(line.text);
                line.span = {b.span.start + int(pos + s), int(e - s)};
                // A running head has no punctuation of running text: only such lines are asked.
                line.furniture = line.title && isPageFurniture(line.text);
                QString names;
                line.byline = StorySegmenter::chineseBylineLine(line.text, &names);
                line.indent = indent;
                lines.push_back(std::move(line));
            }
            pos = eol + 1;
        }
        const bool cjk = isChineseText(b.text);
        // The block's own first line lost its indent to trimming; the page still shows it.
        int lead = 0;
        for (int p = b.span.start - 1; p >= 0 && m_pageText[p] != QLatin1Char('\n'); --p)
            lead += m_pageText[p] == QChar(0x3000) ? 2 : 1;
        indentedLines += lead >= 2;
        for (Line &l : lines) {
            const Measure m = measure(l.text, cjk);
            l.width = m.width;
            if (!cjk || l.justified)
                continue;
            l.marks = m.marks;
            l.spacedMarks = m.spacedMarks;
            if (!m.latin)
                measured.push_back(
                    {l.width + m.spacedMarks * kCell - m.marks * 2 * kCell, m.marks});
        }
        pageLines += lines.size();
        blockLines.push_back(std::move(lines));
        blockCjk.push_back(cjk);
    }
    // Marks set narrow (in a Latin face) count a quarter of an ideograph on the whole page.
    if (narrowMarks(measured)) {
        for (QVector<Line> &lines : blockLines) {
            for (Line &l : lines)
                l.width -= (l.marks - l.spacedMarks) * 3 * kCell / 2 + l.spacedMarks * kCell / 2;
        }
    }
    pageWidths.reserve(pageLines);
    pageTitles.reserve(pageLines);
    firstLineOfBlock.reserve(blockLines.size());
    for (int bi = 0; bi < blockLines.size(); ++bi) {
        QVector<Line> &lines = blockLines[bi];
        const bool cjk = blockCjk[bi];
        // An indent counts against the block's usual left edge (layout modes pad every line).
        int minIndent = std::numeric_limits<int>::max();
        for (const Line &l : std::as_const(lines))
            minIndent = std::min(minIndent, l.indent);
        firstLineOfBlock.push_back(int(pageWidths.size()));
        // A box's first line short of the full lines under it by a paragraph indent is the
        // paragraph's first line, although a space inside (OCR) gives it a headline's two
        // phrases: a headline stands in a box of its own.
        if (cjk && lines.size() >= 3 && lines[0].title && lines[0].phrase && !lines[0].endsPara &&
            lines[1].width == lines[2].width &&
            std::abs(lines[0].width + 4 * kCell - lines[1].width) <= kCell &&
            lines[0].text.count(QLatin1Char(' ')) == 1) {
            lines[0].title = false;
            lines[0].phrase = false;
            lines[0].furniture = false;
        }
        for (int k = 0; k < lines.size(); ++k) {
            Line &l = lines[k];
            l.indented = k > 0 && l.indent >= minIndent + 2;
            indentedLines += l.indented;
            pageWidths.push_back(l.justified ? 0 : l.width); // its width says nothing
            // A title follows the end of a story (or another title), never a wrapped line.
            // (or a short line: a story cut off to continue elsewhere).
            const bool afterEnd = k == 0 || lines[k - 1].endsPara || pageTitles.back() ||
                                  (k >= 2 && lines[k - 1].width + 6 * kCell <= lines[k - 2].width);
            pageTitles.push_back(afterEnd && l.title);
        }
    }
    // Paragraphs marked by indents: an unindented line then never starts one.
    // A page that marks paragraphs so has an indent every dozen lines or so; a few indented
    // lines are something else (a continued bracket, a byline).
    const bool pageIndents = indentedLines >= 2 && indentedLines * 20 >= int(pageWidths.size());
    const bool boxedPage = std::count_if(blockLines.cbegin(), blockLines.cend(),
                                         [](const auto &b) { return b.size() >= 2; }) >= 3;
    QVector<Unit> out;
    Window window;
    // The column width around line `here` (index in pageWidths), from its neighbours. The
    // lines are only read from here on: through const references, QVector's operator[] does
    // not check for a detach on every access.
    const QVector<int> &widths = pageWidths;
    const QVector<bool> &titles = pageTitles;
    std::vector<int> columnCache(pageWidths.size() * 2, -1);
    auto columnAt = [&](int here, bool cjk) {
        int &cached = columnCache[here * 2 + (cjk ? 1 : 0)];
        if (cached >= 0)
            return cached;
        window.clear();
        // Headlines separate stories, whose columns may differ: the window stops there.
        for (int k = here; k >= 0 && k >= here - kWindow && !(k < here && titles[k]); --k) {
            if (widths[k] >= kMinMeasured)
                window.push_back(widths[k]);
        }
        const int last = std::min(int(widths.size()) - 1, here + kWindow + 1);
        for (int k = here + 1; k <= last && !titles[k]; ++k) {
            if (widths[k] >= kMinMeasured)
                window.push_back(widths[k]);
        }
        int width = window.size() < 5 ? 0 : columnWidth(window, cjk);
        if (width == 0) {
            // Too few lines between titles (paragraphs' first lines without punctuation
            // look like titles too): measure across them after all.
            window.clear();
            const int from = std::max(0, here - kWindow);
            const int to = std::min(int(widths.size()), here + kWindow + 2);
            for (int k = from; k < to; ++k) {
                if (widths[k] >= kMinMeasured)
                    window.push_back(widths[k]);
            }
            width = columnWidth(window, cjk);
        }
        cached = width;
        return width;
    };
    // English story heads, found across the page's boxes.
    QVector<QStringView> views;
    QVector<int> blockOf;
    views.reserve(pageLines);
    blockOf.reserve(pageLines);
    for (int bi = 0; bi < blockLines.size(); ++bi) {
        for (const Line &l : blockLines[bi]) {
            views.push_back(l.text);
            blockOf.push_back(bi);
        }
    }
    const QVector<int> pageForced = storyHeadLines(views, blockOf);
    int unitFirstLine = 0; // pageWidths index of the current unit's first line
    auto push = [&](const Unit &u, const Line &firstLine, bool cjk) {
        out.push_back(u);
        if (!cjk || u.spans.size() != 1)
            return;
        if (firstLine.justified) {
            out.last().fullLine = cjkCount(firstLine.text) >= 5;
            return;
        }
        // One line as wide as the column, or as the column less a paragraph indent, is
        // running text: a title is set apart by its size.
        const int width = columnAt(unitFirstLine, cjk);
        out.last().fullLine = width > 0 && width <= kMaxColumnCells &&
                              firstLine.width >= width - 6 * kCell &&
                              firstLine.width <= width + 2 * kCell;
    };
    // Boxes opening with a full line: they continue a sentence when the page's paragraphs
    // open boxes short by the dropped indent (counted after a sentence's end).
    QVector<int> fullStarts;
    int indentedAfterEnd = 0, fullAfterEnd = 0;
    for (int bi = 0; bi < blockLines.size(); ++bi) {
        const QVector<Line> &lines = blockLines[bi];
        if (lines.isEmpty())
            continue;
        const bool cjk = blockCjk[bi];
        const int *forced = pageForced.constData() + firstLineOfBlock[bi];
        Unit current{lines[0].text.toString(), {lines[0].span}, false, bi, {}, {}};
        const bool afterEnd = !out.isEmpty() && endsSentence(out.last().text);
        // The rest of a headline whose first line ended the box before (OCR, pdfminer).
        current.titleContinuation = forced[0] == 1;
        // A box whose first line runs on, short of the column by about the indent the extractor
        // dropped, starts a paragraph: it continues no sentence cut off elsewhere. Measured on
        // Chinese lines without Latin words, whose widths are exact.
        if (cjk && !pageIndents && forced[0] == 0) {
            const Line &first = lines[0];
            const int width = columnAt(firstLineOfBlock[bi], cjk);
            const bool exact = std::none_of(first.text.cbegin(), first.text.cend(), [](QChar c) {
                return c.unicode() < 0x80 && c.isLetterOrNumber();
            });
            const bool gauged = exact && !first.endsPara && !first.justified && width > 0 &&
                                width <= kMaxColumnCells;
            const bool shortByIndent = gauged &&
                                       std::abs(first.width + 4 * kCell - width) <= kCell &&
                                       (lines.size() == 1 || lines[1].width + kCell >= width);
            current.indented = shortByIndent && !first.title;
            // A first line spread to the full width over fewer ideographs than the column
            // holds less the indent was indented too (pdfminer prints the spreading spaces).
            const bool spreadShort = exact && first.justified && lines.size() >= 2 && width > 0 &&
                                     width <= kMaxColumnCells &&
                                     first.width + 4 * kCell <= width + kCell &&
                                     first.width + 8 * kCell >= width;
            current.shortByIndent = (shortByIndent && lines.size() >= 3) || spreadShort;
            // A line without punctuation opening a box of running text is no title.
            const bool full = gauged && (!first.title || lines.size() >= 3) &&
                              first.width + 2 * kCell >= width && first.width <= width + 2 * kCell;
            if (full)
                fullStarts.push_back(int(out.size()));
            // Counted with lines shaped like titles: most first lines of a narrow column
            // hold no punctuation.
            indentedAfterEnd += afterEnd && shortByIndent && lines.size() >= 2;
            fullAfterEnd += afterEnd && full;
        }
        int currentLine = 0;
        unitFirstLine = firstLineOfBlock[bi];
        for (int li = 0; li + 1 < lines.size(); ++li) {
            if (forced[li + 1] == 2) {
                push(current, lines[currentLine], cjk);
                const Line &next = lines[li + 1];
                current = Unit{next.text.toString(), {next.span}, next.indented, bi, {}, {}};
                currentLine = li + 1;
                unitFirstLine = firstLineOfBlock[bi] + li + 1;
                continue;
            }
            if (forced[li + 1] == 1) {
                current.text += joinSeparator(current.text, lines[li + 1].text, m_spacing);
                current.text += lines[li + 1].text;
                current.spans.push_back(lines[li + 1].span);
                continue;
            }
            const int width = columnAt(firstLineOfBlock[bi] + li, cjk);
            const Break br =
                classify(lines, li, width, cjk, current.spans.size() == 1, pageIndents, boxedPage);
            const Line &next = lines[li + 1];
            if (br == Break::Paragraph || br == Break::Unsure) {
                if (br == Break::Unsure) {
                    FlagDraft f;
                    f.kind = QString::fromLatin1(FlagKind::Join);
                    f.start = std::max(0, int(current.text.size()) - 6);
                    f.length = int(current.text.size()) - f.start;
                    f.text = current.text.mid(f.start);
                    f.suggestion = f.text + joinSeparator(current.text, next.text, m_spacing) +
                                   next.text.left(6).toString();
                    f.reason = Tr::tr("A sentence ends at the full width of the column; the "
                                      "next line may continue this paragraph. Left apart.");
                    f.confidence = 0.5;
                    current.flags.push_back(f);
                }
                push(current, lines[currentLine], cjk);
                current = Unit{next.text.toString(), {next.span}, next.indented, bi, {}, {}};
                currentLine = li + 1;
                unitFirstLine = firstLineOfBlock[bi] + li + 1;
                continue;
            }
            const bool sentenceEnd = br == Break::Doubtful;
            current.wrapped = current.wrapped || br != Break::TitleWrap;
            const int at = int(current.text.size());
            const QStringView text = next.text;
            bool hyphenDropped = false;
            if (removesHyphen(current.text, text)) {
                current.text.chop(1);
                if (!current.spans.isEmpty())
                    current.spans.last().length -= 1;
                hyphenDropped = true;
            } else {
                current.text += joinSeparator(current.text, text, m_spacing);
            }
            current.text += text;
            current.spans.push_back(next.span);
            if (sentenceEnd || hyphenDropped) {
                // Joins a reader could doubt are recorded; plain wraps are not decisions.
                Decision d;
                d.kind = QStringLiteral("join");
                d.position = hyphenDropped ? at - 1 : at;
                d.confidence = hyphenDropped ? 0.9 : 0.65;
                d.reason = hyphenDropped
                               ? Tr::tr("A line-end hyphen split a word; the joined word is "
                                        "known, so the hyphen was removed.")
                               : Tr::tr("A sentence ended at the full width of the column; the "
                                        "short line after it was read as the paragraph's end.");
                d.before = lines[li].text.right(8).toString() + QLatin1Char('\n') +
                           next.text.left(8).toString();
                d.after = current.text.mid(std::max(0, d.position - 8), 16);
                current.decisions.push_back(d);
            }
        }
        push(current, lines[currentLine], cjk);
    }
    if (indentedAfterEnd >= 3 && indentedAfterEnd >= 2 * fullAfterEnd) {
        for (int u : std::as_const(fullStarts))
            out[u].continuation = true;
    }
    return out;
}

} // namespace Copydesk::Text
