// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appicons.h"

#include <QFile>
#include <QImageReader>

namespace Copydesk {

QIcon bundledIcon(const QString &name)
{
    QIcon icon;
    const QString base = QStringLiteral(":/icons/") + name;
    if (QImageReader::supportedImageFormats().contains("svg"))
        icon.addFile(base + QStringLiteral(".svg"));
    for (int size : {24, 32, 48, 64, 128, 256}) {
        const QString png = QStringLiteral("%1-%2.png").arg(base).arg(size);
        if (QFile::exists(png))
            icon.addFile(png, QSize(size, size));
    }
    return icon;
}

QIcon themedIcon(const QString &themeName, const QString &bundledName)
{
    return QIcon::fromTheme(themeName, bundledIcon(bundledName));
}

QIcon applicationIcon()
{
    return bundledIcon(QStringLiteral("copydesk"));
}

} // namespace Copydesk
