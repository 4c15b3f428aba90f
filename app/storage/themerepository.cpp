// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "themerepository.h"

#include "database.h"
#include "sqlutil.h"

#include <QSqlDatabase>

namespace Copydesk {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT code, coalesce(parent_code, ''), label_zh, label_en, keywords, origin, retired, "
    "coalesce(merged_into, '') FROM themes ORDER BY rowid");
const QString kCount = QStringLiteral("SELECT count(*) FROM themes");
const QString kSeed = QStringLiteral(
    "INSERT INTO themes (code, parent_code, label_en, label_zh, keywords, origin, retired, "
    "merged_into, updated_by, updated_at) VALUES (:code, :parent, :en, :zh, :keywords, :origin, "
    ":retired, :merged, :by, :at) ON CONFLICT (code) DO NOTHING");
const QString kUpsert = QStringLiteral(
    "INSERT INTO themes (code, parent_code, label_en, label_zh, keywords, origin, retired, "
    "merged_into, updated_by, updated_at) VALUES (:code, :parent, :en, :zh, :keywords, :origin, "
    ":retired, :merged, :by, :at) ON CONFLICT (code) DO UPDATE SET "
    "parent_code = excluded.parent_code, label_en = excluded.label_en, "
    "label_zh = excluded.label_zh, keywords = excluded.keywords, retired = excluded.retired, "
    "merged_into = excluded.merged_into, updated_by = excluded.updated_by, "
    "updated_at = excluded.updated_at");
const QString kRelabel = QStringLiteral(
    "UPDATE story_tags SET label = :label WHERE kind = 'theme' AND code = :code AND "
    "label <> :label");
// A story tagged with both themes keeps the target's tag, confirmed if either was.
const QString kConfirmTarget = QStringLiteral(
    "UPDATE story_tags SET confirmed = 1 WHERE kind = 'theme' AND code = :into AND "
    "confirmed = 0 AND story_id IN (SELECT story_id FROM story_tags WHERE kind = 'theme' AND "
    "code = :from AND confirmed = 1)");
const QString kDropDoubles = QStringLiteral(
    "DELETE FROM story_tags WHERE kind = 'theme' AND code = :from AND story_id IN "
    "(SELECT story_id FROM story_tags WHERE kind = 'theme' AND code = :into)");
const QString kMoveTags = QStringLiteral(
    "UPDATE story_tags SET code = :into, label = :label WHERE kind = 'theme' AND code = :from");

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

Status bindAndExec(QSqlQuery &q, const ThemeRecord &t, const QString &user, const QString &now)
{
    q.bindValue(QStringLiteral(":code"), t.code);
    q.bindValue(QStringLiteral(":parent"), nullIfEmpty(t.parent));
    q.bindValue(QStringLiteral(":en"), Sql::notNull(t.labelEn));
    q.bindValue(QStringLiteral(":zh"), Sql::notNull(t.labelZh));
    q.bindValue(QStringLiteral(":keywords"),
                Sql::notNull(ThemeRepository::keywordsToText(t.keywords, t.weakKeywords)));
    q.bindValue(QStringLiteral(":origin"),
                t.origin.isEmpty() ? QStringLiteral("desk") : t.origin);
    q.bindValue(QStringLiteral(":retired"), t.retired ? 1 : 0);
    q.bindValue(QStringLiteral(":merged"), nullIfEmpty(t.mergedInto));
    q.bindValue(QStringLiteral(":by"), nullIfEmpty(user));
    q.bindValue(QStringLiteral(":at"), now);
    return Sql::exec(q);
}

// Topics first: a sub-theme's parent must exist before it (foreign key).
QVector<ThemeRecord> topicsFirst(const QVector<ThemeRecord> &themes)
{
    QVector<ThemeRecord> ordered;
    for (const ThemeRecord &t : themes) {
        if (t.parent.isEmpty())
            ordered.append(t);
    }
    for (const ThemeRecord &t : themes) {
        if (!t.parent.isEmpty())
            ordered.append(t);
    }
    return ordered;
}
} // namespace

