// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutoptions.h"

#include <QCoreApplication>

namespace Copydesk::Exporting {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::Exporting::LayoutOptions)
};
} // namespace

Status validateOptions(const LayoutOptions &o)
{
    if (o.columns < 1 || o.columns > 6)
        return failure(
            Tr::tr("the number of columns must be between 1 and 6, not %1").arg(o.columns));
    const QMarginsF &m = o.marginsMm;
    for (qreal v : {m.left(), m.top(), m.right(), m.bottom()}) {
        if (v < 5 || v > 60)
            return failure(Tr::tr("margins must be between 5 and 60 mm"));
    }
    if (m.bottom() < 10)
        return failure(Tr::tr("the bottom margin must be at least 10 mm to hold the footer"));
    if (o.gutterMm < 1 || o.gutterMm > 20)
        return failure(Tr::tr("the gap between columns must be between 1 and 20 mm"));
    if (o.bodyPointSize < 5 || o.bodyPointSize > 24)
        return failure(Tr::tr("the body text size must be between 5 and 24 points"));
    if (o.headlinePointSize != 0 && (o.headlinePointSize < 8 || o.headlinePointSize > 96))
        return failure(Tr::tr("the headline size must be between 8 and 96 points"));
    return success();
}

Result<PaperSize> paperSizeFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("a3"))
        return PaperSize::A3;
    if (n == QLatin1String("a4"))
        return PaperSize::A4;
    if (n == QLatin1String("tabloid"))
        return PaperSize::Tabloid;
    return Result<PaperSize>::failure(
        Tr::tr("unknown paper size '%1' (a3, a4 or tabloid)").arg(name));
}

QString paperSizeName(PaperSize size)
{
    switch (size) {
    case PaperSize::A3:
        return QStringLiteral("a3");
    case PaperSize::A4:
        return QStringLiteral("a4");
    case PaperSize::Tabloid:
        return QStringLiteral("tabloid");
    }
    return {};
}

} // namespace Copydesk::Exporting
