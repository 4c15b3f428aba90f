// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "correctionrepository.h"

#include "database.h"
#include "flagrepository.h"
#include "sqlutil.h"
#include "storyrepository.h"
#include "tagrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

#include <algorithm>

namespace Copydesk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::CorrectionRepository)
};

const QString kOpenFlagsOfKind = QStringLiteral(R"(
    SELECT f.id, f.paragraph_id, f.start, f.length, f.text, f.suggestion, p.text, p.story_id
    FROM flags f JOIN paragraphs p ON p.id = f.paragraph_id
    WHERE f.page_id = :page AND f.kind = :kind AND f.status = 'open' AND p.removed = 0
    ORDER BY p.story_id, f.paragraph_id, f.start DESC, f.id)");
const QString kCountUnplaced =
    QStringLiteral("SELECT count(*) FROM flags f LEFT JOIN paragraphs p ON p.id = f.paragraph_id "
                   "WHERE f.page_id = :page AND f.kind = :kind AND f.status = 'open' "
                   "AND (p.id IS NULL OR p.removed <> 0)");
const QString kOpenDuplicates = QStringLiteral(
    "SELECT id FROM flags WHERE page_id = :page AND kind = :kind AND status = 'open' ORDER BY id");
const QString kAcceptFlag = QStringLiteral(
    "UPDATE flags SET status = 'accepted', decided_by = :by, decided_at = :at WHERE id = :id");
const QString kShiftFlags =
    QStringLiteral("UPDATE flags SET start = start + :delta WHERE paragraph_id = :paragraph "
                   "AND status = 'open' AND start >= :from");
const QString kUpdateParagraph =
    QStringLiteral("UPDATE paragraphs SET text = :text, content_hash = 0 WHERE id = :id");
const QString kDropParagraphKeys =
    QStringLiteral("DELETE FROM paragraph_keys WHERE paragraph_id = :id");
const QString kMarkEdited = QStringLiteral("UPDATE stories SET edited = 1 WHERE id = :id");
const QString kInsertRevision =
    QStringLiteral("INSERT INTO revisions (story_id, created_at, author, action, snapshot) "
                   "VALUES (:story, :at, :author, :action, :snapshot)");
const QString kInsertDecision = QStringLiteral(
    "INSERT INTO decisions (story_id, paragraph, kind, position, confidence, reason, "
    "before_text, after_text, created_at) VALUES (:story, :paragraph, :kind, :position, "
    ":confidence, :reason, :before, :after, :at)");
const QString kDecision =
    QStringLiteral("SELECT story_id, paragraph, kind, position, before_text, after_text, status "
                   "FROM decisions WHERE id = :id");
const QString kLiveParagraphs = QStringLiteral(
    "SELECT id, text FROM paragraphs WHERE story_id = :story AND removed = 0 ORDER BY position");
const QString kSetDecisionStatus =
    QStringLiteral("UPDATE decisions SET status = :status WHERE id = :id");
const QString kShiftDecisions = QStringLiteral(
    "UPDATE decisions SET position = position + :delta WHERE story_id = :story "
    "AND paragraph = :paragraph AND kind = :kind AND id <> :id AND (position > :from "
    "OR (position = :at AND id > :after))");

constexpr char kNormalise[] = "normalise";

class Session
{
public:
    explicit Session(const Database &db)
        : m_db(db), m_q(QSqlDatabase::database(db.connectionName()))
    {
    }

    Status run(const QString &sql, const QVector<QPair<QString, QVariant>> &values)
    {
        if (Status s = Sql::prepare(m_q, sql); !s)
            return s;
        for (const auto &[name, value] : values)
            m_q.bindValue(name, value);
        return Sql::exec(m_q);
    }

    QSqlQuery &query() { return m_q; }

    Status setParagraphText(qint64 paragraphId, const QString &text)
    {
        if (Status s = run(kUpdateParagraph,
                           {{QStringLiteral(":text"), text}, {QStringLiteral(":id"), paragraphId}});
            !s)
            return s;
        // Changed text leaves the duplicate index until the next check, as hand edits do.
        return run(kDropParagraphKeys, {{QStringLiteral(":id"), paragraphId}});
    }

    // Marks the story edited, re-indexes it and records a revision of its new state.
    Status touch(qint64 storyId, const QString &user, const QString &action)
    {
        if (Status s = run(kMarkEdited, {{QStringLiteral(":id"), storyId}}); !s)
            return s;
        if (Status s = TagRepository(m_db).reindexStory(storyId); !s)
            return s;
        auto story = StoryRepository(m_db).story(storyId);
        if (!story)
            return failure(story.error());
        return run(kInsertRevision,
                   {{QStringLiteral(":story"), storyId},
                    {QStringLiteral(":at"), Sql::toText(QDateTime::currentDateTimeUtc())},
                    {QStringLiteral(":author"), Sql::notNull(user)},
                    {QStringLiteral(":action"), action},
                    {QStringLiteral(":snapshot"),
                     QString::fromUtf8(StoryRepository::snapshot(story.value()))}});
    }

private:
    const Database &m_db;
    QSqlQuery m_q;
};

