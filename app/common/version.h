// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Copydesk {

QString versionString();         // "0.1.0"
QString applicationName();       // "Copydesk"
QString applicationId();         // reverse-DNS id shared by .desktop, metainfo and the app
QString currentUserName();       // login name, the default author of revisions

} // namespace Copydesk
