// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptruns.h"

namespace Copydesk::Proofing {

bool isHan(char32_t c)
{
    return QChar::script(c) == QChar::Script_Han;
}

bool isLatinLetter(char32_t c)
{
    return QChar::script(c) == QChar::Script_Latin && QChar::isLetter(c);
}

QVector<ScriptRun> scriptRuns(QStringView text)
{
    QVector<ScriptRun> runs;
    for (qsizetype i = 0; i < text.size();) {
        const char32_t c = text[i].unicode();
        const Script s = isHan(c) ? Script::Han : isLatinLetter(c) ? Script::Latin : Script::Other;
        if (!runs.isEmpty() && runs.last().script == s)
            runs.last().length += 1;
        else
            runs.push_back({s, int(i), 1});
        ++i;
    }
    return runs;
}

QVector<Word> latinWords(QStringView text)
{
    QVector<Word> words;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (!isLatinLetter(text[i].unicode())) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < n) {
            const QChar c = text[i];
            if (isLatinLetter(c.unicode())) {
                ++i;
            } else if ((c == QLatin1Char('\'') || c == QChar(0x2019) || c == QLatin1Char('-'))
                       && i + 1 < n && isLatinLetter(text[i + 1].unicode())) {
                i += 2;
            } else {
                break;
            }
        }
        // A word glued to digits (LLQ080, 5G) is a code, not a word.
        const bool digitBefore = start > 0 && text[start - 1].isDigit();
        const bool digitAfter = i < n && text[i].isDigit();
        if (!digitBefore && !digitAfter)
            words.push_back({int(start), int(i - start)});
        else
            while (i < n && (text[i].isLetterOrNumber()))
                ++i;
    }
    return words;
}

} // namespace Copydesk::Proofing
