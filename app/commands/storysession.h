// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "document/storydocument.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUndoStack>
#include <QVector>

#include <functional>

class QTimer;

namespace Copydesk {

class ArchiveCache;

namespace Commands {

// Editing one story: owns its StoryDocument and ties it to the story's QUndoStack (not owned;
// the window keeps one per story) and to the archive through ArchiveCache (not owned).
//
// Design note. Typing is recorded by the body's QTextDocument; each of its undo steps is
// forwarded into the stack (DocumentEditCommand), so the stack must be the only way to undo
// the body (the editor widget routes its Undo/Redo keys to the window's actions). Typing is
// saved as a draft (table `drafts`) after `draftIdleMs` without a keystroke and at most
// `draftMaxMs` after the first unsaved one, and stored as a revision after `commitPauseMs`
// without a change, when commit() is called (the editor leaves the story) and before any
// other action. Actions (field edits, applying a suggestion, restoring a revision) and every
// undo or redo are stored as a revision at once. A draft newer than the story's last revision
// found by load() is put into the document as one undoable step and reported by
// recoveredDraftAt(). GUI thread.
class StorySession : public QObject
{
    Q_OBJECT
public:
    struct Timing
    {
        int draftIdleMs = 2000;
        int draftMaxMs = 5000;
        int commitPauseMs = 15000;
    };
    // One replacement in a block: [start, start + length) must still read `expected`.
    struct Replacement
    {
        int block = 0;
        int start = 0;
        int length = 0;
        QString expected;
        QString text;
    };

    StorySession(ArchiveCache *cache, qint64 storyId, QUndoStack *stack, const QString &author,
                 QObject *parent = nullptr);
    ~StorySession() override;

    void setTiming(const Timing &timing) { m_timing = timing; }
    void setAuthor(const QString &author) { m_author = author; }

    // Reads the story (and a recoverable draft). False when the story does not exist.
    bool load();

    qint64 storyId() const { return m_storyId; }
    StoryDocument *document() const { return m_document; }
    QUndoStack *stack() const { return m_stack; }
    // Whether the document differs from what the archive holds.
    bool isModified() const;
    // When a draft was recovered by load() and not stored yet; invalid otherwise.
    QDateTime recoveredDraftAt() const { return m_recoveredAt; }
    // Forgets the recovered text: back to the archive's, draft removed, history cleared.
    void discardRecoveredDraft();

    Status saveDraft();
    // Stores the document as a revision if it differs from the archive and removes the draft.
    Status commit(const QString &action = QString());

    Status editFields(const StoryDocument::Fields &fields);
    // One undo step and one revision named `action` (e.g. "apply suggestion: teh → the").
    Status replaceText(const Replacement &replacement, const QString &action);
    Status replaceAll(QVector<Replacement> replacements, const QString &commandText,
                      const QString &action);
    Status restoreRevision(qint64 revisionId);

Q_SIGNALS:
    void draftSaved();
    void committed(const QString &action);
    void recoveredDraftChanged();

private:
    void handleUndoCommandAdded();
    void handleContentChanged();
    void handleStackIndexChanged(int index);
    void handleStoryChanged(qint64 storyId);
    QByteArray snapshot() const;
    void stopTimers();
    void pushAction(const QString &text, const std::function<void()> &edit);

    QPointer<ArchiveCache> m_cache;
    qint64 m_storyId = 0;
    QPointer<QUndoStack> m_stack;
    QString m_author;
    StoryDocument *m_document = nullptr;
    Timing m_timing;
    StoryDocument::Fields m_savedFields;
    QStringList m_savedParagraphs;
    QDateTime m_recoveredAt;
    QString m_commandText; // text of the next forwarded document step
    QTimer *m_idleTimer = nullptr;
    QTimer *m_maxTimer = nullptr;
    QTimer *m_commitTimer = nullptr;
    int m_lastIndex = 0;
    int m_busy = 0; // > 0 while this session pushes commands itself
};

} // namespace Commands
} // namespace Copydesk
