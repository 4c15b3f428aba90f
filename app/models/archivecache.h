// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/records.h"
#include "common/result.h"
#include "storage/correctionrepository.h"
#include "storage/database.h"
#include "storage/dictionaryrepository.h"
#include "storage/draftrepository.h"
#include "storage/erratarepository.h"
#include "storage/flagrepository.h"
#include "storage/pagerepository.h"
#include "storage/paragraphrepository.h"
#include "storage/settingsrepository.h"
#include "storage/storyrepository.h"
#include "storage/styleprofilerepository.h"

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

    // Writes fields and paragraphs with a revision (StoryRepository::updateStory), refreshes
    // the cached story and emits storyChanged(); a failure emits writeFailed() too.
    Status updateStory(qint64 storyId, const StoryRepository::Fields &fields,
                       const QStringList &paragraphs, const QString &author,
                       const QString &action);
    // The editor's autosave (DraftRepository); failures are returned, not announced.
    Status saveDraft(qint64 storyId, const QByteArray &snapshot, const QString &author);
    Status removeDraft(qint64 storyId);
    std::optional<DraftRepository::Draft> draft(qint64 storyId) const;
    QVector<qint64> recoverableDraftStoryIds() const;
    QDateTime lastRevisionAt(qint64 storyId) const;
    Result<RevisionRecord> revision(qint64 revisionId) const;

    // Proofing data the editor's checks load (DictionaryRepository, ErrataRepository).
    // Reads return empty on failure (logged); writes return the error.
    QString spellingLanguage(qint64 storyId, const QString &fallback) const;
    // The language chosen for the story itself (empty: its page's or the desk's).
    QString storyLanguage(qint64 storyId) const;
    Status setStoryLanguage(qint64 storyId, const QString &language);
    QStringList personalWords(const QString &language) const;
    Status addPersonalWord(const QString &language, const QString &word, const QString &user);
    QVector<ErratumRecord> errata() const;
    Status addErratum(const QString &wrong, const QString &right, const QString &user);
    // House-style profiles (StyleProfileRepository): the desk's is the default one; a page
    // may name another. Reads return empty on failure (logged); writes return the error.
    QVector<StyleProfileRecord> styleProfiles() const;
    std::optional<StyleProfileRecord> styleProfileForPage(qint64 pageId) const;
    std::optional<StyleProfileRecord> defaultStyleProfile() const;
    Status saveStyleProfile(const QString &name, const QByteArray &settings, const QString &user,
                            bool makeDefault);
    Status setDefaultStyleProfile(const QString &name); // empty: the desk has none
    // Corrections applied to stored text (CorrectionRepository): normalisations recorded after
    // an on-demand house-style pass, reverted or applied again like joins, and every open flag
    // of a kind on a page accepted at once. Text changes refresh everything cached; failures
    // emit writeFailed() too.
    Status recordDecisions(qint64 storyId, const QVector<Decision> &decisions);
    Status revertNormalisation(qint64 decisionId, const QString &user);
    Status reapplyNormalisation(qint64 decisionId, const QString &user);
    Result<CorrectionRepository::AcceptOutcome> acceptKindOnPage(qint64 pageId,
                                                                 const QString &kind,
                                                                 const QString &user);

    // Every duplicate flag of the archive, whatever its status, in the order of
    // FlagRepository::reviewQueue (newest page first, then reading order). Loaded on first
    // use; refreshed after each decision and by reload().
    const QVector<ReviewItem> &reviewItems() const;
    std::optional<ReviewItem> reviewItem(qint64 flagId) const;

    // A proofreader's decision on a flag, stored with `user` (see FlagRepository). On success
    // everything cached is refreshed and flagChanged() is emitted after the other signals;
    // a failure emits writeFailed() as well as returning the error.
    enum class FlagDecision { Accept, Dismiss, Swap, Reopen };
    Status decideFlag(qint64 flagId, FlagDecision decision, const QString &user);

    // Hand corrections of a story's paragraphs (ParagraphRepository: each one transaction
    // with a revision). On success everything cached is refreshed (a move changes two
    // stories and the page's counts); a failure emits writeFailed() too.
    Result<ParagraphRepository::Place> paragraphPlace(qint64 paragraphId) const;
    Result<ParagraphRepository::Place> moveParagraph(qint64 paragraphId,
                                                     const ParagraphRepository::Place &target,
                                                     const QString &user);
    Result<qint64> splitParagraph(qint64 paragraphId, int offset, const QString &user);
    Result<int> joinParagraphWithNext(qint64 paragraphId, const QString &user);
    Result<qint64> revertJoin(qint64 decisionId, const QString &user);
    Status reapplyJoin(qint64 decisionId, const QString &user);
    // Cleanup's recorded decisions on a story, and the page text their spans point into.
    Result<QVector<DecisionRecord>> decisions(qint64 storyId) const;
    Result<QString> normalizedText(qint64 pageId) const;

    // Desk settings kept in the archive (SettingsRepository keys); `fallback` when unset.
    QString deskSetting(const QString &key, const QString &fallback = {}) const;
    // Stores all of them in one transaction; an empty value goes back to the default.
    Status setDeskSettings(const QHash<QString, QString> &values);

    Result<QVector<RevisionRecord>> revisions(qint64 storyId) const;
    Result<PageRecord> loadPage(qint64 pageId) const;
    Result<QVector<qint64>> pageIdsOldestFirst() const;

    // Re-reads everything cached, e.g. after an import job wrote to the archive (the review
    // queue too: imports add flags).
    void reload();

Q_SIGNALS:
    // A different archive (or none) is open: everything cached before is gone.
    void archiveReset();
    void pagesChanged();
    void storiesChanged(qint64 pageId);
    void storyChanged(qint64 storyId);
    void countsChanged();
    // The review queue was re-read (any flag may have changed).
    void reviewItemsChanged();
    // A decision on this flag was stored (also when an undo reopens it).
    void flagChanged(qint64 flagId);
    void writeFailed(const QString &message);

private:
    void loadPagesAndCounts();
    QVector<StorySummary> fetchStories(qint64 pageId) const;
    std::optional<StoryRecord> fetchStory(qint64 storyId) const;
    template <typename T> T afterParagraphEdit(T result, const char *what);

    std::unique_ptr<Database> m_db;
    QVector<PageSummary> m_pages;
    PageRepository::Counts m_counts;
    // Caches filled lazily from const getters.
    mutable QHash<qint64, QVector<StorySummary>> m_stories; // by page id
    mutable QHash<qint64, StoryRecord> m_storyRecords;      // by story id
    mutable QVector<ReviewItem> m_reviewItems;
    mutable bool m_reviewItemsLoaded = false;
};

} // namespace Copydesk
