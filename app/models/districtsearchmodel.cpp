// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "districtsearchmodel.h"

#include "tagcache.h"

#include <QRegularExpression>

#include <algorithm>

namespace Copydesk {

namespace {
bool isDigits(const QString &s)
{
    return !s.isEmpty() && std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.isDigit(); });
}

// The published forms pad the prefix codes with zeros: 330102000000 -> 330102, 330100 -> 3301.
QString prefixCode(QString code)
{
    if (code.size() == 12 && code.endsWith(QLatin1String("000")))
        code.chop(3);
    if (code.size() == 9 && code.endsWith(QLatin1String("000")))
        code.chop(3);
    while (code.size() > 2 && code.size() <= 6 && code.endsWith(QLatin1String("00")))
        code.chop(2);
    return code;
}
} // namespace

DistrictSearchModel::DistrictSearchModel(TagCache *cache, QObject *parent)
    : QAbstractListModel(parent), m_cache(cache)
{
    connect(cache, &TagCache::archiveReset, this, &DistrictSearchModel::search);
}

void DistrictSearchModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    search();
}

void DistrictSearchModel::search()
{
    beginResetModel();
    m_rows.clear();
    static const QRegularExpression separators(QStringLiteral("[\\s/,，、]+"));
    const QStringList terms = m_query.split(separators, Qt::SkipEmptyParts);
    if (!m_cache || terms.isEmpty()) {
        endResetModel();
        return;
    }
    const QVector<DistrictRecord> &all = m_cache->districts();
    struct Match
    {
        int index;
        int rank;
    };
    QVector<Match> matches;
    const QString last = terms.last();
    for (int i = 0; i < all.size(); ++i) {
        const DistrictRecord &d = all[i];
        bool ok = true;
        for (const QString &term : terms) {
            if (isDigits(term)) {
                ok = d.code.startsWith(prefixCode(term));
            } else if (d.name.contains(term) || d.shortName.contains(term)) {
                continue;
            } else {
                // 杭州上城 or 上城 under 杭州: the path, in full names or in short forms.
                const QString path = m_cache->districtPath(i);
                ok = path.contains(term) || QString(path).remove(QLatin1Char('/')).contains(term)
                     || m_cache->districtShortPath(i).contains(term);
            }
            if (!ok)
                break;
        }
        if (!ok)
            continue;
        int rank = 3;
        if (isDigits(last))
            rank = d.code == prefixCode(last) ? 0 : 2;
        else if (d.name == last || d.shortName == last)
            rank = 0;
        else if (d.name.startsWith(last))
            rank = 1;
        else if (d.name.contains(last))
            rank = 2;
        matches.append({i, rank * 10 + d.level});
    }
    std::stable_sort(matches.begin(), matches.end(),
                     [](const Match &a, const Match &b) { return a.rank < b.rank; });
    for (int i = 0; i < matches.size() && i < m_limit; ++i)
        m_rows.append(matches[i].index);
    endResetModel();
}

int DistrictSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DistrictSearchModel::data(const QModelIndex &index, int role) const
{
    if (!m_cache
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int i = m_rows[index.row()];
    const DistrictRecord &d = m_cache->districts()[i];
    switch (role) {
    case Qt::DisplayRole:
    case PathRole:
        return m_cache->districtPath(i);
    case Qt::ToolTipRole:
        return tr("%1 (code %2)").arg(m_cache->districtPath(i), d.code);
    case CodeRole:
        return d.code;
    case NameRole:
        return d.name;
    case LevelRole:
        return d.level;
    default:
        return {};
    }
}

QHash<int, QByteArray> DistrictSearchModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(CodeRole, "code");
    names.insert(NameRole, "name");
    names.insert(PathRole, "path");
    names.insert(LevelRole, "level");
    return names;
}

QString DistrictSearchModel::code(int row) const
{
    return row >= 0 && row < m_rows.size() && m_cache ? m_cache->districts()[m_rows[row]].code
                                                      : QString();
}

QString DistrictSearchModel::path(int row) const
{
    return row >= 0 && row < m_rows.size() && m_cache ? m_cache->districtPath(m_rows[row])
                                                      : QString();
}

} // namespace Copydesk
