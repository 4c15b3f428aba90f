// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QVector>

namespace Copydesk {

class TagCache;

// The district picker's list: units of the archive's gazetteer found by any part of their
// name or path (杭州, 上城, 上城区, 杭州上城, "杭州 上城") or by code (330102, or the
// published 330102000000), each shown with its full path. Best first: the name itself, then
// names that start with the query, then units inside a match, more general before more
// specific. Reads from a TagCache (not owned, must outlive the model). GUI thread.
class DistrictSearchModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        CodeRole = Qt::UserRole + 1,
        NameRole,
        PathRole,
        LevelRole,
    };
    Q_ENUM(Role)

    explicit DistrictSearchModel(TagCache *cache, QObject *parent = nullptr);

    void setQuery(const QString &query);
    QString query() const { return m_query; }
    void setLimit(int limit) { m_limit = limit; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString code(int row) const;
    QString path(int row) const;

private:
    void search();

    QPointer<TagCache> m_cache;
    QString m_query;
    int m_limit = 200;
    QVector<int> m_rows; // indexes into TagCache::districts()
};

} // namespace Copydesk
