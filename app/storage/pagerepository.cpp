// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagerepository.h"

#include "database.h"
#include "sqlutil.h"
#include "storyrepository.h"
#include "tagrepository.h"

#include <QSqlDatabase>

#include <algorithm>
#include <limits>

namespace Copydesk {

namespace {

const QString kPageForSha = QStringLiteral(
    "SELECT p.id FROM pages p JOIN sources s ON s.id = p.source_id WHERE s.sha256 = :sha "
    "ORDER BY p.id LIMIT 1");

const QString kInsertSource = QStringLiteral(
    "INSERT INTO sources (file_name, sha256, encoding, raw, byte_size, imported_at, imported_by) "
    "VALUES (:name, :sha, :encoding, :raw, :size, :at, :by)");

const QString kInsertPage = QStringLiteral(
    "INSERT INTO pages (source_id, normalized_text, created_at) VALUES (:source, :text, :at)");

const QString kInsertStory = QStringLiteral(
    "INSERT INTO stories (page_id, position, kicker, headline, byline) "
    "VALUES (:page, :position, :kicker, :headline, :byline)");

const QString kInsertParagraph = QStringLiteral(
    "INSERT INTO paragraphs (story_id, position, text, source_spans, content_hash) "
    "VALUES (:story, :position, :text, :spans, :hash)");

const QString kInsertKey = QStringLiteral(
    "INSERT OR IGNORE INTO paragraph_keys (key, paragraph_id) VALUES (:key, :paragraph)");

const QString kInsertFlag = QStringLiteral(
    "INSERT INTO flags (page_id, story_id, paragraph_id, kind, status, start, length, text, "
    "suggestion, reason, confidence, dup_paragraph_id, detail, created_at) VALUES (:page, "
    ":story, :paragraph, :kind, 'open', :start, :length, :text, :suggestion, :reason, "
    ":confidence, :dup, :detail, :at)");

const QString kInsertDecision = QStringLiteral(
    "INSERT INTO decisions (story_id, paragraph, kind, position, confidence, reason, "
    "before_text, after_text, created_at) VALUES (:story, :paragraph, :kind, :position, "
    ":confidence, :reason, :before, :after, :at)");

const QString kInsertRevision = QStringLiteral(
    "INSERT INTO revisions (story_id, created_at, author, action, snapshot) "
    "VALUES (:story, :at, :author, :action, :snapshot)");

const QString kPageSummaries = QStringLiteral(R"(
    SELECT p.id, s.id, s.file_name, s.sha256, s.encoding, s.byte_size, s.imported_at,
           s.imported_by,
           (SELECT count(*) FROM stories st WHERE st.page_id = p.id),
           (SELECT count(*) FROM paragraphs pa JOIN stories st ON st.id = pa.story_id
              WHERE st.page_id = p.id AND pa.removed = 0),
           (SELECT count(*) FROM flags f WHERE f.page_id = p.id AND f.status = 'open')
    FROM pages p JOIN sources s ON s.id = p.source_id
    WHERE %1 ORDER BY p.id DESC)");

const QString kPageIds = QStringLiteral("SELECT id FROM pages ORDER BY id");

const QString kRawBytes = QStringLiteral(
    "SELECT s.raw FROM pages p JOIN sources s ON s.id = p.source_id WHERE p.id = :page");

const QString kNormalizedText = QStringLiteral(
    "SELECT normalized_text FROM pages WHERE id = :page");

const QString kCounts = QStringLiteral(
    "SELECT (SELECT count(*) FROM pages), (SELECT count(*) FROM stories), "
    "(SELECT count(*) FROM paragraphs WHERE removed = 0), "
    "(SELECT count(*) FROM flags WHERE status = 'open')");

// A story an editor or proofreader has touched: edited by hand, a revision other than the
// machine's, a confirmed tag or a decided flag. A re-run of cleanup leaves such stories alone.
const QString kTouchedStories = QStringLiteral(R"(
    SELECT s.id FROM stories s WHERE s.page_id = :page AND (s.edited = 1
        OR EXISTS (SELECT 1 FROM revisions r WHERE r.story_id = s.id
                   AND r.action NOT IN ('import', 'cleanup'))
        OR EXISTS (SELECT 1 FROM story_tags t WHERE t.story_id = s.id AND t.confirmed = 1)
        OR EXISTS (SELECT 1 FROM flags f WHERE f.story_id = s.id AND f.status <> 'open')))");

const QString kPageStories = QStringLiteral("SELECT id FROM stories WHERE page_id = :page");

const QString kStorySpans = QStringLiteral(
    "SELECT source_spans FROM paragraphs WHERE story_id = :story ORDER BY position");

const QString kDeleteStoryKeys = QStringLiteral(
    "DELETE FROM paragraph_keys WHERE paragraph_id IN "
    "(SELECT id FROM paragraphs WHERE story_id = :story)");
const QString kDeleteStorySearch = QStringLiteral("DELETE FROM story_search WHERE rowid = :story");
const QString kDeleteStory = QStringLiteral("DELETE FROM stories WHERE id = :story");
const QString kSetStoryPosition =
    QStringLiteral("UPDATE stories SET position = :position WHERE id = :story");

bool overlaps(const QVector<SourceSpan> &a, const QVector<SourceSpan> &b)
{
    for (const SourceSpan &x : a) {
        for (const SourceSpan &y : b) {
            if (x.start < y.start + y.length && y.start < x.start + x.length)
                return true;
        }
    }
    return false;
}

int firstStart(const QVector<SourceSpan> &spans)
{
    int first = std::numeric_limits<int>::max();
    for (const SourceSpan &x : spans)
        first = std::min(first, x.start);
    return first;
}

PageSummary readPageSummary(const QSqlQuery &q)
{
    PageSummary p;
    p.id = q.value(0).toLongLong();
    p.source.id = q.value(1).toLongLong();
    p.source.fileName = q.value(2).toString();
    p.source.sha256 = q.value(3).toString();
    p.source.encoding = q.value(4).toString();
    p.source.byteSize = q.value(5).toLongLong();
    p.source.importedAt = Sql::fromText(q.value(6).toString());
    p.source.importedBy = q.value(7).toString();
    p.storyCount = q.value(8).toInt();
    p.paragraphCount = q.value(9).toInt();
    p.openFlagCount = q.value(10).toInt();
    return p;
}

// Statements prepared once per import and re-bound for every row.
struct ImportStatements
{
    explicit ImportStatements(const QSqlDatabase &db)
        : story(db), paragraph(db), key(db), flag(db), decision(db), revision(db)
    {
    }
    Status prepare()
    {
        for (auto [q, sql] : {std::pair{&story, &kInsertStory}, {&paragraph, &kInsertParagraph},
                              {&key, &kInsertKey}, {&flag, &kInsertFlag},
                              {&decision, &kInsertDecision}, {&revision, &kInsertRevision}}) {
            if (Status s = Sql::prepare(*q, *sql); !s)
                return s;
        }
        return success();
    }
    QSqlQuery story, paragraph, key, flag, decision, revision;
};

} // namespace

Result<std::optional<qint64>> PageRepository::pageIdForSha256(const QString &sha256) const
{
    using R = Result<std::optional<qint64>>;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = Sql::prepare(q, kPageForSha); !s)
        return R::failure(s.error());
    q.bindValue(QStringLiteral(":sha"), sha256);
    if (Status s = Sql::exec(q); !s)
        return R::failure(s.error());
    if (q.next())
        return R(std::optional<qint64>(q.value(0).toLongLong()));
    return R(std::optional<qint64>());
}

