// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagrepository.h"

#include "database.h"
#include "sqlutil.h"

#include <QSqlDatabase>

namespace Copydesk {

namespace {
const QString kTags = QStringLiteral(
    "SELECT t.story_id, t.kind, t.code, t.label, t.confirmed, t.score, t.reason FROM story_tags t "
    "WHERE %1 ORDER BY t.story_id, t.kind, t.rank");
const QString kDelete = QStringLiteral("DELETE FROM story_tags WHERE story_id = :story");
const QString kInsert = QStringLiteral(
    "INSERT INTO story_tags (story_id, kind, code, label, confirmed, rank, score, reason, "
    "decided_by, decided_at) VALUES (:story, :kind, :code, :label, :confirmed, :rank, :score, "
    ":reason, :by, :at)");
// count(*) rather than count(DISTINCT story_id): a story has one tag per code, and the
// index on (kind, code) then answers alone, without reading 100k rows.
const QString kCounts = QStringLiteral(
    "SELECT code, count(*) FROM story_tags WHERE kind = 'district' GROUP BY code ORDER BY code");
const QString kThemeCounts = QStringLiteral(
    "SELECT code, count(*) FROM story_tags WHERE kind = 'theme' GROUP BY code");
// Per-hit columns of searchHits(): correlated look-ups by story, cheap for a page of results.
const QString kHitColumns = QStringLiteral(
    "s.id, s.page_id, s.position, coalesce(s.headline, ''), "
    "(SELECT d.label FROM story_tags d WHERE d.story_id = s.id AND d.kind = 'district'), "
    "(SELECT d.confirmed FROM story_tags d WHERE d.story_id = s.id AND d.kind = 'district'), "
    "(SELECT t.label FROM story_tags t WHERE t.story_id = s.id AND t.kind = 'theme' "
    "ORDER BY t.rank LIMIT 1)");
// Two plain look-ups by story: an ordered sub-select joined to `stories` would sort the whole
// paragraphs table for every story indexed (quadratic over an import).
const QString kStoryHeadline =
    QStringLiteral("SELECT coalesce(headline, '') FROM stories WHERE id = :story");
const QString kStoryParagraphs = QStringLiteral(
    "SELECT text FROM paragraphs WHERE story_id = :story AND removed = 0 ORDER BY position");
const QString kUnindex = QStringLiteral("DELETE FROM story_search WHERE rowid = :story");
const QString kIndex = QStringLiteral(
    "INSERT INTO story_search (rowid, headline, body) VALUES (:story, :headline, :body)");

constexpr char kDistrict[] = "district";
constexpr char kTheme[] = "theme";

void readTag(const QSqlQuery &q, StoryTagSet &set)
{
    const QString kind = q.value(1).toString();
    if (kind == QLatin1String(kDistrict)) {
        set.district = DistrictTag{q.value(3).toString(), q.value(2).toString(),
                                   q.value(4).toBool(), q.value(6).toString()};
    } else {
        set.themes.push_back(ThemeTag{q.value(2).toString(), q.value(3).toString(),
                                      q.value(4).toBool(), q.value(5).toDouble()});
    }
}
} // namespace

Result<StoryTagSet> TagRepository::tags(qint64 storyId) const
{
    using R = Result<StoryTagSet>;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = Sql::prepare(q, kTags.arg(QStringLiteral("t.story_id = :story"))); !s)
        return R::failure(s.error());
    q.bindValue(QStringLiteral(":story"), storyId);
    if (Status s = Sql::exec(q); !s)
        return R::failure(s.error());
    StoryTagSet set;
    while (q.next())
        readTag(q, set);
    return set;
}

