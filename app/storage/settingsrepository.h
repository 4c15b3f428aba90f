// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QHash>
#include <QString>
#include <QVariant>

namespace Copydesk {

class Database;

// Desk-wide settings kept in the archive, so every editor of a shared archive works with the
// same thresholds. Per-user preferences (window layout, recent files) stay in QSettings.
class SettingsRepository
{
public:
    explicit SettingsRepository(const Database &db) : m_db(db) {}

    // Well-known keys.
    static constexpr char DuplicateThreshold[] = "dedup.near_threshold";
    static constexpr char DuplicateMinLength[] = "dedup.min_length";
    static constexpr char SpellingLanguage[] = "spelling.language";
    static constexpr char MaxImportBytes[] = "import.max_bytes";

    Result<QHash<QString, QString>> all() const;
    QString value(const QString &key, const QString &fallback = {}) const;
    double number(const QString &key, double fallback) const;
    Status setValue(const QString &key, const QString &value) const;
    Status remove(const QString &key) const;

private:
    const Database &m_db;
};

} // namespace Copydesk
