// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storysegmenter.h"

#include "chartraits.h"
#include "wordfrequencies.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringMatcher>

#include <algorithm>
#include <numeric>
#include <vector>

namespace Copydesk::Text {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::Text::StorySegmenter)
};

// Headlines are short: at most this many display columns (30 ideographs, 60 Latin letters).
constexpr int kMaxHeadlineWidth = 64;
// A junction whose best reading runs a word across it this much more probably than a reading
// with a word boundary there is strong evidence of a continuation.
constexpr double kStrongJunction = WordFrequencies::kStrongGain;
// Below this many ideographs a short line without a sentence end is as likely a fragment.
constexpr int kMinHeadlineIdeographs = 4;

struct Para
{
    QString text;
    QVector<SourceSpan> spans;
    // Decisions and flags of the line joiner, positioned in `text`; their paragraph index is
    // known only when the story is complete.
    QVector<Decision> decisions;
    QVector<FlagDraft> flags;
    // canonical(text), kept while the text keeps its length (texts only grow or lose a tail).
    QString canon;
    qsizetype canonFor = -1;
    // A title line kept as text (a deck under an English headline): nothing continues it.
    bool whole = false;
};

Para paraOf(const Unit &u)
{
    return {u.text, u.spans, u.decisions, u.flags, {}, -1};
}

// Moves the pending decisions and flags of a paragraph by `delta` characters.
void shiftPending(Para &p, int delta)
{
    for (Decision &d : p.decisions)
        d.position = std::max(0, d.position + delta);
    for (FlagDraft &f : p.flags)
        f.start = std::max(0, f.start + delta);
}

// A story being built, or a run of text printed after a story closed (a jump or a caption).
struct Flow
{
    QString kicker;
    QString headline;
    QString byline;
    QVector<Para> paragraphs;
    QVector<Decision> decisions;
    QVector<FlagDraft> flags;
    bool closed = false;  // its byline was seen: later text belongs elsewhere
    bool isStory = false; // opened by a headline
    bool caption = false;
    int firstUnit = 0;        // reading order
    bool absorbed = false;    // a run that became part of a story
    int assignedTo = -1;      // a run already known to continue this flow
    bool claimed = false;     // an open end whose continuation was found
    bool bylineFirst = false; // a headless run opened by a "By" line: a story's start
};

enum class Role
{
    Body,
    Kicker,
    Headline,
    BylineLine,
    Furniture,
    HeadlineTail
};

// Text that stops mid-sentence: no sentence end, and no colon, which introduces what follows
// as a paragraph of its own (学习它们：).
// A numbered or marked heading inside a story: 一、打造红色阵地, （二）服务群众, 3. 工作成效,
// ■ 服务群众实事. A title line, not a sentence.
bool isMarkedHeading(const QString &text)
{
    if (text.size() > 24 || text.size() < 3)
        return false;
    static const QRegularExpression re(
        QStringLiteral("^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|[0-"
                       "9]{1,2}[、.．]\\s*|"
                       "[■●◆▲□★]\\s*)\\p{Han}"));
    const QRegularExpressionMatch m = re.match(text);
    return m.hasMatch() && !hasSentencePunctuation(QStringView(text).mid(m.capturedEnd()));
}

// A credit line in place of a "By" line: an agency in capitals (ASSOCIATED PRESS,
// REUTERS) or a desk's (From staff reports, Wire services).
bool isEnglishCreditLine(const QString &text)
{
    if (text.size() > 40 || cjkCount(text) > 0 || endsSentence(text) || isPageFurniture(text))
        return false;
    if (!hasLowerCase(text)) {
        int letters = 0;
        for (QChar c : text)
            letters += c.isLetter();
        return letters >= 4 && text.count(QLatin1Char(' ')) <= 4;
    }
    return isDeskCreditLine(text);
}

bool stopsMidSentence(const QString &text)
{
    // A deck under a headline (——记鄞州区社区书屋建设) is a title line, not a sentence.
    const bool deck = text.startsWith(QStringLiteral("\u2014\u2014")) && text.size() <= 40;
    return !deck && !endsSentence(text) && !text.endsWith(QChar(0xFF1A)) &&
           !text.endsWith(QLatin1Char(':')) && !isMarkedHeading(text);
}

// Appends the text of `from` (a run, or a story read apart) to `story`: its paragraphs, and
// its decisions and flags re-based on where those paragraphs now stand.
// Adds the decisions and flags of `from` to `story`, its paragraph k now standing at
// base + k.
void rebaseNotes(Flow &story, const Flow &from, int base)
{
    for (Decision d : from.decisions) {
        d.paragraph = d.paragraph < 0 ? -1 : d.paragraph + base;
        story.decisions.push_back(d);
    }
    for (FlagDraft f : from.flags) {
        f.paragraph = f.paragraph < 0 ? -1 : f.paragraph + base;
        story.flags.push_back(f);
    }
}

void appendText(Flow &story, const Flow &from)
{
    const int base = int(story.paragraphs.size());
    story.paragraphs += from.paragraphs;
    rebaseNotes(story, from, base);
}

// A decision about a story's structure: `paragraph` -1 for the story as a whole.
Decision decision(const QString &kind, int paragraph, double confidence, const QString &reason,
                  const QString &before)
{
    Decision d;
    d.kind = kind;
    d.paragraph = paragraph;
    d.confidence = confidence;
    d.reason = reason;
    d.before = before;
    return d;
}

// A story's text without its headline: the paragraphs, their decisions and flags, and the
// byline, taken out of `story`. Decisions about the headline itself stay with it.
Flow takeText(Flow &story)
{
    Flow text;
    text.paragraphs = story.paragraphs;
    text.flags = story.flags;
    text.byline = story.byline;
    text.closed = story.closed;
    QVector<Decision> headDecisions;
    for (const Decision &d : std::as_const(story.decisions)) {
        if (d.paragraph >= 0 || d.kind == QLatin1String("byline"))
            text.decisions.push_back(d);
        else
            headDecisions.push_back(d);
    }
    story.paragraphs.clear();
    story.decisions = headDecisions;
    story.flags.clear();
    story.byline.clear();
    story.closed = false;
    return text;
}

// `text` (taken out of another flow) becomes the story's text, with its byline.
void giveText(Flow &story, const Flow &text)
{
    appendText(story, text);
    story.byline = text.byline;
    story.closed = text.closed;
}

// Latin words in title case: most words of four letters or more start with a capital.
// Numbers are neither: "Debian 0.01 through Debian 0.90" is a line of a sentence.
bool mostlyCapitalised(const QList<QStringView> &words)
{
    // Title case capitalises every word of four letters or more but prepositions and
    // conjunctions: a lower-case verb or noun of that length is a sentence's (Bruce Perens
    // was replaced by Ian Jackson as Debian Project).
    static const char *const prepositions[] = {
        "with",   "from",    "into",    "onto",    "over",   "than",    "that",
        "upon",   "about",   "after",   "under",   "among",  "since",   "until",
        "while",  "where",   "when",    "before",  "across", "against", "around",
        "during", "through", "without", "between", "toward", "towards"};
    int significant = 0, capitalised = 0;
    for (QStringView w : words) {
        if (w.size() < 4 || !w.front().isLetter())
            continue;
        ++significant;
        capitalised += w.front().isUpper();
        if (w.front().isLower() &&
            std::none_of(std::begin(prepositions), std::end(prepositions),
                         [&](const char *s) { return w == QLatin1String(s); }))
            return false;
    }
    return significant > 0 && capitalised * 10 >= significant * 7;
}

// A review flag over a junction at `at` in a paragraph: up to six characters each side.
FlagDraft joinFlag(const QString &text, int paragraph, int at, const QString &reason,
                   double confidence)
{
    FlagDraft f;
    f.kind = QString::fromLatin1(FlagKind::Join);
    f.paragraph = paragraph;
    f.start = std::max(0, at - 6);
    f.length = std::min(12, int(text.size()) - f.start);
    f.text = text.mid(f.start, f.length);
    f.reason = reason;
    f.confidence = confidence;
    return f;
}

// A headline with a comma, a colon or a question between or after its phrases:
// 老街焕新颜，游客回来了, 为什么要建城市书房？, Why Does Debian Matter? Short, no full stop,
// at most two marks, each phrase at least two ideographs (or a word).
bool isPunctuatedHeadline(const QString &text)
{
    if (text.size() > 40 || text.size() < 4)
        return false;
    const int ideographs = cjkCount(text);
    if (ideographs > 0 && (ideographs < 5 || displayWidth(text) > 48))
        return false;
    int marks = 0, phrase = 0, shortest = 1000;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        switch (c) {
        case u'。':
        case u'；':
        case u';':
        case u'、':
            return false;
        case u'.':
            if (i + 1 == text.size() || text[i + 1] == QLatin1Char(' '))
                return false; // a full stop (a decimal point is no mark)
            break;
        case u'，':
        case u',':
        case u'：':
        case u':':
        case u'！':
        case u'!':
        case u'？':
        case u'?':
            if (i + 1 == text.size() && (c == u'，' || c == u',' || c == u'：' || c == u':'))
                return false; // the sentence goes on
            if (marks == 0 && (c == u'：' || c == u':') && phrase <= 2 && ideographs > 0)
                return false; // a speaker's turn in an interview: 问：… 答：…
            ++marks;
            shortest = std::min(shortest, phrase);
            phrase = 0;
            continue;
        default:
            break;
        }
        phrase += isCjk(text[i]) ? 1 : 0;
    }
    if (phrase > 0)
        shortest = std::min(shortest, phrase);
    if (marks == 0 || marks > 2)
        return false;
    if (ideographs == 0) { // English: title case, as StorySegmenter::shapeOf asks
        const QList<QStringView> words =
            QStringView(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        return words.size() <= 12 && text.front().isUpper() && mostlyCapitalised(words);
    }
    return shortest >= 2;
}

// English text in lower case from its first letter (a Chinese paragraph may open with a
// command name: cron-apt 每天…).
bool startsLowerCaseLatin(const QString &text)
{
    return !text.isEmpty() && text.front().isLower() && text.front().unicode() < 0x250 &&
           !hasCjk(text);
}

void trimSpansFromEnd(QVector<SourceSpan> &spans, int count)
{
    while (count > 0 && !spans.isEmpty()) {
        SourceSpan &last = spans.last();
        const int cut = std::min(count, last.length);
        last.length -= cut;
        count -= cut;
        if (last.length == 0)
            spans.removeLast();
    }
}

void trimSpansFromStart(QVector<SourceSpan> &spans, int count)
{
    while (count > 0 && !spans.isEmpty()) {
        SourceSpan &first = spans.first();
        const int cut = std::min(count, first.length);
        first.start += cut;
        first.length -= cut;
        count -= cut;
        if (first.length == 0)
            spans.removeFirst();
    }
}

// Pairs of ideographs and whole Latin words (lower case, four letters or more): what a
// headline shares with its story's text. Kept as sorted hashes: compared often, never shown.
using Shingles = std::vector<quint32>;

Shingles shingles(QStringView s)
{
    Shingles out;
    for (qsizetype i = 0; i + 1 < s.size(); ++i) {
        if (isCjk(s[i]) && isCjk(s[i + 1]))
            out.push_back((quint32(s[i].unicode()) << 16) | s[i + 1].unicode());
    }
    for (qsizetype i = 0; i < s.size();) {
        if (isCjk(s[i]) || !s[i].isLetter()) { // an ideograph first: no Unicode table
            ++i;
            continue;
        }
        const qsizetype start = i;
        quint32 h = 2166136261u; // FNV-1a over the lower-case letters
        while (i < s.size() && !isCjk(s[i]) && s[i].isLetter()) {
            h = (h ^ s[i].toLower().unicode()) * 16777619u;
            ++i;
        }
        if (i - start >= 4)
            out.push_back(h | 0x80000000u); // apart from ideograph pairs (below 0x9FFF << 16)
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

int sharedCount(const Shingles &a, const Shingles &b)
{
    int n = 0;
    for (auto i = a.cbegin(), j = b.cbegin(); i != a.cend() && j != b.cend();) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            ++n;
            ++i;
            ++j;
        }
    }
    return n;
}

Shingles textShingles(const Flow &f)
{
    QString text;
    for (const Para &p : f.paragraphs)
        text += p.text + QLatin1Char('\n');
    return shingles(text);
}

QString canonical(QStringView s)
{
    QString out(s.size(), Qt::Uninitialized);
    QChar *d = out.data();
    for (QChar c : s) {
        // Ideographs and ASCII letters and digits without the Unicode tables.
        const char16_t u = c.unicode();
        const bool keep = isCjk(c) || (u < 0x80 ? ((u | 0x20) >= u'a' && (u | 0x20) <= u'z') ||
                                                      (u >= u'0' && u <= u'9')
                                                : !c.isSpace() && !c.isPunct());
        if (keep)
            *d++ = c;
    }
    out.truncate(d - out.constData());
    return out;
}

} // namespace

UnitShape StorySegmenter::shapeOf(const QString &text)
{
    QString byline;
    if (bylineLine(text, &byline))
        return UnitShape::BylineLine;
    if (endsSentence(text))
        return UnitShape::Body;
    // Every character is at least one cell wide: a long paragraph is answered by its length.
    if (text.size() > kMaxHeadlineWidth || displayWidth(text) > kMaxHeadlineWidth)
        return UnitShape::Body;
    const QChar last = text.back();
    switch (last.unicode()) {
    case u'，':
    case u',':
    case u'、':
    case u'：':
    case u':':
    case u'；':
    case u';':
    case u'-':
        return UnitShape::Body;
    default:
        break;
    }
    int start = 0;
    if (trailingParenthesisedByline(text, &byline, &start))
        return UnitShape::Body;
    // A sentence end inside, or several commas: running text, not a headline.
    int commas = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QChar(0x3002) || c == QChar(0xFF01) || c == QChar(0xFF1F))
            return UnitShape::Body;
        if ((c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?')) &&
            i + 1 < text.size() && text[i + 1] == QLatin1Char(' '))
            return UnitShape::Body;
        commas += c == QChar(0xFF0C) || c == QLatin1Char(',');
    }
    if (commas > 1)
        return UnitShape::Body;
    const int ideographs = cjkCount(text);
    // A Chinese headline is phrases set apart by spaces, not by commas.
    if (ideographs > 0 && hasSentencePunctuation(text) && !hasStrongHeadlineShape(text))
        return UnitShape::Body;
    if (ideographs > 0 && ideographs < kMinHeadlineIdeographs && !hasStrongHeadlineShape(text))
        return UnitShape::Body;
    if (ideographs == 0) {
        if (text.front().isLower())
            return UnitShape::Body;
        // Latin: a short line in title case or capitals. A sentence-case line without a full
        // stop is a wrapped line of running text.
        const QList<QStringView> words =
            QStringView(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() > 14 || !mostlyCapitalised(words))
            return UnitShape::Body;
    }
    return UnitShape::HeadlineLike;
}

