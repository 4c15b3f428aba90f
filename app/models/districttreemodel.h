// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QPointer>
#include <QVector>

namespace Copydesk {

class TagCache;

// The archive by district: province > city > county, each with the number of stories tagged
// with it or any place inside it (a town's stories count for its county). Only districts that
// have stories appear; children in code order. Reads from a TagCache (not owned, must outlive
// the model) and rebuilds when its tags or content change. GUI thread.
class DistrictTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        CodeRole = Qt::UserRole + 1, // prefix code: 33, 3301, 330102
        CountRole,
        NameRole,
        LevelRole,
    };
    Q_ENUM(Role)

    explicit DistrictTreeModel(TagCache *cache, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QModelIndex indexOfCode(const QString &code) const;
    int totalStories() const { return m_total; }

    // Re-reads the counts (done on the cache's signals).
    void reload();

private:
    struct Node
    {
        QString code;
        QString name;
        int count = 0;
        int parent = -1; // node index, -1 at the top
        QVector<int> children;
    };
    int nodeOf(const QModelIndex &index) const;
    int ensureNode(const QString &code);

    QPointer<TagCache> m_cache;
    QVector<Node> m_nodes;
    QVector<int> m_top;
    int m_total = 0;
};

} // namespace Copydesk
