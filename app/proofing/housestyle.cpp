// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "housestyle.h"

#include "scriptruns.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <numeric>
#include <vector>

namespace Copydesk::Proofing {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::Proofing::HouseStyle)
};

using Rule = StyleEdit::Rule;

constexpr char16_t kEllipsis = 0x2026;
constexpr char16_t kEmDash = 0x2014;

// Ideographs, kana and the CJK punctuation and full-width forms: what makes a
// neighbourhood Chinese.
bool isCjk(char32_t c)
{
    return isHan(c) || (c >= 0x3000 && c <= 0x30FF) || (c >= 0xFF01 && c <= 0xFF60) ||
           c == kEllipsis || c == kEmDash;
}

bool isLatinOrDigit(char32_t c)
{
    return (c < 0x80 && QChar::isLetterOrNumber(c)) || isLatinLetter(c);
}

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QChar(0xA0);
}

// Quotes and brackets: looking for the context of a punctuation mark we look past them
// (`打造“五大品牌”,积极`: the comma follows 牌).
bool isTransparent(QChar c)
{
    static const QString kTransparent =
        QStringLiteral("\"'()\u201C\u201D\u2018\u2019\uFF08\uFF09\u300A\u300B\u300C\u300D"
                       "\u300E\u300F\u3010\u3011");
    return isSpace(c) || kTransparent.contains(c);
}

// Chinese punctuation that carries its own spacing: spaces next to it go.
bool isCjkPunctuation(char16_t c)
{
    static const QString kMarks = QStringLiteral(
        "\uFF0C\u3002\uFF1A\uFF1B\uFF1F\uFF01\u3001\uFF08\uFF09\u300A\u300B\u3010\u3011");
    return kMarks.contains(QChar(c));
}

char32_t codeAt(const QString &t, qsizetype i)
{
    if (i < 0 || i >= t.size())
        return 0;
    if (t[i].isHighSurrogate() && i + 1 < t.size() && t[i + 1].isLowSurrogate())
        return QChar::surrogateToUcs4(t[i], t[i + 1]);
    if (t[i].isLowSurrogate() && i > 0 && t[i - 1].isHighSurrogate())
        return QChar::surrogateToUcs4(t[i - 1], t[i]);
    return t[i].unicode();
}

// The nearest character before `i` that is neither space, quote nor bracket; 0 at the start.
char32_t contextBefore(const QString &t, qsizetype i)
{
    while (i > 0 && isTransparent(t[i - 1]))
        --i;
    return codeAt(t, i - 1);
}

char32_t contextAfter(const QString &t, qsizetype i)
{
    while (i < t.size() && isTransparent(t[i]))
        ++i;
    return codeAt(t, i);
}

char32_t nonSpaceBefore(const QString &t, qsizetype i)
{
    while (i > 0 && isSpace(t[i - 1]))
        --i;
    return codeAt(t, i - 1);
}

char32_t nonSpaceAfter(const QString &t, qsizetype i)
{
    while (i < t.size() && isSpace(t[i]))
        ++i;
    return codeAt(t, i);
}

bool hasHan(const QString &t, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i) {
        if (isHan(codeAt(t, i)))
            return true;
    }
    return false;
}

// URLs and e-mail addresses keep their punctuation. Most paragraphs have neither, so the
// regular expression runs only when a marker is there.
std::vector<bool> protectedMask(const QString &t)
{
    std::vector<bool> mask;
    if (!t.contains(QLatin1String("://")) &&
        !t.contains(QLatin1String("www."), Qt::CaseInsensitive) && !t.contains(QLatin1Char('@')))
        return mask;
    static const QRegularExpression kUrl(QStringLiteral(
        R"((?:[a-zA-Z][a-zA-Z0-9+.-]*://|www\.)[^\s\x{2E80}-\x{9FFF}\x{FF00}-\x{FFEF})"
        R"(\x{201C}\x{201D}\x{2018}\x{2019}"'<>()]+)"
        R"(|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)"));
    mask.assign(size_t(t.size()), false);
    for (auto it = kUrl.globalMatch(t); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        qsizetype end = m.capturedEnd();
        // A sentence's full stop or comma right after an address is not part of it.
        while (end > m.capturedStart() && QStringLiteral(".,;:!?").contains(t[end - 1]))
            --end;
        for (qsizetype i = m.capturedStart(); i < end; ++i)
            mask[size_t(i)] = true;
    }
    return mask;
}

