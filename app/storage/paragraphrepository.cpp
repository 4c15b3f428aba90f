// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "paragraphrepository.h"

#include "database.h"
#include "sqlutil.h"
#include "storyrepository.h"
#include "tagrepository.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <algorithm>

namespace Copydesk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::ParagraphRepository)
};

const QString kParagraph = QStringLiteral(
    "SELECT story_id, position, text, source_spans FROM paragraphs WHERE id = :id");
const QString kStoryParagraphs = QStringLiteral(
    "SELECT id FROM paragraphs WHERE story_id = :story ORDER BY position, id");
const QString kSetPlace = QStringLiteral(
    "UPDATE paragraphs SET story_id = :story, position = :position WHERE id = :id");
const QString kSetText = QStringLiteral(
    "UPDATE paragraphs SET text = :text, source_spans = :spans, content_hash = 0 WHERE id = :id");
const QString kInsertParagraph = QStringLiteral(
    "INSERT INTO paragraphs (story_id, position, text, source_spans, content_hash) "
    "VALUES (:story, :position, :text, :spans, 0)");
const QString kDeleteParagraph = QStringLiteral("DELETE FROM paragraphs WHERE id = :id");
// A changed text leaves the duplicate index until the next check, like an edit.
const QString kDeleteKeys = QStringLiteral("DELETE FROM paragraph_keys WHERE paragraph_id = :id");
const QString kMoveFlagsToStory =
    QStringLiteral("UPDATE flags SET story_id = :story WHERE paragraph_id = :id");
const QString kMoveFlagsAfter = QStringLiteral(
    "UPDATE flags SET paragraph_id = :to, start = start - :offset "
    "WHERE paragraph_id = :from AND start >= :offset");
const QString kMoveFlagsAll = QStringLiteral(
    "UPDATE flags SET paragraph_id = :to, start = start + :offset WHERE paragraph_id = :from");
const QString kMarkEdited = QStringLiteral("UPDATE stories SET edited = 1 WHERE id = :story");
const QString kInsertRevision = QStringLiteral(
    "INSERT INTO revisions (story_id, created_at, author, action, snapshot) "
    "VALUES (:story, :at, :author, :action, :snapshot)");
const QString kDecision = QStringLiteral(
    "SELECT story_id, paragraph, kind, position, after_text, status FROM decisions "
    "WHERE id = :id");
const QString kSetDecisionStatus =
    QStringLiteral("UPDATE decisions SET status = :status WHERE id = :id");

struct Row
{
    qint64 storyId = 0;
    int position = 0;
    QString text;
    QVector<SourceSpan> spans;
};

bool isWide(QChar c)
{
    const char16_t u = c.unicode();
    return c.script() == QChar::Script_Han || c.script() == QChar::Script_Hiragana
           || c.script() == QChar::Script_Katakana || c.script() == QChar::Script_Hangul
           || (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF00 && u <= 0xFFEF);
}

// What goes between two texts joined by hand: nothing next to CJK characters or full-width
// punctuation, a space between Latin text.
QString separator(const QString &left, const QString &right)
{
    if (left.isEmpty() || right.isEmpty() || left.back().isSpace() || right.front().isSpace())
        return {};
    return isWide(left.back()) || isWide(right.front()) ? QString() : QStringLiteral(" ");
}

// Runs statements of one hand correction against one connection.
class Session
{
public:
    explicit Session(const Database &db)
        : m_db(db), m_q(QSqlDatabase::database(db.connectionName()))
    {
    }

    Result<Row> row(qint64 id)
    {
        if (Status s = Sql::prepare(m_q, kParagraph); !s)
            return Result<Row>::failure(s.error());
        m_q.bindValue(QStringLiteral(":id"), id);
        if (Status s = Sql::exec(m_q); !s)
            return Result<Row>::failure(s.error());
        if (!m_q.next())
            return Result<Row>::failure(Tr::tr("Paragraph %1 is not in the archive.").arg(id));
        return Row{m_q.value(0).toLongLong(), m_q.value(1).toInt(), m_q.value(2).toString(),
                   Sql::spansFromText(m_q.value(3).toString())};
    }

    Result<QVector<qint64>> paragraphs(qint64 storyId)
    {
        using R = Result<QVector<qint64>>;
        if (Status s = Sql::prepare(m_q, kStoryParagraphs); !s)
            return R::failure(s.error());
        m_q.bindValue(QStringLiteral(":story"), storyId);
        if (Status s = Sql::exec(m_q); !s)
            return R::failure(s.error());
        QVector<qint64> ids;
        while (m_q.next())
            ids.push_back(m_q.value(0).toLongLong());
        return ids;
    }

