// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storyrepository.h"

#include "database.h"
#include "sqlutil.h"
#include "tagrepository.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>

namespace Copydesk {

namespace {

const QString kStorySummaries = QStringLiteral(R"(
    SELECT s.id, s.page_id, s.position, s.kicker, s.headline, s.byline,
           (SELECT substr(p.text, 1, 80) FROM paragraphs p WHERE p.story_id = s.id
             AND p.removed = 0 ORDER BY p.position LIMIT 1),
           (SELECT count(*) FROM paragraphs p WHERE p.story_id = s.id AND p.removed = 0),
           (SELECT count(*) FROM flags f WHERE f.story_id = s.id AND f.status = 'open')
    FROM stories s WHERE %1 ORDER BY s.page_id, s.position)");

const QString kParagraphsOfPage = QStringLiteral(R"(
    SELECT p.story_id, p.id, p.position, p.text, p.source_spans
    FROM paragraphs p JOIN stories s ON s.id = p.story_id
    WHERE s.page_id = :page AND p.removed = 0 ORDER BY p.story_id, p.position)");

const QString kParagraphsOfStory = QStringLiteral(R"(
    SELECT p.story_id, p.id, p.position, p.text, p.source_spans
    FROM paragraphs p WHERE p.story_id = :story AND p.removed = 0 ORDER BY p.position)");

// The duplicate's original is located by its paragraph id; its index is its rank in its story.
const QString kFlagColumns = QStringLiteral(R"(
    SELECT f.id, f.page_id, f.story_id, f.paragraph_id, f.kind, f.status, f.start, f.length,
           f.text, f.suggestion, f.reason, f.confidence, f.decided_by, f.decided_at,
           d.id, ds.page_id, d.story_id,
           (SELECT count(*) FROM paragraphs x WHERE x.story_id = d.story_id
              AND x.position < d.position AND x.removed = 0),
           f.detail
    FROM flags f
    LEFT JOIN paragraphs d ON d.id = f.dup_paragraph_id
    LEFT JOIN stories ds ON ds.id = d.story_id
    WHERE %1 ORDER BY f.story_id, f.id)");

const QString kUpdateFields = QStringLiteral(
    "UPDATE stories SET kicker = :kicker, headline = :headline, byline = :byline "
    "WHERE id = :id");

const QString kInsertRevision = QStringLiteral(
    "INSERT INTO revisions (story_id, created_at, author, action, snapshot) "
    "VALUES (:story, :at, :author, :action, :snapshot)");

const QString kRevisions = QStringLiteral(
    "SELECT id, story_id, created_at, author, action, snapshot FROM revisions "
    "WHERE story_id = :story ORDER BY id");

const QString kDecisions = QStringLiteral(
    "SELECT id, story_id, paragraph, kind, position, confidence, reason, before_text, "
    "after_text, status FROM decisions WHERE story_id = :story ORDER BY id");

StorySummary readSummary(const QSqlQuery &q)
{
    StorySummary s;
    s.id = q.value(0).toLongLong();
    s.pageId = q.value(1).toLongLong();
    s.position = q.value(2).toInt();
    s.kicker = q.value(3).toString();
    s.headline = q.value(4).toString();
    s.byline = q.value(5).toString();
    s.lead = q.value(6).toString();
    s.paragraphCount = q.value(7).toInt();
    s.openFlagCount = q.value(8).toInt();
    return s;
}

QVector<SourceSpan> parseSpans(const QString &text)
{
    QVector<SourceSpan> spans;
    for (const QStringView part : QStringView(text).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype plus = part.indexOf(QLatin1Char('+'));
        if (plus < 0)
            continue;
        spans.push_back({part.left(plus).toInt(), part.mid(plus + 1).toInt()});
    }
    return spans;
}

// Reads flags; `paragraphIndex` maps paragraph ids to their index in their story.
Status readFlags(QSqlQuery &q, const QHash<qint64, int> &paragraphIndex,
                 QHash<qint64, QVector<FlagRecord>> &out)
{
    if (Status s = Sql::exec(q); !s)
        return s;
    while (q.next()) {
        FlagRecord f;
        f.id = q.value(0).toLongLong();
        f.pageId = q.value(1).toLongLong();
        f.storyId = q.value(2).toLongLong();
        const qint64 paragraphId = q.value(3).isNull() ? 0 : q.value(3).toLongLong();
        f.paragraph = paragraphIndex.value(paragraphId, -1);
        f.kind = q.value(4).toString();
        f.status = q.value(5).toString();
        f.start = q.value(6).toInt();
        f.length = q.value(7).toInt();
        f.text = q.value(8).toString();
        f.suggestion = q.value(9).toString();
        f.reason = q.value(10).toString();
        f.confidence = q.value(11).toDouble();
        f.decidedBy = q.value(12).toString();
        if (!q.value(13).isNull())
            f.decidedAt = Sql::fromText(q.value(13).toString());
        if (!q.value(14).isNull())
            f.duplicateOf = ParagraphRef{q.value(15).toLongLong(), q.value(16).toLongLong(),
                                         q.value(17).toInt()};
        f.detail = q.value(18).toString();
        out[f.storyId].push_back(f);
    }
    return success();
}

} // namespace

QByteArray StoryRepository::snapshot(const StoryRecord &story)
{
    QJsonArray paragraphs;
    for (const ParagraphRecord &p : story.paragraphs)
        paragraphs.append(p.text);
    QJsonObject o{{QStringLiteral("kicker"), story.summary.kicker},
                  {QStringLiteral("headline"), story.summary.headline},
                  {QStringLiteral("byline"), story.summary.byline},
                  {QStringLiteral("paragraphs"), paragraphs}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<QVector<StorySummary>> StoryRepository::stories(qint64 pageId) const
{
    using R = Result<QVector<StorySummary>>;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = Sql::prepare(q, kStorySummaries.arg(QStringLiteral("s.page_id = :page"))); !s)
        return R::failure(s.error());
    q.bindValue(QStringLiteral(":page"), pageId);
    if (Status s = Sql::exec(q); !s)
        return R::failure(s.error());
    QVector<StorySummary> out;
    while (q.next())
        out.push_back(readSummary(q));
    return out;
}

Result<QVector<StoryRecord>> StoryRepository::storiesWithContent(qint64 pageId) const
{
    using R = Result<QVector<StoryRecord>>;
    auto summaries = stories(pageId);
    if (!summaries)
        return R::failure(summaries.error());

    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = Sql::prepare(q, kParagraphsOfPage); !s)
        return R::failure(s.error());
    q.bindValue(QStringLiteral(":page"), pageId);
    if (Status s = Sql::exec(q); !s)
        return R::failure(s.error());
    QHash<qint64, QVector<ParagraphRecord>> paragraphs;
    QHash<qint64, int> paragraphIndex;
    while (q.next()) {
        const qint64 storyId = q.value(0).toLongLong();
        ParagraphRecord p{q.value(1).toLongLong(), q.value(2).toInt(), q.value(3).toString(),
                          parseSpans(q.value(4).toString())};
        auto &list = paragraphs[storyId];
        paragraphIndex.insert(p.id, list.size());
        list.push_back(p);
    }

    if (Status s = Sql::prepare(q, kFlagColumns.arg(QStringLiteral("f.page_id = :page"))); !s)
        return R::failure(s.error());
    q.bindValue(QStringLiteral(":page"), pageId);
    QHash<qint64, QVector<FlagRecord>> flags;
    if (Status s = readFlags(q, paragraphIndex, flags); !s)
        return R::failure(s.error());

    auto tags = TagRepository(m_db).tagsOfPage(pageId);
    if (!tags)
        return R::failure(tags.error());

    QVector<StoryRecord> out;
    out.reserve(summaries->size());
    for (const StorySummary &summary : summaries.value()) {
        const StoryTagSet t = tags->value(summary.id);
        out.push_back({summary, paragraphs.value(summary.id), flags.value(summary.id), t.district,
                       t.themes});
    }
    return out;
}

Result<StoryRecord> StoryRepository::story(qint64 storyId) const
{
    using R = Result<StoryRecord>;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = Sql::prepare(q, kStorySummaries.arg(QStringLiteral("s.id = :story"))); !s)
        return R::failure(s.error());
    q.bindValue(QStringLiteral(":story"), storyId);
    if (Status s = Sql::exec(q); !s)
        return R::failure(s.error());
    if (!q.next())
        return R::failure(QStringLiteral("story %1 not found").arg(storyId));
    StoryRecord record;
    record.summary = readSummary(q);

