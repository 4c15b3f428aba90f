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

#include <algorithm>

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

const QString kRevision = QStringLiteral(
    "SELECT id, story_id, created_at, author, action, snapshot FROM revisions WHERE id = :id");

// Body edits: the story's live paragraphs, then per paragraph an update, insert or delete.
const QString kLiveParagraphs = QStringLiteral(
    "SELECT id, text FROM paragraphs WHERE story_id = :story AND removed = 0 ORDER BY position");
const QString kUpdateParagraphText = QStringLiteral(
    "UPDATE paragraphs SET text = :text, content_hash = 0 WHERE id = :id");
const QString kDropParagraphKeys = QStringLiteral(
    "DELETE FROM paragraph_keys WHERE paragraph_id = :id");
const QString kDeleteParagraph = QStringLiteral("DELETE FROM paragraphs WHERE id = :id");
const QString kInsertEditedParagraph = QStringLiteral(
    "INSERT INTO paragraphs (story_id, position, text) VALUES (:story, :position, :text)");
const QString kSetParagraphPosition = QStringLiteral(
    "UPDATE paragraphs SET position = :position WHERE id = :id");
const QString kMarkEdited = QStringLiteral("UPDATE stories SET edited = 1 WHERE id = :id");

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

QByteArray StoryRepository::snapshot(const Content &content)
{
    QJsonObject o{{QStringLiteral("kicker"), content.fields.kicker},
                  {QStringLiteral("headline"), content.fields.headline},
                  {QStringLiteral("byline"), content.fields.byline},
                  {QStringLiteral("paragraphs"), QJsonArray::fromStringList(content.paragraphs)}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<StoryRepository::Content> StoryRepository::parseSnapshot(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    Content content;
    content.fields.kicker = o.value(QStringLiteral("kicker")).toString();
    content.fields.headline = o.value(QStringLiteral("headline")).toString();
    content.fields.byline = o.value(QStringLiteral("byline")).toString();
    const QJsonArray paragraphs = o.value(QStringLiteral("paragraphs")).toArray();
    for (const QJsonValue &p : paragraphs)
        content.paragraphs << p.toString();
    return content;
}

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

Status StoryRepository::updateStory(qint64 storyId, const Fields &fields,
                                    const QStringList &paragraphs, const QString &author,
                                    const QString &action) const
{
    if (m_db.isReadOnly())
        return failure(QStringLiteral("the archive is open read-only"));
    QStringList wanted;
    for (const QString &p : paragraphs) {
        if (!p.trimmed().isEmpty())
            wanted << p;
    }
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

    if (Status s = Sql::prepare(q, kLiveParagraphs); !s)
        return s;
    q.bindValue(QStringLiteral(":story"), storyId);
    if (Status s = Sql::exec(q); !s)
        return s;
    QVector<qint64> ids;
    QStringList texts;
    while (q.next()) {
        ids << q.value(0).toLongLong();
        texts << q.value(1).toString();
    }
    q.finish();

    // Paragraphs whose text is unchanged keep their rows (longest common subsequence);
    // between two kept ones, old rows take the new texts in order, then rows are inserted
    // or deleted.
    const int oldCount = int(texts.size());
    const int newCount = int(wanted.size());
    QVector<QVector<int>> lcs(oldCount + 1, QVector<int>(newCount + 1, 0));
    for (int i = oldCount - 1; i >= 0; --i) {
        for (int j = newCount - 1; j >= 0; --j)
            lcs[i][j] = texts[i] == wanted[j] ? lcs[i + 1][j + 1] + 1
                                              : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
    QVector<qint64> newIds(newCount, 0);
    QVector<qint64> unused;          // old rows not kept, in order
    QVector<int> unusedGap;          // which gap between kept rows each belongs to
    int gap = 0;
    for (int i = 0, j = 0; i < oldCount || j < newCount;) {
        if (i < oldCount && j < newCount && texts[i] == wanted[j]) {
            newIds[j] = ids[i];
            ++i, ++j, ++gap;
        } else if (j < newCount && (i == oldCount || lcs[i][j + 1] >= lcs[i + 1][j])) {
            newIds[j] = -1 - gap; // placeholder: filled below
            ++j;
        } else {
            unused << ids[i];
            unusedGap << gap;
            ++i;
        }
    }
    QVector<qint64> toDelete;
    int u = 0;
    for (int j = 0; j < newCount; ++j) {
        if (newIds[j] > 0)
            continue;
        const int g = int(-1 - newIds[j]);
        while (u < unused.size() && unusedGap[u] < g)
            toDelete << unused[u++];
        if (u < unused.size() && unusedGap[u] == g) {
            const qint64 id = unused[u++];
            for (const QString *sql : {&kUpdateParagraphText, &kDropParagraphKeys}) {
                if (Status s = Sql::prepare(q, *sql); !s)
                    return s;
                if (sql == &kUpdateParagraphText)
                    q.bindValue(QStringLiteral(":text"), wanted[j]);
                q.bindValue(QStringLiteral(":id"), id);
                if (Status s = Sql::exec(q); !s)
                    return s;
            }
            newIds[j] = id;
        } else {
            if (Status s = Sql::prepare(q, kInsertEditedParagraph); !s)
                return s;
            q.bindValue(QStringLiteral(":story"), storyId);
            q.bindValue(QStringLiteral(":position"), j);
            q.bindValue(QStringLiteral(":text"), wanted[j]);
            if (Status s = Sql::exec(q); !s)
                return s;
            newIds[j] = q.lastInsertId().toLongLong();
        }
    }
    while (u < unused.size())
        toDelete << unused[u++];
    for (qint64 id : std::as_const(toDelete)) {
        for (const QString *sql : {&kDropParagraphKeys, &kDeleteParagraph}) {
            if (Status s = Sql::prepare(q, *sql); !s)
                return s;
            q.bindValue(QStringLiteral(":id"), id);
            if (Status s = Sql::exec(q); !s)
                return s;
        }
    }
    if (newIds != ids) {
        if (Status s = Sql::prepare(q, kSetParagraphPosition); !s)
            return s;
        for (int i = 0; i < newIds.size(); ++i) {
            q.bindValue(QStringLiteral(":position"), i);
            q.bindValue(QStringLiteral(":id"), newIds[i]);
            if (Status s = Sql::exec(q); !s)
                return s;
        }
    }
    if (Status s = Sql::prepare(q, kMarkEdited); !s)
        return s;
    q.bindValue(QStringLiteral(":id"), storyId);
    if (Status s = Sql::exec(q); !s)
        return s;
    if (Status s = TagRepository(m_db).reindexStory(storyId); !s)
        return s;

    if (Status s = Sql::prepare(q, kInsertRevision); !s)
        return s;
    q.bindValue(QStringLiteral(":story"), storyId);
    q.bindValue(QStringLiteral(":at"), Sql::toText(QDateTime::currentDateTimeUtc()));
    q.bindValue(QStringLiteral(":author"), author);
    q.bindValue(QStringLiteral(":action"), action);
    q.bindValue(QStringLiteral(":snapshot"),
                QString::fromUtf8(snapshot(Content{fields, wanted})));
    if (Status s = Sql::exec(q); !s)
        return s;
    return tx.commit();
}

Result<RevisionRecord> StoryRepository::revision(qint64 revisionId) const
{
    using R = Result<RevisionRecord>;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = Sql::prepare(q, kRevision); !s)
        return R::failure(s.error());
    q.bindValue(QStringLiteral(":id"), revisionId);
    if (Status s = Sql::exec(q); !s)
        return R::failure(s.error());
    if (!q.next())
        return R::failure(QStringLiteral("revision %1 not found").arg(revisionId));
    return RevisionRecord{q.value(0).toLongLong(), q.value(1).toLongLong(),
                          Sql::fromText(q.value(2).toString()), q.value(3).toString(),
                          q.value(4).toString(), q.value(5).toString().toUtf8()};
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