Result<qint64> PageRepository::storeImport(const NewSource &source, const QString &normalizedText,
                                           const PageDraft &draft) const
{
    using R = Result<qint64>;
    if (m_db.isReadOnly())
        return R::failure(QStringLiteral("the archive is open read-only"));
    const QSqlDatabase db = QSqlDatabase::database(m_db.connectionName());
    const QString now = Sql::toText(QDateTime::currentDateTimeUtc());

    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return R::failure(s.error());

    QSqlQuery q(db);
    if (Status s = Sql::prepare(q, kInsertSource); !s)
        return R::failure(s.error());
    q.bindValue(QStringLiteral(":name"), source.fileName);
    q.bindValue(QStringLiteral(":sha"), source.sha256);
    q.bindValue(QStringLiteral(":encoding"), source.encoding);
    q.bindValue(QStringLiteral(":raw"), source.bytes);
    q.bindValue(QStringLiteral(":size"), qint64(source.bytes.size()));
    q.bindValue(QStringLiteral(":at"), now);
    q.bindValue(QStringLiteral(":by"), source.importedBy);
    if (Status s = Sql::exec(q); !s)
        return R::failure(s.error());
    const qint64 sourceId = q.lastInsertId().toLongLong();

    if (Status s = Sql::prepare(q, kInsertPage); !s)
        return R::failure(s.error());
    q.bindValue(QStringLiteral(":source"), sourceId);
    q.bindValue(QStringLiteral(":text"), normalizedText);
    q.bindValue(QStringLiteral(":at"), now);
    if (Status s = Sql::exec(q); !s)
        return R::failure(s.error());
    const qint64 pageId = q.lastInsertId().toLongLong();

    if (auto written =
            writeStories(pageId, draft, {}, source.importedBy, now, QStringLiteral("import"));
        !written)
        return R::failure(written.error());

    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    return pageId;
}

