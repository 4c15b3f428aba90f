// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/records.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QVector>

namespace Copydesk {

class ArchiveCache;

// The stories of one page in page order: headline (or, for captions without one, the start
// of the first paragraph), paragraph count, open flags. Reads from an ArchiveCache (not
// owned, must outlive the model) and follows its signals. GUI thread.
class StoryListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { HeadlineColumn, ParagraphsColumn, OpenFlagsColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole,        // the raw value of the cell
        HasHeadlineRole, // false: the title column shows the lead instead
        KickerRole,
        HeadlineRole,
        BylineRole,
        LeadRole,
        PositionRole,
    };
    Q_ENUM(Role)

    // Titles longer than this are cut with an ellipsis in the display role.
    static constexpr int MaxTitleLength = 80;

    explicit StoryListModel(ArchiveCache *cache, QObject *parent = nullptr);

    void setPageId(qint64 pageId);
    qint64 pageId() const { return m_pageId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    qint64 storyId(int row) const;
    int rowOfStory(qint64 storyId) const; // -1 if absent

private:
    void handleArchiveReset();
    void handleStoriesChanged(qint64 pageId);
    void handleStoryChanged(qint64 storyId);

    QPointer<ArchiveCache> m_cache;
    qint64 m_pageId = 0;
    QVector<StorySummary> m_stories;
};

} // namespace Copydesk
