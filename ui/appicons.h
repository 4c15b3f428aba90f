// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

namespace Copydesk {

// An icon from resources/icons: NAME.svg when Qt's SVG plugin is there, and the PNG
// renderings NAME-<size>.png of it in any case.
QIcon bundledIcon(const QString &name);
// The desktop theme's icon if it has one, else the bundled icon.
QIcon themedIcon(const QString &themeName, const QString &bundledName);
// The application icon (resources/icons/copydesk.svg).
QIcon applicationIcon();

} // namespace Copydesk
