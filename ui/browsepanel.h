// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTimer;
class QTreeView;

namespace Copydesk {

class DistrictTreeModel;
class StorySearchModel;
class TagCache;
class ThemeFilterModel;

// The archive browser: a district tree and a theme list with story counts, and a full-text
// search box; the stories that match all three (text AND district subtree AND theme) are
// listed, newest page first. Activating one asks the window to open it. GUI thread.
class BrowsePanel : public QWidget
{
    Q_OBJECT
public:
    explicit BrowsePanel(TagCache *cache, QWidget *parent = nullptr);

    StorySearchModel *resultModel() const { return m_results; }
    DistrictTreeModel *districtModel() const { return m_districts; }
    ThemeFilterModel *themeModel() const { return m_themes; }
    void clearFilters();

Q_SIGNALS:
    void storyRequested(qint64 pageId, qint64 storyId);

private:
    void applyDistrict();
    void applyTheme();
    void updateCount(int hits);

    DistrictTreeModel *m_districts = nullptr;
    ThemeFilterModel *m_themes = nullptr;
    StorySearchModel *m_results = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QTreeView *m_districtView = nullptr;
    QListView *m_themeView = nullptr;
    QTreeView *m_resultView = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_clear = nullptr;
};

} // namespace Copydesk