QString ThemeRepository::keywordsToText(const QStringList &keywords, const QStringList &weak)
{
    QStringList lines = keywords;
    for (const QString &w : weak)
        lines.append(QLatin1Char('~') + w);
    return lines.join(QLatin1Char('\n'));
}

void ThemeRepository::keywordsFromText(const QString &text, QStringList *keywords,
                                       QStringList *weak)
{
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QLatin1Char('~')))
            weak->append(line.mid(1));
        else
            keywords->append(line);
    }
}

Result<QVector<ThemeRecord>> ThemeRepository::themes() const
{
    using R = Result<QVector<ThemeRecord>>;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    q.setForwardOnly(true);
    if (Status s = Sql::exec(q, kSelect); !s)
        return R::failure(s.error());
    QVector<ThemeRecord> out;
    while (q.next()) {
        ThemeRecord t;
        t.code = q.value(0).toString();
        t.parent = q.value(1).toString();
        t.labelZh = q.value(2).toString();
        t.labelEn = q.value(3).toString();
        keywordsFromText(q.value(4).toString(), &t.keywords, &t.weakKeywords);
        t.origin = q.value(5).toString();
        t.retired = q.value(6).toBool();
        t.mergedInto = q.value(7).toString();
        out.append(t);
    }
    return out;
}

Result<int> ThemeRepository::count() const
{
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = Sql::exec(q, kCount); !s)
        return Result<int>::failure(s.error());
    return q.next() ? q.value(0).toInt() : 0;
}

Status ThemeRepository::seed(const QVector<ThemeRecord> &themes, const QString &user) const
{
    if (m_db.isReadOnly())
        return failure(QStringLiteral("the archive is open read-only"));
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = Sql::prepare(q, kSeed); !s)
        return s;
    const QString now = Sql::toText(QDateTime::currentDateTimeUtc());
    for (const ThemeRecord &t : topicsFirst(themes)) {
        if (Status s = bindAndExec(q, t, user, now); !s)
            return s;
    }
    return tx.commit();
}

Status ThemeRepository::write(const QVector<ThemeRecord> &themes, const QString &user) const
{
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    QSqlQuery relabel(QSqlDatabase::database(m_db.connectionName()));
    if (Status s = Sql::prepare(q, kUpsert); !s)
        return s;
    if (Status s = Sql::prepare(relabel, kRelabel); !s)
        return s;
    const QString now = Sql::toText(QDateTime::currentDateTimeUtc());
    for (const ThemeRecord &t : topicsFirst(themes)) {
        if (Status s = bindAndExec(q, t, user, now); !s)
            return s;
        relabel.bindValue(QStringLiteral(":label"), Sql::notNull(t.labelZh));
        relabel.bindValue(QStringLiteral(":code"), t.code);
        if (Status s = Sql::exec(relabel); !s)
            return s;
    }
    return success();
}

Status ThemeRepository::save(const QVector<ThemeRecord> &themes, const QString &user) const
{
    if (m_db.isReadOnly())
        return failure(QStringLiteral("the archive is open read-only"));
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    if (Status s = write(themes, user); !s)
        return s;
    return tx.commit();
}

Status ThemeRepository::merge(const ThemeRecord &from, const ThemeRecord &into,
                              const QString &user) const
{
    if (m_db.isReadOnly())
        return failure(QStringLiteral("the archive is open read-only"));
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    if (Status s = write({into, from}, user); !s)
        return s;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    for (const QString &sql : {kConfirmTarget, kDropDoubles, kMoveTags}) {
        if (Status s = Sql::prepare(q, sql); !s)
            return s;
        q.bindValue(QStringLiteral(":from"), from.code);
        q.bindValue(QStringLiteral(":into"), into.code);
        if (sql == kMoveTags)
            q.bindValue(QStringLiteral(":label"), Sql::notNull(into.labelZh));
        if (Status s = Sql::exec(q); !s)
            return s;
    }
    return tx.commit();
}

} // namespace Copydesk
