// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/storyrepository.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTextBrowser;
class QTreeView;

namespace Copydesk {

class ArchiveCache;
class FlagListModel;
class ParagraphListModel;

// The selected story: kicker, headline and byline as line edits, the paragraphs as
// read-only text with flagged spans marked, and the story's flags as a list (kind, text,
// suggestion, reason, status; its FlagListModel is owned by the panel). Editing a field and pressing Enter (or leaving
// it) emits fieldsEdited(); the window turns that into an undoable command. Shows what the
// cache and the paragraph model (neither owned) say, so undo and redo show up here too.
// GUI thread.
class StoryPanel : public QWidget
{
    Q_OBJECT
public:
    StoryPanel(ArchiveCache *cache, ParagraphListModel *paragraphs, QWidget *parent = nullptr);

    // Emits fieldsEdited() for unsaved edits of the story shown so far, then shows `storyId`
    // (0: none).
    void setStoryId(qint64 storyId);
    qint64 storyId() const { return m_storyId; }
    void setEditable(bool editable);

    // Emits fieldsEdited() if the line edits differ from the archive.
    void commitEdits();

Q_SIGNALS:
    void fieldsEdited(qint64 storyId, const Copydesk::StoryRepository::Fields &fields);

private:
    void handleArchiveReset();
    void handleStoryChanged(qint64 storyId);
    void handleEditingFinished();
    void showFields();
    void rebuildParagraphs();
    void handleFlagActivated();

    QPointer<ArchiveCache> m_cache;
    ParagraphListModel *m_paragraphs = nullptr;
    qint64 m_storyId = 0;
    bool m_editable = true;
    QLineEdit *m_kicker = nullptr;
    QLineEdit *m_headline = nullptr;
    QLineEdit *m_byline = nullptr;
    QTextBrowser *m_text = nullptr;
    FlagListModel *m_flagModel = nullptr;
    QTreeView *m_flagView = nullptr;
    QLabel *m_info = nullptr;
};

} // namespace Copydesk
