// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/records.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QVector>

namespace Copydesk {

class ArchiveCache;

// The paragraphs of one story, in order, with the flags raised on each. Reads from an
// ArchiveCache (not owned, must outlive the model) and follows its signals. GUI thread.
class ParagraphListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole,          // position in the story
        TextRole,          // the whole paragraph (the display role is the same text)
        FlagsRole,         // QVariantList of QVariantMap: id, kind, status, start, length, text,
                           // suggestion, reason (every flag of the paragraph)
        OpenFlagCountRole,
    };
    Q_ENUM(Role)

    explicit ParagraphListModel(ArchiveCache *cache, QObject *parent = nullptr);

    void setStoryId(qint64 storyId);
    qint64 storyId() const { return m_storyId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Flags of the story as a whole (paragraph -1), e.g. encoding problems.
    QVector<FlagRecord> storyFlags() const;

private:
    void handleArchiveReset();
    void handleStoryChanged(qint64 storyId);
    void load(const StoryRecord &story);

    QPointer<ArchiveCache> m_cache;
    qint64 m_storyId = 0;
    QVector<ParagraphRecord> m_paragraphs;
    QVector<QVector<FlagRecord>> m_flags; // per paragraph, same order as m_paragraphs
    QVector<FlagRecord> m_storyFlags;
};

} // namespace Copydesk
