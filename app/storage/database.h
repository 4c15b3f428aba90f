// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QLoggingCategory>
#include <QString>

#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace Copydesk {

// One open archive file on one thread. Owns a uniquely named QSqlDatabase connection and
// removes it on destruction; a connection is used only on the thread that opened it, so a
// background job opens its own Database on the same path. Opening sets foreign keys, WAL and
// a busy timeout, refuses files that are not Copydesk archives or come from a newer build,
// and runs the forward-only migrations.
class Database
{
public:
    enum class Mode { ReadWrite, ReadOnly };
    struct Options
    {
        Mode mode = Mode::ReadWrite;
        bool createIfMissing = true;
        int busyTimeoutMs = 5000;
        // Tests only: stop migrating at this schema version (0 = current).
        int migrateUpTo = 0;
    };

    static constexpr int CurrentSchemaVersion = 5;
    static constexpr int ApplicationId = 0x43445031; // "CDP1"

    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &path)
    {
        return open(path, Options{});
    }
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const { return m_schemaVersion; }
    // For repositories in app/storage only.
    QString connectionName() const { return m_connectionName; }

    // Checks the file's integrity (PRAGMA quick_check); slow on large archives.
    Status checkIntegrity() const;

private:
    Database(QString path, QString connectionName, bool readOnly);
    Status configure(const Options &options);
    Status migrate(int target);

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    int m_schemaVersion = 0;
};

// Rolls back in its destructor unless commit() succeeded. Every multi-statement write runs
// inside one.
class Transaction
{
public:
    explicit Transaction(const Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    Status begin();
    Status commit();

private:
    QString m_connectionName;
    bool m_active = false;
};

} // namespace Copydesk
