// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "flagrepository.h"

#include "database.h"
#include "duplicaterepository.h"
#include "sqlutil.h"
#include "storyrepository.h"
#include "tagrepository.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Copydesk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::FlagRepository)
};

const QString kQueue = QStringLiteral(R"(
    SELECT f.id, f.page_id, f.story_id, f.kind, f.status, f.start, f.length, f.text,
           f.suggestion, f.reason, f.confidence, f.detail, f.decided_by, f.decided_at,
           cp.id, cp.text, cp.removed,
           (SELECT count(*) FROM paragraphs x WHERE x.story_id = cp.story_id AND x.removed = 0
              AND x.position < cp.position),
           coalesce(cs.headline, ''),
           op.id, op.text, os.page_id, os.id, coalesce(os.headline, ''),
           (SELECT count(*) FROM paragraphs x WHERE x.story_id = op.story_id AND x.removed = 0
              AND x.position < op.position),
           src.imported_at
    FROM flags f
    JOIN stories cs ON cs.id = f.story_id
    JOIN pages pg ON pg.id = f.page_id
    JOIN sources src ON src.id = pg.source_id
    LEFT JOIN paragraphs cp ON cp.id = f.paragraph_id
    LEFT JOIN paragraphs op ON op.id = f.dup_paragraph_id
    LEFT JOIN stories os ON os.id = op.story_id
    WHERE %1
    ORDER BY f.page_id DESC, cs.position, cp.position, f.id)");

const QString kSetStatus = QStringLiteral(
    "UPDATE flags SET status = :status, decided_by = :by, decided_at = :at WHERE id = :id");
const QString kSetRemoved = QStringLiteral(
    "UPDATE paragraphs SET removed = :removed WHERE id = :id");
const QString kSwap = QStringLiteral(
    "UPDATE flags SET paragraph_id = :copy, dup_paragraph_id = :original, story_id = :story, "
    "page_id = :page, text = :text, length = :length, decided_by = :by, decided_at = :at "
    "WHERE id = :id");
const QString kContentHash = QStringLiteral("SELECT content_hash FROM paragraphs WHERE id = :id");
const QString kInsertRevision = QStringLiteral(
    "INSERT INTO revisions (story_id, created_at, author, action, snapshot) "
    "VALUES (:story, :at, :author, :action, :snapshot)");

ReviewItem readItem(const QSqlQuery &q)
{
    ReviewItem r;
    FlagRecord &f = r.flag;
    f.id = q.value(0).toLongLong();
    f.pageId = q.value(1).toLongLong();
    f.storyId = q.value(2).toLongLong();
    f.kind = q.value(3).toString();
    f.status = q.value(4).toString();
    f.start = q.value(5).toInt();
    f.length = q.value(6).toInt();
    f.text = q.value(7).toString();
    f.suggestion = q.value(8).toString();
    f.reason = q.value(9).toString();
    f.confidence = q.value(10).toDouble();
    f.detail = q.value(11).toString();
    f.decidedBy = q.value(12).toString();
    if (!q.value(13).isNull())
        f.decidedAt = Sql::fromText(q.value(13).toString());
    r.copyParagraphId = q.value(14).toLongLong();
    // A removed copy keeps its text in the flag; the paragraph itself is out of the story.
    r.copyText = q.value(14).isNull() ? f.text : q.value(15).toString();
    f.paragraph = q.value(14).isNull() || q.value(16).toInt() ? -1 : q.value(17).toInt();
    r.copyHeadline = q.value(18).toString();
    r.originalParagraphId = q.value(19).toLongLong();
    r.originalText = q.value(20).toString();
    r.originalPageId = q.value(21).toLongLong();
    r.originalStoryId = q.value(22).toLongLong();
    r.originalHeadline = q.value(23).toString();
    if (!q.value(19).isNull())
        f.duplicateOf = ParagraphRef{r.originalPageId, r.originalStoryId, q.value(24).toInt()};
    r.pageImportedAt = Sql::fromText(q.value(25).toString());
    return r;
}
} // namespace