Result<QVector<qint64>> PageRepository::writeStories(qint64 pageId, const PageDraft &draft,
                                                     const QSet<int> &skip, const QString &user,
                                                     const QString &now,
                                                     const QString &action) const
{
    using R = Result<QVector<qint64>>;
    const QSqlDatabase db = QSqlDatabase::database(m_db.connectionName());
    ImportStatements st(db);
    if (Status s = st.prepare(); !s)
        return R::failure(s.error());

    // Paragraph ids by story, for flags that point at another paragraph of this page.
    QVector<QVector<qint64>> pageParagraphIds(draft.stories.size());
    QVector<qint64> storyIds(draft.stories.size());
    for (int storyIndex = 0; storyIndex < draft.stories.size(); ++storyIndex) {
        const StoryDraft &story = draft.stories[storyIndex];
        if (skip.contains(storyIndex))
            continue;
        st.story.bindValue(QStringLiteral(":page"), pageId);
        st.story.bindValue(QStringLiteral(":position"), storyIndex);
        st.story.bindValue(QStringLiteral(":kicker"), Sql::nullable(story.kicker));
        st.story.bindValue(QStringLiteral(":headline"), Sql::nullable(story.headline));
        st.story.bindValue(QStringLiteral(":byline"), Sql::nullable(story.byline));
        if (Status s = Sql::exec(st.story); !s)
            return R::failure(s.error());
        const qint64 storyId = st.story.lastInsertId().toLongLong();

        StoryRecord snapshot;
        snapshot.summary.kicker = story.kicker;
        snapshot.summary.headline = story.headline;
        snapshot.summary.byline = story.byline;
        QVector<qint64> paragraphIds;
        paragraphIds.reserve(story.paragraphs.size());
        for (int i = 0; i < story.paragraphs.size(); ++i) {
            const ParagraphDraft &p = story.paragraphs[i];
            st.paragraph.bindValue(QStringLiteral(":story"), storyId);
            st.paragraph.bindValue(QStringLiteral(":position"), i);
            st.paragraph.bindValue(QStringLiteral(":text"), p.text);
            st.paragraph.bindValue(QStringLiteral(":spans"), Sql::spansToText(p.spans));
            st.paragraph.bindValue(QStringLiteral(":hash"), p.contentHash);
            if (Status s = Sql::exec(st.paragraph); !s)
                return R::failure(s.error());
            paragraphIds.push_back(st.paragraph.lastInsertId().toLongLong());
            for (qint64 key : p.indexKeys) {
                st.key.bindValue(QStringLiteral(":key"), key);
                st.key.bindValue(QStringLiteral(":paragraph"), paragraphIds.back());
                if (Status s = Sql::exec(st.key); !s)
                    return R::failure(s.error());
            }
            snapshot.paragraphs.push_back({paragraphIds.back(), i, p.text, p.spans});
        }

        for (const Decision &d : story.decisions) {
            st.decision.bindValue(QStringLiteral(":story"), storyId);
            st.decision.bindValue(QStringLiteral(":paragraph"), d.paragraph);
            st.decision.bindValue(QStringLiteral(":kind"), d.kind);
            st.decision.bindValue(QStringLiteral(":position"), d.position);
            st.decision.bindValue(QStringLiteral(":confidence"), d.confidence);
            st.decision.bindValue(QStringLiteral(":reason"), Sql::notNull(d.reason));
            st.decision.bindValue(QStringLiteral(":before"), Sql::notNull(d.before));
            st.decision.bindValue(QStringLiteral(":after"), Sql::notNull(d.after));
            st.decision.bindValue(QStringLiteral(":at"), now);
            if (Status s = Sql::exec(st.decision); !s)
                return R::failure(s.error());
        }

        st.revision.bindValue(QStringLiteral(":story"), storyId);
        st.revision.bindValue(QStringLiteral(":at"), now);
        st.revision.bindValue(QStringLiteral(":author"), user);
        st.revision.bindValue(QStringLiteral(":action"), action);
        st.revision.bindValue(QStringLiteral(":snapshot"),
                              QString::fromUtf8(StoryRepository::snapshot(snapshot)));
        if (Status s = Sql::exec(st.revision); !s)
            return R::failure(s.error());
        pageParagraphIds[storyIndex] = paragraphIds;
        storyIds[storyIndex] = storyId;

        const TagRepository tags(m_db);
        if (Status s = tags.writeTags(storyId, {story.district, story.themes}, user);
            !s)
            return R::failure(s.error());
        if (Status s = tags.reindexStory(storyId); !s)
            return R::failure(s.error());
    }

    // Flags last: a duplicate may point at a paragraph of a later story of this page.
    for (int storyIndex = 0; storyIndex < draft.stories.size(); ++storyIndex) {
        const StoryDraft &story = draft.stories[storyIndex];
        if (skip.contains(storyIndex))
            continue;
        const QVector<qint64> &paragraphIds = pageParagraphIds[storyIndex];
        const qint64 storyId = storyIds[storyIndex];
        for (const FlagDraft &f : story.flags) {
            const bool onParagraph = f.paragraph >= 0 && f.paragraph < paragraphIds.size();
            qint64 duplicateOf = f.duplicateOfParagraphId;
            if (f.duplicateOfStory >= 0 && f.duplicateOfStory < pageParagraphIds.size()
                && f.duplicateOfParagraph >= 0
                && f.duplicateOfParagraph < pageParagraphIds[f.duplicateOfStory].size())
                duplicateOf = pageParagraphIds[f.duplicateOfStory][f.duplicateOfParagraph];
            st.flag.bindValue(QStringLiteral(":page"), pageId);
            st.flag.bindValue(QStringLiteral(":story"), storyId);
            st.flag.bindValue(QStringLiteral(":paragraph"),
                              Sql::nullableId(onParagraph ? paragraphIds[f.paragraph] : 0));
            st.flag.bindValue(QStringLiteral(":kind"), f.kind);
            st.flag.bindValue(QStringLiteral(":start"), f.start);
            st.flag.bindValue(QStringLiteral(":length"), f.length);
            st.flag.bindValue(QStringLiteral(":text"), f.text);
            st.flag.bindValue(QStringLiteral(":suggestion"), Sql::nullable(f.suggestion));
            st.flag.bindValue(QStringLiteral(":reason"), f.reason);
            st.flag.bindValue(QStringLiteral(":confidence"), f.confidence);
            st.flag.bindValue(QStringLiteral(":dup"), Sql::nullableId(duplicateOf));
            st.flag.bindValue(QStringLiteral(":detail"), Sql::nullable(f.detail));
            st.flag.bindValue(QStringLiteral(":at"), now);
            if (Status s = Sql::exec(st.flag); !s)
                return R::failure(s.error());
        }
    }

    return storyIds;
}

