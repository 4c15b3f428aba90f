// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include "common/version.h"
#include "importing/inputfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace Copydesk {

namespace {
const QString kUserName = QStringLiteral("user/name");
const QString kMaxImportMegabytes = QStringLiteral("import/maxMegabytes");
const QString kRecentArchives = QStringLiteral("archive/recent");
const QString kLastArchive = QStringLiteral("archive/last");
const QString kWindowGeometry = QStringLiteral("window/geometry");
const QString kWindowState = QStringLiteral("window/state");
const QString kSplitterState = QStringLiteral("window/splitter");

constexpr int kMegabyte = 1024 * 1024;
} // namespace

QString AppSettings::userName()
{
    const QString name = QSettings().value(kUserName).toString().trimmed();
    return name.isEmpty() ? currentUserName() : name;
}

void AppSettings::setUserName(const QString &name)
{
    QSettings settings;
    if (name.trimmed().isEmpty() || name.trimmed() == currentUserName())
        settings.remove(kUserName);
    else
        settings.setValue(kUserName, name.trimmed());
}

qint64 AppSettings::maxImportBytes()
{
    return qint64(maxImportMegabytes()) * kMegabyte;
}

int AppSettings::maxImportMegabytes()
{
    const int fallback = int(Importing::kDefaultMaxImportBytes / kMegabyte);
    bool ok = false;
    const int mb = QSettings().value(kMaxImportMegabytes, fallback).toInt(&ok);
    return ok && mb > 0 ? mb : fallback;
}

void AppSettings::setMaxImportMegabytes(int megabytes)
{
    QSettings().setValue(kMaxImportMegabytes, megabytes);
}

QStringList AppSettings::recentArchives()
{
    QStringList list = QSettings().value(kRecentArchives).toStringList();
    list.removeAll(QString());
    return list.mid(0, MaxRecentArchives);
}

void AppSettings::addRecentArchive(const QString &path)
{
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QStringList list = recentArchives();
    list.removeAll(clean);
    list.prepend(clean);
    QSettings().setValue(kRecentArchives, list.mid(0, MaxRecentArchives));
}

void AppSettings::clearRecentArchives()
{
    QSettings().remove(kRecentArchives);
}

QString AppSettings::lastArchive()
{
    return QSettings().value(kLastArchive).toString();
}

void AppSettings::setLastArchive(const QString &path)
{
    QSettings().setValue(kLastArchive, QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
}

QByteArray AppSettings::windowGeometry()
{
    return QSettings().value(kWindowGeometry).toByteArray();
}

QByteArray AppSettings::windowState()
{
    return QSettings().value(kWindowState).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry, const QByteArray &state)
{
    QSettings settings;
    settings.setValue(kWindowGeometry, geometry);
    settings.setValue(kWindowState, state);
}

QByteArray AppSettings::splitterState()
{
    return QSettings().value(kSplitterState).toByteArray();
}

void AppSettings::setSplitterState(const QByteArray &state)
{
    QSettings().setValue(kSplitterState, state);
}

} // namespace Copydesk
