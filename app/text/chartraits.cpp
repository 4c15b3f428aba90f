// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartraits.h"

#include <QRegularExpression>

#include <algorithm>

namespace Copydesk::Text {

bool isSentenceEnd(QChar c)
{
    switch (c.unicode()) {
    case u'。':
    case u'！':
    case u'？':
    case u'…':
    case u'.':
    case u'!':
    case u'?':
    case u'｡':
    case u'．':
        return true;
    default:
        return false;
    }
}

bool isClosing(QChar c)
{
    switch (c.unicode()) {
    case u'”':
    case u'’':
    case u'」':
    case u'』':
    case u'）':
    case u')':
    case u'】':
    case u'》':
    case u'"':
    case u'\'':
        return true;
    default:
        return false;
    }
}

bool endsSentence(QStringView text)
{
    qsizetype i = text.size();
    while (i > 0 && isSpaceFast(text[i - 1]))
        --i;
    while (i > 0 && isClosing(text[i - 1]))
        --i;
    return i > 0 && isSentenceEnd(text[i - 1]);
}

int displayWidth(QStringView text)
{
    int w = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        w += (isCjk(c) || (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF00 && u <= 0xFFEF) ||
              (u >= 0x2018 && u <= 0x201D))
                 ? 2
                 : 1;
    }
    return w;
}

int cjkCount(QStringView text)
{
    int n = 0;
    for (QChar c : text)
        n += isCjk(c) && !c.isLowSurrogate();
    return n;
}

bool hasCjk(QStringView text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return isCjk(c) && !c.isLowSurrogate(); });
}

bool hasSentencePunctuation(QStringView text)
{
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'，':
        case u',':
        case u'。':
        case u'；':
        case u';':
        case u'！':
        case u'？':
        case u'!':
        case u'?':
        case u'、':
            return true;
        default:
            break;
        }
    }
    return false;
}

bool hasSpacedIdeographs(QStringView text)
{
    for (qsizetype i = 1; i + 1 < text.size(); ++i) {
        if ((text[i] == QLatin1Char(' ') || text[i] == QChar(0x3000)) && isCjk(text[i - 1]) &&
            isCjk(text[i + 1]))
            return true;
    }
    return false;
}

bool isLetterSpaced(QStringView text)
{
    // Tokens of one ideograph between spaces: 大 多 数 Linux 用 户 运 行.
    int single = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!isCjk(text[i]))
            continue;
        const bool spaceBefore = i == 0 || isSpaceFast(text[i - 1]);
        if (spaceBefore && (i + 1 == text.size() || isSpaceFast(text[i + 1])) && ++single >= 2)
            return true;
    }
    return false;
}

bool hasPhraseGap(QStringView text)
{
    auto wide = [](QChar c) {
        return isCjk(c) || c == QChar(0x201C) || c == QChar(0x201D) || c == QChar(0x300A) ||
               c == QChar(0x300B) || c == QChar(0x300C) || c == QChar(0x300D);
    };
    // A gap between two phrases of ideographs first (cheap: only spaces are looked at), then
    // whether the spaces are justification that singles every ideograph out. Spaces between
    // names in brackets that running text goes on after part no phrases: 本报讯（记者 张三
    // 通讯员 李四）昨天上…. (Names in brackets closing the line are a byline: they are looked
    // at as they always were.)
    const bool closesOnBracket = text.endsWith(QLatin1Char(')')) || text.endsWith(QChar(0xFF09));
    // Whether position i lies inside brackets: asked only of a gap found, which is rare.
    auto insideBrackets = [&](qsizetype i) {
        if (closesOnBracket)
            return false;
        for (qsizetype k = i - 1; k >= 0; --k) {
            const char16_t u = text[k].unicode();
            if (u == u'）' || u == u')')
                return false;
            if (u == u'（' || u == u'(')
                return true;
        }
        return false;
    };
    for (qsizetype i = 2; i + 2 < text.size(); ++i) {
        if (text[i] != QLatin1Char(' ') && text[i] != QChar(0x3000))
            continue;
        qsizetype e = i + 1;
        while (e < text.size() && isSpaceFast(text[e]))
            ++e;
        if (e + 1 < text.size() && wide(text[i - 1]) && wide(text[i - 2]) && wide(text[e]) &&
            wide(text[e + 1]) && (isCjk(text[i - 1]) || isCjk(text[i - 2])) &&
            (isCjk(text[e]) || isCjk(text[e + 1])) && !insideBrackets(i))
            return !isLetterSpaced(text);
    }
    return false;
}