char16_t fullWidthOf(QChar c)
{
    switch (c.unicode()) {
    case ',':
        return 0xFF0C;
    case '.':
        return 0x3002;
    case ':':
        return 0xFF1A;
    case ';':
        return 0xFF1B;
    case '?':
        return 0xFF1F;
    case '!':
        return 0xFF01;
    case '(':
        return 0xFF08;
    case ')':
        return 0xFF09;
    default:
        return 0;
    }
}

// Is the half-width mark at `i` in Chinese context? Numbers (1.6亿, 3,000, 12:30) and Latin
// sentences keep theirs; a full stop needs a Chinese character before it (after a Latin
// letter it is an abbreviation or an English sentence's end).
bool chineseMark(const QString &t, qsizetype i)
{
    const QChar c = t[i];
    const bool digitBefore = i > 0 && t[i - 1].isDigit();
    const bool digitAfter = i + 1 < t.size() && t[i + 1].isDigit();
    if (digitBefore && digitAfter && QStringLiteral(",.:").contains(c))
        return false;
    const char32_t before = contextBefore(t, i);
    const char32_t after = contextAfter(t, i + 1);
    if (c == QLatin1Char('.')) {
        // `网站.com` or `2.5`-like: a letter or digit right after is no sentence end.
        if (i + 1 < t.size() && isLatinOrDigit(t[i + 1].unicode()))
            return false;
        if (isCjk(before))
            return true;
        // The paragraph's last full stop after a Latin word or address that stands right
        // after Chinese text (`写信给a.b@example.cn.`) ends a Chinese sentence.
        if (after != 0)
            return false;
        qsizetype k = i;
        while (k > 0 && !isSpace(t[k - 1]) && !isCjk(codeAt(t, k - 1)))
            --k;
        return k > 0 && k < i && isHan(codeAt(t, k - 1));
    }
    if (isCjk(before))
        return !(digitAfter && c == QLatin1Char(':') && digitBefore);
    return (before == 0 || isLatinOrDigit(before)) && isHan(after);
}

// Replacements for single characters (marks, brackets, quotes), decided once per paragraph
// because brackets and quotes come in pairs.
struct Marks
{
    std::vector<char16_t> replacement; // 0: none
    std::vector<Rule> rule;
    bool any = false;
    void set(qsizetype i, char16_t r, Rule why)
    {
        if (replacement.empty()) {
            replacement.assign(rule.size(), 0);
        }
        replacement[size_t(i)] = r;
        rule[size_t(i)] = why;
        any = true;
    }
    char16_t at(qsizetype i) const { return replacement.empty() ? 0 : replacement[size_t(i)]; }
};