Result<PageRepository::RecleanReport> PageRepository::replaceCleanup(qint64 pageId,
                                                                    const PageDraft &draft,
                                                                    const QString &user) const
{
    using R = Result<RecleanReport>;
    if (m_db.isReadOnly())
        return R::failure(QStringLiteral("the archive is open read-only"));
    const QSqlDatabase db = QSqlDatabase::database(m_db.connectionName());
    const QString now = Sql::toText(QDateTime::currentDateTimeUtc());
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return R::failure(s.error());

    QSqlQuery q(db);
    auto ids = [&](const QString &sql) -> Result<QVector<qint64>> {
        if (Status s = Sql::prepare(q, sql); !s)
            return Result<QVector<qint64>>::failure(s.error());
        q.bindValue(QStringLiteral(":page"), pageId);
        if (Status s = Sql::exec(q); !s)
            return Result<QVector<qint64>>::failure(s.error());
        QVector<qint64> out;
        while (q.next())
            out.push_back(q.value(0).toLongLong());
        return out;
    };
    auto all = ids(kPageStories);
    if (!all)
        return R::failure(all.error());
    if (all->isEmpty() && draft.stories.isEmpty())
        return R::failure(QStringLiteral("page %1 not found").arg(pageId));
    auto touched = ids(kTouchedStories);
    if (!touched)
        return R::failure(touched.error());

    // Where each kept story sits in the page text, to place the new stories around it and
    // to drop new stories that would repeat its text.
    QVector<QPair<int, qint64>> order; // first source offset, story id
    QVector<QVector<SourceSpan>> keptSpans;
    for (qint64 storyId : std::as_const(touched.value())) {
        if (Status s = Sql::prepare(q, kStorySpans); !s)
            return R::failure(s.error());
        q.bindValue(QStringLiteral(":story"), storyId);
        if (Status s = Sql::exec(q); !s)
            return R::failure(s.error());
        QVector<SourceSpan> spans;
        while (q.next())
            spans += Sql::spansFromText(q.value(0).toString());
        keptSpans.push_back(spans);
        order.push_back({firstStart(spans), storyId});
    }

    RecleanReport report;
    report.kept = touched->size();
    const QSet<qint64> keep(touched->begin(), touched->end());
    for (qint64 storyId : std::as_const(all.value())) {
        if (keep.contains(storyId))
            continue;
        for (const QString &sql : {kDeleteStoryKeys, kDeleteStorySearch, kDeleteStory}) {
            if (Status s = Sql::prepare(q, sql); !s)
                return R::failure(s.error());
            q.bindValue(QStringLiteral(":story"), storyId);
            if (Status s = Sql::exec(q); !s)
                return R::failure(s.error());
        }
        ++report.replaced;
    }

    QSet<int> skip;
    QVector<int> newFirst(draft.stories.size(), 0);
    for (int i = 0; i < draft.stories.size(); ++i) {
        QVector<SourceSpan> spans;
        for (const ParagraphDraft &p : draft.stories[i].paragraphs)
            spans += p.spans;
        newFirst[i] = firstStart(spans);
        for (const QVector<SourceSpan> &kept : std::as_const(keptSpans)) {
            if (overlaps(spans, kept)) {
                skip.insert(i);
                break;
            }
        }
    }
    report.added = int(draft.stories.size()) - int(skip.size());
    report.skipped = int(skip.size());
    auto written = writeStories(pageId, draft, skip, user, now, QStringLiteral("cleanup"));
    if (!written)
        return R::failure(written.error());

    // Reading order again: kept and new stories by where they start in the page text.
    for (int i = 0; i < draft.stories.size(); ++i) {
        if (!skip.contains(i))
            order.push_back({newFirst[i], written->at(i)});
    }
    std::stable_sort(order.begin(), order.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    if (Status s = Sql::prepare(q, kSetStoryPosition); !s)
        return R::failure(s.error());
    for (int i = 0; i < order.size(); ++i) {
        q.bindValue(QStringLiteral(":position"), i);
        q.bindValue(QStringLiteral(":story"), order[i].second);
        if (Status s = Sql::exec(q); !s)
            return R::failure(s.error());
    }
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    return report;
}

Result<QVector<PageSummary>> PageRepository::pages() const
{
    using R = Result<QVector<PageSummary>>;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    q.setForwardOnly(true);
    if (Status s = Sql::exec(q, kPageSummaries.arg(QStringLiteral("1"))); !s)
        return R::failure(s.error());
    QVector<PageSummary> out;
    while (q.next())
        out.push_back(readPageSummary(q));
    return out;
}

Result<PageSummary> PageRepository::page(qint64 pageId) const
{
    using R = Result<PageSummary>;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = Sql::prepare(q, kPageSummaries.arg(QStringLiteral("p.id = :page"))); !s)
        return R::failure(s.error());
    q.bindValue(QStringLiteral(":page"), pageId);
    if (Status s = Sql::exec(q); !s)
        return R::failure(s.error());
    if (!q.next())
        return R::failure(QStringLiteral("page %1 not found").arg(pageId));
    return readPageSummary(q);
}