Result<QVector<ReviewItem>> FlagRepository::reviewQueue(const ReviewFilter &filter) const
{
    using R = Result<QVector<ReviewItem>>;
    QStringList where{QStringLiteral("f.kind = :kind")};
    if (filter.pageId > 0)
        where << QStringLiteral("f.page_id = :page");
    if (!filter.status.isEmpty())
        where << QStringLiteral("f.status = :status");
    if (filter.importedFrom.isValid())
        where << QStringLiteral("src.imported_at >= :from");
    if (filter.importedUntil.isValid())
        where << QStringLiteral("src.imported_at < :until");
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    q.setForwardOnly(true);
    if (Status s = Sql::prepare(q, kQueue.arg(where.join(QStringLiteral(" AND ")))); !s)
        return R::failure(s.error());
    q.bindValue(QStringLiteral(":kind"), filter.kind);
    if (filter.pageId > 0)
        q.bindValue(QStringLiteral(":page"), filter.pageId);
    if (!filter.status.isEmpty())
        q.bindValue(QStringLiteral(":status"), filter.status);
    if (filter.importedFrom.isValid())
        q.bindValue(QStringLiteral(":from"), Sql::toText(filter.importedFrom));
    if (filter.importedUntil.isValid())
        q.bindValue(QStringLiteral(":until"), Sql::toText(filter.importedUntil));
    if (Status s = Sql::exec(q); !s)
        return R::failure(s.error());
    QVector<ReviewItem> out;
    while (q.next())
        out.push_back(readItem(q));
    return out;
}

Result<ReviewItem> FlagRepository::reviewItem(qint64 flagId) const
{
    using R = Result<ReviewItem>;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = Sql::prepare(q, kQueue.arg(QStringLiteral("f.id = :id"))); !s)
        return R::failure(s.error());
    q.bindValue(QStringLiteral(":id"), flagId);
    if (Status s = Sql::exec(q); !s)
        return R::failure(s.error());
    if (!q.next())
        return R::failure(Tr::tr("There is no flag %1.").arg(flagId));
    return readItem(q);
}

Status FlagRepository::recordRevision(qint64 storyId, const QString &user,
                                      const QString &action) const
{
    // The story's text changed: keep the search index in step.
    if (Status s = TagRepository(m_db).reindexStory(storyId); !s)
        return s;
    auto story = StoryRepository(m_db).story(storyId);
    if (!story)
        return failure(story.error());
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = Sql::prepare(q, kInsertRevision); !s)
        return s;
    q.bindValue(QStringLiteral(":story"), storyId);
    q.bindValue(QStringLiteral(":at"), Sql::toText(QDateTime::currentDateTimeUtc()));
    q.bindValue(QStringLiteral(":author"), user);
    q.bindValue(QStringLiteral(":action"), action);
    q.bindValue(QStringLiteral(":snapshot"),
                QString::fromUtf8(StoryRepository::snapshot(story.value())));
    return Sql::exec(q);
}

namespace {
Status setStatus(QSqlQuery &q, qint64 flagId, const QString &status, const QString &user)
{
    if (Status s = Sql::prepare(q, kSetStatus); !s)
        return s;
    q.bindValue(QStringLiteral(":status"), status);
    q.bindValue(QStringLiteral(":by"), user);
    q.bindValue(QStringLiteral(":at"), Sql::toText(QDateTime::currentDateTimeUtc()));
    q.bindValue(QStringLiteral(":id"), flagId);
    return Sql::exec(q);
}

Status setRemoved(QSqlQuery &q, qint64 paragraphId, bool removed)
{
    if (Status s = Sql::prepare(q, kSetRemoved); !s)
        return s;
    q.bindValue(QStringLiteral(":removed"), removed ? 1 : 0);
    q.bindValue(QStringLiteral(":id"), paragraphId);
    return Sql::exec(q);
}

Result<qint64> contentHash(QSqlQuery &q, qint64 paragraphId)
{
    if (Status s = Sql::prepare(q, kContentHash); !s)
        return Result<qint64>::failure(s.error());
    q.bindValue(QStringLiteral(":id"), paragraphId);
    if (Status s = Sql::exec(q); !s)
        return Result<qint64>::failure(s.error());
    if (!q.next())
        return Result<qint64>::failure(QStringLiteral("paragraph %1 not found").arg(paragraphId));
    return q.value(0).toLongLong();
}
} // namespace