Marks findMarks(const QString &t, const HouseStyleProfile &p, const std::vector<bool> &prot)
{
    Marks m;
    m.rule.assign(size_t(t.size()), Rule::Punctuation);
    const auto isProtected = [&](qsizetype i) { return !prot.empty() && prot[size_t(i)]; };
    QVector<qsizetype> open, doubleQuotes, singleQuotes;
    QVector<std::pair<qsizetype, qsizetype>> pairs;
    QVector<qsizetype> lone;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t[i];
        if (c.unicode() >= 0x80 || isProtected(i)) {
            if (p.cornerBracketsToQuotes) {
                switch (c.unicode()) {
                case 0x300C:
                    m.set(i, 0x201C, Rule::CornerBracket);
                    break;
                case 0x300D:
                    m.set(i, 0x201D, Rule::CornerBracket);
                    break;
                case 0x300E:
                    m.set(i, 0x2018, Rule::CornerBracket);
                    break;
                case 0x300F:
                    m.set(i, 0x2019, Rule::CornerBracket);
                    break;
                default:
                    break;
                }
            }
            continue;
        }
        switch (c.unicode()) {
        case ',':
        case ':':
        case ';':
        case '?':
        case '!':
        case '.':
            if (p.fullWidthPunctuation && chineseMark(t, i))
                m.set(i, fullWidthOf(c), Rule::Punctuation);
            break;
        case '(':
            open << i;
            break;
        case ')':
            if (open.isEmpty())
                lone << i;
            else
                pairs.push_back({open.takeLast(), i});
            break;
        case '"':
            doubleQuotes << i;
            break;
        case '\'': {
            // Apostrophes (don't, it's) are no quotes.
            const bool letterBefore = i > 0 && t[i - 1].isLetter();
            const bool letterAfter = i + 1 < t.size() && t[i + 1].isLetter();
            if (!(letterBefore && letterAfter && !isHan(t[i - 1].unicode()) &&
                  !isHan(t[i + 1].unicode())))
                singleQuotes << i;
            break;
        }
        default:
            break;
        }
    }
    if (p.fullWidthPunctuation) {
        lone += open;
        for (const auto &[a, b] : std::as_const(pairs)) {
            if (hasHan(t, a + 1, b) || isCjk(contextBefore(t, a)) ||
                isCjk(contextAfter(t, b + 1))) {
                m.set(a, 0xFF08, Rule::Punctuation);
                m.set(b, 0xFF09, Rule::Punctuation);
            }
        }
        for (qsizetype i : std::as_const(lone)) {
            if (isCjk(nonSpaceBefore(t, i)) || isCjk(nonSpaceAfter(t, i + 1)))
                m.set(i, fullWidthOf(t[i]), Rule::Punctuation);
        }
    }
    if (p.curlyQuotes) {
        for (qsizetype k = 0; k + 1 < doubleQuotes.size(); k += 2) {
            const qsizetype a = doubleQuotes[k], b = doubleQuotes[k + 1];
            if (hasHan(t, a + 1, b) || isCjk(nonSpaceBefore(t, a)) ||
                isCjk(nonSpaceAfter(t, b + 1))) {
                m.set(a, 0x201C, Rule::Quotes);
                m.set(b, 0x201D, Rule::Quotes);
            }
        }
        if (doubleQuotes.size() % 2 == 1) {
            const qsizetype i = doubleQuotes.last();
            const char32_t before = codeAt(t, i - 1);
            if (isCjk(nonSpaceBefore(t, i)) || isCjk(nonSpaceAfter(t, i + 1))) {
                const bool closing = before != 0 && !QChar::isSpace(before) &&
                                     (QChar::isLetterOrNumber(before) || isHan(before));
                m.set(i, closing ? 0x201D : 0x201C, Rule::Quotes);
            }
        }
        // Single quotes only around Chinese text: elsewhere they are too often apostrophes.
        for (qsizetype k = 0; k + 1 < singleQuotes.size(); k += 2) {
            const qsizetype a = singleQuotes[k], b = singleQuotes[k + 1];
            if (hasHan(t, a + 1, b)) {
                m.set(a, 0x2018, Rule::Quotes);
                m.set(b, 0x2019, Rule::Quotes);
            }
        }
    }
    return m;
}

bool isDashChar(QChar c)
{
    return c == QLatin1Char('-') || c == QChar(0xFF0D) || c == QChar(kEmDash) || c == QChar(0x2015);
}

} // namespace

HouseStyleProfile HouseStyleProfile::newspaper()
{
    HouseStyleProfile p;
    p.name = Tr::tr("Newspaper");
    return p;
}

HouseStyleProfile HouseStyleProfile::webCopy()
{
    HouseStyleProfile p;
    p.name = Tr::tr("Web copy");
    p.cjkLatinSpacing = Spacing::Insert;
    return p;
}

namespace {
QString spacingName(HouseStyleProfile::Spacing s)
{
    switch (s) {
    case HouseStyleProfile::Spacing::Keep:
        return QStringLiteral("keep");
    case HouseStyleProfile::Spacing::Remove:
        return QStringLiteral("remove");
    case HouseStyleProfile::Spacing::Insert:
        return QStringLiteral("insert");
    }
    return QStringLiteral("keep");
}
} // namespace

QByteArray HouseStyleProfile::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("fullWidthPunctuation"), fullWidthPunctuation);
    o.insert(QStringLiteral("ellipsisAndDash"), ellipsisAndDash);
    o.insert(QStringLiteral("curlyQuotes"), curlyQuotes);
    o.insert(QStringLiteral("cornerBracketsToQuotes"), cornerBracketsToQuotes);
    o.insert(QStringLiteral("cjkLatinSpacing"), spacingName(cjkLatinSpacing));
    o.insert(QStringLiteral("collapseSpaces"), collapseSpaces);
    o.insert(QStringLiteral("applyOnImport"), applyOnImport);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

