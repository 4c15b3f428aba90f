// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QTextDocument;

namespace Copydesk {

// The story open in the editor: kicker, headline, byline and the body, a QTextDocument with
// one block per paragraph. Owns the body document (its own undo history records typing; the
// story's QUndoStack forwards to it, see Commands::DocumentEditCommand). load() replaces
// everything without undo; replaceText() and replaceParagraphs() are single undoable steps of
// the body document. Knows nothing of storage: StorySession decides when the text is saved.
// GUI thread.
class StoryDocument : public QObject
{
    Q_OBJECT
public:
    struct Fields
    {
        QString kicker;
        QString headline;
        QString byline;
        bool operator==(const Fields &o) const
        {
            return kicker == o.kicker && headline == o.headline && byline == o.byline;
        }
        bool operator!=(const Fields &o) const { return !(*this == o); }
    };

    explicit StoryDocument(qint64 storyId, QObject *parent = nullptr);
    ~StoryDocument() override;

    qint64 storyId() const { return m_storyId; }
    QTextDocument *body() const { return m_body; }

    Fields fields() const { return m_fields; }
    QString kicker() const { return m_fields.kicker; }
    QString headline() const { return m_fields.headline; }
    QString byline() const { return m_fields.byline; }
    // Emits fieldsChanged() when something differs. Not undoable by itself.
    void setFields(const Fields &fields);

    // Text of every block, in order (blocks = paragraphs, empty ones included).
    QStringList blocks() const;
    // The paragraphs as stored: blocks without the empty ones.
    QStringList paragraphs() const;
    int blockCount() const;
    QString blockText(int block) const;

    // Replaces fields and body and clears the body's undo history (opening a story).
    void load(const Fields &fields, const QStringList &paragraphs);
    // Counts load()s: undo steps recorded before the last load no longer apply to the body.
    int historyGeneration() const { return m_historyGeneration; }

    // Replaces [start, start + length) of `block` with `text` as one undo step of the body.
    // When `expected` is not null the span must hold exactly it (the text may have changed
    // since a flag was computed); returns false and changes nothing otherwise.
    bool replaceText(int block, int start, int length, const QString &text,
                     const QString &expected = QString());
    // Replaces the whole body as one undo step (restoring a revision, recovering a draft).
    void replaceParagraphs(const QStringList &paragraphs);

    // Margin around the text and spacing below each paragraph, applied by load() without
    // undo steps (new blocks keep the spacing).
    void setMargins(qreal documentMargin, qreal paragraphSpacing);

Q_SIGNALS:
    void fieldsChanged();
    // The body's text changed (typing, undo, replace); not emitted for formatting.
    void bodyChanged();
    // Either of the above.
    void contentChanged();

private:
    void handleContentsChange(int position, int removed, int added);
    void applyBlockFormat();

    qint64 m_storyId = 0;
    Fields m_fields;
    QTextDocument *m_body = nullptr;
    qreal m_documentMargin = -1;
    qreal m_paragraphSpacing = 0;
    bool m_loading = false;
    int m_historyGeneration = 0;
};

} // namespace Copydesk
