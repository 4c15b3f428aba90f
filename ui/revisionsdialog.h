// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace Copydesk {

class ArchiveCache;

// Story > Revisions: every stored revision of one story, newest first (time, author, action),
// the selected one's text, and Restore, which asks the story panel to make that text current
// again (a new revision, undoable). Follows the cache, so new revisions show up while it is
// open. Reads through the ArchiveCache (not owned). GUI thread.
class RevisionsDialog : public QDialog
{
    Q_OBJECT
public:
    RevisionsDialog(ArchiveCache *cache, qint64 storyId, QWidget *parent = nullptr);

    qint64 storyId() const { return m_storyId; }
    // Selects the revision (for tests and keyboard users); false if it is not listed.
    bool selectRevision(qint64 revisionId);
    int revisionCount() const;

Q_SIGNALS:
    void restoreRequested(qint64 storyId, qint64 revisionId);

private:
    void reload();
    void showSelected();

    QPointer<ArchiveCache> m_cache;
    qint64 m_storyId = 0;
    QTreeWidget *m_list = nullptr;
    QTextBrowser *m_preview = nullptr;
    QPushButton *m_restore = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Copydesk
