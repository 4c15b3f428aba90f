// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "archivecache.h"

Q_LOGGING_CATEGORY(lcModels, "copydesk.models", QtInfoMsg)

namespace Copydesk {

ArchiveCache::ArchiveCache(QObject *parent) : QObject(parent) {}

ArchiveCache::~ArchiveCache() = default;

Status ArchiveCache::open(const QString &path, Database::Mode mode)
{
    Database::Options options;
    options.mode = mode;
    auto db = Database::open(path, options);
    if (!db)
        return failure(db.error());
    m_db = std::move(db.value());
    m_stories.clear();
    m_storyRecords.clear();
    m_reviewItems.clear();
    m_reviewItemsLoaded = false;
    loadPagesAndCounts();
    Q_EMIT archiveReset();
    Q_EMIT countsChanged();
    return success();
}

void ArchiveCache::close()
{
    m_db.reset();
    m_pages.clear();
    m_counts = {};
    m_stories.clear();
    m_storyRecords.clear();
    m_reviewItems.clear();
    m_reviewItemsLoaded = false;
    Q_EMIT archiveReset();
    Q_EMIT countsChanged();
}

std::optional<PageSummary> ArchiveCache::page(qint64 pageId) const
{
    for (const PageSummary &p : m_pages) {
        if (p.id == pageId)
            return p;
    }
    return std::nullopt;
}

QVector<StorySummary> ArchiveCache::stories(qint64 pageId) const
{
    if (!m_db || pageId <= 0)
        return {};
    auto it = m_stories.constFind(pageId);
    if (it != m_stories.constEnd())
        return it.value();
    const QVector<StorySummary> loaded = fetchStories(pageId);
    m_stories.insert(pageId, loaded);
    return loaded;
}

std::optional<StoryRecord> ArchiveCache::story(qint64 storyId) const
{
    if (!m_db || storyId <= 0)
        return std::nullopt;
    auto it = m_storyRecords.constFind(storyId);
    if (it != m_storyRecords.constEnd())
        return it.value();
    std::optional<StoryRecord> loaded = fetchStory(storyId);
    if (loaded)
        m_storyRecords.insert(storyId, *loaded);
    return loaded;
}

Status ArchiveCache::updateStoryFields(qint64 storyId, const StoryRepository::Fields &fields,
                                       const QString &author, const QString &action)
{
    if (!m_db)
        return failure(tr("No archive is open."));
    if (Status s = StoryRepository(*m_db).updateFields(storyId, fields, author, action); !s) {
        qCWarning(lcModels) << "cannot update story" << storyId << s.error();
        Q_EMIT writeFailed(s.error());
        return s;
    }
    m_storyRecords.remove(storyId);
    const std::optional<StoryRecord> fresh = story(storyId);
    if (fresh) {
        auto it = m_stories.find(fresh->summary.pageId);
        if (it != m_stories.end()) {
            for (StorySummary &summary : it.value()) {
                if (summary.id == storyId)
                    summary = fresh->summary;
            }
        }
    }
    Q_EMIT storyChanged(storyId);
    return success();
}

Status ArchiveCache::updateStory(qint64 storyId, const StoryRepository::Fields &fields,
                                 const QStringList &paragraphs, const QString &author,
                                 const QString &action)
{
    if (!m_db)
        return failure(tr("No archive is open."));
    const Status s = StoryRepository(*m_db).updateStory(storyId, fields, paragraphs, author, action);
    if (!s) {
        qCWarning(lcModels) << "cannot update story" << storyId << s.error();
        Q_EMIT writeFailed(s.error());
        return s;
    }
    m_storyRecords.remove(storyId);
    const std::optional<StoryRecord> fresh = story(storyId);
    if (fresh) {
        auto it = m_stories.find(fresh->summary.pageId);
        if (it != m_stories.end()) {
            for (StorySummary &summary : it.value()) {
                if (summary.id == storyId)
                    summary = fresh->summary;
            }
        }
    }
    loadPagesAndCounts();
    Q_EMIT storyChanged(storyId);
    Q_EMIT countsChanged();
    return success();
}

Status ArchiveCache::saveDraft(qint64 storyId, const QByteArray &snapshot, const QString &author)
{
    if (!m_db)
        return failure(tr("No archive is open."));
    return DraftRepository(*m_db).save(storyId, snapshot, author);
}

Status ArchiveCache::removeDraft(qint64 storyId)
{
    if (!m_db)
        return failure(tr("No archive is open."));
    return DraftRepository(*m_db).remove(storyId);
}

std::optional<DraftRepository::Draft> ArchiveCache::draft(qint64 storyId) const
{
    if (!m_db)
        return std::nullopt;
    auto d = DraftRepository(*m_db).draft(storyId);
    if (!d) {
        qCWarning(lcModels) << "cannot read the draft of story" << storyId << d.error();
        return std::nullopt;
    }
    return d.value();
}

QString ArchiveCache::spellingLanguage(qint64 storyId, const QString &fallback) const
{
    if (!m_db)
        return fallback;
    auto language = DictionaryRepository(*m_db).effectiveLanguage(storyId, fallback);
    if (!language) {
        qCWarning(lcModels) << "cannot read the language of story" << storyId << language.error();
        return fallback;
    }
    return language->isEmpty() ? fallback : language.value();
}

QString ArchiveCache::storyLanguage(qint64 storyId) const
{
    if (!m_db)
        return {};
    auto language = DictionaryRepository(*m_db).storyLanguage(storyId);
    return language ? language.value() : QString();
}

Status ArchiveCache::setStoryLanguage(qint64 storyId, const QString &language)
{
    if (!m_db)
        return failure(tr("No archive is open."));
    const Status s = DictionaryRepository(*m_db).setStoryLanguage(storyId, language);
    if (!s)
        Q_EMIT writeFailed(s.error());
    return s;
}

QStringList ArchiveCache::personalWords(const QString &language) const
{
    if (!m_db)
        return {};
    auto words = DictionaryRepository(*m_db).words(language);
    if (!words) {
        qCWarning(lcModels) << "cannot read the personal dictionary:" << words.error();
        return {};
    }
    return words.value();
}

Status ArchiveCache::addPersonalWord(const QString &language, const QString &word,
                                     const QString &user)
{
    if (!m_db)
        return failure(tr("No archive is open."));
    return DictionaryRepository(*m_db).addWord(language, word, user);
}

QVector<ErratumRecord> ArchiveCache::errata() const
{
    if (!m_db)
        return {};
    auto errata = ErrataRepository(*m_db).errata();
    if (!errata) {
        qCWarning(lcModels) << "cannot read the errata table:" << errata.error();
        return {};
    }
    return errata.value();
}

Status ArchiveCache::addErratum(const QString &wrong, const QString &right, const QString &user)
{
    if (!m_db)
        return failure(tr("No archive is open."));
    return ErrataRepository(*m_db).addErratum(wrong, right, user);
}

QVector<StyleProfileRecord> ArchiveCache::styleProfiles() const
{
    if (!m_db)
        return {};
    auto profiles = StyleProfileRepository(*m_db).profiles();
    if (!profiles) {
        qCWarning(lcModels) << "cannot read the house-style profiles:" << profiles.error();
        return {};
    }
    return profiles.value();
}

std::optional<StyleProfileRecord> ArchiveCache::styleProfileForPage(qint64 pageId) const
{
    if (!m_db)
        return std::nullopt;
    auto profile = StyleProfileRepository(*m_db).profileForPage(pageId);
    if (!profile) {
        qCWarning(lcModels) << "cannot read the page's house style:" << profile.error();
        return std::nullopt;
    }
    return profile.value();
}

std::optional<StyleProfileRecord> ArchiveCache::defaultStyleProfile() const
{
    if (!m_db)
        return std::nullopt;
    auto profile = StyleProfileRepository(*m_db).defaultProfile();
    if (!profile) {
        qCWarning(lcModels) << "cannot read the desk's house style:" << profile.error();
        return std::nullopt;
    }
    return profile.value();
}

Status ArchiveCache::saveStyleProfile(const QString &name, const QByteArray &settings,
                                      const QString &user, bool makeDefault)
{
    if (!m_db)
        return failure(tr("No archive is open."));
    return StyleProfileRepository(*m_db).save(name, settings, user, makeDefault);
}

Status ArchiveCache::setDefaultStyleProfile(const QString &name)
{
    if (!m_db)
        return failure(tr("No archive is open."));
    return StyleProfileRepository(*m_db).setDefault(name);
}

QVector<qint64> ArchiveCache::recoverableDraftStoryIds() const
{
    if (!m_db)
        return {};
    auto ids = DraftRepository(*m_db).recoverableStoryIds();
    if (!ids) {
        qCWarning(lcModels) << "cannot list drafts:" << ids.error();
        return {};
    }
    return ids.value();
}

QDateTime ArchiveCache::lastRevisionAt(qint64 storyId) const
{
    if (!m_db)
        return {};
    auto at = DraftRepository(*m_db).lastRevisionAt(storyId);
    return at ? at.value() : QDateTime();
}

Result<RevisionRecord> ArchiveCache::revision(qint64 revisionId) const
{
    if (!m_db)
        return Result<RevisionRecord>::failure(tr("No archive is open."));
    return StoryRepository(*m_db).revision(revisionId);
}

const QVector<ReviewItem> &ArchiveCache::reviewItems() const
{
    if (!m_reviewItemsLoaded && m_db) {
        ReviewFilter all;
        all.kind = QString::fromLatin1(FlagKind::Duplicate);
        auto items = FlagRepository(*m_db).reviewQueue(all);
        if (items)
            m_reviewItems = items.value();
        else
            qCWarning(lcModels) << "cannot read the review queue:" << items.error();
        m_reviewItemsLoaded = true;
    }
    return m_reviewItems;
}

std::optional<ReviewItem> ArchiveCache::reviewItem(qint64 flagId) const
{
    for (const ReviewItem &item : reviewItems()) {
        if (item.flag.id == flagId)
            return item;
    }
    return std::nullopt;
}

Status ArchiveCache::decideFlag(qint64 flagId, FlagDecision decision, const QString &user)
{
    if (!m_db)
        return failure(tr("No archive is open."));
    const FlagRepository flags(*m_db);
    Status status = success();
    switch (decision) {
    case FlagDecision::Accept:
        status = flags.accept(flagId, user);
        break;
    case FlagDecision::Dismiss:
        status = flags.dismiss(flagId, user);
        break;
    case FlagDecision::Swap:
        status = flags.swap(flagId, user);
        break;
    case FlagDecision::Reopen:
        status = flags.reopen(flagId, user);
        break;
    }
    if (!status) {
        qCWarning(lcModels) << "cannot decide flag" << flagId << status.error();
        Q_EMIT writeFailed(status.error());
        return status;
    }
    // A decision can move a paragraph out of a story, move the flag to another story (swap)
    // and changes open-flag counts of pages and stories: refresh what is cached.
    reload();
    Q_EMIT flagChanged(flagId);
    return success();
}

template <typename T> T ArchiveCache::afterParagraphEdit(T result, const char *what)
{
    if (!result) {
        qCWarning(lcModels) << "cannot" << what << result.error();
        Q_EMIT writeFailed(result.error());
        return result;
    }
    reload();
    return result;
}

Result<ParagraphRepository::Place> ArchiveCache::paragraphPlace(qint64 paragraphId) const
{
    if (!m_db)
        return Result<ParagraphRepository::Place>::failure(tr("No archive is open."));
    return ParagraphRepository(*m_db).place(paragraphId);
}

Result<ParagraphRepository::Place>
ArchiveCache::moveParagraph(qint64 paragraphId, const ParagraphRepository::Place &target,
                            const QString &user)
{
    if (!m_db)
        return Result<ParagraphRepository::Place>::failure(tr("No archive is open."));
    return afterParagraphEdit(ParagraphRepository(*m_db).move(paragraphId, target, user),
                              "move a paragraph:");
}

Result<qint64> ArchiveCache::splitParagraph(qint64 paragraphId, int offset, const QString &user)
{
    if (!m_db)
        return Result<qint64>::failure(tr("No archive is open."));
    return afterParagraphEdit(ParagraphRepository(*m_db).split(paragraphId, offset, user),
                              "split a paragraph:");
}

Result<int> ArchiveCache::joinParagraphWithNext(qint64 paragraphId, const QString &user)
{
    if (!m_db)
        return Result<int>::failure(tr("No archive is open."));
    return afterParagraphEdit(ParagraphRepository(*m_db).joinWithNext(paragraphId, user),
                              "join paragraphs:");
}

Result<qint64> ArchiveCache::revertJoin(qint64 decisionId, const QString &user)
{
    if (!m_db)
        return Result<qint64>::failure(tr("No archive is open."));
    return afterParagraphEdit(ParagraphRepository(*m_db).revertJoin(decisionId, user),
                              "revert a join:");
}

Status ArchiveCache::reapplyJoin(qint64 decisionId, const QString &user)
{
    if (!m_db)
        return failure(tr("No archive is open."));
    return afterParagraphEdit(ParagraphRepository(*m_db).reapplyJoin(decisionId, user),
                              "re-apply a join:");
}

Status ArchiveCache::recordDecisions(qint64 storyId, const QVector<Decision> &decisions)
{
    if (!m_db)
        return failure(tr("No archive is open."));
    const Status s = CorrectionRepository(*m_db).recordDecisions(storyId, decisions);
    if (!s) {
        qCWarning(lcModels) << "cannot record decisions:" << s.error();
        Q_EMIT writeFailed(s.error());
    }
    return s;
}

Status ArchiveCache::revertNormalisation(qint64 decisionId, const QString &user)
{
    if (!m_db)
        return failure(tr("No archive is open."));
    return afterParagraphEdit(CorrectionRepository(*m_db).revertNormalisation(decisionId, user),
                              "revert a normalisation:");
}

Status ArchiveCache::reapplyNormalisation(qint64 decisionId, const QString &user)
{
    if (!m_db)
        return failure(tr("No archive is open."));
    return afterParagraphEdit(CorrectionRepository(*m_db).reapplyNormalisation(decisionId, user),
                              "re-apply a normalisation:");
}

Result<CorrectionRepository::AcceptOutcome>
ArchiveCache::acceptKindOnPage(qint64 pageId, const QString &kind, const QString &user)
{
    if (!m_db)
        return Result<CorrectionRepository::AcceptOutcome>::failure(tr("No archive is open."));
    return afterParagraphEdit(CorrectionRepository(*m_db).acceptKind(pageId, kind, user),
                              "accept all flags of a kind:");
}

Result<QVector<DecisionRecord>> ArchiveCache::decisions(qint64 storyId) const
{
    if (!m_db)
        return Result<QVector<DecisionRecord>>::failure(tr("No archive is open."));
    return StoryRepository(*m_db).decisions(storyId);
}

Result<QString> ArchiveCache::normalizedText(qint64 pageId) const
{
    if (!m_db)
        return Result<QString>::failure(tr("No archive is open."));
    return PageRepository(*m_db).normalizedText(pageId);
}

QString ArchiveCache::deskSetting(const QString &key, const QString &fallback) const
{
    return m_db ? SettingsRepository(*m_db).value(key, fallback) : fallback;
}

Status ArchiveCache::setDeskSettings(const QHash<QString, QString> &values)
{
    if (!m_db)
        return failure(tr("No archive is open."));
    Transaction tx(*m_db);
    if (Status s = tx.begin(); !s)
        return s;
    const SettingsRepository settings(*m_db);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const Status s = it.value().isEmpty() ? settings.remove(it.key())
                                              : settings.setValue(it.key(), it.value());
        if (!s) {
            qCWarning(lcModels) << "cannot store desk setting" << it.key() << s.error();
            return s;
        }
    }
    return tx.commit();
}