    // Writes positions 0..n-1 in the given order.
    Status renumber(qint64 storyId, const QVector<qint64> &ids)
    {
        for (int i = 0; i < ids.size(); ++i) {
            if (Status s = run(kSetPlace, {{QStringLiteral(":story"), storyId},
                                           {QStringLiteral(":position"), i},
                                           {QStringLiteral(":id"), ids[i]}});
                !s)
                return s;
        }
        return success();
    }

    Status run(const QString &sql, const QVector<QPair<QString, QVariant>> &values)
    {
        if (Status s = Sql::prepare(m_q, sql); !s)
            return s;
        for (const auto &[name, value] : values)
            m_q.bindValue(name, value);
        return Sql::exec(m_q);
    }

    qint64 lastId() const { return m_q.lastInsertId().toLongLong(); }

    // Marks the story edited, re-indexes it and records a revision of its new state.
    Status touch(qint64 storyId, const QString &user, const QString &action)
    {
        if (Status s = run(kMarkEdited, {{QStringLiteral(":story"), storyId}}); !s)
            return s;
        if (Status s = TagRepository(m_db).reindexStory(storyId); !s)
            return s;
        auto story = StoryRepository(m_db).story(storyId);
        if (!story)
            return failure(story.error());
        return run(kInsertRevision,
                   {{QStringLiteral(":story"), storyId},
                    {QStringLiteral(":at"), Sql::toText(QDateTime::currentDateTimeUtc())},
                    {QStringLiteral(":author"), user},
                    {QStringLiteral(":action"), action},
                    {QStringLiteral(":snapshot"),
                     QString::fromUtf8(StoryRepository::snapshot(story.value()))}});
    }

private:
    const Database &m_db;
    QSqlQuery m_q;
};

QPair<QVector<SourceSpan>, QVector<SourceSpan>> splitSpans(const QVector<SourceSpan> &spans,
                                                            int offset)
{
    // Spans are in page coordinates and the text between them may have lost a hyphen or a
    // doubled character; a span goes to the half its start falls in.
    QVector<SourceSpan> first, second;
    int at = 0;
    for (const SourceSpan &s : spans) {
        (at < offset ? first : second).push_back(s);
        at += s.length;
    }
    return {first, second};
}

// The body of split(), inside the caller's transaction.
Result<qint64> splitIn(Session &session, qint64 paragraphId, int offset, const QString &user)
{
    using R = Result<qint64>;
    auto row = session.row(paragraphId);
    if (!row)
        return R::failure(row.error());
    const QString first = row->text.left(offset).trimmed();
    const QString second = row->text.mid(offset).trimmed();
    if (offset <= 0 || offset >= row->text.size() || first.isEmpty() || second.isEmpty())
        return R::failure(Tr::tr("Paragraph %1 cannot be split at character %2.").arg(paragraphId).arg(offset));
    const auto [firstSpans, secondSpans] = splitSpans(row->spans, offset);
    auto storyIds = session.paragraphs(row->storyId);
    if (!storyIds)
        return R::failure(storyIds.error());
    QVector<qint64> ids = std::move(storyIds).value();
    if (Status s = session.run(kSetText, {{QStringLiteral(":text"), first},
                                          {QStringLiteral(":spans"), Sql::spansToText(firstSpans)},
                                          {QStringLiteral(":id"), paragraphId}});
        !s)
        return R::failure(s.error());
    if (Status s = session.run(kInsertParagraph,
                               {{QStringLiteral(":story"), row->storyId},
                                {QStringLiteral(":position"), row->position + 1},
                                {QStringLiteral(":text"), second},
                                {QStringLiteral(":spans"), Sql::spansToText(secondSpans)}});
        !s)
        return R::failure(s.error());
    const qint64 newId = session.lastId();
    ids.insert(ids.indexOf(paragraphId) + 1, newId);
    if (Status s = session.renumber(row->storyId, ids); !s)
        return R::failure(s.error());
    // Flags after the cut follow their text; the second half starts after dropped spaces.
    const int secondStart = int(row->text.indexOf(second, offset));
    if (Status s = session.run(kMoveFlagsAfter, {{QStringLiteral(":to"), newId},
                                                 {QStringLiteral(":offset"), secondStart},
                                                 {QStringLiteral(":from"), paragraphId}});
        !s)
        return R::failure(s.error());
    if (Status s = session.run(kDeleteKeys, {{QStringLiteral(":id"), paragraphId}}); !s)
        return R::failure(s.error());
    if (Status s = session.touch(row->storyId, user, QStringLiteral("split")); !s)
        return R::failure(s.error());
    return newId;
}

