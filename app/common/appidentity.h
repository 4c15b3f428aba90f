// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCoreApplication;

namespace Copydesk {

// Names the application so that QSettings and QStandardPaths agree between copydesk and
// copydesk-cli. Call right after constructing the Q*Application.
void initApplicationIdentity();

// QStandardPaths::AppDataLocation/archive.sqlite (the folder is created if missing).
QString defaultArchivePath();

// Loads Copydesk's and Qt's translations for the system locale (or COPYDESK_LOCALE).
// Returns the name of the locale whose Copydesk translation was loaded, or empty.
QString installTranslations(QCoreApplication &app);

} // namespace Copydesk