Result<QHash<qint64, StoryTagSet>> TagRepository::tagsOfPage(qint64 pageId) const
{
    using R = Result<QHash<qint64, StoryTagSet>>;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = Sql::prepare(q, kTags.arg(QStringLiteral(
                                       "t.story_id IN (SELECT id FROM stories WHERE page_id = :page)")));
        !s)
        return R::failure(s.error());
    q.bindValue(QStringLiteral(":page"), pageId);
    if (Status s = Sql::exec(q); !s)
        return R::failure(s.error());
    QHash<qint64, StoryTagSet> out;
    while (q.next())
        readTag(q, out[q.value(0).toLongLong()]);
    return out;
}

Status TagRepository::writeTags(qint64 storyId, const StoryTagSet &tags, const QString &user) const
{
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = Sql::prepare(q, kDelete); !s)
        return s;
    q.bindValue(QStringLiteral(":story"), storyId);
    if (Status s = Sql::exec(q); !s)
        return s;
    if (Status s = Sql::prepare(q, kInsert); !s)
        return s;
    const QString now = Sql::toText(QDateTime::currentDateTimeUtc());
    auto insert = [&](const QString &kind, const QString &code, const QString &label,
                      bool confirmed, int rank, double score, const QString &reason) {
        q.bindValue(QStringLiteral(":story"), storyId);
        q.bindValue(QStringLiteral(":kind"), kind);
        q.bindValue(QStringLiteral(":code"), Sql::notNull(code));
        q.bindValue(QStringLiteral(":label"), Sql::notNull(label));
        q.bindValue(QStringLiteral(":confirmed"), confirmed ? 1 : 0);
        q.bindValue(QStringLiteral(":rank"), rank);
        q.bindValue(QStringLiteral(":score"), score);
        q.bindValue(QStringLiteral(":reason"), Sql::nullable(reason));
        q.bindValue(QStringLiteral(":by"), confirmed ? QVariant(user) : QVariant());
        q.bindValue(QStringLiteral(":at"), confirmed ? QVariant(now) : QVariant());
        return Sql::exec(q);
    };
    if (tags.district) {
        if (Status s = insert(QString::fromLatin1(kDistrict), tags.district->code,
                              tags.district->path, tags.district->confirmed, 0, 0,
                              tags.district->reason);
            !s)
            return s;
    }
    for (int i = 0; i < tags.themes.size(); ++i) {
        const ThemeTag &t = tags.themes[i];
        if (Status s = insert(QString::fromLatin1(kTheme), t.code, t.label, t.confirmed, i,
                              t.score, QString());
            !s)
            return s;
    }
    return success();
}

Status TagRepository::setTags(qint64 storyId, const StoryTagSet &tags, const QString &user) const
{
    if (m_db.isReadOnly())
        return failure(QStringLiteral("the archive is open read-only"));
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    if (Status s = writeTags(storyId, tags, user); !s)
        return s;
    return tx.commit();
}

Status TagRepository::confirmDistrict(qint64 storyId, const DistrictTag &district,
                                      const QString &user) const
{
    auto current = tags(storyId);
    if (!current)
        return failure(current.error());
    StoryTagSet set = current.value();
    set.district = district;
    set.district->confirmed = true;
    return setTags(storyId, set, user);
}

Status TagRepository::confirmThemes(qint64 storyId, const QVector<ThemeTag> &themes,
                                    const QString &user) const
{
    auto current = tags(storyId);
    if (!current)
        return failure(current.error());
    StoryTagSet set = current.value();
    set.themes = themes;
    for (ThemeTag &t : set.themes)
        t.confirmed = true;
    return setTags(storyId, set, user);
}

Result<QVector<DistrictCount>> TagRepository::districtCounts() const
{
    using R = Result<QVector<DistrictCount>>;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = Sql::exec(q, kCounts); !s)
        return R::failure(s.error());
    QVector<DistrictCount> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toInt()});
    return out;
}

