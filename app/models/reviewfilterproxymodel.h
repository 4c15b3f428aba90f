// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QSortFilterProxyModel>

namespace Copydesk {

// The review queue as the proofreader filters it: one page or all, pages imported within a
// date range, and a status. The page and date filters define the scope that "n of m reviewed"
// counts; the status filter only hides rows. Source: a ReviewQueueModel. GUI thread.
class ReviewFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class StatusFilter
    {
        Open,
        Accepted,
        Dismissed,
        All
    };
    Q_ENUM(StatusFilter)

    explicit ReviewFilterProxyModel(QObject *parent = nullptr);

    void setPageId(qint64 pageId); // 0: every page
    qint64 pageId() const { return m_pageId; }
    // Pages imported on these local days, both included; an invalid date is no bound.
    void setImportedRange(const QDate &from, const QDate &to);
    QDate importedFrom() const { return m_from; }
    QDate importedTo() const { return m_to; }
    void setStatusFilter(StatusFilter filter);
    StatusFilter statusFilter() const { return m_status; }

    // Over the source rows in scope (page and dates), whatever the status filter shows.
    int scopeCount() const;
    int reviewedCount() const; // not open any more

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool inScope(int sourceRow) const;
    bool statusMatches(int sourceRow) const;

    qint64 m_pageId = 0;
    QDate m_from;
    QDate m_to;
    StatusFilter m_status = StatusFilter::Open;
};

} // namespace Copydesk
