// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewfilterproxymodel.h"

#include "common/types.h"
#include "reviewqueuemodel.h"

#include <QDateTime>

namespace Copydesk {

ReviewFilterProxyModel::ReviewFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ReviewQueueModel::SortRole);
    setDynamicSortFilter(true);
}

void ReviewFilterProxyModel::setPageId(qint64 pageId)
{
    if (pageId == m_pageId)
        return;
    m_pageId = pageId;
    invalidateRowsFilter();
}

void ReviewFilterProxyModel::setImportedRange(const QDate &from, const QDate &to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    invalidateRowsFilter();
}

void ReviewFilterProxyModel::setStatusFilter(StatusFilter filter)
{
    if (filter == m_status)
        return;
    m_status = filter;
    invalidateRowsFilter();
}

bool ReviewFilterProxyModel::inScope(int sourceRow) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0);
    if (m_pageId > 0 && index.data(ReviewQueueModel::PageIdRole).toLongLong() != m_pageId)
        return false;
    if (m_from.isValid() || m_to.isValid()) {
        const QDate day =
            index.data(ReviewQueueModel::ImportedAtRole).toDateTime().toLocalTime().date();
        if (m_from.isValid() && day < m_from)
            return false;
        if (m_to.isValid() && day > m_to)
            return false;
    }
    return true;
}

bool ReviewFilterProxyModel::statusMatches(int sourceRow) const
{
    const QString status =
        sourceModel()->index(sourceRow, 0).data(ReviewQueueModel::StatusRole).toString();
    switch (m_status) {
    case StatusFilter::Open:
        return status == QLatin1String(FlagStatus::Open);
    case StatusFilter::Accepted:
        return status == QLatin1String(FlagStatus::Accepted);
    case StatusFilter::Dismissed:
        return status == QLatin1String(FlagStatus::Dismissed);
    case StatusFilter::All:
        return true;
    }
    return true;
}

bool ReviewFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    return inScope(sourceRow) && statusMatches(sourceRow);
}

int ReviewFilterProxyModel::scopeCount() const
{
    if (!sourceModel())
        return 0;
    int count = 0;
    for (int row = 0; row < sourceModel()->rowCount(); ++row)
        count += inScope(row) ? 1 : 0;
    return count;
}

int ReviewFilterProxyModel::reviewedCount() const
{
    if (!sourceModel())
        return 0;
    int count = 0;
    for (int row = 0; row < sourceModel()->rowCount(); ++row) {
        if (inScope(row) &&
            sourceModel()->index(row, 0).data(ReviewQueueModel::StatusRole).toString() !=
                QLatin1String(FlagStatus::Open))
            ++count;
    }
    return count;
}

} // namespace Copydesk
