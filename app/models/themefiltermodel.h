// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QVector>

namespace Copydesk {

class TagCache;

// The archive by theme: each IPTC Media Topic followed by its active desk sub-themes, with
// the number of stories tagged with it. Retired themes appear only while stories still carry
// them. Reads from a TagCache (not owned, must outlive the model) and follows its signals.
// GUI thread.
class ThemeFilterModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        CodeRole = Qt::UserRole + 1,
        CountRole,
        LabelRole,
        IsTopicRole,
        RetiredRole,
    };
    Q_ENUM(Role)

    explicit ThemeFilterModel(TagCache *cache, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOfCode(const QString &code) const; // -1 if absent
    void reload();

private:
    struct Row
    {
        QString code;
        QString label;
        int count = 0;
        bool topic = false;
        bool retired = false;
    };
    QPointer<TagCache> m_cache;
    QVector<Row> m_rows;
};

} // namespace Copydesk
