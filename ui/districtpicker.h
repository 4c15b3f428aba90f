// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QListView;

namespace Copydesk {

class DistrictSearchModel;
class TagCache;

// Finds a district of the archive's gazetteer by any part of its name, its path or its code
// and shows each match with its full path. Emits districtActivated() on Enter or a double
// click. GUI thread.
class DistrictPicker : public QWidget
{
    Q_OBJECT
public:
    explicit DistrictPicker(TagCache *cache, QWidget *parent = nullptr);

    void setQuery(const QString &query);
    void clear();
    // The highlighted match (the first one after a search), or empty.
    QString selectedCode() const;
    QString selectedPath() const;

Q_SIGNALS:
    void districtActivated(const QString &code, const QString &path);
    void selectionChanged();

private:
    void handleQueryEdited(const QString &text);

    DistrictSearchModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QListView *m_results = nullptr;
};

} // namespace Copydesk