    if (Status s = Sql::prepare(q, kParagraphsOfStory); !s)
        return R::failure(s.error());
    q.bindValue(QStringLiteral(":story"), storyId);
    if (Status s = Sql::exec(q); !s)
        return R::failure(s.error());
    QHash<qint64, int> paragraphIndex;
    while (q.next()) {
        ParagraphRecord p{q.value(1).toLongLong(), q.value(2).toInt(), q.value(3).toString(),
                          parseSpans(q.value(4).toString())};
        paragraphIndex.insert(p.id, record.paragraphs.size());
        record.paragraphs.push_back(p);
    }

    if (Status s = Sql::prepare(q, kFlagColumns.arg(QStringLiteral("f.story_id = :story"))); !s)
        return R::failure(s.error());
    q.bindValue(QStringLiteral(":story"), storyId);
    QHash<qint64, QVector<FlagRecord>> flags;
    if (Status s = readFlags(q, paragraphIndex, flags); !s)
        return R::failure(s.error());
    record.flags = flags.value(storyId);
    auto tags = TagRepository(m_db).tags(storyId);
    if (!tags)
        return R::failure(tags.error());
    record.district = tags->district;
    record.themes = tags->themes;
    return record;
}

Result<QVector<DecisionRecord>> StoryRepository::decisions(qint64 storyId) const
{
    using R = Result<QVector<DecisionRecord>>;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = Sql::prepare(q, kDecisions); !s)
        return R::failure(s.error());
    q.bindValue(QStringLiteral(":story"), storyId);
    if (Status s = Sql::exec(q); !s)
        return R::failure(s.error());
    QVector<DecisionRecord> out;
    while (q.next()) {
        DecisionRecord d;
        d.id = q.value(0).toLongLong();
        d.storyId = q.value(1).toLongLong();
        d.decision.paragraph = q.value(2).toInt();
        d.decision.kind = q.value(3).toString();
        d.decision.position = q.value(4).toInt();
        d.decision.confidence = q.value(5).toDouble();
        d.decision.reason = q.value(6).toString();
        d.decision.before = q.value(7).toString();
        d.decision.after = q.value(8).toString();
        d.status = q.value(9).toString();
        out.push_back(d);
    }
    return out;
}