// The body of joinWithNext(), inside the caller's transaction.
Result<int> joinIn(Session &session, qint64 paragraphId, const QString &user)
{
    using R = Result<int>;
    auto row = session.row(paragraphId);
    if (!row)
        return R::failure(row.error());
    auto storyIds = session.paragraphs(row->storyId);
    if (!storyIds)
        return R::failure(storyIds.error());
    QVector<qint64> ids = std::move(storyIds).value();
    const qsizetype at = ids.indexOf(paragraphId);
    if (at + 1 >= ids.size())
        return R::failure(Tr::tr("Paragraph %1 is the last of its story; there is nothing to join it with.").arg(paragraphId));
    const qint64 nextId = ids.at(at + 1);
    auto next = session.row(nextId);
    if (!next)
        return R::failure(next.error());
    const QString sep = separator(row->text, next->text);
    const int offset = int(row->text.size() + sep.size());
    if (Status s = session.run(kSetText,
                               {{QStringLiteral(":text"), QString(row->text + sep + next->text)},
                                {QStringLiteral(":spans"), Sql::spansToText(row->spans + next->spans)},
                                {QStringLiteral(":id"), paragraphId}});
        !s)
        return R::failure(s.error());
    if (Status s = session.run(kMoveFlagsAll, {{QStringLiteral(":to"), paragraphId},
                                               {QStringLiteral(":offset"), offset},
                                               {QStringLiteral(":from"), nextId}});
        !s)
        return R::failure(s.error());
    for (qint64 id : {paragraphId, nextId}) {
        if (Status s = session.run(kDeleteKeys, {{QStringLiteral(":id"), id}}); !s)
            return R::failure(s.error());
    }
    if (Status s = session.run(kDeleteParagraph, {{QStringLiteral(":id"), nextId}}); !s)
        return R::failure(s.error());
    ids.removeAt(at + 1);
    if (Status s = session.renumber(row->storyId, ids); !s)
        return R::failure(s.error());
    if (Status s = session.touch(row->storyId, user, QStringLiteral("join")); !s)
        return R::failure(s.error());
    return offset;
}

// Runs one hand correction in its own transaction.
template<typename T, typename Fn>
Result<T> inTransaction(const Database &db, Fn &&body)
{
    if (db.isReadOnly())
        return Result<T>::failure(Tr::tr("The archive is open read-only."));
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return Result<T>::failure(s.error());
    Session session(db);
    Result<T> result = body(session);
    if (!result)
        return result;
    if (Status s = tx.commit(); !s)
        return Result<T>::failure(s.error());
    return result;
}

} // namespace

Result<ParagraphRepository::Place> ParagraphRepository::place(qint64 paragraphId) const
{
    Session session(m_db);
    auto row = session.row(paragraphId);
    if (!row)
        return Result<Place>::failure(row.error());
    return Place{row->storyId, row->position};
}

Result<ParagraphRepository::Place> ParagraphRepository::move(qint64 paragraphId,
                                                             const Place &target,
                                                             const QString &user) const
{
    using R = Result<Place>;
    return inTransaction<Place>(m_db, [&](Session &session) -> R {
        auto row = session.row(paragraphId);
        if (!row)
            return R::failure(row.error());
        auto sourceIds = session.paragraphs(row->storyId);
        if (!sourceIds)
            return R::failure(sourceIds.error());
        QVector<qint64> source = std::move(sourceIds).value();
        const int from = int(source.indexOf(paragraphId));
        source.removeAt(from);
        const bool sameStory = target.storyId == row->storyId;
        QVector<qint64> dest;
        if (!sameStory) {
            auto destIds = session.paragraphs(target.storyId);
            if (!destIds)
                return R::failure(destIds.error());
            dest = std::move(destIds).value();
        }
        QVector<qint64> &into = sameStory ? source : dest;
        into.insert(std::clamp(target.position, 0, int(into.size())), paragraphId);
        if (Status s = session.renumber(row->storyId, source); !s)
            return R::failure(s.error());
        if (!sameStory) {
            if (Status s = session.renumber(target.storyId, dest); !s)
                return R::failure(s.error());
            if (Status s = session.run(kMoveFlagsToStory,
                                       {{QStringLiteral(":story"), target.storyId},
                                        {QStringLiteral(":id"), paragraphId}});
                !s)
                return R::failure(s.error());
            if (Status s = session.touch(target.storyId, user, QStringLiteral("move-in")); !s)
                return R::failure(s.error());
        }
        if (Status s = session.touch(row->storyId, user, QStringLiteral("move")); !s)
            return R::failure(s.error());
        return Place{row->storyId, from};
    });
}

Result<qint64> ParagraphRepository::split(qint64 paragraphId, int offset,
                                          const QString &user) const
{
    return inTransaction<qint64>(m_db, [&](Session &session) {
        return splitIn(session, paragraphId, offset, user);
    });
}

Result<int> ParagraphRepository::joinWithNext(qint64 paragraphId, const QString &user) const
{
    return inTransaction<int>(m_db,
                              [&](Session &session) { return joinIn(session, paragraphId, user); });
}