bool StorySegmenter::hasStrongHeadlineShape(const QString &text)
{
    // Chinese newspaper headlines are often two phrases with a space between them:
    // 凝聚力量 擦亮“知联品牌”.
    return hasPhraseGap(text);
}

namespace {
bool isNameChar(QChar c)
{
    return isCjk(c) || c == QChar(0x00B7);
}
} // namespace

bool StorySegmenter::trailingParenthesisedByline(const QString &text, QString *byline, int *start)
{
    // One to ten names of one to five characters (or role words such as 记者) in parentheses,
    // separated by spaces, slashes or 、; OCR may space out the characters of a name ("梅 波"),
    // so the whole must hold at least two. Scanned from the end: a paragraph can be long and
    // this runs on every paragraph.
    qsizetype e = text.size();
    while (e > 0 && text[e - 1].isSpace())
        --e;
    if (e == 0 || (text[e - 1] != QLatin1Char(')') && text[e - 1] != QChar(0xFF09)))
        return false;
    --e; // at the closing parenthesis
    int names = 0;
    qsizetype b = e;
    while (b > 0 && e - b <= 64) {
        const QChar c = text[b - 1];
        if (c == QLatin1Char('(') || c == QChar(0xFF08))
            break;
        if (isNameChar(c))
            ++names;
        else if (!(c.isSpace() || c == QLatin1Char('/') || c == QChar(0x3001)))
            return false;
        --b;
    }
    if (b == 0 || e - b > 64 || names < 2 || names > 50)
        return false;
    // Names close a sentence. After an ideograph (OCR may drop the full stop) the brackets
    // must hold names of two or three characters, not a word of the sentence:
    // 其公开部分（网页界面）.
    qsizetype before = b - 1;
    while (before > 0 && text[before - 1].isSpace())
        --before;
    if (before > 0 && isCjk(text[before - 1])) {
        static const QRegularExpression separators(QStringLiteral("[\\s/、]+"));
        const QStringList groups = text.mid(b, e - b).split(separators, Qt::SkipEmptyParts);
        if (std::any_of(groups.cbegin(), groups.cend(),
                        [](const QString &g) { return g.size() < 2 || g.size() > 3; }))
            return false;
    }
    qsizetype first = b;
    while (first < e && text[first].isSpace())
        ++first;
    if (first == e || !isNameChar(text[first]))
        return false;
    *byline = text.mid(b, e - b).simplified();
    *start = int(b - 1);
    return !byline->isEmpty();
}

bool StorySegmenter::trailingNameByline(const QString &text, QString *byline, int *start)
{
    // "… 孙健" after a sentence end: one to three names of two to four characters; in English
    // "… his wife, Debra. MARTA RUIZ": two to four words in capitals.
    qsizetype e = text.size();
    while (e > 0 && text[e - 1].isSpace())
        --e;
    // An English photographer's credit: "… on Wednesday. Photo by JOHN ROE"; the byline is the
    // name, as under a "By" line.
    // Asked of every paragraph: only a text ending in a Latin name has the credit looked for,
    // in its last characters.
    if (e > 0 && text[e - 1].unicode() < 0x80 && text[e - 1].isLetter() &&
        QStringView(text).left(e).right(80).contains(QLatin1String("hoto"), Qt::CaseInsensitive)) {
        static const QRegularExpression credit(
            QStringLiteral("[.!?\"”’)]\\s+(?:photo(?:graph)?s?\\s+by|photo(?:graph)?s?\\s*:)\\s+"
                           "([A-Z][\\w.'-]*(?:\\s+[A-Z][\\w.'-]*){1,3})\\s*$"),
            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch m = credit.match(text);
        if (m.hasMatch()) {
            *byline = m.captured(1).simplified();
            *start = int(m.capturedStart() + 1);
            return true;
        }
    }
    {
        qsizetype b = e;
        int words = 0;
        while (words < 4) {
            qsizetype w = b;
            int letters = 0;
            while (w > 0 && (text[w - 1].isUpper() || text[w - 1] == QLatin1Char('.') ||
                             text[w - 1] == QLatin1Char('-') || text[w - 1] == QLatin1Char('\''))) {
                letters += text[w - 1].isUpper();
                --w;
            }
            if (letters < 2 || w == 0 || text[w - 1] != QLatin1Char(' '))
                break;
            ++words;
            qsizetype sp = w;
            while (sp > 0 && text[sp - 1] == QLatin1Char(' '))
                --sp;
            if (sp == 0)
                break;
            qsizetype q = sp;
            while (q > 0 && isClosing(text[q - 1]))
                --q;
            if (words >= 2 && q > 0 && isSentenceEnd(text[q - 1])) {
                *byline = text.mid(w, e - w).simplified();
                *start = int(sp);
                return true;
            }
            b = sp;
        }
    }
    // A photographer's credit: "… 张三 摄" (or 张三摄); the byline keeps the 摄.
    const qsizetype end = e;
    if (e > 2 && text[e - 1] == QChar(0x6444)) {
        --e;
        while (e > 0 && text[e - 1] == QLatin1Char(' '))
            --e;
    }
    qsizetype b = e;
    int groups = 0;
    while (groups < 3) {
        qsizetype g = b;
        while (g > 0 && isNameChar(text[g - 1]) && b - g < 5)
            --g;
        if (b - g < 2 || b - g > 4 || (g > 0 && isNameChar(text[g - 1])))
            return false;
        ++groups;
        b = g;
        // A single space may separate names; the run of spaces before the first name must
        // follow a sentence end.
        qsizetype sp = b;
        while (sp > 0 && (text[sp - 1] == QLatin1Char(' ') || text[sp - 1] == QChar(0x3000) ||
                          text[sp - 1] == QLatin1Char('\t')))
            --sp;
        if (sp == b || sp == 0)
            return false;
        const QChar before = text[sp - 1];
        switch (before.unicode()) {
        case u'。':
        case u'！':
        case u'？':
        case u'!':
        case u'?':
        case u'”':
        case u'」':
        case u'』':
            *byline = text.mid(b, end - b).simplified();
            *start = int(sp);
            return true;
        default:
            break;
        }
        if (b - sp != 1 || text[sp] == QLatin1Char('\t') || !isNameChar(before))
            return false;
        b = sp;
    }
    return false;
}

bool StorySegmenter::chineseBylineLine(QStringView text, QString *byline)
{
    // Most lines hold none of the role words (记者, 通讯员, 实习生, 评论员, 文/图): answered
    // in one pass over the characters, without the regular expression. The line joiner asks
    // this of every line.
    if (text.size() > 40 || text.size() < 3)
        return false;
    const bool roleWord = std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return u == u'记' || u == u'讯' || u == u'习' || u == u'评' || u == u'/' || u == u'／';
    });
    if (!roleWord || cjkCount(text) < 3)
        return false;
    // Role words, each followed by names of two or three characters set apart by spaces; a
    // commentator may sign with the role alone (本报评论员). Bullets: □ ■ ● ◎ ◆ ▲ ★.
    static const QString names = QStringLiteral("\\p{Han}{2,3}(?:\\s+\\p{Han}{2,3}){0,3}");
    static const QString group =
        QStringLiteral(
            "(?:(?:(?:本报|特约|首席|实习|见习|融媒体|全媒体|摄影)?(?:记者|通讯员)|实习生)"
            "\\s*%1"
            "|(?:本报|特约)?评论员(?:\\s*%1)?"
            "|(?:文|图|摄影)\\s*[/／]\\s*\\p{Han}{2,3}(?:\\s+\\p{Han}{2,3}){0,2}"
            "|(?:文\\s*[/／]\\s*图|图\\s*[/／]\\s*文)\\s+%1)")
            .arg(names);
    static const QRegularExpression re(
        QStringLiteral("^\\s*[□■●◆▲◎○★☆◇]?\\s*(%1(?:\\s+%1)*)\\s*$").arg(group));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return false;
    *byline = m.captured(1).simplified();
    return true;
}

