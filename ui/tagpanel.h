// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace Copydesk {

class ArchiveCache;
class DistrictPicker;
class TagCache;

// A story's district and themes: what an editor confirmed, shown apart from what tagging
// suggests, with the suggestion's reason. The editor confirms the suggestion, picks another
// district (search by any part of the name), or checks the themes that apply (the story's own
// first, the primary at the top) and confirms them. Writes go through TagCache, which never
// lets a new suggestion replace a confirmed tag. GUI thread.
class TagPanel : public QWidget
{
    Q_OBJECT
public:
    TagPanel(TagCache *tags, ArchiveCache *archive, QWidget *parent = nullptr);

    void setStoryId(qint64 storyId);
    qint64 storyId() const { return m_storyId; }
    DistrictPicker *districtPicker() const { return m_picker; }

private:
    void refresh();
    void fillThemes();
    void updateButtons();
    void handleTagsChanged(qint64 storyId);
    void confirmSuggestedDistrict();
    void confirmPickedDistrict();
    void confirmCheckedThemes();
    void suggestAgain();
    void report(const QString &error);

    QPointer<TagCache> m_tags;
    QPointer<ArchiveCache> m_archive;
    qint64 m_storyId = 0;
    QString m_suggestedCode;
    QString m_suggestedPath;
    QString m_suggestedReason;

    QLabel *m_headline = nullptr;
    QLabel *m_confirmedDistrict = nullptr;
    QLabel *m_suggestedDistrict = nullptr;
    QPushButton *m_confirmSuggestion = nullptr;
    DistrictPicker *m_picker = nullptr;
    QPushButton *m_confirmPicked = nullptr;
    QListWidget *m_themes = nullptr;
    QPushButton *m_confirmThemes = nullptr;
    QPushButton *m_suggestAgain = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace Copydesk
