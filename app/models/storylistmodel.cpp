// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storylistmodel.h"

#include "archivecache.h"

namespace Copydesk {

namespace {
QString titleOf(const StorySummary &story)
{
    QString title = story.headline.isEmpty() ? story.lead : story.headline;
    title.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (title.size() > StoryListModel::MaxTitleLength)
        title = title.left(StoryListModel::MaxTitleLength - 1) + QChar(0x2026);
    return title;
}

bool sameIds(const QVector<StorySummary> &a, const QVector<StorySummary> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                      [](const StorySummary &x, const StorySummary &y) { return x.id == y.id; });
}
} // namespace

StoryListModel::StoryListModel(ArchiveCache *cache, QObject *parent)
    : QAbstractTableModel(parent), m_cache(cache)
{
    Q_ASSERT(cache);
    connect(cache, &ArchiveCache::archiveReset, this, &StoryListModel::handleArchiveReset);
    connect(cache, &ArchiveCache::storiesChanged, this, &StoryListModel::handleStoriesChanged);
    connect(cache, &ArchiveCache::storyChanged, this, &StoryListModel::handleStoryChanged);
}

void StoryListModel::setPageId(qint64 pageId)
{
    if (pageId == m_pageId)
        return;
    beginResetModel();
    m_pageId = pageId;
    m_stories = m_cache ? m_cache->stories(pageId) : QVector<StorySummary>();
    endResetModel();
}

int StoryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_stories.size());
}

int StoryListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StoryListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StorySummary &story = m_stories.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case HeadlineColumn:
            return titleOf(story);
        case ParagraphsColumn:
            return story.paragraphCount;
        case OpenFlagsColumn:
            return story.openFlagCount;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == HeadlineColumn) {
            if (story.headline.isEmpty())
                return tr("No headline; starts: %1").arg(story.lead);
            return story.kicker.isEmpty() ? story.headline
                                          : tr("%1\n%2").arg(story.kicker, story.headline);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != HeadlineColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        break;
    case IdRole:
        return story.id;
    case SortRole:
        switch (index.column()) {
        case HeadlineColumn:
            return story.position;
        case ParagraphsColumn:
            return story.paragraphCount;
        case OpenFlagsColumn:
            return story.openFlagCount;
        }
        break;
    case HasHeadlineRole:
        return !story.headline.isEmpty();
    case KickerRole:
        return story.kicker;
    case HeadlineRole:
        return story.headline;
    case BylineRole:
        return story.byline;
    case LeadRole:
        return story.lead;
    case PositionRole:
        return story.position;
    }
    return {};
}

QVariant StoryListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HeadlineColumn:
        return tr("Headline");
    case ParagraphsColumn:
        return tr("Paragraphs");
    case OpenFlagsColumn:
        return tr("Flags");
    }
    return {};
}

QHash<int, QByteArray> StoryListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "storyId");
    names.insert(SortRole, "sortValue");
    names.insert(HasHeadlineRole, "hasHeadline");
    names.insert(KickerRole, "kicker");
    names.insert(HeadlineRole, "headline");
    names.insert(BylineRole, "byline");
    names.insert(LeadRole, "lead");
    names.insert(PositionRole, "position");
    return names;
}

qint64 StoryListModel::storyId(int row) const
{
    return row >= 0 && row < m_stories.size() ? m_stories.at(row).id : 0;
}

int StoryListModel::rowOfStory(qint64 storyId) const
{
    for (int row = 0; row < m_stories.size(); ++row) {
        if (m_stories.at(row).id == storyId)
            return row;
    }
    return -1;
}

void StoryListModel::handleArchiveReset()
{
    beginResetModel();
    m_pageId = 0;
    m_stories.clear();
    endResetModel();
}

void StoryListModel::handleStoriesChanged(qint64 pageId)
{
    if (pageId != m_pageId || !m_cache)
        return;
    const QVector<StorySummary> fresh = m_cache->stories(pageId);
    if (sameIds(fresh, m_stories)) {
        m_stories = fresh;
        if (!m_stories.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_stories.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_stories = fresh;
    endResetModel();
}

void StoryListModel::handleStoryChanged(qint64 storyId)
{
    const int row = rowOfStory(storyId);
    if (row < 0 || !m_cache)
        return;
    const std::optional<StoryRecord> story = m_cache->story(storyId);
    if (!story)
        return;
    m_stories[row] = story->summary;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace Copydesk