Result<ReviewItem> FlagRepository::openFlag(qint64 flagId) const
{
    using R = Result<ReviewItem>;
    if (m_db.isReadOnly())
        return R::failure(Tr::tr("The archive is open read-only."));
    auto item = reviewItem(flagId);
    if (!item)
        return item;
    if (item->flag.status != QLatin1String(FlagStatus::Open))
        return R::failure(
            Tr::tr("Flag %1 was already decided (%2).").arg(flagId).arg(item->flag.status));
    return item;
}

Status FlagRepository::accept(qint64 flagId, const QString &user) const
{
    auto item = openFlag(flagId);
    if (!item)
        return failure(item.error());
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = setStatus(q, flagId, QString::fromLatin1(FlagStatus::Accepted), user); !s)
        return s;
    if (item->flag.kind == QLatin1String(FlagKind::Duplicate) && item->copyParagraphId > 0) {
        if (Status s = setRemoved(q, item->copyParagraphId, true); !s)
            return s;
    }
    if (Status s = recordRevision(item->flag.storyId, user, QStringLiteral("remove duplicate"));
        !s)
        return s;
    return tx.commit();
}

Status FlagRepository::dismiss(qint64 flagId, const QString &user) const
{
    auto item = openFlag(flagId);
    if (!item)
        return failure(item.error());
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = setStatus(q, flagId, QString::fromLatin1(FlagStatus::Dismissed), user); !s)
        return s;
    if (item->copyParagraphId > 0 && item->originalParagraphId > 0) {
        auto a = contentHash(q, item->copyParagraphId);
        auto b = contentHash(q, item->originalParagraphId);
        if (!a || !b)
            return failure(!a ? a.error() : b.error());
        if (Status s = DuplicateRepository(m_db).dismissPair(*a, *b, user); !s)
            return s;
    }
    return tx.commit();
}

Status FlagRepository::swap(qint64 flagId, const QString &user) const
{
    auto item = openFlag(flagId);
    if (!item)
        return failure(item.error());
    if (item->originalParagraphId <= 0 || item->copyParagraphId <= 0)
        return failure(Tr::tr("Flag %1 has no original to swap with.").arg(flagId));
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = Sql::prepare(q, kSwap); !s)
        return s;
    q.bindValue(QStringLiteral(":copy"), item->originalParagraphId);
    q.bindValue(QStringLiteral(":original"), item->copyParagraphId);
    q.bindValue(QStringLiteral(":story"), item->originalStoryId);
    q.bindValue(QStringLiteral(":page"), item->originalPageId);
    q.bindValue(QStringLiteral(":text"), item->originalText);
    q.bindValue(QStringLiteral(":length"), int(item->originalText.size()));
    q.bindValue(QStringLiteral(":by"), user);
    q.bindValue(QStringLiteral(":at"), Sql::toText(QDateTime::currentDateTimeUtc()));
    q.bindValue(QStringLiteral(":id"), flagId);
    if (Status s = Sql::exec(q); !s)
        return s;
    return tx.commit();
}

Status FlagRepository::reopen(qint64 flagId, const QString &user) const
{
    if (m_db.isReadOnly())
        return failure(Tr::tr("The archive is open read-only."));
    auto item = reviewItem(flagId);
    if (!item)
        return failure(item.error());
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    const QString was = item->flag.status;
    if (Status s = setStatus(q, flagId, QString::fromLatin1(FlagStatus::Open), user); !s)
        return s;
    if (was == QLatin1String(FlagStatus::Accepted) && item->copyParagraphId > 0) {
        if (Status s = setRemoved(q, item->copyParagraphId, false); !s)
            return s;
        if (Status s = recordRevision(item->flag.storyId, user, QStringLiteral("restore duplicate"));
            !s)
            return s;
    }
    if (was == QLatin1String(FlagStatus::Dismissed) && item->copyParagraphId > 0
        && item->originalParagraphId > 0) {
        auto a = contentHash(q, item->copyParagraphId);
        auto b = contentHash(q, item->originalParagraphId);
        if (!a || !b)
            return failure(!a ? a.error() : b.error());
        if (Status s = DuplicateRepository(m_db).forgetPair(*a, *b); !s)
            return s;
    }
    return tx.commit();
}

} // namespace Copydesk
