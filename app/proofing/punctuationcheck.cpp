// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "punctuationcheck.h"

namespace Copydesk::Proofing {

namespace {
// Cheap pre-test: most Chinese paragraphs of clean copy have no ASCII punctuation at all.
bool mayNeedWork(const QString &text, const HouseStyleProfile &p)
{
    for (const QChar c : text) {
        switch (c.unicode()) {
        case ',':
        case '.':
        case ':':
        case ';':
        case '?':
        case '!':
        case '(':
        case ')':
        case '"':
        case '\'':
        case '-':
        case 0x2026:
        case 0x3002:
        case 0xFF0D:
        case 0x2014:
        case 0x2015:
            return true;
        case 0x300C:
        case 0x300D:
        case 0x300E:
        case 0x300F:
            if (p.cornerBracketsToQuotes)
                return true;
            break;
        default:
            break;
        }
    }
    return false;
}
} // namespace

QVector<FlagDraft> PunctuationCheck::check(const QString &text, int paragraph,
                                           const HouseStyleProfile &profile)
{
    QVector<FlagDraft> flags;
    if (!mayNeedWork(text, profile))
        return flags;
    HouseStyleProfile marksOnly = profile;
    marksOnly.cjkLatinSpacing = HouseStyleProfile::Spacing::Keep;
    marksOnly.collapseSpaces = false;
    for (const StyleEdit &e : HouseStyle::edits(text, marksOnly)) {
        if (e.replacement.isEmpty() || e.length == 0)
            continue; // spaces around a mark: part of the normaliser, not worth a flag
        FlagDraft f;
        f.kind = QString::fromLatin1(FlagKind::Punctuation);
        f.paragraph = paragraph;
        f.start = e.start;
        f.length = e.length;
        f.text = text.mid(e.start, e.length);
        f.suggestion = e.replacement;
        f.reason = HouseStyle::reason(e);
        f.confidence = e.rule == StyleEdit::Rule::Punctuation ? 0.85 : 0.8;
        flags.push_back(f);
    }
    return flags;
}

} // namespace Copydesk::Proofing
