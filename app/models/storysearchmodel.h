// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/tagrepository.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QVector>

namespace Copydesk {

class TagCache;

// Stories of the whole archive found by full text AND district (with everything inside it)
// AND theme, newest page first: headline, district, primary theme, page. Every filter is
// optional; with none, the newest stories. Reads from a TagCache (not owned, must outlive the
// model) and searches again when the filter changes or the cache reports changes. GUI thread.
class StorySearchModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { HeadlineColumn, DistrictColumn, ThemeColumn, PageColumn, ColumnCount };
    enum Role {
        StoryIdRole = Qt::UserRole + 1,
        PageIdRole,
        SortRole,
        DistrictConfirmedRole,
    };
    Q_ENUM(Role)

    explicit StorySearchModel(TagCache *cache, QObject *parent = nullptr);

    void setText(const QString &text);
    void setDistrictCode(const QString &code);
    void setThemeCode(const QString &code);
    void setLimit(int limit);
    const SearchFilter &filter() const { return m_filter; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    qint64 storyId(int row) const;
    QString lastError() const { return m_error; }
    void refresh();

Q_SIGNALS:
    void searched(int hits);

private:
    QPointer<TagCache> m_cache;
    SearchFilter m_filter;
    QVector<SearchHit> m_hits;
    QString m_error;
};

} // namespace Copydesk
