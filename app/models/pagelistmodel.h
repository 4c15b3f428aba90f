// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/records.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QVector>

namespace Copydesk {

class ArchiveCache;

// The archive's pages, newest first: source name, import date, story count, open flags.
// Reads from an ArchiveCache (not owned, must outlive the model) and follows its signals;
// new pages arrive as inserted rows at the top so views keep their selection. GUI thread.
class PageListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SourceColumn, ImportedColumn, StoriesColumn, OpenFlagsColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole,      // the raw value of the cell (QDateTime, int, QString)
        EncodingRole,
        Sha256Role,
        ImportedByRole,
    };
    Q_ENUM(Role)

    explicit PageListModel(ArchiveCache *cache, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    qint64 pageId(int row) const;
    int rowOfPage(qint64 pageId) const; // -1 if absent

private:
    void handleArchiveReset();
    void handlePagesChanged();

    QPointer<ArchiveCache> m_cache;
    QVector<PageSummary> m_pages;
};

} // namespace Copydesk
