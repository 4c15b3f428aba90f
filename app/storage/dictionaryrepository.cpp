// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dictionaryrepository.h"

#include "database.h"
#include "settingsrepository.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Copydesk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::DictionaryRepository)
};

const QString kAddWord =
    QStringLiteral("INSERT INTO dictionary_words (language, word, added_by, added_at) "
                   "VALUES (:language, :word, :by, :at) ON CONFLICT (language, word) DO NOTHING");
const QString kRemoveWord =
    QStringLiteral("DELETE FROM dictionary_words WHERE language = :language AND word = :word");
const QString kWords = QStringLiteral(
    "SELECT word, added_by, added_at FROM dictionary_words WHERE language = :language "
    "ORDER BY word");
const QString kPageLanguage = QStringLiteral("SELECT language FROM pages WHERE id = :id");
const QString kSetPageLanguage =
    QStringLiteral("UPDATE pages SET language = :language WHERE id = :id");
const QString kStoryLanguage =
    QStringLiteral("SELECT s.language, p.language FROM stories s JOIN pages p ON p.id = s.page_id "
                   "WHERE s.id = :id");
const QString kSetStoryLanguage =
    QStringLiteral("UPDATE stories SET language = :language WHERE id = :id");

Status writable(const Database &db)
{
    if (db.isReadOnly())
        return failure(Tr::tr("The archive is open read-only."));
    return success();
}

// `notFound`: the message for a missing row, with %1 for the id.
Status setLanguage(const Database &db, const QString &sql, qint64 id, const QString &language,
                   const QString &notFound)
{
    if (Status s = writable(db); !s)
        return s;
    QSqlQuery q(QSqlDatabase::database(db.connectionName()));
    if (Status s = Sql::prepare(q, sql); !s)
        return s;
    q.bindValue(QStringLiteral(":language"), language.trimmed().isEmpty()
                                                 ? QVariant(QMetaType(QMetaType::QString))
                                                 : QVariant(language.trimmed()));
    q.bindValue(QStringLiteral(":id"), id);
    if (Status s = Sql::exec(q); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return failure(notFound.arg(id));
    return success();
}
} // namespace

Status DictionaryRepository::addWord(const QString &language, const QString &word,
                                     const QString &user) const
{
    if (Status s = writable(m_db); !s)
        return s;
    const QString w = word.trimmed();
    if (w.isEmpty() || language.isEmpty())
        return failure(Tr::tr("A dictionary word needs a language and a word."));
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = Sql::prepare(q, kAddWord); !s)
        return s;
    q.bindValue(QStringLiteral(":language"), language);
    q.bindValue(QStringLiteral(":word"), w);
    q.bindValue(QStringLiteral(":by"), Sql::notNull(user));
    q.bindValue(QStringLiteral(":at"), Sql::toText(QDateTime::currentDateTimeUtc()));
    return Sql::exec(q);
}

Status DictionaryRepository::removeWord(const QString &language, const QString &word) const
{
    if (Status s = writable(m_db); !s)
        return s;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = Sql::prepare(q, kRemoveWord); !s)
        return s;
    q.bindValue(QStringLiteral(":language"), language);
    q.bindValue(QStringLiteral(":word"), word.trimmed());
    return Sql::exec(q);
}

Result<QVector<DictionaryWordRecord>> DictionaryRepository::entries(const QString &language) const
{
    using R = Result<QVector<DictionaryWordRecord>>;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = Sql::prepare(q, kWords); !s)
        return R::failure(s.error());
    q.bindValue(QStringLiteral(":language"), language);
    if (Status s = Sql::exec(q); !s)
        return R::failure(s.error());
    QVector<DictionaryWordRecord> out;
    while (q.next())
        out.push_back({language, q.value(0).toString(), q.value(1).toString(),
                       Sql::fromText(q.value(2).toString())});
    return out;
}

Result<QStringList> DictionaryRepository::words(const QString &language) const
{
    auto all = entries(language);
    if (!all)
        return Result<QStringList>::failure(all.error());
    QStringList out;
    out.reserve(all->size());
    for (const DictionaryWordRecord &r : all.value())
        out << r.word;
    return out;
}

Result<QString> DictionaryRepository::pageLanguage(qint64 pageId) const
{
    using R = Result<QString>;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = Sql::prepare(q, kPageLanguage); !s)
        return R::failure(s.error());
    q.bindValue(QStringLiteral(":id"), pageId);
    if (Status s = Sql::exec(q); !s)
        return R::failure(s.error());
    if (!q.next())
        return R::failure(Tr::tr("Page %1 not found.").arg(pageId));
    return q.value(0).toString();
}

Status DictionaryRepository::setPageLanguage(qint64 pageId, const QString &language) const
{
    return setLanguage(m_db, kSetPageLanguage, pageId, language, Tr::tr("Page %1 not found."));
}

Result<QString> DictionaryRepository::storyLanguage(qint64 storyId) const
{
    using R = Result<QString>;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = Sql::prepare(q, kStoryLanguage); !s)
        return R::failure(s.error());
    q.bindValue(QStringLiteral(":id"), storyId);
    if (Status s = Sql::exec(q); !s)
        return R::failure(s.error());
    if (!q.next())
        return R::failure(Tr::tr("Story %1 not found.").arg(storyId));
    return q.value(0).toString();
}

Status DictionaryRepository::setStoryLanguage(qint64 storyId, const QString &language) const
{
    return setLanguage(m_db, kSetStoryLanguage, storyId, language, Tr::tr("Story %1 not found."));
}

Result<QString> DictionaryRepository::effectiveLanguage(qint64 storyId,
                                                        const QString &fallback) const
{
    using R = Result<QString>;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = Sql::prepare(q, kStoryLanguage); !s)
        return R::failure(s.error());
    q.bindValue(QStringLiteral(":id"), storyId);
    if (Status s = Sql::exec(q); !s)
        return R::failure(s.error());
    if (!q.next())
        return R::failure(Tr::tr("Story %1 not found.").arg(storyId));
    for (int column : {0, 1}) {
        const QString language = q.value(column).toString();
        if (!language.isEmpty())
            return language;
    }
    return SettingsRepository(m_db).value(QString::fromLatin1(SettingsRepository::SpellingLanguage),
                                          fallback);
}

} // namespace Copydesk
