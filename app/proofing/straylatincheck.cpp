// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "straylatincheck.h"

#include "scriptruns.h"

#include <QCoreApplication>
#include <QHash>

namespace Copydesk::Proofing {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::Proofing::StrayLatinCheck)
};
} // namespace

QString StrayLatinCheck::replacementFor(const QString &word)
{
    // English function words and the Chinese a desk writes for them. The article has no
    // counterpart and is simply dropped.
    static const QHash<QString, QString> kWords = {
        {QStringLiteral("and"), QStringLiteral("和")},  {QStringLiteral("or"), QStringLiteral("或")},
        {QStringLiteral("with"), QStringLiteral("与")}, {QStringLiteral("of"), QStringLiteral("的")},
        {QStringLiteral("for"), QStringLiteral("为")},  {QStringLiteral("to"), QStringLiteral("到")},
        {QStringLiteral("in"), QStringLiteral("在")},   {QStringLiteral("from"), QStringLiteral("从")},
        {QStringLiteral("by"), QStringLiteral("由")},   {QStringLiteral("the"), QStringLiteral("")},
    };
    return kWords.value(word.toLower());
}

QVector<FlagDraft> StrayLatinCheck::check(const QString &text, int paragraph)
{
    QVector<FlagDraft> flags;
    for (const Word &w : latinWords(text)) {
        const QString word = text.mid(w.start, w.length);
        // Lower case only: `And` or `OR` inside Chinese is more likely a name or a code.
        if (word != word.toLower())
            continue;
        const QString replacement = replacementFor(word);
        if (replacement.isNull())
            continue;
        int before = w.start;
        while (before > 0 && text[before - 1] == QLatin1Char(' '))
            --before;
        int after = w.start + w.length;
        while (after < text.size() && text[after] == QLatin1Char(' '))
            ++after;
        if (before == 0 || after >= text.size() || !isHan(text[before - 1].unicode())
            || !isHan(text[after].unicode()))
            continue;
        FlagDraft f;
        f.kind = QString::fromLatin1(FlagKind::StrayLatin);
        f.paragraph = paragraph;
        f.start = before;
        f.length = after - before;
        f.text = text.mid(before, after - before);
        f.suggestion = replacement;
        f.reason = replacement.isEmpty()
                       ? Tr::tr("The English word “%1” stands between Chinese words; delete it.")
                             .arg(word)
                       : Tr::tr("The English word “%1” stands between Chinese words; write “%2”.")
                             .arg(word, replacement);
        f.confidence = 0.9;
        flags.push_back(f);
    }
    return flags;
}

} // namespace Copydesk::Proofing
