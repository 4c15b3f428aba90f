// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "districtrepository.h"

#include "database.h"
#include "sqlutil.h"

#include <QSqlDatabase>

namespace Copydesk {

namespace {
const QString kCount = QStringLiteral("SELECT count(*) FROM districts");
const QString kSelect = QStringLiteral(
    "SELECT code, coalesce(parent_code, ''), level, name, short_name FROM districts "
    "WHERE level <= :level ORDER BY code");
const QString kByCode = QStringLiteral(
    "SELECT code, coalesce(parent_code, ''), level, name, short_name FROM districts "
    "WHERE code = :code");
const QString kInsert = QStringLiteral(
    "INSERT INTO districts (code, parent_code, level, name, short_name) VALUES (:code, "
    ":parent, :level, :name, :short) ON CONFLICT (code) DO NOTHING");
const QString kSetSource = QStringLiteral(
    "INSERT INTO settings (key, value) VALUES (:key, :value) ON CONFLICT (key) DO UPDATE SET "
    "value = excluded.value");

DistrictRecord readRecord(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(),
            q.value(3).toString(), q.value(4).toString()};
}
} // namespace

Result<int> DistrictRepository::count() const
{
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = Sql::exec(q, kCount); !s)
        return Result<int>::failure(s.error());
    return q.next() ? q.value(0).toInt() : 0;
}

Result<QVector<DistrictRecord>> DistrictRepository::districts(int maxLevel) const
{
    using R = Result<QVector<DistrictRecord>>;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    q.setForwardOnly(true);
    if (Status s = Sql::prepare(q, kSelect); !s)
        return R::failure(s.error());
    q.bindValue(QStringLiteral(":level"), maxLevel);
    if (Status s = Sql::exec(q); !s)
        return R::failure(s.error());
    QVector<DistrictRecord> out;
    while (q.next())
        out.append(readRecord(q));
    return out;
}

Result<QVector<DistrictRecord>> DistrictRepository::byCodes(const QStringList &codes) const
{
    using R = Result<QVector<DistrictRecord>>;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    q.setForwardOnly(true);
    if (Status s = Sql::prepare(q, kByCode); !s)
        return R::failure(s.error());
    QVector<DistrictRecord> out;
    for (const QString &code : codes) {
        q.bindValue(QStringLiteral(":code"), code);
        if (Status s = Sql::exec(q); !s)
            return R::failure(s.error());
        if (q.next())
            out.append(readRecord(q));
    }
    return out;
}

Status DistrictRepository::seed(const QVector<DistrictRecord> &districts,
                                const QString &source) const
{
    if (m_db.isReadOnly())
        return failure(QStringLiteral("the archive is open read-only"));
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = Sql::prepare(q, kInsert); !s)
        return s;
    for (const DistrictRecord &d : districts) {
        q.bindValue(QStringLiteral(":code"), d.code);
        q.bindValue(QStringLiteral(":parent"), d.parentCode.isEmpty()
                                                   ? QVariant(QMetaType(QMetaType::QString))
                                                   : QVariant(d.parentCode));
        q.bindValue(QStringLiteral(":level"), d.level);
        q.bindValue(QStringLiteral(":name"), d.name);
        q.bindValue(QStringLiteral(":short"), Sql::notNull(d.shortName));
        if (Status s = Sql::exec(q); !s)
            return s;
    }
    if (!source.isEmpty()) {
        // Inside the same transaction: the settings table is on this connection too.
        QSqlQuery set(QSqlDatabase::database(m_db.connectionName()));
        if (Status s = Sql::prepare(set, kSetSource); !s)
            return s;
        set.bindValue(QStringLiteral(":key"), QString::fromLatin1(SourceSetting));
        set.bindValue(QStringLiteral(":value"), source);
        if (Status s = Sql::exec(set); !s)
            return s;
    }
    return tx.commit();
}

} // namespace Copydesk
