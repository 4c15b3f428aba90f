// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "flaglistmodel.h"

#include "archivecache.h"

#include <algorithm>

namespace Copydesk {

FlagListModel::FlagListModel(ArchiveCache *cache, QObject *parent)
    : QAbstractTableModel(parent), m_cache(cache)
{
    Q_ASSERT(cache);
    connect(cache, &ArchiveCache::archiveReset, this, &FlagListModel::handleArchiveReset);
    connect(cache, &ArchiveCache::storyChanged, this, &FlagListModel::handleStoryChanged);
}

QVector<FlagRecord> FlagListModel::fetch() const
{
    const std::optional<StoryRecord> story =
        m_cache && m_storyId > 0 ? m_cache->story(m_storyId) : std::nullopt;
    if (!story)
        return {};
    QVector<FlagRecord> flags = story->flags;
    // Reading order; flags on the whole story first.
    std::stable_sort(flags.begin(), flags.end(), [](const FlagRecord &a, const FlagRecord &b) {
        return std::make_pair(a.paragraph, a.start) < std::make_pair(b.paragraph, b.start);
    });
    return flags;
}

void FlagListModel::setStoryId(qint64 storyId)
{
    beginResetModel();
    m_storyId = storyId;
    m_flags = fetch();
    endResetModel();
}

int FlagListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_flags.size());
}

int FlagListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FlagListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FlagRecord &flag = m_flags.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == StatusColumn) {
            if (flag.status == QLatin1String(FlagStatus::Open))
                return tr("Open");
            if (flag.status == QLatin1String(FlagStatus::Accepted))
                return tr("Accepted");
            if (flag.status == QLatin1String(FlagStatus::Dismissed))
                return tr("Dismissed");
        }
        Q_FALLTHROUGH();
    case SortRole:
        switch (index.column()) {
        case KindColumn:
            return flag.kind;
        case TextColumn:
            return flag.text;
        case SuggestionColumn:
            return flag.suggestion;
        case ReasonColumn:
            return flag.reason;
        case StatusColumn:
            return flag.status;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TextColumn || index.column() == ReasonColumn)
            return index.data(Qt::DisplayRole);
        return {};
    case IdRole:
        return flag.id;
    case KindRole:
        return flag.kind;
    case StatusRole:
        return flag.status;
    case ParagraphRole:
        return flag.paragraph;
    case StartRole:
        return flag.start;
    case LengthRole:
        return flag.length;
    }
    return {};
}

QVariant FlagListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case TextColumn:
        return tr("Text");
    case SuggestionColumn:
        return tr("Suggestion");
    case ReasonColumn:
        return tr("Reason");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

QHash<int, QByteArray> FlagListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "flagId");
    names.insert(SortRole, "sortValue");
    names.insert(KindRole, "kind");
    names.insert(StatusRole, "status");
    names.insert(ParagraphRole, "paragraph");
    names.insert(StartRole, "start");
    names.insert(LengthRole, "length");
    return names;
}

void FlagListModel::handleArchiveReset()
{
    beginResetModel();
    m_storyId = 0;
    m_flags.clear();
    endResetModel();
}

void FlagListModel::handleStoryChanged(qint64 storyId)
{
    if (storyId != m_storyId)
        return;
    const QVector<FlagRecord> fresh = fetch();
    const bool sameIds =
        std::equal(fresh.cbegin(), fresh.cend(), m_flags.cbegin(), m_flags.cend(),
                   [](const FlagRecord &a, const FlagRecord &b) { return a.id == b.id; });
    if (sameIds) {
        m_flags = fresh;
        if (!m_flags.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_flags.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_flags = fresh;
    endResetModel();
}

} // namespace Copydesk
