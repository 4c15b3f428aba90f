// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "flaglabels.h"

#include "common/types.h"

#include <QCoreApplication>

namespace Copydesk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::FlagLabels)
};
} // namespace

QString flagKindLabel(const QString &kind)
{
    if (kind == QLatin1String(FlagKind::Duplicate))
        return Tr::tr("Duplicate paragraph");
    if (kind == QLatin1String(FlagKind::DoubledCharacter))
        return Tr::tr("Doubled character");
    if (kind == QLatin1String(FlagKind::StrayLatin))
        return Tr::tr("Stray Latin text");
    if (kind == QLatin1String(FlagKind::VariantCharacter))
        return Tr::tr("Variant character");
    if (kind == QLatin1String(FlagKind::Punctuation))
        return Tr::tr("Punctuation");
    if (kind == QLatin1String(FlagKind::Spelling))
        return Tr::tr("Spelling");
    if (kind == QLatin1String(FlagKind::Join))
        return Tr::tr("Joined line");
    if (kind == QLatin1String(FlagKind::Encoding))
        return Tr::tr("Encoding problem");
    return kind;
}

QString flagToolTip(const QString &kind, const QString &reason, const QString &suggestion)
{
    QString tip = flagKindLabel(kind);
    if (!reason.isEmpty())
        tip = Tr::tr("%1: %2").arg(tip, reason);
    if (!suggestion.isEmpty())
        tip = Tr::tr("%1\nSuggestion: %2").arg(tip, suggestion);
    return tip;
}

} // namespace Copydesk
