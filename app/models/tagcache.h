// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/records.h"
#include "common/result.h"
#include "storage/database.h"
#include "storage/tagrepository.h"
#include "tagging/tagger.h"
#include "tagging/taxonomy.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QVector>

#include <memory>
#include <optional>

namespace Copydesk {

class ArchiveCache;

// The GUI thread's view of one archive's tags: the desk's taxonomy and gazetteer (seeded on
// first use), story tags, counts for the browse filters and full-text search. Owns its own
// Database connection on the archive ArchiveCache has open (follow()), or on a path given to
// open(); every tag write and taxonomy edit goes through it and is announced, so the models
// follow without widgets in between. The gazetteer's 44k units load on first use. GUI thread.
class TagCache : public QObject
{
    Q_OBJECT
public:
    explicit TagCache(QObject *parent = nullptr);
    ~TagCache() override;

    // Opens the archive `archive` has open, now and after every archiveReset(), and announces
    // contentChanged() when it reports new pages or stories.
    void follow(ArchiveCache *archive);
    Status open(const QString &path, Database::Mode mode);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    bool isReadOnly() const { return !m_db || m_db->isReadOnly(); }

    const Tagging::Taxonomy &taxonomy() const { return m_taxonomy; }
    QString themeLabel(const QString &code) const;

    // Units down to towns, ordered by code; index with districtIndex().
    const QVector<DistrictRecord> &districts() const;
    int districtIndex(const QString &code) const; // -1 if unknown
    QString districtPath(int index) const;        // 浙江省/杭州市/上城区
    QString districtShortPath(int index) const;   // 浙江杭州上城 (short forms where there are)
    // Name of a unit of level 1-3 without loading the towns (for the tree).
    QString upperDistrictName(const QString &code) const;

    Result<QVector<DistrictCount>> districtCounts() const;
    Result<QVector<ThemeCount>> themeCounts() const;
    Result<QVector<SearchHit>> search(const SearchFilter &filter) const;

    std::optional<StoryTagSet> tags(qint64 storyId) const;
    // Fresh suggestions from the story's stored text (nothing written).
    std::optional<Tagging::StoryTags> suggest(qint64 storyId) const;
    // Writes: each emits tagsChanged(storyId) on success and writeFailed() on failure.
    Status confirmDistrict(qint64 storyId, const DistrictTag &district);
    Status confirmThemes(qint64 storyId, const QVector<ThemeTag> &themes);
    // Suggests again and stores the result merged with what is confirmed (never overwritten).
    Status resuggest(qint64 storyId);

    // Taxonomy edits (see DeskTagging); each emits taxonomyChanged() on success.
    Result<QString> addTheme(const QString &topicCode, const QString &labelZh,
                             const QStringList &keywords, const QString &labelEn);
    Status renameTheme(const QString &code, const QString &labelZh, const QString &labelEn);
    Status setKeywords(const QString &code, const QStringList &keywords,
                       const QStringList &weakKeywords);
    Status mergeThemes(const QString &from, const QString &into);
    Status retireTheme(const QString &code);
    Status restoreTheme(const QString &code);

    void setUser(const QString &user) { m_user = user; }

Q_SIGNALS:
    // Another archive (or none) is open.
    void archiveReset();
    void taxonomyChanged();
    // One story's tags changed; 0 when any may have (a merge).
    void tagsChanged(qint64 storyId);
    // Stories were added, removed or edited: counts and search results may differ.
    void contentChanged();
    void writeFailed(const QString &message);

private:
    void handleArchiveReset();
    void reloadTaxonomy();
    void loadUpperDistricts() const;
    Status afterTaxonomyEdit(const Status &status);
    Status reportWrite(const Status &status, qint64 storyId);

    QPointer<ArchiveCache> m_archive;
    std::unique_ptr<Database> m_db;
    Tagging::Taxonomy m_taxonomy;
    std::unique_ptr<Tagging::Tagger> m_tagger;
    QString m_user;
    mutable QVector<DistrictRecord> m_districts; // all levels, loaded on first use
    mutable QHash<QString, int> m_districtIndex;
    mutable QStringList m_paths;      // by index: 浙江省/杭州市/上城区
    mutable QStringList m_shortPaths; // by index: 浙江杭州上城
    mutable bool m_districtsLoaded = false;
    mutable QHash<QString, QString> m_upperNames; // levels 1-3, code -> name
};

} // namespace Copydesk
