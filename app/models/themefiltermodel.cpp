// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "themefiltermodel.h"

#include "tagcache.h"

#include <QHash>

namespace Copydesk {

ThemeFilterModel::ThemeFilterModel(TagCache *cache, QObject *parent)
    : QAbstractListModel(parent), m_cache(cache)
{
    connect(cache, &TagCache::archiveReset, this, &ThemeFilterModel::reload);
    connect(cache, &TagCache::taxonomyChanged, this, &ThemeFilterModel::reload);
    connect(cache, &TagCache::tagsChanged, this, &ThemeFilterModel::reload);
    connect(cache, &TagCache::contentChanged, this, &ThemeFilterModel::reload);
    reload();
}

void ThemeFilterModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_cache) {
        QHash<QString, int> counts;
        if (auto c = m_cache->themeCounts()) {
            for (const ThemeCount &t : c.value())
                counts.insert(t.code, t.stories);
        }
        const Tagging::Taxonomy &taxonomy = m_cache->taxonomy();
        for (const Tagging::Theme &topic : taxonomy.topics()) {
            m_rows.append({topic.code, topic.labelZh, counts.value(topic.code), true, false});
            for (const Tagging::Theme &theme : taxonomy.children(topic.code, true)) {
                const int n = counts.value(theme.code);
                if (!theme.retired || n > 0)
                    m_rows.append({theme.code, theme.labelZh, n, false, theme.retired});
            }
        }
    }
    endResetModel();
}

int ThemeFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ThemeFilterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        // Sub-themes indented under their topic in a plain list.
        return row.topic ? tr("%1 (%2)").arg(row.label).arg(row.count)
                         : tr("    %1 (%2)").arg(row.label).arg(row.count);
    case Qt::ToolTipRole:
        return row.retired ? tr("%1 — retired").arg(row.code) : row.code;
    case CodeRole:
        return row.code;
    case CountRole:
        return row.count;
    case LabelRole:
        return row.label;
    case IsTopicRole:
        return row.topic;
    case RetiredRole:
        return row.retired;
    default:
        return {};
    }
}

QHash<int, QByteArray> ThemeFilterModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(CodeRole, "code");
    names.insert(CountRole, "count");
    names.insert(LabelRole, "label");
    names.insert(IsTopicRole, "isTopic");
    names.insert(RetiredRole, "retired");
    return names;
}

int ThemeFilterModel::rowOfCode(const QString &code) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].code == code)
            return i;
    }
    return -1;
}

} // namespace Copydesk
