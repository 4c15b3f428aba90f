// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storysearchmodel.h"

#include "tagcache.h"

namespace Copydesk {

StorySearchModel::StorySearchModel(TagCache *cache, QObject *parent)
    : QAbstractTableModel(parent), m_cache(cache)
{
    connect(cache, &TagCache::archiveReset, this, &StorySearchModel::refresh);
    connect(cache, &TagCache::tagsChanged, this, &StorySearchModel::refresh);
    connect(cache, &TagCache::contentChanged, this, &StorySearchModel::refresh);
    refresh();
}

void StorySearchModel::setText(const QString &text)
{
    if (m_filter.text == text)
        return;
    m_filter.text = text;
    refresh();
}

void StorySearchModel::setDistrictCode(const QString &code)
{
    if (m_filter.districtCode == code)
        return;
    m_filter.districtCode = code;
    refresh();
}

void StorySearchModel::setThemeCode(const QString &code)
{
    if (m_filter.themeCode == code)
        return;
    m_filter.themeCode = code;
    refresh();
}

void StorySearchModel::setLimit(int limit)
{
    m_filter.limit = limit;
    refresh();
}

void StorySearchModel::refresh()
{
    beginResetModel();
    m_hits.clear();
    m_error.clear();
    if (m_cache) {
        auto hits = m_cache->search(m_filter);
        if (hits)
            m_hits = hits.value();
        else
            m_error = hits.error();
    }
    endResetModel();
    Q_EMIT searched(int(m_hits.size()));
}

int StorySearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int StorySearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StorySearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_hits[index.row()];
    switch (role) {
    case StoryIdRole:
        return hit.storyId;
    case PageIdRole:
        return hit.pageId;
    case DistrictConfirmedRole:
        return hit.districtConfirmed;
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case HeadlineColumn:
            return hit.headline.isEmpty() && role == Qt::DisplayRole ? tr("(no headline)")
                                                                     : hit.headline;
        case DistrictColumn:
            return hit.district;
        case ThemeColumn:
            return hit.theme;
        case PageColumn:
            return role == SortRole ? QVariant(hit.pageId) : QVariant(tr("%1").arg(hit.pageId));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == DistrictColumn && !hit.district.isEmpty())
            return hit.districtConfirmed ? tr("Confirmed") : tr("Suggested");
        return {};
    default:
        return {};
    }
}

QVariant StorySearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case HeadlineColumn:
        return tr("Headline");
    case DistrictColumn:
        return tr("District");
    case ThemeColumn:
        return tr("Theme");
    case PageColumn:
        return tr("Page");
    default:
        return {};
    }
}

qint64 StorySearchModel::storyId(int row) const
{
    return row >= 0 && row < m_hits.size() ? m_hits[row].storyId : 0;
}

} // namespace Copydesk
