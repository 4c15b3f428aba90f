// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/records.h"
#include "common/result.h"

#include <QVector>

namespace Copydesk {

class Database;

// The district gazetteer in the archive (table `districts`): every unit's code, parent,
// level, name and short form, seeded from the gazetteer built into the program on an
// archive's first use (DeskTagging), so the browse tree and the picker read the same names
// the desk files stories under. Use on the thread of `db`.
class DistrictRepository
{
public:
    explicit DistrictRepository(const Database &db) : m_db(db) {}

    // Settings key under which seeding records where the data came from (package, version,
    // licence).
    static constexpr char SourceSetting[] = "gazetteer.source";

    Result<int> count() const;
    // Units down to `maxLevel` (1 province ... 4 town), ordered by code.
    Result<QVector<DistrictRecord>> districts(int maxLevel = 4) const;
    // The units with these codes, in no particular order (unknown codes are left out).
    Result<QVector<DistrictRecord>> byCodes(const QStringList &codes) const;

    // Adds the units that are not there yet, in one transaction with prepared statements,
    // and records `source` in the settings. Safe to run twice.
    Status seed(const QVector<DistrictRecord> &districts, const QString &source) const;

private:
    const Database &m_db;
};

} // namespace Copydesk