HouseStyleProfile HouseStyleProfile::fromJson(const QString &name, const QByteArray &json)
{
    HouseStyleProfile p;
    p.name = name;
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    p.fullWidthPunctuation =
        o.value(QStringLiteral("fullWidthPunctuation")).toBool(p.fullWidthPunctuation);
    p.ellipsisAndDash = o.value(QStringLiteral("ellipsisAndDash")).toBool(p.ellipsisAndDash);
    p.curlyQuotes = o.value(QStringLiteral("curlyQuotes")).toBool(p.curlyQuotes);
    p.cornerBracketsToQuotes =
        o.value(QStringLiteral("cornerBracketsToQuotes")).toBool(p.cornerBracketsToQuotes);
    p.collapseSpaces = o.value(QStringLiteral("collapseSpaces")).toBool(p.collapseSpaces);
    p.applyOnImport = o.value(QStringLiteral("applyOnImport")).toBool(p.applyOnImport);
    const QString spacing = o.value(QStringLiteral("cjkLatinSpacing")).toString();
    for (Spacing s : {Spacing::Keep, Spacing::Remove, Spacing::Insert}) {
        if (spacing == spacingName(s))
            p.cjkLatinSpacing = s;
    }
    return p;
}

bool HouseStyleProfile::operator==(const HouseStyleProfile &o) const
{
    return name == o.name && fullWidthPunctuation == o.fullWidthPunctuation &&
           ellipsisAndDash == o.ellipsisAndDash && curlyQuotes == o.curlyQuotes &&
           cornerBracketsToQuotes == o.cornerBracketsToQuotes &&
           cjkLatinSpacing == o.cjkLatinSpacing && collapseSpaces == o.collapseSpaces &&
           applyOnImport == o.applyOnImport;
}

