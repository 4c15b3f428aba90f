// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftrepository.h"

#include "database.h"
#include "sqlutil.h"

#include <QSqlDatabase>

namespace Copydesk {

namespace {

// One statement, so a draft is either the old one or the new one, never half of each.
const QString kSaveDraft =
    QStringLiteral("INSERT INTO drafts (story_id, author, saved_at, snapshot) "
                   "VALUES (:story, :author, :at, :snapshot) "
                   "ON CONFLICT (story_id) DO UPDATE SET author = excluded.author, "
                   "saved_at = excluded.saved_at, snapshot = excluded.snapshot");

const QString kDraft = QStringLiteral(
    "SELECT story_id, author, saved_at, snapshot FROM drafts WHERE story_id = :story");

const QString kRemoveDraft = QStringLiteral("DELETE FROM drafts WHERE story_id = :story");

const QString kLastRevisionAt = QStringLiteral(
    "SELECT created_at FROM revisions WHERE story_id = :story ORDER BY id DESC LIMIT 1");

const QString kRecoverable = QStringLiteral(
    "SELECT d.story_id FROM drafts d WHERE d.saved_at >= coalesce((SELECT max(r.created_at) "
    "FROM revisions r WHERE r.story_id = d.story_id), '') ORDER BY d.saved_at, d.story_id");

} // namespace

Status DraftRepository::save(qint64 storyId, const QByteArray &snapshot,
                             const QString &author) const
{
    if (m_db.isReadOnly())
        return failure(QStringLiteral("the archive is open read-only"));
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = Sql::prepare(q, kSaveDraft); !s)
        return s;
    q.bindValue(QStringLiteral(":story"), storyId);
    q.bindValue(QStringLiteral(":author"), Sql::notNull(author));
    q.bindValue(QStringLiteral(":at"), Sql::toText(QDateTime::currentDateTimeUtc()));
    q.bindValue(QStringLiteral(":snapshot"), QString::fromUtf8(snapshot));
    return Sql::exec(q);
}

Result<std::optional<DraftRepository::Draft>> DraftRepository::draft(qint64 storyId) const
{
    using R = Result<std::optional<Draft>>;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = Sql::prepare(q, kDraft); !s)
        return R::failure(s.error());
    q.bindValue(QStringLiteral(":story"), storyId);
    if (Status s = Sql::exec(q); !s)
        return R::failure(s.error());
    if (!q.next())
        return std::optional<Draft>();
    return std::optional<Draft>(Draft{q.value(0).toLongLong(), q.value(1).toString(),
                                      Sql::fromText(q.value(2).toString()),
                                      q.value(3).toString().toUtf8()});
}

Status DraftRepository::remove(qint64 storyId) const
{
    if (m_db.isReadOnly())
        return success();
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = Sql::prepare(q, kRemoveDraft); !s)
        return s;
    q.bindValue(QStringLiteral(":story"), storyId);
    return Sql::exec(q);
}

Result<QVector<qint64>> DraftRepository::recoverableStoryIds() const
{
    using R = Result<QVector<qint64>>;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = Sql::prepare(q, kRecoverable); !s)
        return R::failure(s.error());
    if (Status s = Sql::exec(q); !s)
        return R::failure(s.error());
    QVector<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

Result<QDateTime> DraftRepository::lastRevisionAt(qint64 storyId) const
{
    using R = Result<QDateTime>;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = Sql::prepare(q, kLastRevisionAt); !s)
        return R::failure(s.error());
    q.bindValue(QStringLiteral(":story"), storyId);
    if (Status s = Sql::exec(q); !s)
        return R::failure(s.error());
    return q.next() ? Sql::fromText(q.value(0).toString()) : QDateTime();
}

} // namespace Copydesk
