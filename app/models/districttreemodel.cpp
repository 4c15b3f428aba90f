// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "districttreemodel.h"

#include "tagcache.h"

#include <QHash>

#include <algorithm>

namespace Copydesk {

namespace {
// The tree stops at counties: a town's code counts for its county (first six digits).
QString treeCode(const QString &code)
{
    return code.size() > 6 ? code.left(6) : code;
}

// The prefix codes above a code: 330102 -> 33, 3301.
QStringList ancestorCodes(const QString &code)
{
    QStringList out;
    for (int len = 2; len < code.size(); len += 2)
        out << code.left(len);
    return out;
}
} // namespace

DistrictTreeModel::DistrictTreeModel(TagCache *cache, QObject *parent)
    : QAbstractItemModel(parent), m_cache(cache)
{
    connect(cache, &TagCache::archiveReset, this, &DistrictTreeModel::reload);
    connect(cache, &TagCache::tagsChanged, this, &DistrictTreeModel::reload);
    connect(cache, &TagCache::contentChanged, this, &DistrictTreeModel::reload);
    reload();
}

int DistrictTreeModel::ensureNode(const QString &code)
{
    // Linear in the node's siblings, which stay few (a province's cities, a city's counties).
    // Placeholder levels are not units (北京市's counties hang from 11, there is no 1101).
    QStringList chain;
    for (const QString &c : ancestorCodes(code)) {
        if (!m_cache || !m_cache->upperDistrictName(c).isEmpty())
            chain << c;
    }
    chain << code;
    int parent = -1;
    for (const QString &c : std::as_const(chain)) {
        const QVector<int> &siblings = parent < 0 ? m_top : m_nodes[parent].children;
        auto it = std::find_if(siblings.cbegin(), siblings.cend(),
                               [&](int n) { return m_nodes[n].code == c; });
        if (it != siblings.cend()) {
            parent = *it;
            continue;
        }
        Node node;
        node.code = c;
        node.name = m_cache ? m_cache->upperDistrictName(c) : QString();
        if (node.name.isEmpty())
            node.name = c;
        node.parent = parent;
        m_nodes.append(node);
        const int index = int(m_nodes.size()) - 1;
        if (parent < 0)
            m_top.append(index);
        else
            m_nodes[parent].children.append(index);
        parent = index;
    }
    return parent;
}

void DistrictTreeModel::reload()
{
    beginResetModel();
    m_nodes.clear();
    m_top.clear();
    m_total = 0;
    auto counts = m_cache ? m_cache->districtCounts()
                          : Result<QVector<DistrictCount>>(QVector<DistrictCount>());
    if (counts) {
        // Codes arrive sorted, so each node's children come out in code order.
        QHash<QString, int> byTreeCode;
        for (const DistrictCount &c : counts.value())
            byTreeCode[treeCode(c.code)] += c.stories;
        QStringList codes = byTreeCode.keys();
        std::sort(codes.begin(), codes.end());
        for (const QString &code : std::as_const(codes)) {
            const int stories = byTreeCode.value(code);
            for (int n = ensureNode(code); n >= 0; n = m_nodes[n].parent)
                m_nodes[n].count += stories;
            m_total += stories;
        }
    }
    endResetModel();
}

int DistrictTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : -1;
}

QModelIndex DistrictTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const int p = nodeOf(parent);
    const QVector<int> &children = p < 0 ? m_top : m_nodes[p].children;
    return createIndex(row, column, quintptr(children[row]));
}

QModelIndex DistrictTreeModel::parent(const QModelIndex &child) const
{
    const int n = nodeOf(child);
    if (n < 0)
        return {};
    const int p = m_nodes[n].parent;
    if (p < 0)
        return {};
    const int grand = m_nodes[p].parent;
    const QVector<int> &siblings = grand < 0 ? m_top : m_nodes[grand].children;
    return createIndex(int(siblings.indexOf(p)), 0, quintptr(p));
}

int DistrictTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const int p = nodeOf(parent);
    return int(p < 0 ? m_top.size() : m_nodes[p].children.size());
}

int DistrictTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant DistrictTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = m_nodes[nodeOf(index)];
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2)").arg(node.name).arg(node.count);
    case Qt::ToolTipRole:
        return tr("%n story/stories", nullptr, node.count);
    case CodeRole:
        return node.code;
    case CountRole:
        return node.count;
    case NameRole:
        return node.name;
    case LevelRole:
        return int(node.code.size() / 2);
    default:
        return {};
    }
}

QHash<int, QByteArray> DistrictTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(CodeRole, "code");
    names.insert(CountRole, "count");
    names.insert(NameRole, "name");
    names.insert(LevelRole, "level");
    return names;
}

QModelIndex DistrictTreeModel::indexOfCode(const QString &code) const
{
    const QString target = treeCode(code);
    for (int n = 0; n < m_nodes.size(); ++n) {
        if (m_nodes[n].code != target)
            continue;
        const int p = m_nodes[n].parent;
        const QVector<int> &siblings = p < 0 ? m_top : m_nodes[p].children;
        return createIndex(int(siblings.indexOf(n)), 0, quintptr(n));
    }
    return {};
}

} // namespace Copydesk