QVector<StyleEdit> HouseStyle::edits(const QString &t, const HouseStyleProfile &p)
{
    QVector<StyleEdit> out;
    const qsizetype n = t.size();
    if (n == 0)
        return out;
    const std::vector<bool> prot = protectedMask(t);
    const auto isProtected = [&](qsizetype i) { return !prot.empty() && prot[size_t(i)]; };
    const Marks marks = findMarks(t, p, prot);
    const auto add = [&](qsizetype start, qsizetype length, const QString &replacement, Rule rule) {
        out.push_back({int(start), int(length), replacement, rule});
    };
    // A Chinese punctuation mark at i, there already or about to be.
    const auto cjkMarkAt = [&](qsizetype i) {
        if (i < 0 || i >= n)
            return false;
        const char16_t r = marks.at(i);
        if (r)
            return marks.rule[size_t(i)] == Rule::Punctuation && isCjkPunctuation(r);
        return isCjkPunctuation(t[i].unicode());
    };

    qsizetype i = 0;
    while (i < n) {
        if (isProtected(i)) {
            ++i;
            continue;
        }
        const QChar c = t[i];

        if (isSpace(c)) {
            qsizetype j = i;
            while (j < n && isSpace(t[j]) && !isProtected(j))
                ++j;
            const QString run = t.mid(i, j - i);
            const char32_t before = codeAt(t, i - 1);
            const char32_t after = codeAt(t, j);
            if (i > 0 && j < n && p.fullWidthPunctuation && (cjkMarkAt(i - 1) || cjkMarkAt(j)) &&
                (isCjk(before) || isCjk(after) || marks.at(i - 1) || marks.at(j))) {
                add(i, j - i, QString(), Rule::Punctuation);
            } else if (i > 0 && j < n && p.cjkLatinSpacing != HouseStyleProfile::Spacing::Keep &&
                       ((isHan(before) && isLatinOrDigit(after)) ||
                        (isLatinOrDigit(before) && isHan(after)))) {
                if (p.cjkLatinSpacing == HouseStyleProfile::Spacing::Remove)
                    add(i, j - i, QString(), Rule::Spacing);
                else if (run != QLatin1String(" "))
                    add(i, j - i, QStringLiteral(" "), Rule::Spacing);
            } else if (p.collapseSpaces && run.size() > 1 && i > 0 && j < n) {
                add(i, j - i, QStringLiteral(" "), Rule::DoubledSpace);
            }
            i = j;
            continue;
        }

        if (p.ellipsisAndDash &&
            (c == QLatin1Char('.') || c == QChar(0x3002) || c == QChar(kEllipsis))) {
            qsizetype j = i;
            while (j < n &&
                   (t[j] == QLatin1Char('.') || t[j] == QChar(0x3002) || t[j] == QChar(kEllipsis)))
                ++j;
            const QString run = t.mid(i, j - i);
            const qsizetype ellipses = run.count(QChar(kEllipsis));
            // `……` is right, and so is `…………` (GB/T's form for a whole omitted paragraph).
            const bool isEllipsis =
                (ellipses == run.size() && run.size() != 2 && run.size() != 4) ||
                (ellipses == 0 && run.size() >= 3);
            if (isEllipsis && (isCjk(nonSpaceBefore(t, i)) || isCjk(nonSpaceAfter(t, j)))) {
                add(i, j - i, QStringLiteral("\u2026\u2026"), Rule::Ellipsis);
                i = j;
                continue;
            }
            if (run.size() > 1 || c != QLatin1Char('.')) {
                i = j; // `..`, `。`, a Latin `...`: nothing to change
                continue;
            }
        }

        if (p.ellipsisAndDash && isDashChar(c)) {
            qsizetype j = i;
            while (j < n && isDashChar(t[j]))
                ++j;
            const QString run = t.mid(i, j - i);
            // A single mark is a hyphen (0117-2) or GB/T's connecting dash (北京—上海).
            if (run.size() >= 2 && run != QStringLiteral("\u2014\u2014") &&
                (isCjk(nonSpaceBefore(t, i)) || isCjk(nonSpaceAfter(t, j)))) {
                add(i, j - i, QStringLiteral("\u2014\u2014"), Rule::Dash);
            }
            i = j;
            continue;
        }

        if (const char16_t r = marks.at(i)) {
            const Rule rule = marks.rule[size_t(i)];
            qsizetype j = i + 1;
            // Chinese punctuation carries its own space: spaces after it go too.
            if (rule == Rule::Punctuation && r != 0xFF08) {
                while (j < n && isSpace(t[j]) && !isProtected(j))
                    ++j;
                if (j == n)
                    j = i + 1;
            }
            add(i, j - i, QString(QChar(r)), rule);
            i = j;
            continue;
        }

        if (p.cjkLatinSpacing == HouseStyleProfile::Spacing::Insert && i > 0 &&
            !isProtected(i - 1)) {
            const char32_t before = codeAt(t, i - 1);
            const char32_t here = codeAt(t, i);
            if ((isHan(before) && isLatinOrDigit(here)) || (isLatinOrDigit(before) && isHan(here)))
                add(i, 0, QStringLiteral(" "), Rule::Spacing);
        }
        ++i;
    }
    // Spaces dropped next to a mark belong to that mark's change: one decision, one flag.
    QVector<StyleEdit> merged;
    merged.reserve(out.size());
    for (const StyleEdit &e : std::as_const(out)) {
        if (!merged.isEmpty()) {
            StyleEdit &last = merged.last();
            const bool touching = last.start + last.length == e.start && e.length > 0;
            const bool lastIsSpaces = last.rule == Rule::Punctuation && last.replacement.isEmpty();
            const bool thisIsSpaces = e.rule == Rule::Punctuation && e.replacement.isEmpty();
            if (touching && (lastIsSpaces || thisIsSpaces) && !(lastIsSpaces && thisIsSpaces)) {
                last.length += e.length;
                last.replacement += e.replacement;
                if (lastIsSpaces)
                    last.rule = e.rule;
                continue;
            }
        }
        merged.push_back(e);
    }
    return merged;
}

HouseStyle::Normalised HouseStyle::apply(const QString &text, const QVector<StyleEdit> &edits,
                                         int paragraph)
{
    Normalised out;
    out.text.reserve(text.size());
    int from = 0;
    for (const StyleEdit &e : edits) {
        out.text += QStringView(text).mid(from, e.start - from);
        Decision d;
        d.kind = QString::fromLatin1(DecisionKind);
        d.paragraph = paragraph;
        d.position = int(out.text.size());
        d.before = text.mid(e.start, e.length);
        d.after = e.replacement.isNull() ? QStringLiteral("") : e.replacement;
        d.reason = reason(e);
        d.confidence = e.rule == StyleEdit::Rule::DoubledSpace ? 1.0 : 0.9;
        out.decisions.push_back(d);
        out.text += e.replacement;
        from = e.start + e.length;
    }
    out.text += QStringView(text).mid(from);
    return out;
}