struct OpenFlag
{
    qint64 id = 0;
    qint64 paragraphId = 0;
    int start = 0;
    int length = 0;
    QString text;
    QVariant suggestion;
    QString paragraphText;
    qint64 storyId = 0;
};
} // namespace

Result<CorrectionRepository::AcceptOutcome>
CorrectionRepository::acceptKind(qint64 pageId, const QString &kind, const QString &user) const
{
    using R = Result<AcceptOutcome>;
    if (m_db.isReadOnly())
        return R::failure(Tr::tr("The archive is open read-only."));
    if (kind == QLatin1String(FlagKind::Spelling))
        return R::failure(Tr::tr("Spelling flags are accepted one by one: the dictionary's first "
                                 "guess is no correction to apply unseen."));
    AcceptOutcome out;
    if (kind == QLatin1String(FlagKind::Duplicate)) {
        // Removing copies is the review queue's decision, one transaction per flag.
        QVector<qint64> ids;
        {
            Session session(m_db);
            if (Status s = session.run(kOpenDuplicates, {{QStringLiteral(":page"), pageId},
                                                         {QStringLiteral(":kind"), kind}});
                !s)
                return R::failure(s.error());
            while (session.query().next())
                ids << session.query().value(0).toLongLong();
        }
        const FlagRepository flags(m_db);
        for (qint64 id : std::as_const(ids)) {
            if (flags.accept(id, user))
                ++out.accepted;
            else
                ++out.skipped;
        }
        return out;
    }

    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return R::failure(s.error());
    Session session(m_db);
    QSqlQuery &q = session.query();
    if (Status s = session.run(
            kOpenFlagsOfKind, {{QStringLiteral(":page"), pageId}, {QStringLiteral(":kind"), kind}});
        !s)
        return R::failure(s.error());
    QVector<OpenFlag> flags;
    while (q.next()) {
        OpenFlag f;
        f.id = q.value(0).toLongLong();
        f.paragraphId = q.value(1).toLongLong();
        f.start = q.value(2).toInt();
        f.length = q.value(3).toInt();
        f.text = q.value(4).toString();
        f.suggestion = q.value(5);
        f.paragraphText = q.value(6).toString();
        f.storyId = q.value(7).toLongLong();
        flags.push_back(f);
    }
    q.finish();
    if (Status s = session.run(
            kCountUnplaced, {{QStringLiteral(":page"), pageId}, {QStringLiteral(":kind"), kind}});
        !s)
        return R::failure(s.error());
    if (q.next())
        out.skipped += q.value(0).toInt();
    q.finish();

    const QString at = Sql::toText(QDateTime::currentDateTimeUtc());
    // Flags come per paragraph, last first, so a replacement never moves the ones still to do.
    for (qsizetype i = 0; i < flags.size();) {
        qsizetype j = i;
        while (j < flags.size() && flags[j].paragraphId == flags[i].paragraphId)
            ++j;
        QString text = flags[i].paragraphText;
        int limit = int(text.size()); // corrections so far start at or after this
        bool changed = false;
        for (qsizetype k = i; k < j; ++k) {
            const OpenFlag &f = flags[k];
            const bool fits = !f.suggestion.isNull() && f.start >= 0 && f.length > 0 &&
                              f.start + f.length <= limit &&
                              QStringView(text).mid(f.start, f.length) == f.text;
            if (!fits) {
                ++out.skipped;
                continue;
            }
            const QString replacement = f.suggestion.toString();
            text.replace(f.start, f.length, replacement);
            limit = f.start;
            changed = true;
            if (Status s = session.run(kAcceptFlag, {{QStringLiteral(":by"), Sql::notNull(user)},
                                                     {QStringLiteral(":at"), at},
                                                     {QStringLiteral(":id"), f.id}});
                !s)
                return R::failure(s.error());
            const int delta = int(replacement.size()) - f.length;
            if (delta != 0) {
                if (Status s =
                        session.run(kShiftFlags, {{QStringLiteral(":delta"), delta},
                                                  {QStringLiteral(":paragraph"), f.paragraphId},
                                                  {QStringLiteral(":from"), f.start + f.length}});
                    !s)
                    return R::failure(s.error());
            }
            ++out.accepted;
        }
        if (changed) {
            if (Status s = session.setParagraphText(flags[i].paragraphId, text); !s)
                return R::failure(s.error());
            if (!out.stories.contains(flags[i].storyId))
                out.stories << flags[i].storyId;
        }
        i = j;
    }
    for (qint64 storyId : std::as_const(out.stories)) {
        if (Status s = session.touch(storyId, user, QStringLiteral("accept all %1").arg(kind)); !s)
            return R::failure(s.error());
    }
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    return out;
}

