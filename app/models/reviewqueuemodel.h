// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/flagrepository.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QVector>

namespace Copydesk {

class ArchiveCache;

// The proofreaders' review queue: every duplicate flag of the archive (open and decided) with
// its copy, its original and both stories' headlines. Filters by page, import date and status
// are a ReviewFilterProxyModel on top. Reads ArchiveCache::reviewItems() (the cache is not
// owned and must outlive the model) and follows its signals: decided flags change in place,
// anything else (imports, swaps that reorder the queue) resets the model. GUI thread.
class ReviewQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        StatusColumn,
        KindColumn,
        SimilarityColumn,
        CopyColumn,     // the copy's text
        StoryColumn,    // the copy's story (headline)
        OriginalColumn, // where the original is: its story's headline
        PageColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // flag id
        SortRole,                  // the raw value of the cell
        StatusRole,                // "open", "accepted", "dismissed"
        KindRole,                  // "exact", "near", "truncated"
        SimilarityRole,            // 0..1
        PageIdRole,
        StoryIdRole,
        ImportedAtRole, // the copy's page, UTC QDateTime
        CopyTextRole,
        OriginalTextRole,
        CopyHeadlineRole,
        OriginalHeadlineRole,
        OriginalPageIdRole,
        OriginalStoryIdRole,
        DecidedByRole,
        DecidedAtRole,
    };
    Q_ENUM(Role)

    // Characters of the copy shown in the CopyColumn before an ellipsis.
    static constexpr int MaxExcerptLength = 60;

    explicit ReviewQueueModel(ArchiveCache *cache, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    qint64 flagId(int row) const;
    int rowOfFlag(qint64 flagId) const; // -1 if absent
    const ReviewItem &item(int row) const { return m_items.at(row); }

    // What the editor reads for a status or a duplicate kind.
    static QString statusLabel(const QString &status);
    static QString kindLabel(const QString &kind);

private:
    void handleArchiveReset();
    void handleReviewItemsChanged();

    QPointer<ArchiveCache> m_cache;
    QVector<ReviewItem> m_items;
};

} // namespace Copydesk
