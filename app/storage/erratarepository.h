// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QString>
#include <QVector>

namespace Copydesk {

class Database;

struct ErratumRecord
{
    qint64 id = 0;
    QString wrong;
    QString right;
    QString addedBy;
    QDateTime addedAt; // UTC
};

// The house errata table (table errata): text that is always wrong and what to write
// instead. It grows when a proofreader confirms a correction with "always"; every later
// check uses it (Proofing::Proofreader::setErrata / addErratum, kind "errata"). Lives on its
// Database's thread.
class ErrataRepository
{
public:
    explicit ErrataRepository(const Database &db) : m_db(db) {}

    // Adds `wrong` -> `right`, or replaces what the table said for `wrong` (who and when are
    // the latest confirmation's).
    Status addErratum(const QString &wrong, const QString &right, const QString &user) const;
    Status removeErratum(const QString &wrong) const;
    Result<QVector<ErratumRecord>> errata() const; // ordered by `wrong`

private:
    const Database &m_db;
};

} // namespace Copydesk
