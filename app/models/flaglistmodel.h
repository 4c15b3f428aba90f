// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/records.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QVector>

namespace Copydesk {

class ArchiveCache;

// The flags of one story, in reading order: kind, flagged text, suggestion, reason, status.
// The kind column displays the raw kind ("duplicate"); views translate it. Reads from an
// ArchiveCache (not owned, must outlive the model) and follows its signals. GUI thread.
class FlagListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        KindColumn,
        TextColumn,
        SuggestionColumn,
        ReasonColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        SortRole, // the raw value of the cell
        KindRole,
        StatusRole,
        ParagraphRole, // index in the story's paragraphs, -1 for the whole story
        StartRole,
        LengthRole,
    };
    Q_ENUM(Role)

    explicit FlagListModel(ArchiveCache *cache, QObject *parent = nullptr);

    void setStoryId(qint64 storyId);
    qint64 storyId() const { return m_storyId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void handleArchiveReset();
    void handleStoryChanged(qint64 storyId);
    QVector<FlagRecord> fetch() const;

    QPointer<ArchiveCache> m_cache;
    qint64 m_storyId = 0;
    QVector<FlagRecord> m_flags;
};

} // namespace Copydesk