Result<QVector<qint64>> PageRepository::pageIds() const
{
    using R = Result<QVector<qint64>>;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = Sql::exec(q, kPageIds); !s)
        return R::failure(s.error());
    QVector<qint64> out;
    while (q.next())
        out.push_back(q.value(0).toLongLong());
    return out;
}

Result<QByteArray> PageRepository::rawBytes(qint64 pageId) const
{
    using R = Result<QByteArray>;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = Sql::prepare(q, kRawBytes); !s)
        return R::failure(s.error());
    q.bindValue(QStringLiteral(":page"), pageId);
    if (Status s = Sql::exec(q); !s)
        return R::failure(s.error());
    if (!q.next())
        return R::failure(QStringLiteral("page %1 not found").arg(pageId));
    return q.value(0).toByteArray();
}

Result<QString> PageRepository::normalizedText(qint64 pageId) const
{
    using R = Result<QString>;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = Sql::prepare(q, kNormalizedText); !s)
        return R::failure(s.error());
    q.bindValue(QStringLiteral(":page"), pageId);
    if (Status s = Sql::exec(q); !s)
        return R::failure(s.error());
    if (!q.next())
        return R::failure(QStringLiteral("page %1 not found").arg(pageId));
    return q.value(0).toString();
}

Result<PageRecord> PageRepository::loadPage(qint64 pageId) const
{
    using R = Result<PageRecord>;
    auto summary = page(pageId);
    if (!summary)
        return R::failure(summary.error());
    auto stories = StoryRepository(m_db).storiesWithContent(pageId);
    if (!stories)
        return R::failure(stories.error());
    return PageRecord{summary.value(), stories.value()};
}

Result<PageRepository::Counts> PageRepository::counts() const
{
    using R = Result<Counts>;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = Sql::exec(q, kCounts); !s)
        return R::failure(s.error());
    if (!q.next())
        return R::failure(QStringLiteral("no counts"));
    return Counts{q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt()};
}

} // namespace Copydesk
