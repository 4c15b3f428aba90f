// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace Copydesk {

class Database;

// The autosaved text of a story being edited (table `drafts`, one row per story). The editor
// replaces it every few seconds while someone types and removes it once the text is stored as
// a revision, so a draft that outlives its editor (a crash) holds the text since the last
// revision. Lives on its Database's thread.
class DraftRepository
{
public:
    struct Draft
    {
        qint64 storyId = 0;
        QString author;
        QDateTime savedAt;   // UTC
        QByteArray snapshot; // same JSON as a revision's snapshot
    };

    explicit DraftRepository(const Database &db) : m_db(db) {}

    Status save(qint64 storyId, const QByteArray &snapshot, const QString &author) const;
    Result<std::optional<Draft>> draft(qint64 storyId) const;
    Status remove(qint64 storyId) const;
    // Stories with a draft newer than their last revision (text a crash left unstored),
    // oldest draft first.
    Result<QVector<qint64>> recoverableStoryIds() const;
    // Time of the story's newest revision (invalid when it has none).
    Result<QDateTime> lastRevisionAt(qint64 storyId) const;

private:
    const Database &m_db;
};

} // namespace Copydesk
