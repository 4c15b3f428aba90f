// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagcache.h"

#include "archivecache.h"
#include "common/version.h"
#include "jobs/desktagging.h"
#include "storage/districtrepository.h"
#include "storage/storyrepository.h"
#include "tagging/gazetteer.h"

namespace Copydesk {

TagCache::TagCache(QObject *parent) : QObject(parent), m_user(currentUserName())
{
    if (auto seed = Tagging::Taxonomy::load())
        m_taxonomy = seed.value();
}

TagCache::~TagCache() = default;

void TagCache::follow(ArchiveCache *archive)
{
    m_archive = archive;
    connect(archive, &ArchiveCache::archiveReset, this, &TagCache::handleArchiveReset);
    connect(archive, &ArchiveCache::pagesChanged, this, &TagCache::contentChanged);
    connect(archive, &ArchiveCache::storiesChanged, this, &TagCache::contentChanged);
    connect(archive, &ArchiveCache::storyChanged, this, &TagCache::contentChanged);
    handleArchiveReset();
}

void TagCache::handleArchiveReset()
{
    if (!m_archive || !m_archive->isOpen()) {
        close();
        return;
    }
    if (Status s = open(m_archive->path(), m_archive->isReadOnly() ? Database::Mode::ReadOnly
                                                                   : Database::Mode::ReadWrite);
        !s) {
        qCWarning(lcModels) << "tags: cannot open" << m_archive->path() << s.error();
        close();
    }
}

Status TagCache::open(const QString &path, Database::Mode mode)
{
    Database::Options options;
    options.mode = mode;
    options.createIfMissing = false;
    auto db = Database::open(path, options);
    if (!db)
        return failure(db.error());
    m_db = std::move(db).value();
    m_districts.clear();
    m_districtIndex.clear();
    m_districtsLoaded = false;
    m_paths.clear();
    m_shortPaths.clear();
    m_upperNames.clear();
    reloadTaxonomy();
    Q_EMIT archiveReset();
    return success();
}

void TagCache::close()
{
    m_db.reset();
    m_tagger.reset();
    m_districts.clear();
    m_districtIndex.clear();
    m_districtsLoaded = false;
    m_paths.clear();
    m_shortPaths.clear();
    m_upperNames.clear();
    Q_EMIT archiveReset();
}

void TagCache::reloadTaxonomy()
{
    if (!m_db)
        return;
    auto taxonomy = DeskTagging::taxonomy(*m_db);
    if (!taxonomy) {
        qCWarning(lcModels) << "tags:" << taxonomy.error();
        return;
    }
    m_taxonomy = taxonomy.value();
    m_tagger = std::make_unique<Tagging::Tagger>(Tagging::Gazetteer::builtIn(), m_taxonomy);
}

QString TagCache::themeLabel(const QString &code) const
{
    return m_taxonomy.label(code);
}

const QVector<DistrictRecord> &TagCache::districts() const
{
    if (m_districtsLoaded || !m_db)
        return m_districts;
    m_districtsLoaded = true;
    if (Status s = DeskTagging::ensureDistrictsSeeded(*m_db); !s)
        qCWarning(lcModels) << "tags: cannot seed the districts:" << s.error();
    auto stored = DistrictRepository(*m_db).districts(4);
    if (stored && !stored->isEmpty())
        m_districts = stored.value();
    else // a read-only archive that was never seeded: the built-in data, same codes
        m_districts = Tagging::Gazetteer::builtIn().records();
    std::sort(m_districts.begin(), m_districts.end(),
              [](const DistrictRecord &a, const DistrictRecord &b) { return a.code < b.code; });
    m_districtIndex.reserve(m_districts.size());
    for (int i = 0; i < m_districts.size(); ++i)
        m_districtIndex.insert(m_districts[i].code, i);
    // Paths once, parents first (codes sort parents before children): the picker matches
    // every keystroke against all of them.
    m_paths.reserve(m_districts.size());
    m_shortPaths.reserve(m_districts.size());
    for (const DistrictRecord &d : std::as_const(m_districts)) {
        const int parent = d.parentCode.isEmpty() ? -1 : m_districtIndex.value(d.parentCode, -1);
        const QString shortName = d.shortName.isEmpty() ? d.name : d.shortName;
        m_paths.append(parent < 0 ? d.name : m_paths[parent] + QLatin1Char('/') + d.name);
        m_shortPaths.append(parent < 0 ? shortName : m_shortPaths[parent] + shortName);
    }
    return m_districts;
}

int TagCache::districtIndex(const QString &code) const
{
    districts();
    return m_districtIndex.value(code, -1);
}

QString TagCache::districtPath(int index) const
{
    districts();
    return m_paths.value(index);
}

QString TagCache::districtShortPath(int index) const
{
    districts();
    return m_shortPaths.value(index);
}

void TagCache::loadUpperDistricts() const
{
    if (!m_upperNames.isEmpty() || !m_db)
        return;
    if (m_districtsLoaded) {
        for (const DistrictRecord &d : std::as_const(m_districts)) {
            if (d.level <= 3)
                m_upperNames.insert(d.code, d.name);
        }
        return;
    }
    if (Status s = DeskTagging::ensureDistrictsSeeded(*m_db); !s)
        qCWarning(lcModels) << "tags: cannot seed the districts:" << s.error();
    auto stored = DistrictRepository(*m_db).districts(3);
    QVector<DistrictRecord> upper = stored ? stored.value() : QVector<DistrictRecord>();
    if (upper.isEmpty())
        upper = Tagging::Gazetteer::builtIn().records();
    for (const DistrictRecord &d : std::as_const(upper)) {
        if (d.level <= 3)
            m_upperNames.insert(d.code, d.name);
    }
}

QString TagCache::upperDistrictName(const QString &code) const
{
    loadUpperDistricts();
    return m_upperNames.value(code);
}

Result<QVector<DistrictCount>> TagCache::districtCounts() const
{
    if (!m_db)
        return QVector<DistrictCount>();
    return TagRepository(*m_db).districtCounts();
}

Result<QVector<ThemeCount>> TagCache::themeCounts() const
{
    if (!m_db)
        return QVector<ThemeCount>();
    return TagRepository(*m_db).themeCounts();
}

Result<QVector<SearchHit>> TagCache::search(const SearchFilter &filter) const
{
    if (!m_db)
        return QVector<SearchHit>();
    return TagRepository(*m_db).searchHits(filter);
}

std::optional<StoryTagSet> TagCache::tags(qint64 storyId) const
{
    if (!m_db || storyId <= 0)
        return std::nullopt;
    auto tags = TagRepository(*m_db).tags(storyId);
    if (!tags)
        return std::nullopt;
    return tags.value();
}

std::optional<Tagging::StoryTags> TagCache::suggest(qint64 storyId) const
{
    if (!m_db || !m_tagger || storyId <= 0)
        return std::nullopt;
    auto story = StoryRepository(*m_db).story(storyId);
    if (!story)
        return std::nullopt;
    return m_tagger->suggest(Tagging::StoryText::fromRecord(story.value()));
}

Status TagCache::reportWrite(const Status &status, qint64 storyId)
{
    if (!status)
        Q_EMIT writeFailed(status.error());
    else
        Q_EMIT tagsChanged(storyId);
    return status;
}

Status TagCache::confirmDistrict(qint64 storyId, const DistrictTag &district)
{
    if (!m_db)
        return failure(tr("No archive is open."));
    return reportWrite(TagRepository(*m_db).confirmDistrict(storyId, district, m_user), storyId);
}

Status TagCache::confirmThemes(qint64 storyId, const QVector<ThemeTag> &themes)
{
    if (!m_db)
        return failure(tr("No archive is open."));
    return reportWrite(TagRepository(*m_db).confirmThemes(storyId, themes, m_user), storyId);
}

Status TagCache::resuggest(qint64 storyId)
{
    const std::optional<Tagging::StoryTags> fresh = suggest(storyId);
    const std::optional<StoryTagSet> current = tags(storyId);
    if (!fresh || !current)
        return failure(tr("The story's tags cannot be read."));
    const StoryTagSet merged{Tagging::Tagger::mergeDistrict(current->district, fresh->district),
                             Tagging::Tagger::mergeThemes(current->themes, fresh->themes)};
    return reportWrite(TagRepository(*m_db).setTags(storyId, merged, m_user), storyId);
}

Status TagCache::afterTaxonomyEdit(const Status &status)
{
    if (!status)
        return status;
    reloadTaxonomy();
    Q_EMIT taxonomyChanged();
    Q_EMIT tagsChanged(0);
    return status;
}

Result<QString> TagCache::addTheme(const QString &topicCode, const QString &labelZh,
                                   const QStringList &keywords, const QString &labelEn)
{
    if (!m_db)
        return Result<QString>::failure(tr("No archive is open."));
    auto code = DeskTagging::addTheme(*m_db, topicCode, labelZh, keywords, labelEn, m_user);
    if (code) {
        reloadTaxonomy();
        Q_EMIT taxonomyChanged();
    }
    return code;
}

Status TagCache::renameTheme(const QString &code, const QString &labelZh, const QString &labelEn)
{
    if (!m_db)
        return failure(tr("No archive is open."));
    return afterTaxonomyEdit(DeskTagging::renameTheme(*m_db, code, labelZh, labelEn, m_user));
}

Status TagCache::setKeywords(const QString &code, const QStringList &keywords,
                             const QStringList &weakKeywords)
{
    if (!m_db)
        return failure(tr("No archive is open."));
    return afterTaxonomyEdit(DeskTagging::setKeywords(*m_db, code, keywords, weakKeywords, m_user));
}

Status TagCache::mergeThemes(const QString &from, const QString &into)
{
    if (!m_db)
        return failure(tr("No archive is open."));
    return afterTaxonomyEdit(DeskTagging::mergeThemes(*m_db, from, into, m_user));
}

Status TagCache::retireTheme(const QString &code)
{
    if (!m_db)
        return failure(tr("No archive is open."));
    return afterTaxonomyEdit(DeskTagging::retireTheme(*m_db, code, m_user));
}

Status TagCache::restoreTheme(const QString &code)
{
    if (!m_db)
        return failure(tr("No archive is open."));
    return afterTaxonomyEdit(DeskTagging::restoreTheme(*m_db, code, m_user));
}

} // namespace Copydesk
