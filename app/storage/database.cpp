// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "schema.h"
#include "sqlutil.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcStorage, "copydesk.storage", QtInfoMsg)

namespace Copydesk {

namespace {

constexpr int kCacheKiB = 64 * 1024; // per connection

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::Database)
};

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("copydesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool looksLikeSqlite(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(16);
    return head.isEmpty() || head == QByteArray("SQLite format 3\0", 16);
}
} // namespace

Database::Database(QString path, QString connectionName, bool readOnly)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_readOnly(readOnly)
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    using R = Result<std::unique_ptr<Database>>;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return R::failure(Tr::tr("The SQLite driver for Qt is not installed (libqt6sql6-sqlite)."));

    const QFileInfo info(path);
    const bool memory = path == QLatin1String(":memory:");
    if (!memory) {
        if (info.exists() && info.isDir())
            return R::failure(Tr::tr("%1 is a folder, not an archive file.").arg(path));
        if (!info.exists() && (!options.createIfMissing || options.mode == Mode::ReadOnly))
            return R::failure(Tr::tr("The archive %1 does not exist.").arg(path));
        if (info.exists() && !info.isReadable())
            return R::failure(Tr::tr("The archive %1 cannot be read (permission denied).").arg(path));
        if (info.exists() && options.mode == Mode::ReadWrite && !info.isWritable())
            return R::failure(Tr::tr("The archive %1 is read-only (no permission to write it); "
                                     "it can only be opened read-only.")
                                  .arg(path));
        if (info.exists() && !looksLikeSqlite(path))
            return R::failure(
                Tr::tr("%1 is not a Copydesk archive (it is not an SQLite database).").arg(path));
    }

    const bool readOnly = options.mode == Mode::ReadOnly;
    std::unique_ptr<Database> self(new Database(path, nextConnectionName(), readOnly));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), self->m_connectionName);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return R::failure(Tr::tr("Cannot open the archive %1: %2")
                                  .arg(path, db.lastError().text()));
    }
    if (Status s = self->configure(options); !s)
        return R::failure(s.error());
    return R(std::move(self));
}

Status Database::configure(const Options &options)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery q(db);
    auto pragma = [&](const QString &sql) -> Status {
        if (!q.exec(sql))
            return failure(Tr::tr("Cannot open the archive %1: %2")
                               .arg(m_path, q.lastError().text()));
        return success();
    };
    if (Status s = pragma(QStringLiteral("PRAGMA busy_timeout = %1").arg(options.busyTimeoutMs)); !s)
        return s;
    if (Status s = pragma(QStringLiteral("PRAGMA foreign_keys = ON")); !s)
        return s;

    // Reading the schema is the first real access: corrupt files fail here.
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return failure(Tr::tr("%1 is damaged or not a Copydesk archive: %2")
                           .arg(m_path, q.lastError().text()));
    const int version = q.value(0).toInt();
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return failure(Tr::tr("%1 is damaged: %2").arg(m_path, q.lastError().text()));
    const int appId = q.value(0).toInt();
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
        return failure(Tr::tr("%1 is damaged or not a Copydesk archive: %2")
                           .arg(m_path, q.lastError().text()));
    const int objects = q.value(0).toInt();
    q.finish();

    if (objects > 0 && appId != ApplicationId)
        return failure(Tr::tr("%1 is an SQLite database but not a Copydesk archive; it was left "
                              "untouched.")
                           .arg(m_path));
    if (version > CurrentSchemaVersion)
        return failure(Tr::tr("%1 was written by a newer Copydesk (archive version %2, this build "
                              "reads up to %3). Please update Copydesk; the archive was left "
                              "untouched.")
                           .arg(m_path)
                           .arg(version)
                           .arg(CurrentSchemaVersion));
    m_schemaVersion = version;

    const int target = options.migrateUpTo > 0 ? options.migrateUpTo : CurrentSchemaVersion;
    if (m_readOnly) {
        if (version < CurrentSchemaVersion && options.migrateUpTo == 0)
            return failure(Tr::tr("%1 needs an upgrade to archive version %2, which cannot be done "
                                  "while it is opened read-only.")
                               .arg(m_path)
                               .arg(CurrentSchemaVersion));
        return success();
    }

    if (m_path != QLatin1String(":memory:")) {
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
            return failure(Tr::tr("Cannot open the archive %1: %2")
                               .arg(m_path, q.lastError().text()));
        q.finish();
    }
    // synchronous=NORMAL is durable across application crashes in WAL mode.
    if (Status s = pragma(QStringLiteral("PRAGMA synchronous = NORMAL")); !s)
        return s;
    // A desk archive grows to gigabytes; SQLite's default 2 MB page cache makes every import
    // re-read the upper levels of the indexes (duplicate keys, full-text segments) from the OS.
    if (Status s = pragma(QStringLiteral("PRAGMA cache_size = -%1").arg(kCacheKiB)); !s)
        return s;
    return migrate(target);
}

Status Database::migrate(int target)
{
    while (m_schemaVersion < target) {
        const int next = m_schemaVersion + 1;
        Transaction tx(*this);
        if (Status s = tx.begin(); !s)
            return failure(Tr::tr("Cannot upgrade the archive %1: %2").arg(m_path, s.error()));
        if (Status s = Schema::migrateTo(m_connectionName, next); !s)
            return failure(Tr::tr("Cannot upgrade the archive %1 to version %2: %3")
                               .arg(m_path)
                               .arg(next)
                               .arg(s.error()));
        QSqlQuery q(QSqlDatabase::database(m_connectionName));
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(next)))
            return failure(Tr::tr("Cannot upgrade the archive %1: %2")
                               .arg(m_path, q.lastError().text()));
        if (Status s = tx.commit(); !s)
            return failure(Tr::tr("Cannot upgrade the archive %1: %2").arg(m_path, s.error()));
        qCDebug(lcStorage) << "archive" << m_path << "migrated to version" << next;
        m_schemaVersion = next;
    }
    return success();
}

Status Database::checkIntegrity() const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    if (!q.exec(QStringLiteral("PRAGMA quick_check")))
        return failure(q.lastError().text());
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (!problems.isEmpty())
        return failure(problems.join(QLatin1Char('\n')));
    return success();
}

Transaction::Transaction(const Database &db) : m_connectionName(db.connectionName()) {}

Transaction::~Transaction()
{
    if (m_active) {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        QSqlQuery q(db);
        if (db.isOpen() && !q.exec(QStringLiteral("ROLLBACK")))
            qCWarning(lcStorage) << "rollback failed:" << q.lastError().text();
    }
}

Status Transaction::begin()
{
    // IMMEDIATE takes the write lock up front, so two writers wait on the busy timeout
    // instead of failing halfway through when a read lock cannot be upgraded.
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return failure(q.lastError().text());
    m_active = true;
    return success();
}

Status Transaction::commit()
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    if (!q.exec(QStringLiteral("COMMIT")))
        return failure(q.lastError().text());
    m_active = false;
    return success();
}

} // namespace Copydesk