bool isSpacedOut(QStringView pageText)
{
    // Spaces between two words of ideographs: justification spaces single ideographs out
    // (工 作 ， 因 此), OCR noise falls anywhere. One pass over the characters: a search from
    // space to space costs a call per space, and Latin text has a space every few letters.
    int spaced = 0;
    const qsizetype n = pageText.size();
    for (qsizetype i = 2; i + 2 < n; ++i) {
        if (pageText[i] == QLatin1Char(' ') && isCjk(pageText[i - 1]) && isCjk(pageText[i + 1]) &&
            isCjk(pageText[i - 2]) && isCjk(pageText[i + 2]))
            ++spaced;
    }
    // Headlines give a page a few such spaces; OCR noise gives one every few dozen
    // characters: more than one per 40 ideographs. Counting stops once that is decided.
    if (spaced < 5)
        return false;
    const qsizetype limit = qsizetype(spaced) * 40;
    qsizetype ideographs = 0;
    for (qsizetype i = 0; i < n && ideographs < limit; ++i)
        ideographs += isCjk(pageText[i]);
    return ideographs < limit;
}

// English words that never end a phrase: a line ending on one goes on.
bool endsOnFunctionWord(QStringView text)
{
    qsizetype b = text.size();
    while (b > 0 && text[b - 1].isLetter() && text[b - 1].unicode() < 0x80)
        --b;
    if (b == text.size() || (b > 0 && !isSpaceFast(text[b - 1])))
        return false;
    const QStringView word = text.mid(b);
    static const char *const words[] = {"a",   "an", "the",  "of",   "to",   "in",
                                        "on",  "at", "for",  "with", "from", "by",
                                        "and", "or", "into", "onto", "as",   "than"};
    return std::any_of(std::begin(words), std::end(words),
                       [&](const char *w) { return word == QLatin1String(w); });
}

bool hasLowerCase(QStringView text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLower(); });
}

