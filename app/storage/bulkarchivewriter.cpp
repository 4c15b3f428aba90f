// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkarchivewriter.h"

#include "database.h"
#include "sqlutil.h"

#include <QSqlDatabase>

namespace Copydesk {

namespace {
const QString kSource = QStringLiteral(
    "INSERT INTO sources (file_name, sha256, encoding, raw, byte_size, imported_at, imported_by) "
    "VALUES (:name, :sha, :encoding, :raw, :size, :at, :by)");
const QString kPage = QStringLiteral(
    "INSERT INTO pages (source_id, normalized_text, created_at) VALUES (:source, '', :at)");
const QString kStory = QStringLiteral(
    "INSERT INTO stories (page_id, position, kicker, headline, byline) "
    "VALUES (:page, :position, :kicker, :headline, :byline)");
const QString kParagraph = QStringLiteral(
    "INSERT INTO paragraphs (story_id, position, text) VALUES (:story, :position, :text)");
const QString kIndex = QStringLiteral(
    "INSERT INTO story_search (rowid, headline, body) VALUES (:story, :headline, :body)");
const QString kTag = QStringLiteral(
    "INSERT INTO story_tags (story_id, kind, code, label, confirmed, rank, score, reason) "
    "VALUES (:story, :kind, :code, :label, :confirmed, :rank, :score, :reason)");
} // namespace

struct BulkArchiveWriter::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : source(db), page(db), story(db), paragraph(db), index(db), tag(db)
    {
    }
    Status prepare()
    {
        for (auto [q, sql] : {std::pair{&source, &kSource}, std::pair{&page, &kPage},
                              std::pair{&story, &kStory}, std::pair{&paragraph, &kParagraph},
                              std::pair{&index, &kIndex}, std::pair{&tag, &kTag}}) {
            if (Status s = Sql::prepare(*q, *sql); !s)
                return s;
        }
        return success();
    }
    QSqlQuery source, page, story, paragraph, index, tag;
    std::unique_ptr<Transaction> tx;
};

BulkArchiveWriter::BulkArchiveWriter(const Database &db) : m_db(db) {}

BulkArchiveWriter::~BulkArchiveWriter() = default;

Status BulkArchiveWriter::begin()
{
    if (m_db.isReadOnly())
        return failure(QStringLiteral("the archive is open read-only"));
    m_st = std::make_unique<Statements>(QSqlDatabase::database(m_db.connectionName()));
    m_st->tx = std::make_unique<Transaction>(m_db);
    if (Status s = m_st->tx->begin(); !s)
        return s;
    return m_st->prepare();
}

Result<qint64> BulkArchiveWriter::addPage(const NewSource &source, const PageDraft &draft)
{
    using R = Result<qint64>;
    if (!m_st)
        return R::failure(QStringLiteral("bulk write not begun"));
    const QString now = Sql::toText(QDateTime::currentDateTimeUtc());
    QSqlQuery &src = m_st->source;
    src.bindValue(QStringLiteral(":name"), source.fileName);
    src.bindValue(QStringLiteral(":sha"), source.sha256);
    src.bindValue(QStringLiteral(":encoding"), source.encoding);
    src.bindValue(QStringLiteral(":raw"), source.bytes);
    src.bindValue(QStringLiteral(":size"), qint64(source.bytes.size()));
    src.bindValue(QStringLiteral(":at"), now);
    src.bindValue(QStringLiteral(":by"), source.importedBy);
    if (Status s = Sql::exec(src); !s)
        return R::failure(s.error());
    QSqlQuery &page = m_st->page;
    page.bindValue(QStringLiteral(":source"), src.lastInsertId());
    page.bindValue(QStringLiteral(":at"), now);
    if (Status s = Sql::exec(page); !s)
        return R::failure(s.error());
    const qint64 pageId = page.lastInsertId().toLongLong();

    for (int position = 0; position < draft.stories.size(); ++position) {
        const StoryDraft &story = draft.stories[position];
        QSqlQuery &st = m_st->story;
        st.bindValue(QStringLiteral(":page"), pageId);
        st.bindValue(QStringLiteral(":position"), position);
        st.bindValue(QStringLiteral(":kicker"), Sql::nullable(story.kicker));
        st.bindValue(QStringLiteral(":headline"), Sql::nullable(story.headline));
        st.bindValue(QStringLiteral(":byline"), Sql::nullable(story.byline));
        if (Status s = Sql::exec(st); !s)
            return R::failure(s.error());
        const qint64 storyId = st.lastInsertId().toLongLong();
        QStringList body;
        for (int p = 0; p < story.paragraphs.size(); ++p) {
            QSqlQuery &para = m_st->paragraph;
            para.bindValue(QStringLiteral(":story"), storyId);
            para.bindValue(QStringLiteral(":position"), p);
            para.bindValue(QStringLiteral(":text"), story.paragraphs[p].text);
            if (Status s = Sql::exec(para); !s)
                return R::failure(s.error());
            body << story.paragraphs[p].text;
        }
        QSqlQuery &index = m_st->index;
        index.bindValue(QStringLiteral(":story"), storyId);
        index.bindValue(QStringLiteral(":headline"), Sql::notNull(story.headline));
        index.bindValue(QStringLiteral(":body"), body.join(QLatin1Char('\n')));
        if (Status s = Sql::exec(index); !s)
            return R::failure(s.error());
        auto tag = [&](const char *kind, const QString &code, const QString &label,
                       bool confirmed, int rank, double score, const QString &reason) {
            QSqlQuery &t = m_st->tag;
            t.bindValue(QStringLiteral(":story"), storyId);
            t.bindValue(QStringLiteral(":kind"), QString::fromLatin1(kind));
            t.bindValue(QStringLiteral(":code"), code);
            t.bindValue(QStringLiteral(":label"), Sql::notNull(label));
            t.bindValue(QStringLiteral(":confirmed"), confirmed ? 1 : 0);
            t.bindValue(QStringLiteral(":rank"), rank);
            t.bindValue(QStringLiteral(":score"), score);
            t.bindValue(QStringLiteral(":reason"), Sql::nullable(reason));
            return Sql::exec(t);
        };
        if (story.district) {
            if (Status s = tag("district", story.district->code, story.district->path,
                               story.district->confirmed, 0, 0, story.district->reason);
                !s)
                return R::failure(s.error());
        }
        for (int i = 0; i < story.themes.size(); ++i) {
            const ThemeTag &t = story.themes[i];
            if (Status s = tag("theme", t.code, t.label, t.confirmed, i, t.score, QString()); !s)
                return R::failure(s.error());
        }
    }
    return pageId;
}

Status BulkArchiveWriter::commit()
{
    if (!m_st)
        return failure(QStringLiteral("bulk write not begun"));
    const Status s = m_st->tx->commit();
    m_st.reset();
    return s;
}

} // namespace Copydesk
