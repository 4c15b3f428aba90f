// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QHash>
#include <QPair>
#include <QSet>
#include <QString>
#include <QVector>

namespace Copydesk {

class Database;

// A paragraph of the archive that the duplicate index returned as a possible original.
struct IndexedParagraph
{
    qint64 paragraphId = 0;
    qint64 pageId = 0;
    qint64 storyId = 0;
    qint64 order = 0; // reading order across the archive (page, story, paragraph)
    QString text;
    QString headline;
};

// The duplicate index (paragraph keys) and the proofreaders' "keep both" decisions.
// Lives on its Database's thread.
class DuplicateRepository
{
public:
    explicit DuplicateRepository(const Database &db) : m_db(db) {}

    // Paragraphs filed under any of `keys`, excluding removed paragraphs and `excludePage`,
    // earliest first. Each key contributes at most its `perKey` earliest paragraphs: the
    // finder wants the first original, and a text reprinted a thousand times must not turn
    // one look-up into a thousand comparisons.
    Result<QVector<IndexedParagraph>> candidates(const QVector<qint64> &keys,
                                                 qint64 excludePage = 0, int perKey = 4) const;

    // Paragraphs' indexes among their stories' current paragraphs, by paragraph id.
    Result<QHash<qint64, int>> paragraphIndexes(const QVector<qint64> &paragraphIds) const;

    // Dismissed pairs (a < b) that involve any of these content hashes.
    Result<QSet<QPair<qint64, qint64>>> dismissedPairs(const QVector<qint64> &hashes) const;
    Status dismissPair(qint64 hashA, qint64 hashB, const QString &user) const;
    Status forgetPair(qint64 hashA, qint64 hashB) const;

    static qint64 order(qint64 pageId, int storyPosition, int paragraphPosition)
    {
        return (pageId << 32) | (qint64(storyPosition & 0xFFFF) << 16) | (paragraphPosition & 0xFFFF);
    }

private:
    const Database &m_db;
};

} // namespace Copydesk