namespace {
const QString kDistrictTagCount = QStringLiteral(
    "SELECT count(*) FROM story_tags WHERE kind = 'district' AND code >= :district AND "
    "code < :districtEnd");
const QString kStoryIdRange = QStringLiteral("SELECT coalesce(max(id), 0) FROM stories");

// Whether scanning stories newest first finds `limit` of the district's sooner than reading
// all its tags: m tagged stories among n cost about n * limit / m story checks against m tag
// reads, each about five times dearer (both counted from indexes, at once).
bool districtIsLarge(const QString &connection, const QString &code, int limit)
{
    QSqlQuery q(QSqlDatabase::database(connection));
    if (!q.prepare(kDistrictTagCount))
        return false;
    q.bindValue(QStringLiteral(":district"), code);
    q.bindValue(QStringLiteral(":districtEnd"), QString(code + QChar(0xFFFF)));
    if (!q.exec() || !q.next())
        return false;
    const double tagged = q.value(0).toDouble();
    if (!q.exec(kStoryIdRange) || !q.next())
        return false;
    const double stories = q.value(0).toDouble();
    return tagged * tagged * 5 > stories * limit;
}

// Runs the search with `columns` selected; `read` takes each row.
template<typename Read>
Status runSearch(const QString &connection, const SearchFilter &filter, const QString &columns,
                 Read read)
{
    QStringList where;
    QString from = QStringLiteral("stories s");
    const QString text = filter.text.trimmed();
    // Trigrams need three characters; a shorter query (two-character Chinese words are
    // common) scans with LIKE instead, which the trigram index also serves.
    const bool shortQuery = !text.isEmpty() && text.size() < 3;
    if (!text.isEmpty()) {
        from += QStringLiteral(" JOIN story_search f ON f.rowid = s.id");
        where << (shortQuery ? QStringLiteral("(f.headline LIKE :like ESCAPE '\\' OR "
                                              "f.body LIKE :like ESCAPE '\\')")
                             : QStringLiteral("story_search MATCH :query"));
    }
    // Two plans for each tag filter. Checking each candidate through the story's own tags
    // (story_tags_story) suits few candidates: FTS matches, or stories scanned newest first
    // when a district holds so many of them that `limit` are found early (not with a LIKE
    // query, whose every candidate costs a scan of its text). The expressions on
    // `code` keep SQLite from using the (kind, code) index there, which would scan a whole
    // province's tags again for every candidate. Otherwise uncorrelated IN sub-selects yield
    // each set of stories once from the (kind, code) index.
    const bool useMatch = !text.isEmpty() && !shortQuery;
    const bool perStoryDistrict =
        !filter.districtCode.isEmpty()
        && (useMatch
            || (text.isEmpty() && districtIsLarge(connection, filter.districtCode, filter.limit)));
    if (!filter.districtCode.isEmpty())
        where << (!perStoryDistrict
                      ? QStringLiteral("s.id IN (SELECT d.story_id FROM story_tags d WHERE "
                                       "d.kind = 'district' AND d.code >= :district AND "
                                       "d.code < :districtEnd)")
                      : QStringLiteral("EXISTS (SELECT 1 FROM story_tags d WHERE d.story_id = "
                                       "s.id AND d.kind = 'district' AND "
                                       "substr(d.code, 1, :districtLength) = :district)"));
    if (!filter.themeCode.isEmpty())
        where << (!useMatch
                      ? QStringLiteral("s.id IN (SELECT t.story_id FROM story_tags t WHERE "
                                       "t.kind = 'theme' AND t.code = :theme)")
                      : QStringLiteral("EXISTS (SELECT 1 FROM story_tags t WHERE t.story_id = "
                                       "s.id AND t.kind = 'theme' AND t.code || '' = :theme)"));
    if (filter.pageId > 0)
        where << QStringLiteral("s.page_id = :page");
    const QString sql =
        QStringLiteral("SELECT %1 FROM %2 %3 ORDER BY s.page_id DESC, s.position LIMIT :limit")
            .arg(columns, from,
                 where.isEmpty() ? QString()
                                 : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")));
    QSqlQuery q(QSqlDatabase::database(connection));
    q.setForwardOnly(true);
    if (Status s = Sql::prepare(q, sql); !s)
        return s;
    if (shortQuery) {
        QString pattern = text;
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        q.bindValue(QStringLiteral(":like"),
                    QString(QLatin1Char('%') + pattern + QLatin1Char('%')));
    } else if (!text.isEmpty()) {
        // A phrase query: the user's text is data, quoted for FTS5, never syntax.
        QString phrase = text;
        phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        q.bindValue(QStringLiteral(":query"), QStringLiteral("\"%1\"").arg(phrase));
    }
    if (!filter.districtCode.isEmpty()) {
        // Codes of places inside a district start with its code: a prefix range.
        q.bindValue(QStringLiteral(":district"), filter.districtCode);
        if (!perStoryDistrict)
            q.bindValue(QStringLiteral(":districtEnd"),
                        QString(filter.districtCode + QChar(0xFFFF)));
        else
            q.bindValue(QStringLiteral(":districtLength"), int(filter.districtCode.size()));
    }
    if (!filter.themeCode.isEmpty())
        q.bindValue(QStringLiteral(":theme"), filter.themeCode);
    if (filter.pageId > 0)
        q.bindValue(QStringLiteral(":page"), filter.pageId);
    q.bindValue(QStringLiteral(":limit"), filter.limit);
    if (Status s = Sql::exec(q); !s)
        return s;
    while (q.next())
        read(q);
    return success();
}
} // namespace

Result<QVector<qint64>> TagRepository::search(const SearchFilter &filter) const
{
    QVector<qint64> out;
    if (Status s = runSearch(m_db.connectionName(), filter, QStringLiteral("s.id"),
                             [&out](const QSqlQuery &q) { out.push_back(q.value(0).toLongLong()); });
        !s)
        return Result<QVector<qint64>>::failure(s.error());
    return out;
}

Result<QVector<SearchHit>> TagRepository::searchHits(const SearchFilter &filter) const
{
    QVector<SearchHit> out;
    auto read = [&out](const QSqlQuery &q) {
        out.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(),
                       q.value(3).toString(), q.value(4).toString(), q.value(5).toBool(),
                       q.value(6).toString()});
    };
    if (Status s = runSearch(m_db.connectionName(), filter, kHitColumns, read); !s)
        return Result<QVector<SearchHit>>::failure(s.error());
    return out;
}

