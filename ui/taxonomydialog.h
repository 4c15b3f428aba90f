// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace Copydesk {

class TagCache;

// The desk's taxonomy: the 17 IPTC Media Topics with the desk's sub-themes under them. Editors
// add a sub-theme under a topic, rename one, edit keywords and phrases (of any theme), merge a
// sub-theme into another theme (its stories' tags move along) and retire or restore one.
// Changes are stored in the archive at once through TagCache. Non-modal. GUI thread.
class TaxonomyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TaxonomyDialog(TagCache *cache, QWidget *parent = nullptr);

    // Selects a theme in the tree (false if there is none with that code).
    bool selectTheme(const QString &code);
    QString currentCode() const;

private:
    void rebuild();
    void showCurrent();
    void addTheme();
    void saveTheme();
    void mergeTheme();
    void toggleRetired();
    void report(const QString &error, const QString &done = {});

    QPointer<TagCache> m_cache;
    QTreeWidget *m_tree = nullptr;
    QLineEdit *m_labelZh = nullptr;
    QLineEdit *m_labelEn = nullptr;
    QPlainTextEdit *m_keywords = nullptr;
    QPlainTextEdit *m_weakKeywords = nullptr;
    QLineEdit *m_newZh = nullptr;
    QLineEdit *m_newEn = nullptr;
    QLineEdit *m_newKeywords = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_save = nullptr;
    QComboBox *m_mergeTarget = nullptr;
    QPushButton *m_merge = nullptr;
    QPushButton *m_retire = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace Copydesk
