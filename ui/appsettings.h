// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Copydesk {

// The editor's own preferences, kept in QSettings (desk-wide settings live in the archive,
// see SettingsRepository): who edits, the import size limit, recent archives, window layout.
// Stateless; every call reads or writes QSettings. GUI thread.
class AppSettings
{
public:
    static constexpr int MaxRecentArchives = 8;

    static QString userName(); // default: the login name
    static void setUserName(const QString &name);

    static qint64 maxImportBytes(); // default: 256 MB
    static int maxImportMegabytes();
    static void setMaxImportMegabytes(int megabytes);

    static QStringList recentArchives(); // most recent first, at most MaxRecentArchives
    static void addRecentArchive(const QString &path);
    static void clearRecentArchives();

    static QString lastArchive();
    static void setLastArchive(const QString &path);

    static QByteArray windowGeometry();
    static QByteArray windowState();
    static void setWindowGeometry(const QByteArray &geometry, const QByteArray &state);
    static QByteArray splitterState();
    static void setSplitterState(const QByteArray &state);
};

} // namespace Copydesk