Result<QVector<ThemeCount>> TagRepository::themeCounts() const
{
    using R = Result<QVector<ThemeCount>>;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    q.setForwardOnly(true);
    if (Status s = Sql::exec(q, kThemeCounts); !s)
        return R::failure(s.error());
    QVector<ThemeCount> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toInt()});
    return out;
}

Status TagRepository::reindexStory(qint64 storyId) const
{
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = Sql::prepare(q, kStoryHeadline); !s)
        return s;
    q.bindValue(QStringLiteral(":story"), storyId);
    if (Status s = Sql::exec(q); !s)
        return s;
    if (!q.next())
        return success();
    const QString headline = q.value(0).toString();
    if (Status s = Sql::prepare(q, kStoryParagraphs); !s)
        return s;
    q.bindValue(QStringLiteral(":story"), storyId);
    if (Status s = Sql::exec(q); !s)
        return s;
    QStringList paragraphs;
    while (q.next())
        paragraphs << q.value(0).toString();
    return indexStory(storyId, headline, paragraphs.join(QLatin1Char('\n')));
}

Status TagRepository::indexStory(qint64 storyId, const QString &headline,
                                 const QString &body) const
{
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = Sql::prepare(q, kUnindex); !s)
        return s;
    q.bindValue(QStringLiteral(":story"), storyId);
    if (Status s = Sql::exec(q); !s)
        return s;
    if (Status s = Sql::prepare(q, kIndex); !s)
        return s;
    q.bindValue(QStringLiteral(":story"), storyId);
    q.bindValue(QStringLiteral(":headline"), headline);
    q.bindValue(QStringLiteral(":body"), body);
    return Sql::exec(q);
}

} // namespace Copydesk
