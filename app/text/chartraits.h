// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Copydesk::Text {

// Character classes the cleanup stage reasons with. Pure and cheap: called per character.

// Han ideographs (and the CJK compatibility block): no spaces between them when joining.
// Inline: called on every character of the page, several times.
inline bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x3400)
        return false; // ASCII, Latin, punctuation: answered by one comparison
    if (u >= 0x4E00 && u <= 0x9FFF)
        return true; // the unified ideographs: most of a Chinese page
    return u <= 0x4DBF || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xD800 && u <= 0xDFFF);
}
// QChar::isSpace without the Unicode table for ASCII and ideographs.
inline bool isSpaceFast(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return u == u' ' || (u >= u'\t' && u <= u'\r');
    if (u >= 0x3400 && u <= 0x9FFF)
        return false;
    return c.isSpace();
}
// Punctuation that ends a sentence: 。！？…  .!?  and full stops of other scripts.
bool isSentenceEnd(QChar c);
// Closing quotes and brackets that may follow a sentence end: ”’」』）)】》
bool isClosing(QChar c);
// Whether text ends a sentence, looking through trailing closing quotes and brackets.
bool endsSentence(QStringView text);
// Width on a page: ideographs and full-width forms count 2, everything else 1.
int displayWidth(QStringView text);
int cjkCount(QStringView text);
// Whether text holds an ideograph (cjkCount(text) > 0), answered at the first one.
bool hasCjk(QStringView text);
bool hasSentencePunctuation(QStringView text); // any of ，,。；;：:！？!?、 inside
// Two ideographs with a space between them (a headline's two phrases, or OCR noise).
bool hasSpacedIdeographs(QStringView text);
// Justified or OCR text with a space between single ideographs (大 多 数 Linux 用 户).
bool isLetterSpaced(QStringView text);
// Two phrases of at least two ideographs each with a space between them, in text that is not
// letter-spaced: the shape of a Chinese headline (凝聚力量 擦亮“品牌”).
bool hasPhraseGap(QStringView text);
// OCR output that spaces ideographs throughout the running text: spaces then say nothing
// about headlines.
bool isSpacedOut(QStringView pageText);
// A page's running head or foot on a line of its own: 第 3 版 · 人物, 星期二, PAGE 4, MONDAY,
// a date alone.
bool isPageFurniture(QStringView text);
// Whether text holds a lower-case letter: a line in capitals (a kicker, an agency) holds none.
bool hasLowerCase(QStringView text);
// A desk's credit in place of a "By" line: From staff reports, Wire services.
bool isDeskCreditLine(QStringView text);
// English text ending on a word that never ends a phrase (of, the, by, and…): it goes on.
bool endsOnFunctionWord(QStringView text);

} // namespace Copydesk::Text
