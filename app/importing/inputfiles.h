// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Copydesk::Importing {

// One thing to import: a file on disk, or bytes already in memory (the clipboard).
struct ImportInput
{
    QString name;     // shown to the editor and stored as the source's file name
    QString path;     // empty for in-memory input
    QByteArray bytes; // in-memory input only
    bool inMemory() const { return path.isEmpty(); }
};

struct CollectedInputs
{
    QVector<ImportInput> inputs;
    QStringList errors; // one line per refused path, naming it and the reason
};

constexpr qint64 kDefaultMaxImportBytes = 256LL * 1024 * 1024;

// Expands the paths an editor chose: files are taken as they are, a folder contributes its
// .txt files (sorted by name). A missing path or a folder without .txt files is an error.
CollectedInputs collectInputs(const QStringList &paths);

// Reads a file for import, refusing unreadable and oversized ones before reading them.
Result<QByteArray> readInputFile(const QString &path, qint64 maxBytes);

} // namespace Copydesk::Importing
