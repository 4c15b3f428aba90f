// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "styleprofilerepository.h"

#include "database.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Copydesk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::StyleProfileRepository)
};

const QString kColumns =
    QStringLiteral("SELECT name, settings, is_default, updated_by, updated_at FROM style_profiles");
const QString kAll = kColumns + QStringLiteral(" ORDER BY name");
const QString kByName = kColumns + QStringLiteral(" WHERE name = :name");
const QString kDefault = kColumns + QStringLiteral(" WHERE is_default = 1 ORDER BY name");
const QString kSave = QStringLiteral(
    "INSERT INTO style_profiles (name, settings, is_default, updated_by, updated_at) "
    "VALUES (:name, :settings, 0, :by, :at) ON CONFLICT (name) DO UPDATE SET "
    "settings = excluded.settings, updated_by = excluded.updated_by, "
    "updated_at = excluded.updated_at");
const QString kRemove = QStringLiteral("DELETE FROM style_profiles WHERE name = :name");
const QString kForgetOnPages =
    QStringLiteral("UPDATE pages SET style_profile = NULL WHERE style_profile = :name");
const QString kClearDefault =
    QStringLiteral("UPDATE style_profiles SET is_default = 0 WHERE is_default <> 0");
const QString kSetDefault =
    QStringLiteral("UPDATE style_profiles SET is_default = 1 WHERE name = :name");
const QString kSetPageProfile =
    QStringLiteral("UPDATE pages SET style_profile = :name WHERE id = :id");
const QString kPageProfile = QStringLiteral("SELECT style_profile FROM pages WHERE id = :id");

StyleProfileRecord read(const QSqlQuery &q)
{
    StyleProfileRecord r;
    r.name = q.value(0).toString();
    r.settings = q.value(1).toString().toUtf8();
    r.isDefault = q.value(2).toInt() != 0;
    r.updatedBy = q.value(3).toString();
    if (!q.value(4).isNull())
        r.updatedAt = Sql::fromText(q.value(4).toString());
    return r;
}

Status writable(const Database &db)
{
    if (db.isReadOnly())
        return failure(Tr::tr("The archive is open read-only."));
    return success();
}

Status bindAndRun(QSqlQuery &q, const QString &sql, const QVector<QPair<QString, QVariant>> &values)
{
    if (Status s = Sql::prepare(q, sql); !s)
        return s;
    for (const auto &[key, value] : values)
        q.bindValue(key, value);
    return Sql::exec(q);
}
} // namespace

Result<QVector<StyleProfileRecord>> StyleProfileRepository::profiles() const
{
    using R = Result<QVector<StyleProfileRecord>>;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = Sql::exec(q, kAll); !s)
        return R::failure(s.error());
    QVector<StyleProfileRecord> out;
    while (q.next())
        out.push_back(read(q));
    return out;
}

Result<std::optional<StyleProfileRecord>> StyleProfileRepository::profile(const QString &name) const
{
    using R = Result<std::optional<StyleProfileRecord>>;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = bindAndRun(q, kByName, {{QStringLiteral(":name"), name}}); !s)
        return R::failure(s.error());
    if (!q.next())
        return std::optional<StyleProfileRecord>();
    return std::optional<StyleProfileRecord>(read(q));
}

Status StyleProfileRepository::save(const QString &name, const QByteArray &settings,
                                    const QString &user, bool makeDefault) const
{
    if (Status s = writable(m_db); !s)
        return s;
    if (name.trimmed().isEmpty())
        return failure(Tr::tr("A house-style profile needs a name."));
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s =
            bindAndRun(q, kSave,
                       {{QStringLiteral(":name"), name.trimmed()},
                        {QStringLiteral(":settings"), QString::fromUtf8(settings)},
                        {QStringLiteral(":by"), Sql::notNull(user)},
                        {QStringLiteral(":at"), Sql::toText(QDateTime::currentDateTimeUtc())}});
        !s)
        return s;
    if (makeDefault) {
        if (Status s = bindAndRun(q, kClearDefault, {}); !s)
            return s;
        if (Status s = bindAndRun(q, kSetDefault, {{QStringLiteral(":name"), name.trimmed()}}); !s)
            return s;
    }
    return tx.commit();
}

Status StyleProfileRepository::remove(const QString &name) const
{
    if (Status s = writable(m_db); !s)
        return s;
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    for (const QString *sql : {&kForgetOnPages, &kRemove}) {
        if (Status s = bindAndRun(q, *sql, {{QStringLiteral(":name"), name}}); !s)
            return s;
    }
    return tx.commit();
}

Status StyleProfileRepository::setDefault(const QString &name) const
{
    if (Status s = writable(m_db); !s)
        return s;
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = bindAndRun(q, kClearDefault, {}); !s)
        return s;
    if (!name.isEmpty()) {
        if (Status s = bindAndRun(q, kSetDefault, {{QStringLiteral(":name"), name}}); !s)
            return s;
        if (q.numRowsAffected() != 1)
            return failure(Tr::tr("There is no house-style profile “%1”.").arg(name));
    }
    return tx.commit();
}

Result<std::optional<StyleProfileRecord>> StyleProfileRepository::defaultProfile() const
{
    using R = Result<std::optional<StyleProfileRecord>>;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = Sql::exec(q, kDefault); !s)
        return R::failure(s.error());
    if (!q.next())
        return std::optional<StyleProfileRecord>();
    return std::optional<StyleProfileRecord>(read(q));
}

Status StyleProfileRepository::setPageProfile(qint64 pageId, const QString &name) const
{
    if (Status s = writable(m_db); !s)
        return s;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s =
            bindAndRun(q, kSetPageProfile,
                       {{QStringLiteral(":name"),
                         name.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(name)},
                        {QStringLiteral(":id"), pageId}});
        !s)
        return s;
    if (q.numRowsAffected() != 1)
        return failure(Tr::tr("Page %1 not found.").arg(pageId));
    return success();
}

Result<std::optional<StyleProfileRecord>>
StyleProfileRepository::profileForPage(qint64 pageId) const
{
    using R = Result<std::optional<StyleProfileRecord>>;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = bindAndRun(q, kPageProfile, {{QStringLiteral(":id"), pageId}}); !s)
        return R::failure(s.error());
    if (!q.next())
        return R::failure(Tr::tr("Page %1 not found.").arg(pageId));
    const QString own = q.value(0).toString();
    if (!own.isEmpty()) {
        auto chosen = profile(own);
        if (!chosen || chosen->has_value())
            return chosen;
    }
    return defaultProfile();
}

} // namespace Copydesk
