// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appidentity.h"

#include "version.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>

namespace Copydesk {

void initApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("copydesk"));
    QCoreApplication::setApplicationName(QStringLiteral("copydesk"));
    QCoreApplication::setApplicationVersion(versionString());
}

QString defaultArchivePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/archive.sqlite");
}

QString installTranslations(QCoreApplication &app)
{
    const QString override = qEnvironmentVariable("COPYDESK_LOCALE");
    QLocale locale = override.isEmpty() ? QLocale::system() : QLocale(override);
    // The C locale reads English; English still loads a file for its plural forms.
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English);
    if (locale.language() != QLocale::English) {
        auto *qt = new QTranslator(&app);
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("copydesk"), QStringLiteral("_"),
                  QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        return own->language();
    }
    delete own;
    return {};
}

} // namespace Copydesk