Result<qint64> ParagraphRepository::revertJoin(qint64 decisionId, const QString &user) const
{
    using R = Result<qint64>;
    if (m_db.isReadOnly())
        return R::failure(Tr::tr("The archive is open read-only."));
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return R::failure(s.error());
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = Sql::prepare(q, kDecision); !s)
        return R::failure(s.error());
    q.bindValue(QStringLiteral(":id"), decisionId);
    if (Status s = Sql::exec(q); !s)
        return R::failure(s.error());
    if (!q.next())
        return R::failure(Tr::tr("Decision %1 is not in the archive.").arg(decisionId));
    const qint64 storyId = q.value(0).toLongLong();
    const int paragraph = q.value(1).toInt();
    const QString kind = q.value(2).toString();
    const int position = q.value(3).toInt();
    const QString after = q.value(4).toString();
    const QString status = q.value(5).toString();
    q.finish();
    if (kind != QLatin1String("join") && kind != QLatin1String("jump"))
        return R::failure(Tr::tr("Decision %1 is not a join.").arg(decisionId));
    if (status == QLatin1String("reverted"))
        return R::failure(Tr::tr("Decision %1 is reverted already.").arg(decisionId));

    // The junction is where `after` (the text around it when it was made) sits, searched
    // from the paragraph the decision names outwards, since splits and joins since then
    // shift paragraph numbers.
    const int lead = std::min(position, 8);
    Session session(m_db);
    auto ids = session.paragraphs(storyId);
    if (!ids)
        return R::failure(ids.error());
    QVector<int> order;
    for (int d = 0; d < ids->size(); ++d) {
        for (int i : {paragraph - d, paragraph + d}) {
            if (i >= 0 && i < ids->size() && !order.contains(i))
                order.push_back(i);
        }
    }
    for (int i : std::as_const(order)) {
        auto row = session.row(ids->at(i));
        if (!row)
            return R::failure(row.error());
        qsizetype found = -1;
        for (qsizetype at = row->text.indexOf(after); at >= 0;
             at = row->text.indexOf(after, at + 1)) {
            if (found < 0 || std::abs(at + lead - position) < std::abs(found + lead - position))
                found = at;
        }
        if (found < 0 || after.isEmpty())
            continue;
        auto newId = splitIn(session, ids->at(i), int(found) + lead, user);
        if (!newId)
            return newId;
        if (Status s = session.run(kSetDecisionStatus, {{QStringLiteral(":status"),
                                                         QStringLiteral("reverted")},
                                                        {QStringLiteral(":id"), decisionId}});
            !s)
            return R::failure(s.error());
        if (Status s = tx.commit(); !s)
            return R::failure(s.error());
        return newId;
    }
    return R::failure(Tr::tr("The text around this join was edited since; split the "
                                     "paragraph by hand."));
}

Status ParagraphRepository::reapplyJoin(qint64 decisionId, const QString &user) const
{
    if (m_db.isReadOnly())
        return failure(Tr::tr("The archive is open read-only."));
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = Sql::prepare(q, kDecision); !s)
        return s;
    q.bindValue(QStringLiteral(":id"), decisionId);
    if (Status s = Sql::exec(q); !s)
        return s;
    if (!q.next())
        return failure(Tr::tr("Decision %1 is not in the archive.").arg(decisionId));
    const qint64 storyId = q.value(0).toLongLong();
    const int position = q.value(3).toInt();
    const QString after = q.value(4).toString();
    const bool reverted = q.value(5).toString() == QLatin1String("reverted");
    q.finish();
    if (!reverted)
        return failure(Tr::tr("Decision %1 is not reverted.").arg(decisionId));
    const int lead = std::min(position, 8);
    const QString left = after.left(lead).trimmed();
    const QString right = after.mid(lead).trimmed();
    Session session(m_db);
    auto ids = session.paragraphs(storyId);
    if (!ids)
        return failure(ids.error());
    for (int i = 0; i + 1 < ids->size(); ++i) {
        auto a = session.row(ids->at(i));
        auto b = session.row(ids->at(i + 1));
        if (!a || !b)
            return failure(!a ? a.error() : b.error());
        if (a->text.endsWith(left) && b->text.startsWith(right)) {
            if (auto joined = joinIn(session, ids->at(i), user); !joined)
                return failure(joined.error());
            if (Status s = session.run(kSetDecisionStatus,
                                       {{QStringLiteral(":status"), QStringLiteral("applied")},
                                        {QStringLiteral(":id"), decisionId}});
                !s)
                return s;
            return tx.commit();
        }
    }
    return failure(Tr::tr("The two paragraphs of this join are no longer next to "
                                  "each other."));
}

} // namespace Copydesk