bool StorySegmenter::englishBylineLine(QStringView text, QString *byline)
{
    // Most lines do not start with "By": answer them without the regex.
    qsizetype i = 0;
    while (i < text.size() && text[i].isSpace())
        ++i;
    if (i + 3 > text.size() || text[i] != QLatin1Char('B') ||
        (text[i + 1] != QLatin1Char('y') && text[i + 1] != QLatin1Char('Y')) ||
        !text[i + 2].isSpace())
        return false;
    // Names, and after a comma the writer's post or agency: "By Jane Doe, Staff Writer".
    static const QRegularExpression re(
        QStringLiteral("^\\s*(?:By|BY)\\s+([A-Z][\\w.'’-]*(?:\\s+(?:[A-Z][\\w.'’-]*|and|AND|&))*"
                       "(?:,\\s+[A-Z][\\w.'’-]*(?:\\s+(?:[A-Z][\\w.'’-]*|of|the|for|and)){0,5})?)"
                       "\\s*$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return false;
    *byline = m.captured(1);
    return true;
}

QVector<Unit> StorySegmenter::followJumps(const QVector<Unit> &units,
                                          QVector<UnitShape> *shapes) const
{
    const QVector<UnitShape> &shape = *shapes;
    // The page's boxes (blank-line blocks) in reading order: [first, last] unit of each.
    struct Box
    {
        int first;
        int last;
    };
    QVector<Box> boxes;
    for (int i = 0; i < units.size(); ++i) {
        if (i == 0 || units[i].block != units[i - 1].block)
            boxes.push_back({i, i});
        else
            boxes.last().last = i;
    }
    const int count = int(boxes.size());
    if (count < 3)
        return units; // nothing to reorder (without word counts every gain is 0: no links)
    // A box that stops mid-sentence, and a box whose text may continue another: neither is a
    // headline or a byline line. Computed once: the pairs below ask about every box often.
    QVector<bool> openEnd(count), canContinue(count);
    for (int b = 0; b < count; ++b) {
        const QString &t = units[boxes[b].last].text;
        QString byline;
        int at = 0;
        // A single line as wide as the column is running text, however short its words.
        const bool running = shape[boxes[b].last] == UnitShape::Body ||
                             (units[boxes[b].last].fullLine && !hasStrongHeadlineShape(t));
        openEnd[b] = !endsSentence(t) && running && !trailingParenthesisedByline(t, &byline, &at);
        const Unit &u = units[boxes[b].first];
        canContinue[b] = !u.indented && shape[boxes[b].first] == UnitShape::Body;
    }
    struct Link
    {
        int from;
        int to;
        double gain;
    };
    QVector<Link> links;
    // Text reads on across a junction only where two ideographs meet that some listed word
    // holds side by side; junctionGain() asks that first too, but most pairs of boxes are
    // answered here without the call.
    const WordFrequencies &counts = WordFrequencies::shared();
    auto mayReadOn = [&counts](const QString &tail, const QString &head) {
        return !tail.isEmpty() && !head.isEmpty() && isCjk(tail.back()) && isCjk(head.front()) &&
               counts.pairListed(tail.back(), head.front());
    };
    for (int a = 0; a < count; ++a) {
        if (!openEnd[a])
            continue;
        const QString &tail = units[boxes[a].last].text;
        // The box printed next reads on as well: it is the continuation, nothing moves.
        const double adjacent =
            a + 1 < count ? m_words.junctionGain(tail, units[boxes[a + 1].first].text) : 0;
        for (int b = 0; b < count; ++b) {
            if (b == a || b == a + 1 || !canContinue[b])
                continue;
            const QString &head = units[boxes[b].first].text;
            if (!mayReadOn(tail, head))
                continue; // no gain
            const double gain = m_words.junctionGain(tail, head);
            if (gain < kStrongJunction || gain < adjacent + kStrongJunction)
                continue;
            // The box before b may already be what b continues.
            if (b > 0 && openEnd[b - 1] &&
                m_words.junctionGain(units[boxes[b - 1].last].text, units[boxes[b].first].text) +
                        kStrongJunction >
                    gain)
                continue;
            links.push_back({a, b, gain});
        }
    }
    if (links.isEmpty())
        return units;
    std::stable_sort(links.begin(), links.end(),
                     [](const Link &x, const Link &y) { return x.gain > y.gain; });
    QVector<int> next(count, -1);
    QVector<bool> moved(count, false);
    for (const Link &l : std::as_const(links)) {
        if (next[l.from] >= 0 || moved[l.to])
            continue;
        // No cycles: following the chain from `to` must not come back to `from`.
        bool cycle = false;
        for (int k = l.to; k >= 0 && !cycle; k = next[k])
            cycle = k == l.from;
        if (cycle)
            continue;
        next[l.from] = l.to;
        moved[l.to] = true;
    }
    // Whether box b holds running text only (no headline, no byline line).
    auto allBody = [&](int b) {
        for (int i = boxes[b].first; i <= boxes[b].last; ++i) {
            if (shape[i] != UnitShape::Body)
                return false;
        }
        return true;
    };
    // A moved box that stops mid-sentence takes along the box printed after it when that box
    // reads on from it (协：移除…想被纳入测试版更 / 新必须通过认可的进程。): a column's boxes.
    for (int b = 0; b + 1 < count; ++b) {
        const QString &tail = units[boxes[b].last].text;
        const QString &head = units[boxes[b + 1].first].text;
        if (!moved[b] || !openEnd[b] || next[b] >= 0 || moved[b + 1] || !canContinue[b + 1] ||
            !allBody(b + 1) || m_words.straddlingWord(tail, head) == 0 ||
            m_words.junctionGain(tail, head) < kStrongJunction)
            continue;
        bool cycle = false;
        for (int k = b + 1; k >= 0 && !cycle; k = next[k])
            cycle = k == b;
        if (cycle)
            continue;
        next[b] = b + 1;
        moved[b + 1] = true;
    }
    // A moved box that ends its sentence takes the boxes after it along when they finish
    // its run with a byline before any headline (a jumped paragraph, then the story's last
    // paragraph and its names).
    QVector<int> groupEnd(count);
    for (int b = 0; b < count; ++b)
        groupEnd[b] = b;
    // A box moved out from under a headline (pdfminer printed the head before the last
    // columns of the story above it) takes the rest of that story along: its paragraphs up to
    // the byline, with no headline between.
    for (int b = 0; b < count; ++b) {
        if (!moved[b] || openEnd[b])
            continue;
        QString byline;
        int at = 0;
        if (trailingParenthesisedByline(units[boxes[b].last].text, &byline, &at))
            continue; // its run is complete
        const bool underHead = b > 0 && boxes[b - 1].first == boxes[b - 1].last &&
                               hasStrongHeadlineShape(units[boxes[b - 1].first].text);
        for (int k = b + 1; k < count && k <= b + 8 && !moved[k] && next[k - 1] < 0; ++k) {
            const QString &t = units[boxes[k].last].text;
            if (underHead ? !allBody(k) : !canContinue[k])
                break;
            if (trailingParenthesisedByline(t, &byline, &at)) {
                for (int g = b + 1; g <= k; ++g)
                    moved[g] = true;
                groupEnd[b] = k;
                break;
            }
            if (!endsSentence(t) && !underHead)
                break;
        }
    }
    QVector<Unit> out;
    out.reserve(units.size());
    QVector<UnitShape> outShapes;
    outShapes.reserve(units.size());
    QVector<bool> emitted(count, false);
    // Emits box b (and the boxes it takes along); returns the last box emitted.
    auto emit = [&](int b, bool jumped) {
        for (int g = b; g <= groupEnd[b]; ++g) {
            emitted[g] = true;
            for (int i = boxes[g].first; i <= boxes[g].last; ++i) {
                out.push_back(units[i]);
                outShapes.push_back(shape[i]);
                if (i == boxes[g].first)
                    out.last().jumped = jumped && g == b;
            }
        }
        return groupEnd[b];
    };
    for (int b = 0; b < count; ++b) {
        if (moved[b] || emitted[b])
            continue;
        int last = emit(b, false);
        for (int k = next[last]; k >= 0 && !emitted[k]; k = next[last])
            last = emit(k, true);
    }
    for (int b = 0; b < count; ++b) {
        if (!emitted[b]) // only reachable through a chain that was never started
            emit(b, false);
    }
    *shapes = outShapes;
    return out;
}

PageDraft StorySegmenter::segment(const QVector<Unit> &pageUnits) const
{
    // A headline printed over two boxes is one unit.
    QVector<Unit> joined;
    joined.reserve(pageUnits.size());
    QString by;
    auto isBy = [&](int k) {
        return k < pageUnits.size() && englishBylineLine(pageUnits[k].text, &by);
    };
    // An English headline wrapped over two boxes (OCR prints a blank line between its
    // lines): a line of one or two capitalised words after a title-case line, the "By" line
    // (or a deck and the "By" line) under it.
    auto englishHeadTail = [&](int k) {
        if (joined.isEmpty() || k == 0 || pageUnits[k].block == pageUnits[k - 1].block)
            return false;
        const QString &t = pageUnits[k].text;
        const QString &head = joined.last().text;
        if (cjkCount(t) > 0 || cjkCount(head) > 0 || t.count(QLatin1Char(' ')) > 1 ||
            !t.front().isUpper() || !hasLowerCase(t) || endsSentence(t) || isBy(k) ||
            shapeOf(head) != UnitShape::HeadlineLike || !head.contains(QLatin1Char(' ')) ||
            !hasLowerCase(head) || isPageFurniture(t))
            return false;
        const QStringList words = t.split(QLatin1Char(' '));
        return std::all_of(words.cbegin(), words.cend(),
                           [](const QString &w) { return !w.isEmpty() && w.front().isUpper(); }) &&
               (isBy(k + 1) ||
                (k + 2 < pageUnits.size() && isBy(k + 2) && !endsSentence(pageUnits[k + 1].text)));
    };
    int looseCap = -1; // index in `joined` of a capital letter printed alone
    for (int k = 0; k < pageUnits.size(); ++k) {
        const Unit &u = pageUnits[k];
        if ((u.titleContinuation || englishHeadTail(k)) && !joined.isEmpty()) {
            Unit &previous = joined.last();
            previous.text += joinSeparator(previous.text, u.text, spacing()) + u.text;
            previous.spans += u.spans;
            continue;
        }
        // The writer's post under a "By" line, closing its box (By JANE DOE / Staff Writer),
        // or over an indented paragraph (pdftotext prints the text in the same box).
        QString byline;
        const bool closesBox = k + 1 == pageUnits.size() || pageUnits[k + 1].block != u.block ||
                               pageUnits[k + 1].indented;
        if (!joined.isEmpty() && joined.last().block == u.block && closesBox && !hasCjk(u.text) &&
            u.text.count(QLatin1Char(' ')) <= 4 && !u.text.contains(QLatin1Char(',')) &&
            englishBylineLine(joined.last().text, &byline) && !byline.contains(QLatin1Char(',')) &&
            englishBylineLine(QString(joined.last().text + QStringLiteral(", ") + u.text),
                              &byline)) {
            Unit &previous = joined.last();
            previous.text += QStringLiteral(", ") + u.text;
            previous.spans += u.spans;
            continue;
        }
        // A drop cap printed far from its word (pdftotext -raw prints it at the page's top):
        // the text under a "By" line that opens on the word's lower-case rest takes it back
        // (T … he Debian Project → The Debian Project).
        if (looseCap >= 0 && joined[looseCap].text.size() == 1 && m_joiner && !joined.isEmpty() &&
            startsLowerCaseLatin(u.text) && englishBylineLine(joined.last().text, &byline)) {
            qsizetype e = 0;
            while (e < u.text.size() && u.text[e].isLetter())
                ++e;
            const QString word = joined[looseCap].text + u.text.left(e);
            if (m_joiner->isWord(word)) {
                Unit whole = u;
                whole.text.prepend(joined[looseCap].text);
                whole.spans = joined[looseCap].spans + u.spans;
                for (Decision &d : whole.decisions)
                    d.position += 1;
                for (FlagDraft &f : whole.flags)
                    f.start += 1;
                Decision d =
                    decision(QStringLiteral("join"), -1, 0.8,
                             Tr::tr("A drop cap printed apart from its word, at the "
                                    "page's top, was put back at the start of the text."),
                             joined[looseCap].text + QStringLiteral(" … ") + u.text.left(8));
                d.position = 1;
                d.after = whole.text.left(9);
                whole.decisions.prepend(d);
                joined.removeAt(looseCap);
                looseCap = -1;
                joined.push_back(whole);
                continue;
            }
        }
        if (u.text.size() == 1 && u.text[0].isUpper() && u.text[0].unicode() < 0x80 &&
            u.text[0] != QLatin1Char('A') && u.text[0] != QLatin1Char('I'))
            looseCap = int(joined.size());
        // A column's first line that pdfminer printed between a headline and its "By" line or
        // credit (Developers Meet Every Summer / He initiated several important / From staff
        // reports / facets of the project…): it goes on after the credit, in lower case.
        if (joined.size() >= 2 && k + 1 < pageUnits.size() && !hasCjk(u.text) &&
            (isDeskCreditLine(u.text) || englishBylineLine(u.text, &byline)) &&
            startsLowerCaseLatin(pageUnits[k + 1].text)) {
            const Unit &stray = joined.last();
            const Unit &head = joined[joined.size() - 2];
            if (!hasCjk(stray.text) && !endsSentence(stray.text) && stray.spans.size() == 1 &&
                stray.block != u.block && !stray.text.isEmpty() && stray.text.front().isUpper() &&
                hasLowerCase(stray.text) && shapeOf(head.text) == UnitShape::HeadlineLike &&
                !hasCjk(head.text)) {
                const Unit line = stray;
                joined.last() = u;
                joined.push_back(line);
                continue;
            }
        }
        joined.push_back(u);
    }
    QVector<UnitShape> shape(joined.size());
    for (int i = 0; i < joined.size(); ++i)
        shape[i] = shapeOf(joined[i].text);
    // Read only from here on: const access spares QVector's detach checks.
    const QVector<Unit> units = followJumps(joined, &shape);
    const int n = int(units.size());

    // Roles in context: a headline needs text after it, and a short line right after a
    // paragraph broken mid-sentence is that paragraph's continuation unless it has the clear
    // shape of a headline.
    QVector<Role> role(n, Role::Body);
    QVector<bool> candidate(n, false);
    // A line right above a "By NAME" line is a headline, in sentence case too.
    auto aboveByline = [&](int k) {
        return k + 1 < n && shape[k + 1] == UnitShape::BylineLine &&
               shape[k] != UnitShape::BylineLine && !units[k].wrapped &&
               (!endsSentence(units[k].text) || isPunctuatedHeadline(units[k].text)) &&
               displayWidth(units[k].text) <= 2 * kMaxHeadlineWidth;
    };
    auto strongHeadline = [&](int k) {
        return hasStrongHeadlineShape(units[k].text) || aboveByline(k);
    };
    // A line right above a deck (——全年将投入资金50亿元) is the main headline of a Chinese
    // three-part head, whatever its shape: the line above it, if any, is its kicker.
    auto aboveDeck = [&](int k) {
        if (k + 1 >= n || units[k].wrapped || shape[k] == UnitShape::BylineLine ||
            hasSentencePunctuation(units[k].text) || endsSentence(units[k].text) ||
            displayWidth(units[k].text) > kMaxHeadlineWidth)
            return false;
        const QString &deck = units[k + 1].text;
        return deck.startsWith(QStringLiteral("\u2014\u2014")) && deck.size() <= 40 &&
               !endsSentence(deck);
    };
    // The page's running heads are no story's, wherever the extractor printed them.
    QVector<bool> pageLabel(n, false);
    for (int i = 0; i < n; ++i)
        pageLabel[i] = shape[i] != UnitShape::BylineLine && isPageFurniture(units[i].text);
    // A column's label opening a box after a finished story (短评, 记者手记), alone or over
    // the headline in the same box, stands above the next headline; it is no sentence
    // broken off.
    auto labelAfterEnd = [&](int k) {
        QString signer;
        int signedAt = 0;
        const QString &t = units[k].text;
        // The last line of a box after a sentence of that box starts a sentence that goes on
        // elsewhere (这些); in pdftotext -raw, one box to the page, the label has a line.
        if (t.size() < 2 || t.size() > 5 || cjkCount(t) != t.size() || k + 1 >= n ||
            (k > 0 && units[k].block == units[k - 1].block && units[k + 1].block != units[k].block))
            return false;
        if (k == 0)
            return true;
        // After a finished story, the page's running head, or another story's head (a deck);
        // or under the masthead, with no text above.
        const QString &before = units[k - 1].text;
        return endsSentence(before) || pageLabel[k - 1] ||
               before.startsWith(QStringLiteral("\u2014\u2014")) ||
               trailingParenthesisedByline(before, &signer, &signedAt) ||
               trailingNameByline(before, &signer, &signedAt) ||
               std::none_of(units.cbegin(), units.cbegin() + k, [](const Unit &u) {
                   return endsSentence(u.text) || hasSentencePunctuation(u.text);
               });
    };
    for (int i = 0; i < n; ++i) {
        if (shape[i] == UnitShape::BylineLine) {
            role[i] = Role::BylineLine;
            continue;
        }
        if (aboveByline(i)) {
            candidate[i] = true;
            continue;
        }
        // A headline with a comma or a question mark reads like a short sentence: it is one
        // only where a story starts, under a kicker line, after a signed story or at the top
        // of the page, with text under it that does not read on from it.
        if (shape[i] == UnitShape::Body && i + 1 < n && !units[i].wrapped && !units[i].fullLine &&
            shape[i + 1] == UnitShape::Body && isPunctuatedHeadline(units[i].text) &&
            m_words.straddlingWord(units[i].text, units[i + 1].text) == 0 &&
            !startsLowerCaseLatin(units[i + 1].text)) {
            QString ignored;
            int ignoredStart = 0;
            const bool underKicker = i > 0 && shape[i - 1] == UnitShape::HeadlineLike &&
                                     !units[i - 1].wrapped &&
                                     displayWidth(units[i - 1].text) <= displayWidth(units[i].text);
            const bool afterSignedStory =
                i > 0 && (trailingParenthesisedByline(units[i - 1].text, &ignored, &ignoredStart) ||
                          trailingNameByline(units[i - 1].text, &ignored, &ignoredStart));
            const bool pageTop = std::none_of(shape.cbegin(), shape.cbegin() + i,
                                              [](UnitShape s) { return s == UnitShape::Body; });
            candidate[i] = underKicker || afterSignedStory || pageTop;
            continue;
        }
        if (shape[i] != UnitShape::HeadlineLike || i + 1 >= n)
            continue;
        // An English headline has two words at least: a capitalised word alone is the first
        // word of a sentence printed apart (Originally). (A word in capitals is a kicker.)
        if (!hasCjk(units[i].text) && !units[i].text.contains(QLatin1Char(' ')) &&
            hasLowerCase(units[i].text))
            continue;
        // Lines of a column's full width are running text; but a line in a box of its own
        // between a finished story (or the page's running head) and another story's head is a
        // head stacked over it, however wide.
        const bool stackedHead =
            !units[i].wrapped && i > 0 && units[i].block != units[i - 1].block &&
            units[i + 1].block != units[i].block && hasStrongHeadlineShape(units[i + 1].text) &&
            (pageLabel[i - 1] || endsSentence(units[i - 1].text));
        if ((units[i].fullLine || units[i].wrapped) && !hasStrongHeadlineShape(units[i].text) &&
            !aboveDeck(i) && !stackedHead)
            continue;
        // A headline never ends on a preposition (此工具最初针对): the line goes on. A numbered
        // or marked heading ((二)服务群众, ■ 办好民生小事) heads a part of a story.
        if (m_words.endsOnPreposition(units[i].text) || isMarkedHeading(units[i].text))
            continue;
        // The last line of a box after a finished sentence of the same box starts a sentence
        // that goes on elsewhere ("This"); a headline stands in a box of its own.
        if (i > 0 && units[i].block == units[i - 1].block && units[i + 1].block != units[i].block &&
            endsSentence(units[i - 1].text) && !hasStrongHeadlineShape(units[i].text))
            continue;
        if (i > 0 && shape[i - 1] == UnitShape::BylineLine)
            continue; // the text under a "By" line is the story's first paragraph
        // English text never starts with a lower-case word: a line it goes on from is running
        // text ("On 21 April 1999, Corel Corporation" / "and the K Desktop Project…").
        if (!hasCjk(units[i].text) && units[i + 1].text.front().isLower() &&
            units[i + 1].text.front().unicode() < 0x250)
            continue;
        // A short line heading a box of its own text is no continuation of a sentence broken
        // in the box before.
        // It is narrower than the line under it: a full line heading a box is the broken
        // sentence's next line. (Chinese only: a capitalised Latin word heading a box is as
        // often a name cut in two.)
        auto firstLineWidth = [&](int k) {
            const int length = units[k].spans.isEmpty() ? int(units[k].text.size())
                                                        : units[k].spans.first().length;
            return displayWidth(QStringView(units[k].text).left(length));
        };
        const bool headsItsBox = i > 0 && units[i].block != units[i - 1].block &&
                                 units[i + 1].block == units[i].block &&
                                 cjkCount(units[i].text) >= 2 &&
                                 displayWidth(units[i].text) + 4 <= firstLineWidth(i + 1);
        QString ignored;
        int ignoredStart = 0;
        // (The page's running head or a jump line between is no sentence left open.)
        // (Nor is a drop cap printed apart: a capital letter alone.)
        const bool dropCap =
            i > 0 && units[i - 1].text.size() == 1 && units[i - 1].text[0].isUpper();
        const bool previousDangles = i > 0 && !headsItsBox && shape[i - 1] == UnitShape::Body &&
                                     !pageLabel[i - 1] && stopsMidSentence(units[i - 1].text) &&
                                     !labelAfterEnd(i - 1) && !dropCap;
        const bool previousClosed =
            i > 0 && (trailingParenthesisedByline(units[i - 1].text, &ignored, &ignoredStart) ||
                      trailingNameByline(units[i - 1].text, &ignored, &ignoredStart));
        // An English line in title case that is a box of its own, with the text under it in
        // the next box, is a headline even after a sentence left dangling: the rest of that
        // sentence was printed elsewhere.
        // After a line that ends on a word that never ends a phrase, that line goes on
        // ("replaced by" / "Ian Jackson as Debian Project" / "Leader at the beginning…"),
        // unless another head follows (heads stacked after a broken column).
        const bool englishTitleBox =
            !hasCjk(units[i].text) && i > 0 && units[i].block != units[i - 1].block &&
            (!endsOnFunctionWord(units[i - 1].text) || shape[i + 1] == UnitShape::HeadlineLike) &&
            units[i + 1].block != units[i].block && units[i].text.count(QLatin1Char(' ')) >= 2 &&
            !startsLowerCaseLatin(units[i + 1].text);
        // An English headline over its deck and "By" line heads a story even after a sentence
        // left dangling (pdftotext printed the head under another story's broken column).
        const bool overEnglishDeck =
            !hasCjk(units[i].text) && aboveByline(i + 1) && shape[i + 1] == UnitShape::Body &&
            units[i].text.contains(QLatin1Char(' ')) && hasLowerCase(units[i].text);
        candidate[i] = !previousDangles || previousClosed || strongHeadline(i) || englishTitleBox ||
                       aboveDeck(i) || overEnglishDeck;
    }
    // A short line that the next text continues (a word or a doubled character runs across
    // the break) is the first line of a paragraph, not a headline.
    for (int i = 0; i + 1 < n; ++i) {
        if (!candidate[i] || strongHeadline(i))
            continue;
        const QString &a = units[i].text;
        const QString &b = units[i + 1].text;
        const bool doubled = a.back() == b.front() && isCjk(a.back());
        if (doubled || m_words.straddlingWord(a, b) > 0)
            candidate[i] = false;
    }
    int firstRunningText = n;
    for (int i = 0; i < n && firstRunningText == n; ++i) {
        if (shape[i] == UnitShape::Body && endsSentence(units[i].text) && !candidate[i])
            firstRunningText = i;
    }
    // The line above headline h is the last line of a box that ends a sentence, printed
    // apart from the headline's box: it closes that box (a caption's trailing name, the first
    // word of a sentence that goes on elsewhere), it does not stand above the headline.
    auto closesBox = [&](int h) {
        return h >= 2 && units[h - 1].block == units[h - 2].block &&
               units[h - 1].block != units[h].block && endsSentence(units[h - 2].text);
    };
    // A kicker stands above its headline narrower than it; as wide, above a headline with a
    // comma or a question mark (which a kicker never has).
    auto narrowerAbove = [&](int k, int h) {
        const int above = displayWidth(units[k].text);
        const int head = displayWidth(units[h].text);
        return above < head || (above == head && shape[k] == UnitShape::HeadlineLike &&
                                shape[h] == UnitShape::Body);
    };
    for (int i = 0; i < n;) {
        if (!candidate[i]) {
            ++i;
            continue;
        }
        int j = i;
        while (j < n && candidate[j])
            ++j;
        // i..j-1 are consecutive headline-like lines followed by text. Each line shaped like a
        // headline (two phrases) opens a story, with the shorter line just above it as its
        // kicker; without such a line the first (or, under a shorter kicker, the second) is
        // the headline. The other lines are running text (a deck or a first line).
        // English heads in title case stacked one over the other (pdftotext prints two
        // stories' heads together): each that heads a box of its own opens a story.
        auto englishHeadsBox = [&](int k) {
            const QString &t = units[k].text;
            return !hasCjk(t) && shape[k] == UnitShape::HeadlineLike &&
                   t.count(QLatin1Char(' ')) >= 2 && hasLowerCase(t) && // capitals: a kicker
                   (k == 0 || units[k - 1].block != units[k].block);
        };
        int englishHeads = 0;
        for (int k = i; k < j; ++k)
            englishHeads += englishHeadsBox(k);
        QVector<int> strong;
        for (int k = i; k < j && strong.isEmpty(); ++k) {
            if (aboveDeck(k)) {
                strong.push_back(k);
                if (k > i && role[k - 1] == Role::Body && !closesBox(k))
                    role[k - 1] = Role::Kicker;
            }
        }
        for (int k = i; k < j && !(strong.size() == 1 && aboveDeck(strong.first())); ++k) {
            if (strongHeadline(k) || (englishHeads >= 2 && englishHeadsBox(k)))
                strong.push_back(k);
        }
        if (strong.isEmpty()) {
            int headline = i;
            if (j - i >= 2 && narrowerAbove(i, i + 1))
                headline = i + 1;
            strong.push_back(headline);
        }
        // An English deck: a sentence-case line between a headline in title case and the "By"
        // line (Spending rises for the first time in a decade). The headline is the line above;
        // the deck stays with the text.
        for (int &h : strong) {
            const QString &t = units[h].text;
            if (h > i && cjkCount(t) == 0 && aboveByline(h) && shape[h] == UnitShape::Body &&
                shape[h - 1] == UnitShape::HeadlineLike && cjkCount(units[h - 1].text) == 0 &&
                units[h - 1].text.count(QLatin1Char(' ')) >= 2 && hasLowerCase(units[h - 1].text))
                --h;
        }
        for (int h : std::as_const(strong)) {
            role[h] = Role::Headline;
            if (h == i && h > 0 && role[h - 1] == Role::Body && labelAfterEnd(h - 1))
                role[h - 1] = Role::Kicker;
            // An English kicker is set in capitals or is a phrase: a single capitalised word
            // above a headline is a sentence's first word printed apart (Originally).
            const QString &above = units[std::max(0, h - 1)].text;
            const bool kickerShape =
                cjkCount(above) > 0 || !hasLowerCase(above) || above.contains(QLatin1Char(' '));
            if (h > i && role[h - 1] == Role::Body && !strongHeadline(h - 1) && !closesBox(h) &&
                narrowerAbove(h - 1, h) && (h - 1 == i || role[h - 2] != Role::Headline) &&
                kickerShape)
                role[h - 1] = Role::Kicker;
            // A Chinese headline of one phrase in a box of its own right above another story's
            // head, as wide or wider, opening the run: two stories' heads stacked (pdfminer
            // prints side-by-side heads together); it is no kicker and no text.
            const int k = h - 1;
            if ((k == i || (k > i && pageLabel[k - 1])) && role[k] == Role::Body &&
                cjkCount(units[k].text) > 0 && shape[k] == UnitShape::HeadlineLike &&
                !narrowerAbove(k, h) && units[k].block != units[h].block &&
                (k == 0 || units[k - 1].block != units[k].block))
                role[k] = Role::Headline;
            // So is such a headline over the other head's kicker (用户参与让缺陷报告汇聚众力 /
            // 系统安全 / 安全更新 只为修补漏洞), wider than the kicker.
            const int k2 = h - 2;
            if (k2 >= i && (k2 == i || pageLabel[k2 - 1]) && role[h - 1] == Role::Kicker &&
                role[k2] == Role::Body && cjkCount(units[k2].text) > 0 &&
                shape[k2] == UnitShape::HeadlineLike && !narrowerAbove(k2, h - 1) &&
                units[k2].block != units[h - 1].block &&
                (k2 == 0 || units[k2 - 1].block != units[k2].block))
                role[k2] = Role::Headline;
        }
        // A title-case line above an English story's head, after running text and neither
        // its kicker nor shorter: another story's headline, printed away from its text (its
        // "By" line and text come later); it opens a story that waits for that text.
        for (int k = i; k < j && !strong.isEmpty() && k < strong.first(); ++k) {
            if (role[k] != Role::Body || shape[k] != UnitShape::HeadlineLike ||
                hasCjk(units[k].text) || k < firstRunningText ||
                displayWidth(units[k].text) < displayWidth(units[strong.first()].text))
                continue;
            role[k] = Role::Headline;
        }
        i = j;
    }

    // A sentence-case English line in a box of its own right above a headline that has its
    // "By" line is another story's headline, printed away from its text (pdftotext stacks
    // the heads of stories side by side).
    for (int h = 1; h + 1 < n; ++h) {
        const int k = h - 1;
        const QString &t = units[k].text;
        if (role[h] != Role::Headline || !aboveByline(h) || role[k] != Role::Body ||
            units[k].wrapped || units[k].fullLine || hasCjk(t) || endsSentence(t) ||
            !t.front().isUpper() || t.size() > 80 || units[k].block == units[h].block ||
            (k > 0 && units[k - 1].block == units[k].block) || hasSentencePunctuation(t))
            continue;
        role[k] = Role::Headline;
    }

    // A caption signed with a name after its last sentence ends there too.
    auto signedCaption = [&](int k) {
        QString name;
        int at = 0;
        return trailingNameByline(units[k].text, &name, &at);
    };
    // A short line without punctuation right above a headline, after the end of a story, is
    // its kicker even when it is too short to be read as a title on its own (问与答).
    for (int h = 1; h < n; ++h) {
        const QString &t = units[h - 1].text;
        QString names;
        int namesAt = 0;
        if (role[h] != Role::Headline || role[h - 1] != Role::Body || endsSentence(t) ||
            hasSentencePunctuation(t) || displayWidth(t) > 24 ||
            displayWidth(t) >= displayWidth(units[h].text) ||
            trailingParenthesisedByline(t, &names, &namesAt)) // the story before signed off
            continue;
        // Above the first story there is no text, only the masthead.
        const bool firstHead =
            std::none_of(units.cbegin(), units.cbegin() + h - 1, [](const Unit &u) {
                return endsSentence(u.text) || hasSentencePunctuation(u.text);
            });
        const bool afterEnd = h == 1 || firstHead || role[h - 2] == Role::Headline ||
                              role[h - 2] == Role::BylineLine || endsSentence(units[h - 2].text) ||
                              units[h - 2].text.endsWith(QLatin1Char(')')) ||
                              units[h - 2].text.endsWith(QChar(0xFF09)) || signedCaption(h - 2);
        if (afterEnd && !closesBox(h) && (cjkCount(t) >= 2 || !hasLowerCase(t)))
            role[h - 1] = Role::Kicker;
    }

    // Stray short lines between stories or under a headline: the rest of a headline that
    // wrapped (a word runs across, 可自由分 / 发), or a page label or date that an extractor
    // printed among the stories (星期三, 第 7 版). Neither belongs to the text.
    // Without a page number or date in it, such a line is furniture only before any running
    // text (the masthead row); further down a lone short name is a caption's byline.
    int firstText = n;
    for (int i = 0; i < n && firstText == n; ++i) {
        if (role[i] == Role::Body &&
            (endsSentence(units[i].text) || hasSentencePunctuation(units[i].text)))
            firstText = i;
    }
    for (int i = 1; i + 1 < n; ++i) {
        const QString &t = units[i].text;
        if (role[i] != Role::Body || units[i].fullLine || endsSentence(t) ||
            hasSentencePunctuation(t) || role[i + 1] != Role::Body)
            continue;
        const int ideographs = cjkCount(t);
        const bool digit = std::any_of(t.cbegin(), t.cend(), [](QChar c) { return c.isDigit(); });
        const bool stray = ideographs > 0 && ideographs <= 4 && displayWidth(t) <= 10 &&
                           (i < firstText || role[i - 1] == Role::Headline);
        if (!stray && !(digit && displayWidth(t) <= 20 && ideographs > 0))
            continue;
        const QString &previous = units[i - 1].text;
        if (role[i - 1] == Role::Headline &&
            (ideographs == 1 || m_words.straddlingWord(previous, t) > 0)) {
            role[i] = Role::HeadlineTail;
            continue;
        }
        const bool afterEnd = role[i - 1] == Role::Headline || role[i - 1] == Role::Kicker ||
                              role[i - 1] == Role::Furniture || role[i - 1] == Role::BylineLine ||
                              endsSentence(previous) || previous.endsWith(QLatin1Char(')')) ||
                              previous.endsWith(QChar(0xFF09));
        if (!afterEnd || m_words.straddlingWord(t, units[i + 1].text) > 0 ||
            t.back() == units[i + 1].text.front())
            continue;
        role[i] = Role::Furniture;
    }

    for (int i = 0; i < n; ++i) {
        if (pageLabel[i])
            role[i] = Role::Furniture;
    }
    // The page's first line, a short name over the page's number or date, is the masthead
    // (江城晚报 / 第 2 版, THE RIVERSIDE GAZETTE / Thursday, March 7, 2024), also when the
    // page opens on a story's headless continuation, which would otherwise read on from it.
    if (n > 1 && role[0] != Role::BylineLine && role[0] != Role::Furniture && pageLabel[1] &&
        !units[0].fullLine && !endsSentence(units[0].text) &&
        !hasSentencePunctuation(units[0].text) && displayWidth(units[0].text) <= 32)
        role[0] = Role::Furniture;

    // An agency's or desk's credit on a line of its own under an English headline signs the
    // story as a "By" line does (ASSOCIATED PRESS, From staff reports); it is no first line
    // of the text.
    for (int i = 1; i + 1 < n; ++i) {
        if (role[i] == Role::Body && role[i - 1] == Role::Headline && role[i + 1] == Role::Body &&
            isEnglishCreditLine(units[i].text) && !startsLowerCaseLatin(units[i + 1].text))
            role[i] = Role::BylineLine;
    }

    // Page furniture: short lines without a sentence above the first story head (the
    // masthead, page number, section and date, even one shaped like a headline) belong to no
    // story. The first story head is the first headline with running text under it.
    QVector<Decision> furniture;
    auto hasText = [&](int k) {
        const QString &t = units[k].text;
        return role[k] == Role::BylineLine ||
               (role[k] == Role::Body && (endsSentence(t) || hasSentencePunctuation(t) ||
                                          displayWidth(t) > kMaxHeadlineWidth));
    };
    int firstHead = -1;
    for (int h = 0; h < n && firstHead < 0; ++h) {
        if (role[h] != Role::Headline)
            continue;
        int k = h + 1;
        while (k < n && role[k] != Role::Headline && !hasText(k))
            ++k;
        if (k < n && hasText(k))
            firstHead = h;
    }
    bool leadingText = false;
    for (int i = 0; i < firstHead; ++i)
        leadingText = leadingText || hasText(i);
    // A headline up there is furniture only with the page's number or date in it, or as the
    // page's first line without a headline's two phrases (the masthead, 电脑生活报): an
    // extractor may print a neighbour's headline before the lead story's.
    auto keptHeadline = [&](int k) {
        return role[k] == Role::Headline && (k > 0 || hasStrongHeadlineShape(units[k].text)) &&
               std::none_of(units[k].text.cbegin(), units[k].text.cend(),
                            [](QChar c) { return c.isDigit(); });
    };
    for (int i = 0; i < firstHead && !leadingText; ++i) {
        if (role[i] == Role::Kicker && i + 1 == firstHead)
            break;
        if (keptHeadline(i))
            continue;
        // So is the kicker of such a headline (its text comes after the next story's head).
        if (role[i] == Role::Kicker && i + 1 < n && keptHeadline(i + 1))
            continue;
        role[i] = Role::Furniture; // recorded as a decision where the stories are built
    }

    QVector<Flow> flows;
    int current = -1; // the flow receiving body text
    QString pendingKicker;
    int pendingKickerUnit = -1;
    // A label printed apart from its headline, waiting for the next headline.
    struct StrayKicker
    {
        Para para;
        int unit = -1; // -1: none waiting
    } strayKicker;
    // Two to five ideographs, nothing else: 编者按, 新手课堂.
    auto isStrayLabel = [this](const QString &t) {
        return t.size() >= 2 && t.size() <= 5 && cjkCount(t) == t.size() &&
               !m_words.endsOnPreposition(t) && !isPageFurniture(t);
    };

    auto joinInto = [&](Flow &flow, Para right) {
        Para &last = flow.paragraphs.last();
        const int paragraph = int(flow.paragraphs.size()) - 1;
        // A character repeated at a column break (经历 / 历主动) is dropped unless the pair reads
        // as a word (谢谢): compare how the two versions segment around the join.
        if (!last.text.isEmpty() && !right.text.isEmpty() &&
            last.text.back() == right.text.front() && isCjk(right.text.front()) &&
            !right.text.front().isSurrogate()) {
            const QString left4 = last.text.right(4);
            const QString right5 = right.text.left(5);
            const int keep = m_words.isolatedIdeographs(QString(left4 + right5));
            const int drop = m_words.isolatedIdeographs(QString(left4 + right5.mid(1)));
            if (drop < keep) {
                const QString before = last.text.right(2) + right.text.left(3);
                right.text.remove(0, 1);
                trimSpansFromStart(right.spans, 1);
                shiftPending(right, -1);
                const int at = int(last.text.size());
                const QString after = last.text.right(2) + right.text.left(2);
                Decision d;
                d.kind = QStringLiteral("doubled-character");
                d.paragraph = paragraph;
                d.position = at;
                d.confidence = 0.8;
                d.reason = Tr::tr("The character “%1” was printed at the end of one column and "
                                  "again at the start of the next; the repeat was dropped.")
                               .arg(last.text.back());
                d.before = before;
                d.after = after;
                flow.decisions.push_back(d);
                FlagDraft f;
                f.kind = QString::fromLatin1(FlagKind::DoubledCharacter);
                f.paragraph = paragraph;
                f.start = std::max(0, at - 2);
                f.length = int(after.size());
                f.text = before;
                f.suggestion = after;
                f.reason = d.reason;
                f.confidence = d.confidence;
                flow.flags.push_back(f);
            }
        }
        const int straddle = m_words.straddlingWord(last.text, right.text);
        Decision d;
        d.kind = QStringLiteral("join");
        d.paragraph = paragraph;
        d.position = int(last.text.size());
        d.confidence = straddle > 0 ? 0.95 : 0.8;
        d.reason = straddle > 0
                       ? Tr::tr("The paragraph stopped mid-sentence at a column end; the next "
                                "text continues it (a word runs across the break).")
                       : Tr::tr("The paragraph stopped mid-sentence at a column end; the next "
                                "text continues it.");
        d.before = last.text.right(8) + QStringLiteral("\n\n") + right.text.left(8);
        // A word hyphenated at the column break ("recog-" / "nize") loses its hyphen.
        QString separator = joinSeparator(last.text, right.text, spacing());
        if (m_joiner && m_joiner->removesHyphen(last.text, right.text)) {
            last.text.chop(1);
            if (!last.spans.isEmpty())
                last.spans.last().length -= 1;
            d.position -= 1;
            d.confidence = 0.95;
            d.reason = Tr::tr("The paragraph stopped at a column end in a hyphenated word; the "
                              "next text completes the word, so the hyphen was removed.");
        }
        shiftPending(right, int(last.text.size() + separator.size()));
        last.text += separator + right.text;
        last.spans += right.spans;
        last.decisions += right.decisions;
        last.flags += right.flags;
        d.after = last.text.mid(d.position - std::min(d.position, 8), 16 + separator.size());
        flow.decisions.push_back(d);
    };

    // `text` goes on from the story's last paragraph: its first paragraph completes it, the
    // rest follow, with their decisions and flags; its byline signs the story. Returns the
    // index of the join's decision in the story.
    auto continueWith = [&](Flow &story, const Flow &text) {
        const int base = int(story.paragraphs.size()) - 1;
        joinInto(story, text.paragraphs.first());
        const int join = int(story.decisions.size()) - 1;
        for (int i = 1; i < text.paragraphs.size(); ++i)
            story.paragraphs.push_back(text.paragraphs[i]);
        rebaseNotes(story, text, base);
        if (!text.byline.isEmpty())
            story.byline = text.byline;
        story.closed = text.closed;
        return join;
    };

    auto closeWithByline = [&](Flow &flow) {
        Para &last = flow.paragraphs.last();
        QString byline;
        int start = 0;
        if (!trailingParenthesisedByline(last.text, &byline, &start))
            return;
        const int removed = int(last.text.size()) - start;
        Decision d;
        d.kind = QStringLiteral("byline");
        d.paragraph = int(flow.paragraphs.size()) - 1;
        d.position = start;
        d.confidence = 0.95;
        d.reason = Tr::tr("Names in parentheses at the end of the story are its byline.");
        d.before = last.text.mid(start);
        d.after = QString();
        last.text.truncate(start);
        while (!last.text.isEmpty() && last.text.back().isSpace())
            last.text.chop(1);
        trimSpansFromEnd(last.spans, removed);
        if (last.text.isEmpty()) {
            flow.paragraphs.removeLast();
            d.paragraph = -1; // the names were the whole paragraph: no paragraph is left
        }
        flow.decisions.push_back(d);
        flow.byline = byline;
        flow.closed = true;
    };

    // A dangling paragraph that is only a truncated copy of another paragraph seen so far has
    // no continuation anywhere (the dedup stage flags it).
    auto canonicalCached = [](Para &p) -> const QString & {
        if (p.canonFor != p.text.size()) {
            p.canon = canonical(p.text);
            p.canonFor = p.text.size();
        }
        return p.canon;
    };
    auto isTruncatedCopy = [&](int flowIndex) {
        const QString c = canonicalCached(flows[flowIndex].paragraphs.last());
        if (c.size() < 12)
            return false;
        // One matcher for all the paragraphs: contains() would rebuild its table each time.
        const QStringMatcher matcher(c);
        for (int i = 0; i < flows.size(); ++i) {
            for (int k = 0; k < flows[i].paragraphs.size(); ++k) {
                if (i == flowIndex && k == flows[i].paragraphs.size() - 1)
                    continue;
                if (flows[i].paragraphs[k].text.size() <= c.size())
                    continue; // canonical text is never longer than the text
                const QString &other = canonicalCached(flows[i].paragraphs[k]);
                if (other.size() > c.size() && matcher.indexIn(other) >= 0)
                    return true;
            }
        }
        return false;
    };
    auto dangles = [&](const Flow &f) {
        QString name;
        int at = 0;
        // A name after the last sentence signs a caption: nothing continues it. A paragraph
        // that ends in a colon introduces what follows as a paragraph of its own.
        if (f.closed || f.paragraphs.isEmpty() || f.paragraphs.last().whole)
            return false;
        const QString &last = f.paragraphs.last().text;
        return stopsMidSentence(last) && !trailingNameByline(last, &name, &at);
    };
    // Stories interrupted mid-sentence by the next headline: their continuations are printed
    // somewhere later on the page.
    QVector<int> interrupted;

    // One to three names of two to four ideographs: 杜若, 林晓 陈默.
    auto isNameLine = [](const QString &t) {
        const QList<QStringView> names = QStringView(t).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (names.isEmpty() || names.size() > 3)
            return false;
        for (QStringView name : names) {
            if (name.size() < 2 || name.size() > 4 || cjkCount(name) != name.size())
                return false;
        }
        return true;
    };

    // Short sentence ends standing alone (a column's last line that pdfminer printed away from
    // its paragraph, 会的措辞。): a paragraph left dangling later may be completed by one.
    struct Fragment
    {
        int flow;
        int paragraph;
        bool used = false;
        bool continues = false; // opens with text that goes on from a broken sentence
    };
    QVector<Fragment> fragments;
    auto isFragment = [](const QString &t) {
        if (t.size() > 10)
            return false;
        const int ideographs = cjkCount(t);
        return ideographs >= 1 && ideographs <= 8 && t.size() <= 10 && endsSentence(t) &&
               !hasSentencePunctuation(t.chopped(1));
    };
    // Completes the flow's dangling paragraph with fragment `k`; `guessed`: without a word
    // running across the junction, raised for review.
    auto useFragment = [&](int flowIndex, int k, bool guessed) {
        Fragment &f = fragments[k];
        f.used = true;
        Para piece = flows[f.flow].paragraphs[f.paragraph];
        flows[f.flow].paragraphs[f.paragraph].text.clear(); // dropped when the page is built
        Flow &flow = flows[flowIndex];
        const int base = int(flow.paragraphs.size()) - 1;
        const int endSize = int(flow.paragraphs[base].text.size());
        joinInto(flow, piece);
        Decision &d = flow.decisions.last();
        d.kind = QStringLiteral("jump");
        d.confidence = guessed ? 0.6 : 0.85;
        d.reason = guessed ? Tr::tr("The paragraph stopped mid-sentence and nothing after it goes "
                                    "on from it; text printed earlier in the story that goes on "
                                    "from a broken sentence completes it.")
                           : Tr::tr("The paragraph stopped mid-sentence; text printed elsewhere "
                                    "that goes on from a broken sentence completes it (a word "
                                    "runs across the junction).");
        if (guessed) {
            flow.flags.push_back(joinFlag(flow.paragraphs[base].text, base, endSize,
                                          Tr::tr("Joined with text printed earlier without a "
                                                 "word running across the junction; please "
                                                 "check."),
                                          0.6));
        }
    };

    // Joins the fragment that reads best after the flow's dangling paragraph, if it reads
    // better there than `next`, the text printed after the paragraph. When `next` starts a
    // paragraph of its own (it was indented), the sentence must end somewhere else: a fragment
    // printed earlier in the same story completes it even with no word across, for review.
    auto takeFragment = [&](int flowIndex, QStringView next, bool nextStartsParagraph) {
        if (std::all_of(fragments.cbegin(), fragments.cend(),
                        [](const Fragment &f) { return f.used; }))
            return false;
        const QString &end = flows[flowIndex].paragraphs.last().text;
        int best = -1;
        int bestScore = next.isEmpty() ? 0 : m_words.straddlingWord(end, next);
        int weak = -1; // the latest unused fragment of this story
        for (int k = 0; k < fragments.size(); ++k) {
            const Fragment &f = fragments[k];
            if (f.used)
                continue;
            // A short sentence end anywhere earlier in the story; a longer text going on from
            // a broken sentence only right before the paragraph (a column's two boxes printed
            // the other way round): further back, the paragraph more likely jumps elsewhere.
            const int last = int(flows[flowIndex].paragraphs.size()) - 1;
            if (f.flow == flowIndex && f.paragraph < last &&
                (!f.continues || f.paragraph == last - 1))
                weak = k;
            const int score =
                m_words.straddlingWord(end, flows[f.flow].paragraphs[f.paragraph].text);
            if (score > bestScore) {
                best = k;
                bestScore = score;
            }
        }
        const bool guessed = best < 0 && nextStartsParagraph && weak >= 0;
        if (guessed)
            best = weak;
        if (best < 0)
            return false;
        useFragment(flowIndex, best, guessed);
        return true;
    };

    auto addBody = [&](int flowIndex, const Unit &u, int unitIndex) {
        Flow &flow = flows[flowIndex];
        // A paragraph ending in a colon before a quotation: the quotation is a paragraph.
        const QString &end = flow.paragraphs.isEmpty() ? QString() : flow.paragraphs.last().text;
        const bool quoteFollows =
            (end.endsWith(QLatin1Char(':')) || end.endsWith(QChar(0xFF1A))) &&
            (u.text.startsWith(QLatin1Char('"')) || u.text.startsWith(QChar(0x201C)) ||
             u.text.startsWith(QChar(0x300C)));
        // A photo caption's byline on a line of its own: a name after the caption's last
        // sentence. It closes the caption; the text after it belongs elsewhere.
        if (!flow.isStory && !flow.paragraphs.isEmpty() && endsSentence(end) &&
            isNameLine(u.text) && m_words.straddlingWord(end, u.text) == 0) {
            Para &last = flow.paragraphs.last();
            last.text += QLatin1Char(' ') + u.text;
            last.spans += u.spans;
            flow.closed = true;
            return flowIndex;
        }
        // Asked by each test below; the flow changes only in a branch that returns.
        const bool dangling = dangles(flow);
        // A caption signed with a name after its last sentence is whole: unless a word runs
        // across, it continues no sentence broken before it.
        {
            QString name;
            int at = 0;
            if (dangling && !quoteFollows && trailingNameByline(u.text, &name, &at) &&
                m_words.straddlingWord(flow.paragraphs.last().text, u.text) == 0) {
                if (!flow.claimed && !isTruncatedCopy(flowIndex))
                    interrupted.push_back(flowIndex);
                Flow caption;
                caption.firstUnit = unitIndex;
                caption.paragraphs.push_back(paraOf(u));
                caption.closed = true;
                flows.push_back(caption);
                return int(flows.size()) - 1;
            }
        }
        if (dangling && !quoteFollows &&
            takeFragment(flowIndex, u.text, u.indented || u.shortByIndent)) {
            flow.paragraphs.push_back(paraOf(u));
            closeWithByline(flow);
            return flowIndex;
        }
        if (dangling && !u.indented && !quoteFollows) {
            // Adjacent text usually continues a broken paragraph, but at a story's end the
            // next text may be the jumped continuation of an earlier story: let the junction
            // that reads better win.
            const bool open = std::any_of(interrupted.cbegin(), interrupted.cend(),
                                          [&](int e) { return !flows[e].claimed; });
            // A truncated copy of another paragraph continues nowhere: the text after it goes
            // to a story interrupted earlier.
            const int adjacent =
                open ? m_words.straddlingWord(flow.paragraphs.last().text, u.text) : 0;
            int best = -1;
            int bestScore = adjacent;
            int bestOther = -1; // the best interrupted end, whatever the adjacent junction
            int bestOtherScore = -1;
            for (int e : std::as_const(interrupted)) {
                if (flows[e].claimed)
                    continue;
                // Text is taken from the story printed next to it only on strong evidence:
                // a word the counts make far more probable runs across.
                const QString &tail = flows[e].paragraphs.last().text;
                int score = m_words.straddlingWord(tail, u.text);
                if (score > 0 && m_words.junctionGain(tail, u.text) < kStrongJunction)
                    score = 0;
                if (score > bestScore) {
                    best = e;
                    bestScore = score;
                }
                if (score > bestOtherScore) {
                    bestOther = e;
                    bestOtherScore = score;
                }
            }
            if (best < 0 && bestOther >= 0 && isTruncatedCopy(flowIndex))
                best = bestOther;
            if (best < 0) {
                joinInto(flow, paraOf(u));
                if (u.jumped) {
                    Decision &d = flow.decisions.last();
                    d.kind = QStringLiteral("jump");
                    d.confidence = 0.85;
                    d.reason = Tr::tr("The paragraph stopped mid-sentence; text printed elsewhere "
                                      "on the page reads on from it far better than the text "
                                      "printed next (a likely word runs across the junction).");
                }
                closeWithByline(flow);
                return flowIndex;
            }
            flows[best].claimed = true;
            if (!isTruncatedCopy(flowIndex))
                interrupted.push_back(flowIndex);
            Flow run;
            run.firstUnit = unitIndex;
            run.assignedTo = best;
            run.paragraphs.push_back(paraOf(u));
            flows.push_back(run);
            const int runIndex = int(flows.size()) - 1;
            closeWithByline(flows[runIndex]);
            return runIndex;
        }
        // A photo's caption with its photographer's credit (图为…。(张三 摄)) printed among the
        // story's paragraphs is a caption of its own; the story goes on after it.
        QString credit;
        int creditAt = 0;
        if (!flow.paragraphs.isEmpty() && !dangling &&
            trailingParenthesisedByline(u.text, &credit, &creditAt) &&
            credit.endsWith(QChar(0x6444))) {
            Flow caption;
            caption.firstUnit = unitIndex;
            caption.paragraphs.push_back(paraOf(u));
            closeWithByline(caption);
            caption.closed = true;
            flows.push_back(caption); // `flow` is not used after this
            return flowIndex;
        }
        flow.paragraphs.push_back(paraOf(u));
        // A short sentence end, or text going on from a sentence broken elsewhere although
        // it follows a sentence's end, completes a paragraph that stops mid-sentence. (A
        // story's first paragraph is often set without an indent under its headline.)
        // English never starts a sentence in lower case.
        const bool continues =
            (u.continuation && flow.paragraphs.size() > 1) || startsLowerCaseLatin(u.text);
        if (isFragment(u.text) || continues)
            fragments.push_back({flowIndex, int(flow.paragraphs.size()) - 1, false, continues});
        closeWithByline(flow);
        return flowIndex;
    };

    for (int i = 0; i < n; ++i) {
        const Unit &u = units[i];
        switch (role[i]) {
        case Role::Kicker:
            pendingKicker = u.text;
            pendingKickerUnit = i;
            break;
        case Role::Headline: {
            // A story, or a run of its text printed elsewhere, cut off mid-sentence by the
            // next headline goes on somewhere later on the page.
            if (current >= 0 && dangles(flows[current]) && !flows[current].claimed &&
                !isTruncatedCopy(current))
                interrupted.push_back(current);
            Flow story;
            story.isStory = true;
            story.kicker = pendingKicker;
            story.headline = u.text;
            story.firstUnit = i;
            if (story.kicker.isEmpty() && strayKicker.unit >= 0) {
                story.kicker = strayKicker.para.text;
                Decision d =
                    decision(QStringLiteral("jump"), -1, 0.6,
                             Tr::tr("A short label heading a box of text that does not read on "
                                    "from it was printed apart from its headline: it is the "
                                    "kicker of the next headline."),
                             strayKicker.para.text);
                story.decisions.push_back(d);
                strayKicker = {};
            }
            pendingKicker.clear();
            flows.push_back(story);
            current = int(flows.size()) - 1;
            break;
        }
        case Role::BylineLine: {
            QString byline;
            const bool credit = !bylineLine(u.text, &byline);
            if (credit)
                byline = u.text.simplified(); // an agency's or desk's: ASSOCIATED PRESS
            // A "By" line stands under its headline; after running text it opens a story
            // whose headline was printed elsewhere.
            // Between the headline and the "By" line, a deck (one line without a full stop)
            // is the only text so far.
            const bool underDeck = current >= 0 && flows[current].isStory && i >= 2 &&
                                   flows[current].paragraphs.size() == 1 &&
                                   role[i - 2] == Role::Headline && !units[i - 1].wrapped &&
                                   !endsSentence(units[i - 1].text);
            if (current >= 0 && flows[current].byline.isEmpty() &&
                (flows[current].paragraphs.isEmpty() || underDeck)) {
                if (underDeck)
                    flows[current].paragraphs.last().whole = true;
                flows[current].byline = byline;
                Decision d = decision(
                    QStringLiteral("byline"), -1, credit ? 0.85 : 0.95,
                    credit ? Tr::tr("A credit under the headline (an agency or the desk) stands "
                                    "where a “By …” line would: it is the story's byline.")
                           : Tr::tr("A “By …” line names the story's author."),
                    u.text);
                flows[current].decisions.push_back(d);
            } else if (current >= 0 && !flows[current].paragraphs.isEmpty()) {
                Flow run;
                run.firstUnit = i;
                run.byline = byline;
                run.bylineFirst = true;
                Decision d =
                    decision(QStringLiteral("byline"), -1, 0.8,
                             Tr::tr("A “By …” line after running text starts another story; its "
                                    "headline was printed elsewhere on the page."),
                             u.text);
                run.decisions.push_back(d);
                flows.push_back(run);
                current = int(flows.size()) - 1;
            } else {
                Flow run;
                run.firstUnit = i;
                run.paragraphs.push_back(paraOf(u));
                flows.push_back(run);
                current = int(flows.size()) - 1;
            }
            break;
        }
        case Role::HeadlineTail:
            if (current >= 0 && flows[current].isStory && flows[current].paragraphs.isEmpty()) {
                Flow &story = flows[current];
                story.headline += joinSeparator(story.headline, u.text, spacing()) + u.text;
                Decision d =
                    decision(QStringLiteral("join"), -1, 0.8,
                             Tr::tr("The headline wrapped; its last characters were printed on a "
                                    "line of their own."),
                             u.text);
                story.decisions.push_back(d);
            }
            break;
        case Role::Furniture: {
            Decision d =
                decision(QStringLiteral("furniture"), -1, 0.6,
                         Tr::tr("A short line among the stories (a page label or date) belongs to "
                                "no story."),
                         u.text);
            if (current >= 0)
                flows[current].decisions.push_back(d);
            else
                furniture.push_back(d); // shown with the page's first story
            break;
        }
        case Role::Body:
            // A short label heading its box (编者按) that the text under it does not read on
            // from is a kicker printed apart from its headline: it waits for the next one.
            if (strayKicker.unit < 0 && current >= 0 && i > 0 &&
                !flows[current].paragraphs.isEmpty() &&
                flows[current].paragraphs.last().text == units[i - 1].text &&
                units[i - 1].block == u.block && (i < 2 || units[i - 2].block != u.block) &&
                isStrayLabel(units[i - 1].text) &&
                m_words.straddlingWord(units[i - 1].text, u.text) == 0) {
                Flow &flow = flows[current];
                const int last = int(flow.paragraphs.size()) - 1;
                const auto refersToLast = [last](const auto &x) { return x.paragraph == last; };
                if (std::none_of(flow.decisions.cbegin(), flow.decisions.cend(), refersToLast) &&
                    std::none_of(flow.flags.cbegin(), flow.flags.cend(), refersToLast)) {
                    strayKicker = {flow.paragraphs.last(), i - 1};
                    flow.paragraphs.removeLast();
                    if (flow.paragraphs.isEmpty() && !flow.isStory && current + 1 == flows.size())
                        flows.pop_back();
                    current = -1; // the text under the label continues nothing before it
                }
            }
            if (!pendingKicker.isEmpty() && strayKicker.unit < 0 && pendingKickerUnit == i - 1 &&
                units[i - 1].block == u.block && isStrayLabel(pendingKicker) &&
                m_words.straddlingWord(pendingKicker, u.text) == 0) {
                strayKicker = {paraOf(units[i - 1]), i - 1};
                pendingKicker.clear();
            }
            if (!pendingKicker.isEmpty()) {
                // A kicker without a headline after it was running text after all.
                Flow run;
                run.firstUnit = i;
                flows.push_back(run);
                current = int(flows.size()) - 1;
                flows[current].paragraphs.push_back({pendingKicker, {}});
                pendingKicker.clear();
            }
            // A box of text signed by a name on its last line is a caption of its own, not
            // more of the headless text before it.
            // So is a box of one paragraph that ends with its signer's name.
            QString boxSigner;
            int boxSignedAt = 0;
            const bool boxStart = i == 0 || units[i - 1].block != u.block;
            const bool captionBox =
                boxStart &&
                ((i + 1 < n && role[i + 1] == Role::Body && units[i + 1].block == u.block &&
                  (i + 2 >= n || units[i + 2].block != u.block) && endsSentence(u.text) &&
                  isNameLine(units[i + 1].text)) ||
                 ((i + 1 >= n || units[i + 1].block != u.block) && i > 0 &&
                  trailingNameByline(u.text, &boxSigner, &boxSignedAt)));
            // English text never starts a paragraph in lower case: after a finished sentence
            // such a box goes on from a sentence broken elsewhere on the page.
            const bool continuesElsewhere = current >= 0 && !flows[current].paragraphs.isEmpty() &&
                                            endsSentence(flows[current].paragraphs.last().text) &&
                                            startsLowerCaseLatin(u.text);
            // Headless text signed with a name after its last sentence is a whole caption: the
            // text after it belongs elsewhere.
            QString signer;
            int signedAt = 0;
            const bool afterSignedCaption =
                current >= 0 && !flows[current].isStory && !flows[current].paragraphs.isEmpty() &&
                trailingNameByline(flows[current].paragraphs.last().text, &signer, &signedAt);
            if (current < 0 || flows[current].closed || continuesElsewhere || afterSignedCaption ||
                (captionBox && !flows[current].isStory && !flows[current].paragraphs.isEmpty())) {
                Flow run;
                run.firstUnit = i;
                flows.push_back(run);
                current = int(flows.size()) - 1;
            }
            current = addBody(current, u, i);
            break;
        }
    }

    // A label no headline came after stays where it was printed, as text of its own.
    if (strayKicker.unit >= 0) {
        Flow run;
        run.firstUnit = strayKicker.unit;
        run.paragraphs.push_back(strayKicker.para);
        flows.push_back(run);
    }

    // A photo caption among stacked stories' texts, which their headlines pass over: a
    // caption, or a run of one paragraph signed with a name after its last sentence.
    auto photoCaption = [&](int r) {
        QString name;
        int at = 0;
        return flows[r].caption ||
               (flows[r].paragraphs.size() == 1 &&
                trailingNameByline(flows[r].paragraphs.first().text, &name, &at));
    };

    // Three or more stories side by side: all their headlines, then their texts, each closed
    // by its byline (photo captions between them passed over). The texts go to the headlines
    // in the order that shares the most words with them; printed order wins a tie.
    for (int a = 0; a + 2 < flows.size(); ++a) {
        int last = a;
        while (last < flows.size() && flows[last].isStory && !flows[last].absorbed &&
               flows[last].paragraphs.isEmpty())
            ++last;
        const int heads = last - a + 1;
        if (heads < 3 || last >= flows.size() || !flows[last].isStory ||
            flows[last].paragraphs.isEmpty() || heads > 6)
            continue;
        QVector<int> texts = {last};
        for (int r = last + 1; r < flows.size() && texts.size() < heads && !flows[r].isStory; ++r) {
            if (photoCaption(r))
                continue;
            if (flows[r].assignedTo >= 0 || flows[r].paragraphs.isEmpty())
                break;
            texts.push_back(r);
        }
        if (texts.size() < heads) {
            a = last;
            continue;
        }
        // shared[h * heads + t]: words headline h shares with text t.
        QVector<Shingles> headWords;
        for (int h = 0; h < heads; ++h)
            headWords.push_back(shingles(flows[a + h].headline));
        QVector<int> shared(heads * heads);
        for (int t = 0; t < heads; ++t) {
            const Shingles words = textShingles(flows[texts[t]]);
            for (int h = 0; h < heads; ++h)
                shared[h * heads + t] = sharedCount(words, headWords[h]);
        }
        QVector<int> order(heads), best;
        std::iota(order.begin(), order.end(), 0);
        int bestScore = -1;
        do {
            int score = 0;
            for (int h = 0; h < heads; ++h)
                score += shared[h * heads + order[h]];
            if (score > bestScore) {
                bestScore = score;
                best = order;
            }
        } while (std::next_permutation(order.begin(), order.end()));
        QVector<Flow> taken;
        for (int t : std::as_const(texts))
            taken.push_back(flows[t].isStory ? takeText(flows[t]) : flows[t]);
        for (int k = 1; k < texts.size(); ++k) {
            flows[texts[k]].absorbed = true;
            flows[texts[k]].paragraphs.clear();
        }
        for (int h = 0; h < heads; ++h)
            giveText(flows[a + h], taken[best[h]]);
        Decision d =
            decision(QStringLiteral("split"), -1, 0.6,
                     Tr::tr("Several headlines were printed one after the other, then their "
                            "texts, each closed by its byline; each headline took the text that "
                            "shares the most words with it."),
                     flows[a + 1].headline);
        flows[a].decisions.push_back(d);
        a = last;
    }

    // Stacked heads: two stories side by side come out of some extractors as both headlines,
    // then both texts. The text is split between them where the paragraphs stop sharing
    // words with the first headline and start sharing them with the second.
    for (int a = 0; a + 1 < flows.size(); ++a) {
        Flow &first = flows[a];
        Flow &second = flows[a + 1];
        if (!first.isStory || !second.isStory || !first.paragraphs.isEmpty() ||
            second.paragraphs.isEmpty())
            continue;
        const Shingles h1 = shingles(first.headline);
        const Shingles h2 = shingles(second.headline);
        // Heads printed one story ahead of their texts (pdfminer on heads set side by side
        // at one height): head, head, text, head, text, ..., headless text. Each text was
        // signed by its byline, and each headline shares words with the text after its
        // neighbour's; every headline then takes the next story's text, and the headless
        // text at the end goes to the last headline.
        int chainEnd = a + 2;
        while (second.closed && chainEnd < flows.size() && flows[chainEnd].isStory &&
               flows[chainEnd].closed && !flows[chainEnd].paragraphs.isEmpty())
            ++chainEnd;
        if (chainEnd > a + 2 && chainEnd < flows.size() && !flows[chainEnd].isStory &&
            !flows[chainEnd].caption && flows[chainEnd].assignedTo < 0 &&
            !flows[chainEnd].paragraphs.isEmpty()) {
            int asPrinted = 0, shifted = 0, weakest = std::numeric_limits<int>::max();
            for (int k = a; k < chainEnd; ++k) {
                const Shingles head = shingles(flows[k].headline);
                const Shingles next = textShingles(flows[k + 1]);
                if (k > a)
                    asPrinted += sharedCount(textShingles(flows[k]), head);
                const int shared = sharedCount(next, head);
                shifted += shared;
                weakest = std::min(weakest, shared);
            }
            if (weakest > 0 && shifted >= 2 * asPrinted + 3) {
                for (int k = a; k < chainEnd; ++k)
                    giveText(flows[k], takeText(flows[k + 1]));
                flows[chainEnd].absorbed = true;
                Decision d =
                    decision(QStringLiteral("split"), -1, 0.6,
                             Tr::tr("Headlines were printed one story ahead of their texts; each "
                                    "took the text after it, which shares words with it."),
                             second.headline);
                first.decisions.push_back(d);
                a = chainEnd - 1;
                continue;
            }
        }
        // Each text signed with its byline: the text under the two heads and a signed
        // headless text after it are the two stories, in whichever order shares more words
        // with the heads. The other text is the first of the signed headless texts that
        // follow, unless a later one (another story's jumped tail printed between) shares
        // more words with the heads.
        auto signedRun = [&](int r) {
            return r < flows.size() && !flows[r].isStory && !flows[r].caption && flows[r].closed &&
                   flows[r].assignedTo < 0 && !flows[r].paragraphs.isEmpty();
        };
        // Candidates: up to three signed headless texts, photo captions between them passed.
        QVector<int> candidates;
        for (int r = a + 2; r < flows.size() && candidates.size() < 3 && !flows[r].isStory; ++r) {
            if (photoCaption(r))
                continue;
            if (!signedRun(r))
                break;
            candidates.push_back(r);
        }
        if (second.closed && !candidates.isEmpty()) {
            const Shingles w2 = textShingles(second);
            int pick = candidates.first(), inOrder = 0, swapped = 0, pickScore = -1;
            for (int r : std::as_const(candidates)) {
                const Shingles w = textShingles(flows[r]);
                const int order = sharedCount(w2, h1) + sharedCount(w, h2);
                const int swap = sharedCount(w2, h2) + sharedCount(w, h1);
                // A later text must share clearly more words to pass over the first.
                if (std::max(order, swap) > pickScore + (r == candidates.first() ? 0 : 1)) {
                    pick = r;
                    inOrder = order;
                    swapped = swap;
                    pickScore = std::max(order, swap);
                }
            }
            Flow &third = flows[pick];
            if (inOrder > swapped) {
                giveText(first, takeText(second));
                giveText(second, third);
            } else {
                giveText(first, third);
            }
            third.absorbed = true;
            third.paragraphs.clear();
            Decision d =
                decision(QStringLiteral("split"), -1, 0.7,
                         Tr::tr("Two headlines were printed one after the other, then two texts "
                                "each signed by its byline; each headline took the text that "
                                "shares more words with it."),
                         second.headline);
            first.decisions.push_back(d);
            continue;
        }
        if (second.paragraphs.size() < 2)
            continue;
        // The first headline's text may come first (pdfminer) or last (pdftotext prints the
        // right-hand headline before the left-hand story).
        QVector<int> diff;
        int total = 0;
        for (const Para &p : std::as_const(second.paragraphs)) {
            const Shingles words = shingles(p.text);
            diff.push_back(sharedCount(words, h1) - sharedCount(words, h2));
            total += diff.last();
        }
        int best = 0, bestScore = 0, running = 0;
        bool suffix = false;
        for (int k = 1; k < second.paragraphs.size(); ++k) {
            running += diff[k - 1];
            if (!endsSentence(second.paragraphs[k - 1].text))
                continue; // never split inside a sentence
            if (running > bestScore) {
                best = k;
                bestScore = running;
                suffix = false;
            }
            if (total - running > bestScore) {
                best = k;
                bestScore = total - running;
                suffix = true;
            }
        }
        // Side by side, pdftotext prints the two texts in alternating blocks: each paragraph
        // then goes to the headline it shares words with (a paragraph that shares none stays
        // with the one before it), when that explains the words far better than one split.
        // The text closes with the second headline's byline: its last paragraph stays.
        const int count = int(second.paragraphs.size());
        QVector<bool> toFirst(count, false);
        int interleavedScore = 0, switches = 0;
        for (int k = 0; k < count; ++k) {
            toFirst[k] = diff[k] > 0 || (diff[k] == 0 && k > 0 && toFirst[k - 1]);
            interleavedScore += std::abs(diff[k]);
            switches += k > 0 && toFirst[k] != toFirst[k - 1];
        }
        const bool interleaved =
            switches >= 2 && interleavedScore >= bestScore + 3 &&
            std::any_of(toFirst.cbegin(), toFirst.cend(), [](bool b) { return b; }) &&
            !toFirst.last();
        if (best == 0 && !interleaved)
            continue;
        if (!interleaved) {
            // Paragraphs [from, to) of the second story go to the first.
            const int from = suffix ? best : 0;
            const int to = suffix ? count : best;
            for (int k = 0; k < count; ++k)
                toFirst[k] = k >= from && k < to;
        }
        // Move the paragraphs, their decisions and flags; the byline stays with the text it
        // closed (the last paragraph's).
        QVector<int> newIndex(count);
        QVector<Para> kept;
        for (int k = 0; k < count; ++k) {
            if (toFirst[k]) {
                newIndex[k] = int(first.paragraphs.size());
                first.paragraphs.push_back(second.paragraphs[k]);
            } else {
                newIndex[k] = int(kept.size());
                kept.push_back(second.paragraphs[k]);
            }
        }
        second.paragraphs = kept;
        QVector<Decision> keep;
        for (Decision d : std::as_const(second.decisions)) {
            const bool moves = d.paragraph >= 0 && d.paragraph < count && toFirst[d.paragraph];
            if (d.paragraph >= 0 && d.paragraph < count)
                d.paragraph = newIndex[d.paragraph];
            (moves ? first.decisions : keep).push_back(d);
        }
        second.decisions = keep;
        QVector<FlagDraft> keepFlags;
        for (FlagDraft f : std::as_const(second.flags)) {
            const bool moves = f.paragraph >= 0 && f.paragraph < count && toFirst[f.paragraph];
            if (f.paragraph >= 0 && f.paragraph < count)
                f.paragraph = newIndex[f.paragraph];
            (moves ? first.flags : keepFlags).push_back(f);
        }
        second.flags = keepFlags;
        if (toFirst.last()) { // the text that closed with the byline went with it
            first.byline = second.byline;
            first.closed = second.closed;
            second.byline.clear();
            second.closed = false;
        }
        Decision d;
        d.kind = QStringLiteral("split");
        d.paragraph = int(first.paragraphs.size()) - 1;
        d.position = int(first.paragraphs.last().text.size());
        d.confidence = interleaved ? 0.6 : 0.7;
        d.reason = interleaved
                       ? Tr::tr("Two headlines were printed one after the other and their texts "
                                "in alternating blocks; each paragraph went to the headline it "
                                "shares words with.")
                       : Tr::tr("Two headlines were printed one after the other; the text under "
                                "them is divided where it stops sharing words with the first "
                                "headline.");
        d.before = second.headline;
        first.decisions.push_back(d);
    }

    // Open ends: stories whose last paragraph stops mid-sentence.
    QVector<int> openEnds;
    QVector<int> runs;
    QVector<int> preassigned;
    for (int i = 0; i < flows.size(); ++i) {
        Flow &f = flows[i];
        if (f.paragraphs.isEmpty())
            continue;
        if (f.isStory) {
            if (!f.claimed && dangles(f) && !isTruncatedCopy(i))
                openEnds.push_back(i);
            continue;
        }
        // A run of text printed elsewhere may itself stop mid-sentence and go on further on.
        if (!f.claimed && dangles(f) && !f.caption && !isTruncatedCopy(i))
            openEnds.push_back(i);
        if (f.assignedTo >= 0) {
            preassigned.push_back(i);
        } else {
            QString byline;
            int start = 0;
            if (f.byline.isEmpty() && trailingNameByline(f.paragraphs.last().text, &byline, &start))
                f.caption = true;
            else if (!f.bylineFirst) // a story's start continues nothing
                runs.push_back(i);
        }
    }

    // Match dangling ends with runs: best-reading junctions first, then what is left in
    // reading order, each such forced join raised for review.
    struct Pair
    {
        int end;
        int run;
        int score;
    };
    QVector<Pair> pairs;
    for (int e : std::as_const(openEnds)) {
        for (int r : std::as_const(runs)) {
            if (flows[r].firstUnit <= flows[e].firstUnit)
                continue; // a continuation is printed after its start
            pairs.push_back({e, r,
                             m_words.straddlingWord(flows[e].paragraphs.last().text,
                                                    flows[r].paragraphs.first().text)});
        }
    }
    std::stable_sort(pairs.begin(), pairs.end(),
                     [](const Pair &a, const Pair &b) { return a.score > b.score; });
    QSet<int> usedEnds, usedRuns;
    QVector<Pair> chosen;
    for (int r : std::as_const(preassigned))
        chosen.push_back({flows[r].assignedTo, r, 1});
    for (const Pair &p : std::as_const(pairs)) {
        if (p.score <= 0 || usedEnds.contains(p.end) || usedRuns.contains(p.run))
            continue;
        usedEnds.insert(p.end);
        usedRuns.insert(p.run);
        chosen.push_back(p);
    }
    QVector<int> leftEnds, leftRuns;
    for (int e : std::as_const(openEnds)) {
        // Only a story is completed by whatever is left: a run's end needs a word across.
        if (!usedEnds.contains(e) && flows[e].isStory)
            leftEnds.push_back(e);
    }
    for (int r : std::as_const(runs)) {
        if (!usedRuns.contains(r))
            leftRuns.push_back(r);
    }
    for (int k = 0, r = 0; k < leftEnds.size() && r < leftRuns.size(); ++k) {
        while (r < leftRuns.size() && flows[leftRuns[r]].firstUnit <= flows[leftEnds[k]].firstUnit)
            ++r;
        if (r < leftRuns.size())
            chosen.push_back({leftEnds[k], leftRuns[r++], 0});
    }

    // A run that continues another run joins it before that run joins its story: the
    // latest-printed ends are completed first.
    std::stable_sort(chosen.begin(), chosen.end(), [&](const Pair &a, const Pair &b) {
        return flows[a.end].firstUnit > flows[b.end].firstUnit;
    });
    for (const Pair &p : std::as_const(chosen)) {
        Flow &story = flows[p.end];
        Flow &run = flows[p.run];
        const int base = int(story.paragraphs.size()) - 1;
        const QString endText = story.paragraphs.last().text;
        const int join = continueWith(story, run);
        run.absorbed = true;
        Decision &joinDecision = story.decisions[join];
        joinDecision.kind = QStringLiteral("jump");
        joinDecision.confidence = p.score > 0 ? 0.9 : 0.6;
        joinDecision.reason =
            p.score > 0 ? Tr::tr("The story stopped mid-sentence; it continues in text printed "
                                 "later on the page, and a word runs across the junction.")
                        : Tr::tr("The story stopped mid-sentence; it continues in text printed "
                                 "later on the page (the only continuation left).");
        if (p.score <= 0) {
            story.flags.push_back(joinFlag(story.paragraphs[base].text, base, int(endText.size()),
                                           Tr::tr("Joined with text printed later on the page "
                                                  "without a word running across the "
                                                  "junction; please check."),
                                           0.6));
        }
    }

    // A flow that still stops mid-sentence at its end, no text printed later going on from
    // it, takes the latest text printed earlier in it that goes on from a broken sentence (a
    // column's boxes printed out of order).
    for (int fi = 0; fi < flows.size(); ++fi) {
        const Flow &flow = flows[fi];
        if (flow.paragraphs.isEmpty() || flow.absorbed || !dangles(flow) || isTruncatedCopy(fi))
            continue;
        int pick = -1;
        for (int k = 0; k < fragments.size(); ++k) {
            const Fragment &f = fragments[k];
            if (!f.used && f.continues && f.flow == fi &&
                f.paragraph + 1 < flow.paragraphs.size() &&
                !flow.paragraphs[f.paragraph].text.isEmpty())
                pick = k;
        }
        if (pick >= 0)
            useFragment(fi, pick, true);
    }

    // A headline printed with no text under it (an extractor printed a neighbour's head
    // first) takes the run of headless text that shares the most words with it. The runs keep
    // their text through this loop: the words of each are worked out once.
    QHash<int, Shingles> runWords;
    for (int h = 0; h < flows.size(); ++h) {
        Flow &story = flows[h];
        if (!story.isStory || story.absorbed || !story.paragraphs.isEmpty())
            continue;
        const Shingles head = shingles(story.headline);
        int best = -1, bestScore = -1;
        for (int r = 0; r < flows.size(); ++r) {
            const Flow &run = flows[r];
            if (run.isStory || run.absorbed || run.caption || run.assignedTo >= 0 ||
                run.paragraphs.isEmpty() || run.firstUnit < story.firstUnit)
                continue;
            auto words = runWords.constFind(r);
            if (words == runWords.constEnd())
                words = runWords.insert(r, textShingles(run));
            // A run opened by a "By" line is a story's start: it wins a tie, and one shared
            // word is enough for it (two for other text).
            const int score = 2 * sharedCount(*words, head) + (run.bylineFirst ? 1 : 0);
            if (score > bestScore) {
                best = r;
                bestScore = score;
            }
        }
        if (best < 0 || bestScore < 3)
            continue; // without shared words the pairing would be a guess
        Flow &run = flows[best];
        appendText(story, run); // the story has no text yet
        if (!run.byline.isEmpty())
            story.byline = run.byline;
        story.closed = run.closed;
        run.absorbed = true;
        Decision d =
            decision(QStringLiteral("jump"), 0, bestScore > 0 ? 0.7 : 0.4,
                     Tr::tr("The headline was printed without text under it; the text printed "
                            "later without a headline is its story."),
                     story.paragraphs.first().text.left(16));
        story.decisions.push_back(d);
        if (bestScore <= 0)
            story.flags.push_back(
                joinFlag(story.paragraphs.first().text, 0, 0, d.reason, d.confidence));
    }

    // A run left over that ends in a byline is the end of a story that jumped at a paragraph
    // break: it goes to a story that has no byline yet, the one whose text shares the most
    // words with it. A join only the layout suggests is raised for review.
    QHash<int, QVector<Shingles>> storyWords; // per story, per paragraph
    for (Flow &run : flows) {
        if (run.isStory || run.absorbed || run.caption || run.byline.isEmpty() ||
            run.assignedTo >= 0 || run.paragraphs.isEmpty())
            continue;
        QString runText;
        for (const Para &p : std::as_const(run.paragraphs))
            runText += p.text + QLatin1Char('\n');
        const Shingles words = shingles(runText);
        int best = -1, bestScore = -1;
        for (int i = 0; i < flows.size(); ++i) {
            const Flow &f = flows[i];
            if (!f.isStory || f.absorbed || !f.byline.isEmpty() || f.paragraphs.isEmpty() ||
                dangles(f) || f.firstUnit > run.firstUnit)
                continue;
            if (!storyWords.contains(i)) {
                QVector<Shingles> perParagraph;
                for (const Para &p : f.paragraphs)
                    perParagraph.push_back(shingles(p.text));
                storyWords.insert(i, perParagraph);
            }
            int score = 0;
            for (const Shingles &p : storyWords.value(i))
                score += sharedCount(p, words);
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        if (best < 0)
            continue;
        Flow &story = flows[best];
        const int base = int(story.paragraphs.size());
        Decision d =
            decision(QStringLiteral("jump"), base, 0.5,
                     Tr::tr("Text printed later on the page ends in a byline; it continues the "
                            "story that had none."),
                     run.paragraphs.first().text.left(16));
        story.decisions.push_back(d);
        story.flags.push_back(joinFlag(run.paragraphs.first().text, base, 0, d.reason, 0.5));
        appendText(story, run);
        story.byline = run.byline;
        story.closed = true;
        run.absorbed = true;
        storyWords.remove(best);
    }

    // A kicker printed away from its headline (pdftotext prints it over the columns and the
    // headline after them) was read as a headline of its own: a short line without the two
    // phrases of a headline, sharing a word with a later headline that has no kicker. The two
    // are one story.
    for (int w = 0; w < flows.size(); ++w) {
        Flow &weak = flows[w];
        if (!weak.isStory || weak.absorbed || !weak.kicker.isEmpty() ||
            hasStrongHeadlineShape(weak.headline) || cjkCount(weak.headline) < 2 ||
            cjkCount(weak.headline) > 6 || hasSentencePunctuation(weak.headline))
            continue;
        const Shingles head = shingles(weak.headline);
        for (int k = 0; k < flows.size(); ++k) {
            Flow &story = flows[k];
            if (k == w || !story.isStory || story.absorbed || !story.kicker.isEmpty() ||
                story.firstUnit <= weak.firstUnit || !hasStrongHeadlineShape(story.headline) ||
                sharedCount(shingles(story.headline), head) == 0 ||
                (!story.byline.isEmpty() && !weak.byline.isEmpty()))
                continue;
            Decision d =
                decision(QStringLiteral("jump"), -1, 0.6,
                         Tr::tr("A short line printed over the columns shares a word with this "
                                "headline, printed after them: it is the kicker, and the text "
                                "under it belongs to this story."),
                         weak.headline);
            story.kicker = weak.headline;
            story.decisions.push_back(d);
            appendText(story, weak);
            if (story.byline.isEmpty())
                story.byline = weak.byline;
            weak.absorbed = true;
            break;
        }
    }

    // Captions and runs nobody claimed are stories without a headline.
    // A photo caption inside a story that already has its byline (English stories are signed
    // above their text): a paragraph ending in a name after its last sentence is a caption of
    // its own.
    for (int fi = 0; fi < flows.size(); ++fi) {
        if (flows[fi].absorbed || flows[fi].byline.isEmpty())
            continue;
        for (int k = 0; k < flows[fi].paragraphs.size(); ++k) {
            QString name;
            int start = 0;
            const QString text = flows[fi].paragraphs[k].text;
            if (text.isEmpty() || !trailingNameByline(text, &name, &start))
                continue;
            Flow caption;
            caption.firstUnit = flows[fi].firstUnit;
            caption.caption = true;
            caption.paragraphs.push_back(flows[fi].paragraphs[k]);
            flows[fi].paragraphs.remove(k);
            QVector<Decision> keep;
            for (Decision d : std::as_const(flows[fi].decisions)) {
                if (d.paragraph == k)
                    continue;
                if (d.paragraph > k)
                    --d.paragraph;
                keep.push_back(d);
            }
            flows[fi].decisions = keep;
            QVector<FlagDraft> keepFlags;
            for (FlagDraft f : std::as_const(flows[fi].flags)) {
                if (f.paragraph == k)
                    continue;
                if (f.paragraph > k)
                    --f.paragraph;
                keepFlags.push_back(f);
            }
            flows[fi].flags = keepFlags;
            Decision d =
                decision(QStringLiteral("split"), -1, 0.7,
                         Tr::tr("A paragraph ending in a name after its last sentence is a photo "
                                "caption, not part of the story."),
                         text.left(16));
            caption.decisions.push_back(d);
            flows.insert(fi + 1, caption);
            break;
        }
    }

    PageDraft page;
    std::stable_sort(flows.begin(), flows.end(),
                     [](const Flow &a, const Flow &b) { return a.firstUnit < b.firstUnit; });

    // Subheads. On a page whose stories close with a byline, a story that ends a sentence
    // without one, followed by a short one-phrase head over more text, goes on under that
    // head: it is a subhead of the story (打造红色阵地 under 凝聚力量 擦亮品牌), kept as a
    // paragraph of its own.
    {
        auto isSigned = [](const Flow &f) {
            if (!f.byline.isEmpty())
                return true;
            if (f.paragraphs.isEmpty())
                return false;
            QString name;
            int at = 0;
            const QString &last = f.paragraphs.last().text;
            return trailingParenthesisedByline(last, &name, &at) ||
                   trailingNameByline(last, &name, &at);
        };
        // The page's main heads (two phrases, or under a kicker) are counted: subheads would
        // count as unsigned stories.
        auto mainHead = [](const Flow &f) {
            return hasStrongHeadlineShape(f.headline) || !f.kicker.isEmpty();
        };
        int signedStories = 0, mainStories = 0, signedMain = 0;
        for (const Flow &f : std::as_const(flows)) {
            if (f.isStory && !f.absorbed && !f.paragraphs.isEmpty()) {
                signedStories += isSigned(f);
                mainStories += mainHead(f);
                signedMain += mainHead(f) && isSigned(f);
            }
        }
        const bool signedPage = signedStories >= 3 && signedMain * 3 >= mainStories * 2;
        auto nextFlow = [&](int k) {
            for (++k; k < flows.size(); ++k) {
                if (!flows[k].absorbed && (flows[k].isStory || !flows[k].paragraphs.isEmpty()))
                    return k;
            }
            return -1;
        };
        for (int a = 0; signedPage && a < flows.size(); ++a) {
            Flow &story = flows[a];
            if (!story.isStory || story.absorbed || story.paragraphs.isEmpty() || isSigned(story) ||
                !mainHead(story))
                continue;
            for (int b = nextFlow(a); b >= 0 && !isSigned(story); b = nextFlow(b)) {
                Flow &sub = flows[b];
                if (!endsSentence(story.paragraphs.last().text) || !sub.isStory ||
                    sub.paragraphs.isEmpty() || !sub.kicker.isEmpty() ||
                    hasStrongHeadlineShape(sub.headline) || !hasCjk(sub.headline) ||
                    displayWidth(sub.headline) >= displayWidth(story.headline))
                    break;
                Decision d =
                    decision(QStringLiteral("subhead"), int(story.paragraphs.size()), 0.6,
                             Tr::tr("A short head between two paragraphs of a story that is not "
                                    "signed yet, on a page whose stories close with a byline: a "
                                    "subhead of the story, kept as a paragraph."),
                             sub.headline);
                story.decisions.push_back(d);
                story.paragraphs.push_back({sub.headline, {}});
                appendText(story, sub);
                if (!sub.byline.isEmpty())
                    story.byline = sub.byline;
                story.closed = sub.closed;
                sub.absorbed = true;
            }
        }
    }
    for (Flow &f : flows) {
        // Paragraphs taken away as fragments leave no trace; decisions follow the others.
        if (std::any_of(f.paragraphs.cbegin(), f.paragraphs.cend(),
                        [](const Para &p) { return p.text.isEmpty(); })) {
            QVector<int> newIndex;
            QVector<Para> kept;
            for (const Para &p : std::as_const(f.paragraphs)) {
                newIndex.push_back(p.text.isEmpty() ? -1 : int(kept.size()));
                if (!p.text.isEmpty())
                    kept.push_back(p);
            }
            f.paragraphs = kept;
            for (Decision &d : f.decisions) {
                if (d.paragraph >= 0 && d.paragraph < newIndex.size())
                    d.paragraph = newIndex[d.paragraph];
            }
            QVector<FlagDraft> flags;
            for (FlagDraft fl : std::as_const(f.flags)) {
                if (fl.paragraph >= 0 && fl.paragraph < newIndex.size()) {
                    fl.paragraph = newIndex[fl.paragraph];
                    if (fl.paragraph < 0)
                        continue;
                }
                flags.push_back(fl);
            }
            f.flags = flags;
        }
        if (f.absorbed || (f.paragraphs.isEmpty() && f.headline.isEmpty()))
            continue;
        if (f.byline.isEmpty() && !f.paragraphs.isEmpty()) {
            QString byline;
            int start = 0;
            Para &last = f.paragraphs.last();
            if (trailingNameByline(last.text, &byline, &start)) {
                Decision d;
                d.kind = QStringLiteral("byline");
                d.paragraph = int(f.paragraphs.size()) - 1;
                d.position = start;
                d.confidence = 0.85;
                d.reason = Tr::tr("A name after the last sentence is the byline.");
                d.before = last.text.mid(start);
                trimSpansFromEnd(last.spans, int(last.text.size()) - start);
                last.text.truncate(start);
                f.byline = byline;
                f.decisions.push_back(d);
            }
        }
        StoryDraft story;
        story.kicker = f.kicker;
        story.headline = f.headline;
        story.byline = f.byline;
        story.decisions = f.decisions;
        story.flags = f.flags;
        for (const Para &p : std::as_const(f.paragraphs)) {
            const int index = int(story.paragraphs.size());
            story.paragraphs.push_back({p.text, p.spans, {}, 0});
            for (Decision d : p.decisions) {
                d.paragraph = index;
                story.decisions.push_back(d);
            }
            for (FlagDraft fl : p.flags) {
                fl.paragraph = index;
                story.flags.push_back(fl);
            }
        }
        // Text cut off after a flag was raised (a byline, a doubled character) can leave its
        // range reaching past the paragraph: what the reviewer is shown stays inside it.
        // A flag whose text was cut off entirely has nothing left to show.
        QVector<FlagDraft> flags;
        for (FlagDraft fl : std::as_const(story.flags)) {
            if (fl.paragraph >= story.paragraphs.size())
                fl.paragraph = -1;
            if (fl.paragraph >= 0) {
                const int size = int(story.paragraphs[fl.paragraph].text.size());
                if (fl.start >= size && fl.length > 0)
                    continue;
                fl.start = std::clamp(fl.start, 0, size);
                fl.length = std::clamp(fl.length, 0, size - fl.start);
            }
            flags.push_back(fl);
        }
        story.flags = flags;
        for (Decision &d : story.decisions) {
            if (d.paragraph >= story.paragraphs.size())
                d.paragraph = -1;
        }
        page.stories.push_back(story);
    }
    if (!page.stories.isEmpty())
        page.stories.first().decisions = furniture + page.stories.first().decisions;
    return page;
}

} // namespace Copydesk::Text
