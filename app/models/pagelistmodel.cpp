// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagelistmodel.h"

#include "archivecache.h"

#include <QLocale>

#include <algorithm>
#include <limits>

namespace Copydesk {

namespace {
QVector<qint64> idsOf(const QVector<PageSummary> &pages)
{
    QVector<qint64> ids;
    ids.reserve(pages.size());
    for (const PageSummary &p : pages)
        ids.push_back(p.id);
    return ids;
}
} // namespace

PageListModel::PageListModel(ArchiveCache *cache, QObject *parent)
    : QAbstractTableModel(parent), m_cache(cache)
{
    Q_ASSERT(cache);
    m_pages = cache->pages();
    connect(cache, &ArchiveCache::archiveReset, this, &PageListModel::handleArchiveReset);
    connect(cache, &ArchiveCache::pagesChanged, this, &PageListModel::handlePagesChanged);
}

int PageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pages.size());
}

int PageListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PageSummary &page = m_pages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SourceColumn:
            return page.source.fileName;
        case ImportedColumn:
            return QLocale().toString(page.source.importedAt.toLocalTime(), QLocale::ShortFormat);
        case StoriesColumn:
            return page.storyCount;
        case OpenFlagsColumn:
            return page.openFlagCount;
        }
        break;
    case Qt::ToolTipRole:
        return tr("Page %1: %2\nImported %3 by %4\nEncoding %5, %n byte(s)\nSHA-256 %6", nullptr,
                  int(qMin<qint64>(page.source.byteSize, std::numeric_limits<int>::max())))
            .arg(page.id)
            .arg(page.source.fileName,
                 QLocale().toString(page.source.importedAt.toLocalTime(), QLocale::LongFormat),
                 page.source.importedBy, page.source.encoding, page.source.sha256);
    case Qt::TextAlignmentRole:
        if (index.column() == StoriesColumn || index.column() == OpenFlagsColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        break;
    case IdRole:
        return page.id;
    case SortRole:
        switch (index.column()) {
        case SourceColumn:
            return page.source.fileName;
        case ImportedColumn:
            return page.source.importedAt;
        case StoriesColumn:
            return page.storyCount;
        case OpenFlagsColumn:
            return page.openFlagCount;
        }
        break;
    case EncodingRole:
        return page.source.encoding;
    case Sha256Role:
        return page.source.sha256;
    case ImportedByRole:
        return page.source.importedBy;
    }
    return {};
}

QVariant PageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SourceColumn:
        return tr("Source");
    case ImportedColumn:
        return tr("Imported");
    case StoriesColumn:
        return tr("Stories");
    case OpenFlagsColumn:
        return tr("Flags");
    }
    return {};
}

QHash<int, QByteArray> PageListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "pageId");
    names.insert(SortRole, "sortValue");
    names.insert(EncodingRole, "encoding");
    names.insert(Sha256Role, "sha256");
    names.insert(ImportedByRole, "importedBy");
    return names;
}

qint64 PageListModel::pageId(int row) const
{
    return row >= 0 && row < m_pages.size() ? m_pages.at(row).id : 0;
}

int PageListModel::rowOfPage(qint64 pageId) const
{
    for (int row = 0; row < m_pages.size(); ++row) {
        if (m_pages.at(row).id == pageId)
            return row;
    }
    return -1;
}

void PageListModel::handleArchiveReset()
{
    beginResetModel();
    m_pages = m_cache ? m_cache->pages() : QVector<PageSummary>();
    endResetModel();
}

void PageListModel::handlePagesChanged()
{
    const QVector<PageSummary> fresh = m_cache ? m_cache->pages() : QVector<PageSummary>();
    const QVector<qint64> oldIds = idsOf(m_pages);
    const QVector<qint64> newIds = idsOf(fresh);

    // Imports add pages at the top (newest first): insert them and refresh the rest in place.
    const int added = int(newIds.size() - oldIds.size());
    if (added >= 0 && std::equal(oldIds.cbegin(), oldIds.cend(), newIds.cbegin() + added)) {
        if (added > 0) {
            beginInsertRows({}, 0, added - 1);
            m_pages = fresh;
            endInsertRows();
        } else {
            m_pages = fresh;
        }
        if (!oldIds.isEmpty())
            Q_EMIT dataChanged(index(added, 0), index(int(m_pages.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_pages = fresh;
    endResetModel();
}

} // namespace Copydesk
