// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/records.h"
#include "common/result.h"
#include "storage/database.h"
#include "storage/pagerepository.h"
#include "storage/storyrepository.h"

#include <QHash>
#include <QLoggingCategory>
#include <QObject>
#include <QVector>

#include <memory>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcModels)

namespace Copydesk {

// The GUI thread's view of one open archive: it owns that thread's Database, keeps copies of
// what the views show (page list, stories per page, the stories opened in the editor, counts)
// and announces every change it makes or learns about. Models read from it and listen to its
// signals; commands write through it so the models follow without widgets in between.
// Background jobs never use it: they open their own connection, and reload() picks up what
// they wrote. Lives on the GUI thread.
class ArchiveCache : public QObject
{
    Q_OBJECT
public:
    explicit ArchiveCache(QObject *parent = nullptr);
    ~ArchiveCache() override;

    // Opens `path`; on failure the archive open before stays open and nothing changes.
    Status open(const QString &path, Database::Mode mode);
    void close();

    bool isOpen() const { return m_db != nullptr; }
    bool isReadOnly() const { return m_db && m_db->isReadOnly(); }
    QString path() const { return m_db ? m_db->path() : QString(); }

    const QVector<PageSummary> &pages() const { return m_pages; } // newest first
    std::optional<PageSummary> page(qint64 pageId) const;
    const PageRepository::Counts &counts() const { return m_counts; }

    // Loaded on first use, then served from the cache until a change signal says otherwise.
    QVector<StorySummary> stories(qint64 pageId) const;
    std::optional<StoryRecord> story(qint64 storyId) const;

    // Writes kicker, headline and byline with a revision, then refreshes the cached story and
    // emits storyChanged(). Emits writeFailed() as well as returning the error.
    Status updateStoryFields(qint64 storyId, const StoryRepository::Fields &fields,
                             const QString &author, const QString &action);

    Result<QVector<RevisionRecord>> revisions(qint64 storyId) const;
    Result<PageRecord> loadPage(qint64 pageId) const;
    Result<QVector<qint64>> pageIdsOldestFirst() const;

    // Re-reads everything cached, e.g. after an import job wrote to the archive.
    void reload();

Q_SIGNALS:
    // A different archive (or none) is open: everything cached before is gone.
    void archiveReset();
    void pagesChanged();
    void storiesChanged(qint64 pageId);
    void storyChanged(qint64 storyId);
    void countsChanged();
    void writeFailed(const QString &message);

private:
    void loadPagesAndCounts();
    QVector<StorySummary> fetchStories(qint64 pageId) const;
    std::optional<StoryRecord> fetchStory(qint64 storyId) const;

    std::unique_ptr<Database> m_db;
    QVector<PageSummary> m_pages;
    PageRepository::Counts m_counts;
    // Caches filled lazily from const getters.
    mutable QHash<qint64, QVector<StorySummary>> m_stories; // by page id
    mutable QHash<qint64, StoryRecord> m_storyRecords;      // by story id
};

} // namespace Copydesk