Status StoryRepository::updateFields(qint64 storyId, const Fields &fields, const QString &author,
                                     const QString &action) const
{
    if (m_db.isReadOnly())
        return failure(QStringLiteral("the archive is open read-only"));
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = Sql::prepare(q, kUpdateFields); !s)
        return s;
    q.bindValue(QStringLiteral(":kicker"), Sql::nullable(fields.kicker));
    q.bindValue(QStringLiteral(":headline"), Sql::nullable(fields.headline));
    q.bindValue(QStringLiteral(":byline"), Sql::nullable(fields.byline));
    q.bindValue(QStringLiteral(":id"), storyId);
    if (Status s = Sql::exec(q); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return failure(QStringLiteral("story %1 not found").arg(storyId));
    if (Status s = TagRepository(m_db).reindexStory(storyId); !s)
        return s;

    auto current = story(storyId);
    if (!current)
        return failure(current.error());
    if (Status s = Sql::prepare(q, kInsertRevision); !s)
        return s;
    q.bindValue(QStringLiteral(":story"), storyId);
    q.bindValue(QStringLiteral(":at"), Sql::toText(QDateTime::currentDateTimeUtc()));
    q.bindValue(QStringLiteral(":author"), author);
    q.bindValue(QStringLiteral(":action"), action);
    q.bindValue(QStringLiteral(":snapshot"), QString::fromUtf8(snapshot(current.value())));
    if (Status s = Sql::exec(q); !s)
        return s;
    return tx.commit();
}

Result<QVector<RevisionRecord>> StoryRepository::revisions(qint64 storyId) const
{
    using R = Result<QVector<RevisionRecord>>;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = Sql::prepare(q, kRevisions); !s)
        return R::failure(s.error());
    q.bindValue(QStringLiteral(":story"), storyId);
    if (Status s = Sql::exec(q); !s)
        return R::failure(s.error());
    QVector<RevisionRecord> out;
    while (q.next()) {
        out.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(),
                       Sql::fromText(q.value(2).toString()), q.value(3).toString(),
                       q.value(4).toString(), q.value(5).toString().toUtf8()});
    }
    return out;
}

} // namespace Copydesk
