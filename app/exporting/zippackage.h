// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QVector>

namespace Copydesk::Exporting {

// A zip package in memory, written and read with libzip (Debian's maintained zip library),
// for OOXML (DOCX) parts and for reading ODT/DOCX back in tests and tools. Any thread.
class ZipPackage
{
public:
    struct Entry
    {
        QString name; // path inside the package, '/' separated
        QByteArray data;
        bool stored = false; // true: no compression (e.g. an ODF "mimetype")
    };

    // Entries are written in the order given.
    static Result<QByteArray> write(const QVector<Entry> &entries);
    // Every file of a package by name.
    static Result<QMap<QString, QByteArray>> read(const QByteArray &zip);
    // Entry names in the package's own order.
    static Result<QStringList> names(const QByteArray &zip);
};

} // namespace Copydesk::Exporting
