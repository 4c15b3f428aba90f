// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewqueuemodel.h"

#include "archivecache.h"

#include <QLocale>

#include <algorithm>

namespace Copydesk {

namespace {
bool sameFlags(const QVector<ReviewItem> &a, const QVector<ReviewItem> &b)
{
    return std::equal(
        a.cbegin(), a.cend(), b.cbegin(), b.cend(),
        [](const ReviewItem &x, const ReviewItem &y) { return x.flag.id == y.flag.id; });
}

QString excerpt(const QString &text, int length)
{
    QString simple = text.simplified();
    if (simple.size() <= length)
        return simple;
    simple.truncate(length);
    return simple + QChar(0x2026);
}
} // namespace

ReviewQueueModel::ReviewQueueModel(ArchiveCache *cache, QObject *parent)
    : QAbstractTableModel(parent), m_cache(cache)
{
    Q_ASSERT(cache);
    m_items = cache->reviewItems();
    connect(cache, &ArchiveCache::archiveReset, this, &ReviewQueueModel::handleArchiveReset);
    connect(cache, &ArchiveCache::reviewItemsChanged, this,
            &ReviewQueueModel::handleReviewItemsChanged);
}

int ReviewQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ReviewQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReviewQueueModel::statusLabel(const QString &status)
{
    if (status == QLatin1String(FlagStatus::Open))
        return tr("Open");
    if (status == QLatin1String(FlagStatus::Accepted))
        return tr("Copy removed");
    if (status == QLatin1String(FlagStatus::Dismissed))
        return tr("Both kept");
    return status;
}

QString ReviewQueueModel::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("exact"))
        return tr("Exact");
    if (kind == QLatin1String("near"))
        return tr("Near");
    if (kind == QLatin1String("truncated"))
        return tr("Truncated");
    return kind;
}

QVariant ReviewQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReviewItem &item = m_items.at(index.row());
    const FlagRecord &flag = item.flag;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StatusColumn:
            return statusLabel(flag.status);
        case KindColumn:
            return kindLabel(flag.detail);
        case SimilarityColumn:
            return tr("%1%", "similarity in percent")
                .arg(QLocale().toString(qRound(flag.confidence * 100.0)));
        case CopyColumn:
            return excerpt(item.copyText, MaxExcerptLength);
        case StoryColumn:
            return item.copyHeadline;
        case OriginalColumn:
            return item.originalHeadline;
        case PageColumn:
            if (const auto page = m_cache ? m_cache->page(flag.pageId) : std::nullopt)
                return page->source.fileName;
            return flag.pageId;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == CopyColumn)
            return item.copyText;
        if (index.column() == StatusColumn && !flag.decidedBy.isEmpty())
            return tr("Decided by %1 on %2")
                .arg(flag.decidedBy,
                     QLocale().toString(flag.decidedAt.toLocalTime(), QLocale::ShortFormat));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SimilarityColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case StatusColumn:
            return flag.status;
        case KindColumn:
            return flag.detail;
        case SimilarityColumn:
            return flag.confidence;
        case CopyColumn:
            return item.copyText;
        case StoryColumn:
            return item.copyHeadline;
        case OriginalColumn:
            return item.originalHeadline;
        case PageColumn:
            return flag.pageId;
        }
        return {};
    case IdRole:
        return flag.id;
    case StatusRole:
        return flag.status;
    case KindRole:
        return flag.detail;
    case SimilarityRole:
        return flag.confidence;
    case PageIdRole:
        return flag.pageId;
    case StoryIdRole:
        return flag.storyId;
    case ImportedAtRole:
        return item.pageImportedAt;
    case CopyTextRole:
        return item.copyText;
    case OriginalTextRole:
        return item.originalText;
    case CopyHeadlineRole:
        return item.copyHeadline;
    case OriginalHeadlineRole:
        return item.originalHeadline;
    case OriginalPageIdRole:
        return item.originalPageId;
    case OriginalStoryIdRole:
        return item.originalStoryId;
    case DecidedByRole:
        return flag.decidedBy;
    case DecidedAtRole:
        return flag.decidedAt;
    }
    return {};
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case KindColumn:
        return tr("Kind");
    case SimilarityColumn:
        return tr("Similarity");
    case CopyColumn:
        return tr("Copy");
    case StoryColumn:
        return tr("In story");
    case OriginalColumn:
        return tr("Original in");
    case PageColumn:
        return tr("Page");
    }
    return {};
}

QHash<int, QByteArray> ReviewQueueModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "flagId");
    names.insert(SortRole, "sortValue");
    names.insert(StatusRole, "status");
    names.insert(KindRole, "kind");
    names.insert(SimilarityRole, "similarity");
    names.insert(PageIdRole, "pageId");
    names.insert(StoryIdRole, "storyId");
    names.insert(ImportedAtRole, "importedAt");
    names.insert(CopyTextRole, "copyText");
    names.insert(OriginalTextRole, "originalText");
    names.insert(CopyHeadlineRole, "copyHeadline");
    names.insert(OriginalHeadlineRole, "originalHeadline");
    names.insert(OriginalPageIdRole, "originalPageId");
    names.insert(OriginalStoryIdRole, "originalStoryId");
    names.insert(DecidedByRole, "decidedBy");
    names.insert(DecidedAtRole, "decidedAt");
    return names;
}

qint64 ReviewQueueModel::flagId(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items.at(row).flag.id : 0;
}

int ReviewQueueModel::rowOfFlag(qint64 flagId) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).flag.id == flagId)
            return row;
    }
    return -1;
}

void ReviewQueueModel::handleArchiveReset()
{
    beginResetModel();
    m_items = m_cache ? m_cache->reviewItems() : QVector<ReviewItem>();
    endResetModel();
}

void ReviewQueueModel::handleReviewItemsChanged()
{
    const QVector<ReviewItem> fresh = m_cache ? m_cache->reviewItems() : QVector<ReviewItem>();
    if (sameFlags(fresh, m_items)) {
        m_items = fresh;
        if (!m_items.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_items.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_items = fresh;
    endResetModel();
}

} // namespace Copydesk
