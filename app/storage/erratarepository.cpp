// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "erratarepository.h"

#include "database.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Copydesk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::ErrataRepository)
};

const QString kAdd =
    QStringLiteral("INSERT INTO errata (wrong_text, right_text, added_by, added_at) "
                   "VALUES (:wrong, :right, :by, :at) ON CONFLICT (wrong_text) DO UPDATE SET "
                   "right_text = excluded.right_text, added_by = excluded.added_by, "
                   "added_at = excluded.added_at");
const QString kRemove = QStringLiteral("DELETE FROM errata WHERE wrong_text = :wrong");
const QString kAll = QStringLiteral(
    "SELECT id, wrong_text, right_text, added_by, added_at FROM errata ORDER BY wrong_text");
} // namespace

Status ErrataRepository::addErratum(const QString &wrong, const QString &right,
                                    const QString &user) const
{
    if (m_db.isReadOnly())
        return failure(Tr::tr("The archive is open read-only."));
    if (wrong.isEmpty())
        return failure(Tr::tr("An erratum needs the wrong text."));
    if (wrong == right)
        return failure(Tr::tr("“%1” would be corrected to itself.").arg(wrong));
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = Sql::prepare(q, kAdd); !s)
        return s;
    q.bindValue(QStringLiteral(":wrong"), wrong);
    q.bindValue(QStringLiteral(":right"), Sql::notNull(right));
    q.bindValue(QStringLiteral(":by"), Sql::notNull(user));
    q.bindValue(QStringLiteral(":at"), Sql::toText(QDateTime::currentDateTimeUtc()));
    return Sql::exec(q);
}

Status ErrataRepository::removeErratum(const QString &wrong) const
{
    if (m_db.isReadOnly())
        return failure(Tr::tr("The archive is open read-only."));
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = Sql::prepare(q, kRemove); !s)
        return s;
    q.bindValue(QStringLiteral(":wrong"), wrong);
    return Sql::exec(q);
}

Result<QVector<ErratumRecord>> ErrataRepository::errata() const
{
    using R = Result<QVector<ErratumRecord>>;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = Sql::exec(q, kAll); !s)
        return R::failure(s.error());
    QVector<ErratumRecord> out;
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(), Sql::fromText(q.value(4).toString())});
    return out;
}

} // namespace Copydesk