Status CorrectionRepository::recordDecisions(qint64 storyId,
                                             const QVector<Decision> &decisions) const
{
    if (m_db.isReadOnly())
        return failure(Tr::tr("The archive is open read-only."));
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    Session session(m_db);
    const QString at = Sql::toText(QDateTime::currentDateTimeUtc());
    for (const Decision &d : decisions) {
        if (Status s =
                session.run(kInsertDecision, {{QStringLiteral(":story"), storyId},
                                              {QStringLiteral(":paragraph"), d.paragraph},
                                              {QStringLiteral(":kind"), d.kind},
                                              {QStringLiteral(":position"), d.position},
                                              {QStringLiteral(":confidence"), d.confidence},
                                              {QStringLiteral(":reason"), Sql::notNull(d.reason)},
                                              {QStringLiteral(":before"), Sql::notNull(d.before)},
                                              {QStringLiteral(":after"), Sql::notNull(d.after)},
                                              {QStringLiteral(":at"), at}});
            !s)
            return s;
    }
    return tx.commit();
}

Status CorrectionRepository::revertNormalisation(qint64 decisionId, const QString &user) const
{
    return setNormalisation(decisionId, false, user);
}

Status CorrectionRepository::reapplyNormalisation(qint64 decisionId, const QString &user) const
{
    return setNormalisation(decisionId, true, user);
}

Status CorrectionRepository::setNormalisation(qint64 decisionId, bool apply,
                                              const QString &user) const
{
    if (m_db.isReadOnly())
        return failure(Tr::tr("The archive is open read-only."));
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    Session session(m_db);
    QSqlQuery &q = session.query();
    if (Status s = session.run(kDecision, {{QStringLiteral(":id"), decisionId}}); !s)
        return s;
    if (!q.next())
        return failure(Tr::tr("Decision %1 not found.").arg(decisionId));
    const qint64 storyId = q.value(0).toLongLong();
    const int paragraph = q.value(1).toInt();
    const QString kind = q.value(2).toString();
    const int position = q.value(3).toInt();
    const QString before = q.value(4).toString();
    const QString after = q.value(5).toString();
    const QString status = q.value(6).toString();
    q.finish();
    if (kind != QLatin1String(kNormalise))
        return failure(Tr::tr("Decision %1 is no house-style normalisation.").arg(decisionId));
    const QString wanted = apply ? QStringLiteral("applied") : QStringLiteral("reverted");
    if (status == wanted)
        return failure(apply ? Tr::tr("Decision %1 is applied already.").arg(decisionId)
                             : Tr::tr("Decision %1 is reverted already.").arg(decisionId));

    if (Status s = session.run(kLiveParagraphs, {{QStringLiteral(":story"), storyId}}); !s)
        return s;
    qint64 paragraphId = 0;
    QString text;
    for (int i = 0; q.next(); ++i) {
        if (i == paragraph) {
            paragraphId = q.value(0).toLongLong();
            text = q.value(1).toString();
            break;
        }
    }
    q.finish();
    const QString &present = apply ? before : after;
    const QString &replacement = apply ? after : before;
    if (paragraphId == 0 || position < 0 || position + present.size() > text.size() ||
        QStringView(text).mid(position, present.size()) != present)
        return failure(
            apply ? Tr::tr("The text of decision %1 was edited since; it cannot be applied again.")
                        .arg(decisionId)
                  : Tr::tr("The text of decision %1 was edited since; it cannot be reverted.")
                        .arg(decisionId));
    text.replace(position, present.size(), replacement);
    if (Status s = session.setParagraphText(paragraphId, text); !s)
        return s;
    const int delta = int(replacement.size() - present.size());
    if (delta != 0) {
        if (Status s = session.run(kShiftDecisions,
                                   {{QStringLiteral(":delta"), delta},
                                    {QStringLiteral(":story"), storyId},
                                    {QStringLiteral(":paragraph"), paragraph},
                                    {QStringLiteral(":kind"), QString::fromLatin1(kNormalise)},
                                    {QStringLiteral(":id"), decisionId},
                                    {QStringLiteral(":from"), position},
                                    {QStringLiteral(":at"), position},
                                    {QStringLiteral(":after"), decisionId}});
            !s)
            return s;
        if (Status s = session.run(kShiftFlags,
                                   {{QStringLiteral(":delta"), delta},
                                    {QStringLiteral(":paragraph"), paragraphId},
                                    {QStringLiteral(":from"), position + int(present.size())}});
            !s)
            return s;
    }
    if (Status s = session.run(kSetDecisionStatus, {{QStringLiteral(":status"), wanted},
                                                    {QStringLiteral(":id"), decisionId}});
        !s)
        return s;
    if (Status s = session.touch(storyId, user,
                                 apply ? QStringLiteral("reapply normalisation")
                                       : QStringLiteral("revert normalisation"));
        !s)
        return s;
    return tx.commit();
}

} // namespace Copydesk
