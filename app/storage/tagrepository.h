// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/records.h"
#include "common/result.h"

#include <QHash>

#include <optional>

namespace Copydesk {

class Database;

struct StoryTagSet
{
    std::optional<DistrictTag> district;
    QVector<ThemeTag> themes; // primary first
};

// How many stories carry each district code (for the district tree).
struct DistrictCount
{
    QString code;
    int stories = 0;
};

// How many stories carry each theme code (for the theme filter list).
struct ThemeCount
{
    QString code;
    int stories = 0;
};

// One story found by search(): enough to list it without loading the story.
struct SearchHit
{
    qint64 storyId = 0;
    qint64 pageId = 0;
    int position = 0;
    QString headline;
    QString district; // path, empty when untagged
    bool districtConfirmed = false;
    QString theme; // label of the primary theme
};

struct SearchFilter
{
    QString text;          // full-text query (three characters or more for trigram matches)
    QString districtCode;  // stories tagged with this district or any place inside it
    QString themeCode;     // stories tagged with this theme
    qint64 pageId = 0;
    int limit = 500;
};

// District and theme tags of stories, and full-text search over the archive. Suggestions and
// confirmed tags live side by side; writing suggestions never touches a confirmed tag.
class TagRepository
{
public:
    explicit TagRepository(const Database &db) : m_db(db) {}

    Result<StoryTagSet> tags(qint64 storyId) const;
    Result<QHash<qint64, StoryTagSet>> tagsOfPage(qint64 pageId) const;

    // Replaces the story's tags with `tags` (the caller merged suggestions with what was
    // confirmed, see Tagging::Tagger::mergeDistrict/mergeThemes).
    Status setTags(qint64 storyId, const StoryTagSet &tags, const QString &user) const;
    // Confirms (or sets and confirms) the district / the themes, recorded with who and when.
    Status confirmDistrict(qint64 storyId, const DistrictTag &district, const QString &user) const;
    Status confirmThemes(qint64 storyId, const QVector<ThemeTag> &themes, const QString &user) const;

    Result<QVector<DistrictCount>> districtCounts() const;
    Result<QVector<ThemeCount>> themeCounts() const;
    Result<QVector<qint64>> search(const SearchFilter &filter) const; // story ids, newest first
    // The same search, with what a result list shows of each story.
    Result<QVector<SearchHit>> searchHits(const SearchFilter &filter) const;

    // Keeps the full-text index in step with a story's current headline and paragraphs.
    Status reindexStory(qint64 storyId) const;
    // Indexes a story whose text the caller already has (an import), without reading it back.
    Status indexStory(qint64 storyId, const QString &headline, const QString &body) const;
    // setTags without a transaction of its own, for callers already inside one.
    Status writeTags(qint64 storyId, const StoryTagSet &tags, const QString &user) const;

private:
    const Database &m_db;
};

} // namespace Copydesk
