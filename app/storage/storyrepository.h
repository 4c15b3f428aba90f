// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "common/records.h"

#include <QStringList>

#include <optional>

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

    // Sets the fields and the paragraphs' text (in reading order; empty ones are dropped),
    // marks the story edited and records a revision, in one transaction. Paragraphs whose
    // text is unchanged keep their id (and their flags); changed ones leave the duplicate
    // index until the next check; paragraphs no longer there are deleted.
    Status updateStory(qint64 storyId, const Fields &fields, const QStringList &paragraphs,
                       const QString &author, const QString &action) const;

    Result<QVector<RevisionRecord>> revisions(qint64 storyId) const; // oldest first
    Result<RevisionRecord> revision(qint64 revisionId) const;

    // The parts of a snapshot (as stored in revisions and drafts).
    struct Content
    {
        Fields fields;
        QStringList paragraphs;
    };
    static std::optional<Content> parseSnapshot(const QByteArray &json);
    static QByteArray snapshot(const Content &content);

    // JSON snapshot of a story as stored in revisions.
    static QByteArray snapshot(const StoryRecord &story);

private:
    const Database &m_db;
};

} // namespace Copydesk