bool isDeskCreditLine(QStringView text)
{
    // Asked of every line of a page: most are answered by their length and last letter.
    if (text.size() > 32 || text.size() < 11)
        return false;
    const QStringView t = text.trimmed();
    const char16_t last = t.isEmpty() ? 0 : char16_t(t.back().unicode() | 0x20);
    if ((last != u's' && last != u't' && last != u'e') || t.size() < 11 ||
        !(t.endsWith(QLatin1String("report"), Qt::CaseInsensitive) ||
          t.endsWith(QLatin1String("reports"), Qt::CaseInsensitive) ||
          t.endsWith(QLatin1String("service"), Qt::CaseInsensitive) ||
          t.endsWith(QLatin1String("services"), Qt::CaseInsensitive)))
        return false;
    static const QRegularExpression desk(
        QStringLiteral("^\\s*(?:from\\s+)?(?:staff|wire|news)\\s+(?:reports?|services?)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    return desk.match(text).hasMatch();
}

namespace {
// The page's credits and contacts: 责任编辑：张三  校对：李四, 本版邮箱：news@…  电话：0571-….
// "label：value" pairs, one of whose labels names an editing role or a contact.
bool isCreditLine(QStringView text)
{
    // Short lines: a loop over their characters costs less than two calls to search them.
    if (text.size() > 80 || std::none_of(text.cbegin(), text.cend(), [](QChar c) {
            return c == QChar(0xFF1A) || c == QLatin1Char(':');
        }))
        return false;
    // Both shapes below name a role or a contact: a line naming none is answered without the
    // regular expressions.
    static const QString roleWords[] = {
        QStringLiteral("编辑"), QStringLiteral("校对"), QStringLiteral("美编"),
        QStringLiteral("审校"), QStringLiteral("排版"), QStringLiteral("版式"),
        QStringLiteral("设计"), QStringLiteral("邮箱"), QStringLiteral("电话"),
        QStringLiteral("热线"), QStringLiteral("传真")};
    if (std::none_of(std::cbegin(roleWords), std::cend(roleWords),
                     [&](const QString &w) { return text.contains(w); }))
        return false;
    static const QRegularExpression pairs(
        QStringLiteral("^\\s*(?:\\p{Han}{2,6}\\s*[：:]\\s*[^\\s，。；！？,;]{1,40}\\s*){2,}$"));
    static const QRegularExpression role(
        QStringLiteral("(?:编辑|校对|美编|审校|排版|版式|设计|邮箱|电话|热线|传真)\\s*[：:]"));
    static const QRegularExpression one(QStringLiteral(
        "^\\s*\\p{Han}{0,4}(?:编辑|校对|美编|审校|排版|版式|设计|邮箱|电话|热线|传真)"
        "\\s*[：:]\\s*[^\\s，。；！？,;]{1,40}(?:\\s+[^\\s，。；！？,;]{1,40})?\\s*$"));
    // Pairs without an editing role or a contact are content: 时间：5月1日  地点：杭州.
    return (pairs.match(text).hasMatch() && role.match(text).hasMatch()) ||
           one.match(text).hasMatch();
}
} // namespace

bool isPageFurniture(QStringView text)
{
    if (isCreditLine(text))
        return true;
    // A running head in parts divided by rules: A4 | THURSDAY, MARCH 7, 2024 | THE GAZETTE.
    // One part a date or a folio (A4, 12) makes the whole line the running head.
    if (text.size() <= 100 && !endsSentence(text) &&
        (text.contains(QLatin1Char('|')) || text.contains(QChar(0xFF5C)))) {
        static const QRegularExpression folio(QStringLiteral("^[A-Z]?[0-9]{1,3}$"));
        qsizetype from = 0;
        for (qsizetype i = 0; i <= text.size(); ++i) {
            if (i < text.size() && text[i] != QLatin1Char('|') && text[i] != QChar(0xFF5C))
                continue;
            const QStringView part = text.mid(from, i - from).trimmed();
            from = i + 1;
            if (!part.isEmpty() && (folio.match(part).hasMatch() || isPageFurniture(part)))
                return true;
        }
        return false;
    }
    // A page's running head or foot: its number (第 3 版, PAGE 4), the weekday, the date.
    // Extractors print these wherever the page's boxes fall, often between two stories, and
    // pdftotext -raw puts the whole running head on one line. Most lines hold none of the
    // marks: they are answered without the regular expression. A running head holds no
    // sentence: 馆长说，书屋让居民读书。（下转第3版） is text.
    if (text.isEmpty() || text.size() > 48 || endsSentence(text))
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        if (u == u'。' || u == u'，' || u == u'！' || u == u'？' || u == u'；' || u == u'、' ||
            (u == u'.' && i + 1 < text.size() && text[i + 1] == QLatin1Char(' ')))
            return false;
    }
    // Only lines with one of the marks go to the regular expression: one pass finds them.
    int width = 0;
    bool di = false, ban = false, day = false, year = false, month = false, page = false;
    bool jump = false, issue = false, serial = false, letters = true, latin = false;
    int digitCount = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = text[i].unicode();
        if (u < 0x80) {
            width += 1;
            if ((u | 0x20) == u'p' && i + 3 < n && (text[i + 1].unicode() | 0x20) == u'a' &&
                (text[i + 2].unicode() | 0x20) == u'g' && (text[i + 3].unicode() | 0x20) == u'e')
                page = true;
            letters = letters && ((u | 0x20) >= u'a' && (u | 0x20) <= u'z');
            latin = latin || ((u | 0x20) >= u'a' && (u | 0x20) <= u'z');
            digitCount += u >= u'0' && u <= u'9';
            continue;
        }
        width += u >= 0x1100 ? 2 : 1;
        letters = false;
        switch (u) {
        case 0x7B2C: // 第
            di = true;
            break;
        case 0x7248: // 版
            ban = true;
            break;
        case 0x661F: // 星
        case 0x5468: // 周
        case 0x793C: // 礼
            day = true;
            break;
        case 0x5E74: // 年
            year = true;
            break;
        case 0x6708: // 月
            month = true;
            break;
        case 0x63A5: // 接
        case 0x8F6C: // 转
            jump = true;
            break;
        case 0x671F: // 期
            issue = true;
            break;
        case 0x53F7: // 号
            serial = true;
            break;
        default:
            break;
        }
    }
    // An English running head without rules: folio, paper and dateline in capitalised words
    // (A4 THE DEBIAN COURIER THURSDAY, MARCH 7, 2024). Running text has lower-case words.
    auto datedHead = [&] {
        if (!latin || digitCount < 4 || !text.contains(QLatin1String("day"), Qt::CaseInsensitive))
            return false;
        for (qsizetype i = 0; i < n; ++i) {
            if (text[i].isLetter() && (i == 0 || !text[i - 1].isLetter()) && text[i].isLower())
                return false;
        }
        return true;
    };
    const bool mark =
        width <= 48 &&
        ((di && ban) || (jump && ban) || (day && width <= 12) || (year && month && width <= 40) ||
         page || (letters && n <= 9) || (di && issue) || (ban && width <= 12) ||
         (serial && digitCount > 0) ||
         // A dateline holds a year; a jump line starts "Continued"; a lettered folio is short.
         (latin && digitCount > 0 && width <= 40 &&
          (digitCount >= 4 || n <= 4 || (text.front().toLower() == QLatin1Char('c')) ||
           text.front() == QLatin1Char('('))) ||
         datedHead());
    if (!mark)
        return false;
    static const QString weekday = QStringLiteral("(MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY");
    static const QString monthName = QStringLiteral(
        "(JAN(UARY)?|FEB(RUARY)?|MAR(CH)?|APR(IL)?|MAY|JUNE?|JULY?|AUG(UST)?|SEPT?(EMBER)?|"
        "OCT(OBER)?|NOV(EMBER)?|DEC(EMBER)?)\\.?");
    static const QRegularExpression re(
        QStringLiteral(
            "第\\s*[0-9０-９]+\\s*版|^\\s*第[一二三四五六七八九十百]+版|"
            "^\\s*(星期|周|礼拜)[一二三四五六日天]\\s*$|"
            "\\bPAGE\\s+[A-Z]?[0-9]+\\b|"
            "^\\s*%1\\s*$|"
            "^\\s*[0-9]{4}\\s*年\\s*[0-9]{1,2}\\s*月\\s*[0-9]{1,2}\\s*日\\s*"
            "(星期[一二三四五六日天])?\\s*(农历\\S{2,12})?\\s*$|"
            // A Chinese paper's masthead: 农历甲辰年正月廿八, 总第12345期, 今日8版, its serials
            // (国内统一连续出版物号 CN33-0001, 邮发代号 31-1); a lettered folio alone (A02). Not a
            // number alone: a hard-wrapped line may hold one (85 / 后浙江省…).
            "^\\s*农历\\S{2,12}\\s*$|^\\s*总?第\\s*[0-9]+\\s*期\\s*$|^\\s*今日\\s*[0-9]+\\s*版\\s*$"
            "|"
            "国内统一连续出版物号|邮发代号|^\\s*CN\\s*[0-9]{2}\\s*-\\s*[0-9]{4}|"
            "^\\s*[A-Z][0-9]{1,3}\\s*$|"
            // A jump line: （下转第3版）, （上接第一版）, Continued from Page A1.
            "^\\s*[（(]?\\s*(上接|下转|紧接|接|转|续)第?\\s*[0-9一二三四五六七八九十]+\\s*版"
            "\\s*[）)]?\\s*$|"
            "^\\s*\\(?\\s*continued\\s+(from|on)\\s+(page\\s+)?[A-Z]?[0-9]+\\s*\\)?\\s*$|"
            // An English dateline: Thursday, March 7, 2024; 7 March 2024.
            "^\\s*(%1,?\\s+)?(%2\\s+[0-9]{1,2},?|[0-9]{1,2}\\s+%2,?)\\s+[0-9]{4}\\s*$")
            .arg(weekday, monthName),
        QRegularExpression::CaseInsensitiveOption);
    if (re.match(text).hasMatch())
        return true;
    static const QRegularExpression dated(
        QStringLiteral("\\b%1,?\\s+%2\\s+[0-9]{1,2},?\\s+[0-9]{4}\\b").arg(weekday, monthName),
        QRegularExpression::CaseInsensitiveOption);
    return datedHead() && dated.match(text).hasMatch();
}

} // namespace Copydesk::Text
