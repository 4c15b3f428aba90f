// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicaterepository.h"

#include "database.h"
#include "sqlutil.h"

#include <QSqlDatabase>

namespace Copydesk {

namespace {

// Bound parameters only: the IN lists are built of '?' placeholders, never of values.
QString placeholders(int count)
{
    QString out;
    out.reserve(count * 2);
    for (int i = 0; i < count; ++i)
        out += i ? QStringLiteral(",?") : QStringLiteral("?");
    return out;
}

// Paragraph ids grow in import order, so a key's first ids are its earliest paragraphs. The
// cut to the first few per key happens in SQL: a key shared by thousands of paragraphs (a
// recurring slogan) would otherwise send every row through the driver on every import.
const QString kParagraphsByKey = QStringLiteral(
    "SELECT key, paragraph_id FROM (SELECT key, paragraph_id, row_number() OVER "
    "(PARTITION BY key ORDER BY paragraph_id) AS n FROM paragraph_keys WHERE key IN (%1)) "
    "AS k WHERE n <= ? ORDER BY key, paragraph_id");

const QString kParagraphDetails = QStringLiteral(R"(
    SELECT p.id, s.page_id, s.id, s.position, p.position, p.text, coalesce(s.headline, '')
    FROM paragraphs p JOIN stories s ON s.id = p.story_id
    WHERE p.id IN (%1) AND p.removed = 0 AND s.page_id <> ?)");

const QString kParagraphIndex = QStringLiteral(R"(
    SELECT count(*) FROM paragraphs x JOIN paragraphs p ON x.story_id = p.story_id
    WHERE p.id = :id AND x.removed = 0 AND x.position < p.position)");

const QString kDismissed = QStringLiteral(
    "SELECT hash_a, hash_b FROM dismissed_pairs WHERE hash_a IN (%1) OR hash_b IN (%1)");

const QString kDismiss = QStringLiteral(
    "INSERT OR REPLACE INTO dismissed_pairs (hash_a, hash_b, decided_by, decided_at) "
    "VALUES (:a, :b, :by, :at)");

const QString kForget = QStringLiteral(
    "DELETE FROM dismissed_pairs WHERE hash_a = :a AND hash_b = :b");

constexpr int kBatch = 500;

} // namespace

Result<QVector<IndexedParagraph>> DuplicateRepository::candidates(const QVector<qint64> &keys,
                                                                  qint64 excludePage,
                                                                  int perKey) const
{
    using R = Result<QVector<IndexedParagraph>>;
    QVector<IndexedParagraph> out;
    if (keys.isEmpty())
        return out;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    q.setForwardOnly(true);
    QVector<qint64> unique;
    {
        QSet<qint64> seen;
        for (qint64 key : keys) {
            if (!seen.contains(key)) {
                seen.insert(key);
                unique.push_back(key);
            }
        }
    }
    QSet<qint64> ids;
    for (qsizetype start = 0; start < unique.size(); start += kBatch) {
        const qsizetype n = std::min<qsizetype>(kBatch, unique.size() - start);
        if (Status s = Sql::prepare(q, kParagraphsByKey.arg(placeholders(int(n)))); !s)
            return R::failure(s.error());
        for (qsizetype i = 0; i < n; ++i)
            q.addBindValue(unique[start + i]);
        q.addBindValue(perKey);
        if (Status s = Sql::exec(q); !s)
            return R::failure(s.error());
        qint64 currentKey = 0;
        int taken = 0;
        while (q.next()) {
            const qint64 key = q.value(0).toLongLong();
            if (key != currentKey) {
                currentKey = key;
                taken = 0;
            }
            if (taken++ < perKey)
                ids.insert(q.value(1).toLongLong());
        }
    }
    if (ids.isEmpty())
        return out;
    const QVector<qint64> idList(ids.begin(), ids.end());
    for (qsizetype start = 0; start < idList.size(); start += kBatch) {
        const qsizetype n = std::min<qsizetype>(kBatch, idList.size() - start);
        if (Status s = Sql::prepare(q, kParagraphDetails.arg(placeholders(int(n)))); !s)
            return R::failure(s.error());
        for (qsizetype i = 0; i < n; ++i)
            q.addBindValue(idList[start + i]);
        q.addBindValue(excludePage);
        if (Status s = Sql::exec(q); !s)
            return R::failure(s.error());
        while (q.next()) {
            IndexedParagraph p;
            p.paragraphId = q.value(0).toLongLong();
            p.pageId = q.value(1).toLongLong();
            p.storyId = q.value(2).toLongLong();
            p.order = order(p.pageId, q.value(3).toInt(), q.value(4).toInt());
            p.text = q.value(5).toString();
            p.headline = q.value(6).toString();
            out.push_back(p);
        }
    }
    std::sort(out.begin(), out.end(),
              [](const IndexedParagraph &a, const IndexedParagraph &b) { return a.order < b.order; });
    return out;
}

Result<QHash<qint64, int>>
DuplicateRepository::paragraphIndexes(const QVector<qint64> &paragraphIds) const
{
    using R = Result<QHash<qint64, int>>;
    QHash<qint64, int> out;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = Sql::prepare(q, kParagraphIndex); !s)
        return R::failure(s.error());
    for (qint64 id : paragraphIds) {
        if (out.contains(id))
            continue;
        q.bindValue(QStringLiteral(":id"), id);
        if (Status s = Sql::exec(q); !s)
            return R::failure(s.error());
        out.insert(id, q.next() ? q.value(0).toInt() : 0);
    }
    return out;
}

Result<QSet<QPair<qint64, qint64>>>
DuplicateRepository::dismissedPairs(const QVector<qint64> &hashes) const
{
    using R = Result<QSet<QPair<qint64, qint64>>>;
    QSet<QPair<qint64, qint64>> out;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    for (qsizetype start = 0; start < hashes.size(); start += kBatch) {
        const qsizetype n = std::min<qsizetype>(kBatch, hashes.size() - start);
        if (Status s = Sql::prepare(q, kDismissed.arg(placeholders(int(n)))); !s)
            return R::failure(s.error());
        // The list appears twice in the statement.
        for (int round = 0; round < 2; ++round) {
            for (qsizetype i = 0; i < n; ++i)
                q.addBindValue(hashes[start + i]);
        }
        if (Status s = Sql::exec(q); !s)
            return R::failure(s.error());
        while (q.next())
            out.insert({q.value(0).toLongLong(), q.value(1).toLongLong()});
    }
    return out;
}

Status DuplicateRepository::dismissPair(qint64 hashA, qint64 hashB, const QString &user) const
{
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = Sql::prepare(q, kDismiss); !s)
        return s;
    q.bindValue(QStringLiteral(":a"), std::min(hashA, hashB));
    q.bindValue(QStringLiteral(":b"), std::max(hashA, hashB));
    q.bindValue(QStringLiteral(":by"), user);
    q.bindValue(QStringLiteral(":at"), Sql::toText(QDateTime::currentDateTimeUtc()));
    return Sql::exec(q);
}

Status DuplicateRepository::forgetPair(qint64 hashA, qint64 hashB) const
{
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = Sql::prepare(q, kForget); !s)
        return s;
    q.bindValue(QStringLiteral(":a"), std::min(hashA, hashB));
    q.bindValue(QStringLiteral(":b"), std::max(hashA, hashB));
    return Sql::exec(q);
}

} // namespace Copydesk
