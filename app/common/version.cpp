// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "version.h"

#include <QtGlobal>

namespace Copydesk {

QString versionString() { return QStringLiteral(COPYDESK_VERSION); }

QString applicationName() { return QStringLiteral("Copydesk"); }

QString applicationId() { return QStringLiteral(COPYDESK_APP_ID); }

QString currentUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("LOGNAME");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QStringLiteral("unknown") : name;
}

} // namespace Copydesk