HouseStyle::Normalised HouseStyle::normalise(const QString &text, const HouseStyleProfile &profile,
                                             int paragraph)
{
    return apply(text, edits(text, profile), paragraph);
}

int HouseStyle::mapPosition(const QVector<StyleEdit> &edits, int pos)
{
    int delta = 0;
    for (const StyleEdit &e : edits) {
        if (e.start + e.length <= pos)
            delta += int(e.replacement.size()) - e.length;
        else if (e.start < pos)
            return e.start + delta; // inside a changed range: its start
        else
            break;
    }
    return pos + delta;
}

void HouseStyle::normaliseStory(StoryDraft &story, const HouseStyleProfile &profile)
{
    for (int p = 0; p < story.paragraphs.size(); ++p) {
        QString &text = story.paragraphs[p].text;
        const QVector<StyleEdit> changes = edits(text, profile);
        if (changes.isEmpty())
            continue;
        for (Decision &d : story.decisions) {
            if (d.paragraph == p)
                d.position = mapPosition(changes, d.position);
        }
        Normalised result = apply(text, changes, p);
        QVector<FlagDraft> kept;
        kept.reserve(story.flags.size());
        for (FlagDraft &f : story.flags) {
            if (f.paragraph == p) {
                const int end = f.start + f.length;
                const bool touched =
                    std::any_of(changes.cbegin(), changes.cend(), [&](const StyleEdit &e) {
                        return e.length > 0 && e.start < end && f.start < e.start + e.length;
                    });
                // A punctuation flag the change settled is gone; others (a duplicate covers
                // the whole paragraph) follow the text.
                if (touched && f.kind == QLatin1String(FlagKind::Punctuation))
                    continue;
                const bool textWasThere = QStringView(text).mid(f.start, f.length) == f.text;
                const int start = mapPosition(changes, f.start);
                f.length = mapPosition(changes, end) - start;
                f.start = start;
                if (touched && textWasThere)
                    f.text = result.text.mid(f.start, f.length);
            }
            kept.push_back(f);
        }
        story.flags = kept;
        text = result.text;
        story.decisions += result.decisions;
    }
}

bool HouseStyle::revert(QString &text, const Decision &d)
{
    if (d.position < 0 || d.position + d.after.size() > text.size() ||
        QStringView(text).mid(d.position, d.after.size()) != d.after)
        return false;
    text.replace(d.position, d.after.size(), d.before);
    return true;
}

bool HouseStyle::reapply(QString &text, const Decision &d)
{
    if (d.position < 0 || d.position + d.before.size() > text.size() ||
        QStringView(text).mid(d.position, d.before.size()) != d.before)
        return false;
    text.replace(d.position, d.before.size(), d.after);
    return true;
}

bool HouseStyle::revertAll(QString &text, const QVector<Decision> &decisions)
{
    // Last first; of two at one position (an insertion next to a change) the later first.
    QVector<int> order(decisions.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return decisions[a].position != decisions[b].position
                   ? decisions[a].position > decisions[b].position
                   : a > b;
    });
    QString work = text;
    for (int i : std::as_const(order)) {
        if (!revert(work, decisions[i]))
            return false;
    }
    text = work;
    return true;
}

QString HouseStyle::reason(const StyleEdit &e)
{
    switch (e.rule) {
    case Rule::Punctuation:
        return e.replacement.isEmpty()
                   ? Tr::tr("No spaces around Chinese punctuation (GB/T 15834-2011).")
                   : Tr::tr("Chinese text takes full-width punctuation “%1” (GB/T 15834-2011).")
                         .arg(e.replacement.trimmed());
    case Rule::Quotes:
        return Tr::tr("Chinese text takes the quotation marks “” and ‘’.");
    case Rule::CornerBracket:
        return Tr::tr("The house style writes “” and ‘’ for 「」 and 『』.");
    case Rule::Ellipsis:
        return Tr::tr("The ellipsis is written “……” (GB/T 15834-2011).");
    case Rule::Dash:
        return Tr::tr("The dash is written “——” (GB/T 15834-2011).");
    case Rule::Spacing:
        return e.replacement.isEmpty()
                   ? Tr::tr("No space between Chinese and Latin letters or digits (house style).")
                   : Tr::tr("One space between Chinese and Latin letters or digits (house style).");
    case Rule::DoubledSpace:
        return Tr::tr("Doubled spaces collapsed to one.");
    }
    return QString();
}

} // namespace Copydesk::Proofing