Result<QVector<RevisionRecord>> ArchiveCache::revisions(qint64 storyId) const
{
    if (!m_db)
        return Result<QVector<RevisionRecord>>::failure(tr("No archive is open."));
    return StoryRepository(*m_db).revisions(storyId);
}

Result<PageRecord> ArchiveCache::loadPage(qint64 pageId) const
{
    if (!m_db)
        return Result<PageRecord>::failure(tr("No archive is open."));
    return PageRepository(*m_db).loadPage(pageId);
}

Result<QVector<qint64>> ArchiveCache::pageIdsOldestFirst() const
{
    if (!m_db)
        return Result<QVector<qint64>>::failure(tr("No archive is open."));
    return PageRepository(*m_db).pageIds();
}

void ArchiveCache::reload()
{
    if (!m_db)
        return;
    m_reviewItemsLoaded = false;
    (void)reviewItems();
    loadPagesAndCounts();
    Q_EMIT pagesChanged();
    Q_EMIT countsChanged();

    // Refresh what views hold; drop the rest so it loads again when asked for.
    const QList<qint64> pageIds = m_stories.keys();
    for (qint64 pageId : pageIds) {
        if (page(pageId)) {
            m_stories.insert(pageId, fetchStories(pageId));
            Q_EMIT storiesChanged(pageId);
        } else {
            m_stories.remove(pageId);
        }
    }
    const QList<qint64> storyIds = m_storyRecords.keys();
    for (qint64 storyId : storyIds) {
        std::optional<StoryRecord> fresh = fetchStory(storyId);
        if (fresh)
            m_storyRecords.insert(storyId, *fresh);
        else
            m_storyRecords.remove(storyId);
        Q_EMIT storyChanged(storyId);
    }
    Q_EMIT reviewItemsChanged();
}

void ArchiveCache::loadPagesAndCounts()
{
    const PageRepository repo(*m_db);
    auto pages = repo.pages();
    if (pages) {
        m_pages = pages.value();
    } else {
        qCWarning(lcModels) << "cannot list pages:" << pages.error();
        m_pages.clear();
    }
    auto counts = repo.counts();
    if (counts) {
        m_counts = counts.value();
    } else {
        qCWarning(lcModels) << "cannot count the archive:" << counts.error();
        m_counts = {};
    }
}

QVector<StorySummary> ArchiveCache::fetchStories(qint64 pageId) const
{
    auto stories = StoryRepository(*m_db).stories(pageId);
    if (!stories) {
        qCWarning(lcModels) << "cannot list the stories of page" << pageId << stories.error();
        return {};
    }
    return stories.value();
}

std::optional<StoryRecord> ArchiveCache::fetchStory(qint64 storyId) const
{
    auto record = StoryRepository(*m_db).story(storyId);
    if (!record) {
        qCWarning(lcModels) << "cannot load story" << storyId << record.error();
        return std::nullopt;
    }
    return record.value();
}

} // namespace Copydesk
