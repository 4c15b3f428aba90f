// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to app/storage: small helpers that turn QSqlQuery failures into Status values.

#include "common/result.h"
#include "common/types.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Copydesk::Sql {

inline Status prepare(QSqlQuery &q, const QString &sql)
{
    if (!q.prepare(sql))
        return failure(q.lastError().text());
    return success();
}

inline Status exec(QSqlQuery &q)
{
    if (!q.exec())
        return failure(q.lastError().text());
    return success();
}

inline Status exec(QSqlQuery &q, const QString &sql)
{
    if (!q.exec(sql))
        return failure(q.lastError().text());
    return success();
}

// Timestamps are stored as ISO 8601 UTC text with milliseconds.
inline QString toText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

inline QDateTime fromText(const QString &s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

inline QVariant nullable(const QString &s)
{
    return s.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

// For NOT NULL text columns: a null QString binds as SQL NULL, so make it empty.
inline QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

inline QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

// Source spans as stored in paragraphs.source_spans: "start+length;start+length".
inline QString spansToText(const QVector<SourceSpan> &spans)
{
    QStringList parts;
    parts.reserve(spans.size());
    for (const SourceSpan &s : spans)
        parts << QStringLiteral("%1+%2").arg(s.start).arg(s.length);
    // Never a null QString: that would bind as SQL NULL.
    return parts.isEmpty() ? QStringLiteral("") : parts.join(QLatin1Char(';'));
}

inline QVector<SourceSpan> spansFromText(const QString &text)
{
    QVector<SourceSpan> out;
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype plus = part.indexOf(QLatin1Char('+'));
        if (plus > 0)
            out.push_back({part.left(plus).toInt(), part.mid(plus + 1).toInt()});
    }
    return out;
}

} // namespace Copydesk::Sql
