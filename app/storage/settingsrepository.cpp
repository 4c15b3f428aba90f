// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsrepository.h"

#include "database.h"
#include "sqlutil.h"

#include <QSqlDatabase>

namespace Copydesk {

namespace {
const QString kAll = QStringLiteral("SELECT key, value FROM settings");
const QString kGet = QStringLiteral("SELECT value FROM settings WHERE key = :key");
const QString kSet = QStringLiteral(
    "INSERT INTO settings (key, value) VALUES (:key, :value) "
    "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
const QString kRemove = QStringLiteral("DELETE FROM settings WHERE key = :key");
} // namespace

Result<QHash<QString, QString>> SettingsRepository::all() const
{
    using R = Result<QHash<QString, QString>>;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = Sql::exec(q, kAll); !s)
        return R::failure(s.error());
    QHash<QString, QString> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

QString SettingsRepository::value(const QString &key, const QString &fallback) const
{
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (!Sql::prepare(q, kGet))
        return fallback;
    q.bindValue(QStringLiteral(":key"), key);
    if (!Sql::exec(q) || !q.next())
        return fallback;
    return q.value(0).toString();
}

double SettingsRepository::number(const QString &key, double fallback) const
{
    bool ok = false;
    const double v = value(key).toDouble(&ok);
    return ok ? v : fallback;
}

Status SettingsRepository::setValue(const QString &key, const QString &value) const
{
    if (m_db.isReadOnly())
        return failure(QStringLiteral("the archive is open read-only"));
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = Sql::prepare(q, kSet); !s)
        return s;
    q.bindValue(QStringLiteral(":key"), key);
    q.bindValue(QStringLiteral(":value"), value);
    return Sql::exec(q);
}

Status SettingsRepository::remove(const QString &key) const
{
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = Sql::prepare(q, kRemove); !s)
        return s;
    q.bindValue(QStringLiteral(":key"), key);
    return Sql::exec(q);
}

} // namespace Copydesk
