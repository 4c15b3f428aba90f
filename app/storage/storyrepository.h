// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "common/records.h"

namespace Copydesk {

class Database;

// Stories, their paragraphs, flags, decisions and revisions. Every change an editor makes
// goes through here and leaves a revision (who, when, what). Lives on its Database's thread.
class StoryRepository
{
public:
    explicit StoryRepository(const Database &db) : m_db(db) {}

    Result<QVector<StorySummary>> stories(qint64 pageId) const;
    Result<StoryRecord> story(qint64 storyId) const;
    Result<QVector<StoryRecord>> storiesWithContent(qint64 pageId) const;
    Result<QVector<DecisionRecord>> decisions(qint64 storyId) const;

    struct Fields
    {
        QString kicker;
        QString headline;
        QString byline;
    };
    // Sets kicker, headline and byline and records a revision in one transaction.
    Status updateFields(qint64 storyId, const Fields &fields, const QString &author,
                        const QString &action) const;

    Result<QVector<RevisionRecord>> revisions(qint64 storyId) const; // oldest first

    // JSON snapshot of a story as stored in revisions.
    static QByteArray snapshot(const StoryRecord &story);

private:
    const Database &m_db;
};

} // namespace Copydesk
