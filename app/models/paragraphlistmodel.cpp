// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "paragraphlistmodel.h"

#include "archivecache.h"

#include <algorithm>

namespace Copydesk {

namespace {
QVariantMap flagToMap(const FlagRecord &flag)
{
    return {
        {QStringLiteral("id"), flag.id},
        {QStringLiteral("kind"), flag.kind},
        {QStringLiteral("status"), flag.status},
        {QStringLiteral("start"), flag.start},
        {QStringLiteral("length"), flag.length},
        {QStringLiteral("text"), flag.text},
        {QStringLiteral("suggestion"), flag.suggestion},
        {QStringLiteral("reason"), flag.reason},
    };
}
} // namespace

ParagraphListModel::ParagraphListModel(ArchiveCache *cache, QObject *parent)
    : QAbstractListModel(parent), m_cache(cache)
{
    Q_ASSERT(cache);
    connect(cache, &ArchiveCache::archiveReset, this, &ParagraphListModel::handleArchiveReset);
    connect(cache, &ArchiveCache::storyChanged, this, &ParagraphListModel::handleStoryChanged);
}

void ParagraphListModel::setStoryId(qint64 storyId)
{
    if (storyId == m_storyId)
        return;
    beginResetModel();
    m_storyId = storyId;
    m_paragraphs.clear();
    m_flags.clear();
    m_storyFlags.clear();
    if (m_cache) {
        if (const std::optional<StoryRecord> story = m_cache->story(storyId))
            load(*story);
    }
    endResetModel();
}

int ParagraphListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_paragraphs.size());
}

QVariant ParagraphListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ParagraphRecord &paragraph = m_paragraphs.at(index.row());
    const QVector<FlagRecord> &flags = m_flags.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return paragraph.text;
    case IdRole:
        return paragraph.id;
    case SortRole:
        return paragraph.position;
    case FlagsRole: {
        QVariantList list;
        for (const FlagRecord &flag : flags)
            list.push_back(flagToMap(flag));
        return list;
    }
    case OpenFlagCountRole:
        return int(std::count_if(flags.cbegin(), flags.cend(), [](const FlagRecord &f) {
            return f.status == QLatin1String(FlagStatus::Open);
        }));
    }
    return {};
}

QHash<int, QByteArray> ParagraphListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "paragraphId");
    names.insert(SortRole, "sortValue");
    names.insert(TextRole, "text");
    names.insert(FlagsRole, "flags");
    names.insert(OpenFlagCountRole, "openFlagCount");
    return names;
}

QVector<FlagRecord> ParagraphListModel::storyFlags() const
{
    return m_storyFlags;
}

void ParagraphListModel::handleArchiveReset()
{
    beginResetModel();
    m_storyId = 0;
    m_paragraphs.clear();
    m_flags.clear();
    m_storyFlags.clear();
    endResetModel();
}

void ParagraphListModel::handleStoryChanged(qint64 storyId)
{
    if (storyId != m_storyId || !m_cache)
        return;
    const std::optional<StoryRecord> story = m_cache->story(storyId);
    const bool sameParagraphs =
        story && std::equal(story->paragraphs.cbegin(), story->paragraphs.cend(),
                            m_paragraphs.cbegin(), m_paragraphs.cend(),
                            [](const ParagraphRecord &a, const ParagraphRecord &b) {
                                return a.id == b.id;
                            });
    if (sameParagraphs) {
        load(*story);
        if (!m_paragraphs.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_paragraphs.size()) - 1));
        return;
    }
    beginResetModel();
    m_paragraphs.clear();
    m_flags.clear();
    m_storyFlags.clear();
    if (story)
        load(*story);
    else
        m_storyId = 0;
    endResetModel();
}

void ParagraphListModel::load(const StoryRecord &story)
{
    m_paragraphs = story.paragraphs;
    m_flags = QVector<QVector<FlagRecord>>(m_paragraphs.size());
    m_storyFlags.clear();
    for (const FlagRecord &flag : story.flags) {
        if (flag.paragraph >= 0 && flag.paragraph < m_flags.size())
            m_flags[flag.paragraph].push_back(flag);
        else
            m_storyFlags.push_back(flag);
    }
}

} // namespace Copydesk
