// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storydocument.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace Copydesk {

StoryDocument::StoryDocument(qint64 storyId, QObject *parent)
    : QObject(parent), m_storyId(storyId), m_body(new QTextDocument(this))
{
    m_body->setObjectName(QStringLiteral("storyBody-%1").arg(storyId));
    // QTextDocument reports contentsChange() only once it has a layout; create the default
    // one now so that a document without a view (tests, the autosave helper) reports too.
    (void)m_body->documentLayout();
    connect(m_body, &QTextDocument::contentsChange, this, &StoryDocument::handleContentsChange);
}

StoryDocument::~StoryDocument() = default;

void StoryDocument::setFields(const Fields &fields)
{
    if (fields == m_fields)
        return;
    m_fields = fields;
    Q_EMIT fieldsChanged();
    Q_EMIT contentChanged();
}

QStringList StoryDocument::blocks() const
{
    QStringList out;
    out.reserve(m_body->blockCount());
    for (QTextBlock b = m_body->begin(); b.isValid(); b = b.next())
        out << b.text();
    return out;
}

QStringList StoryDocument::paragraphs() const
{
    QStringList out;
    for (QTextBlock b = m_body->begin(); b.isValid(); b = b.next()) {
        const QString text = b.text();
        if (!text.trimmed().isEmpty())
            out << text;
    }
    return out;
}

int StoryDocument::blockCount() const
{
    return m_body->blockCount();
}

QString StoryDocument::blockText(int block) const
{
    const QTextBlock b = m_body->findBlockByNumber(block);
    return b.isValid() ? b.text() : QString();
}

void StoryDocument::load(const Fields &fields, const QStringList &paragraphs)
{
    m_loading = true;
    ++m_historyGeneration;
    m_body->setUndoRedoEnabled(false); // also clears the history
    m_body->setPlainText(paragraphs.join(QChar::ParagraphSeparator));
    applyBlockFormat();
    m_body->setUndoRedoEnabled(true);
    m_body->setModified(false);
    m_loading = false;
    const bool fieldsDiffer = fields != m_fields;
    m_fields = fields;
    if (fieldsDiffer)
        Q_EMIT fieldsChanged();
    Q_EMIT bodyChanged();
    Q_EMIT contentChanged();
}

bool StoryDocument::replaceText(int block, int start, int length, const QString &text,
                                const QString &expected)
{
    const QTextBlock b = m_body->findBlockByNumber(block);
    if (!b.isValid() || start < 0 || length < 0 || start + length > b.length() - 1)
        return false;
    if (!expected.isNull() && b.text().mid(start, length) != expected)
        return false;
    QTextCursor cursor(b);
    cursor.setPosition(b.position() + start);
    cursor.setPosition(b.position() + start + length, QTextCursor::KeepAnchor);
    cursor.beginEditBlock();
    cursor.insertText(text);
    cursor.endEditBlock();
    return true;
}

void StoryDocument::replaceParagraphs(const QStringList &paragraphs)
{
    if (blocks() == paragraphs)
        return;
    QTextCursor cursor(m_body);
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(paragraphs.join(QChar::ParagraphSeparator));
    cursor.endEditBlock();
}

void StoryDocument::setMargins(qreal documentMargin, qreal paragraphSpacing)
{
    m_documentMargin = documentMargin;
    m_paragraphSpacing = paragraphSpacing;
}

void StoryDocument::applyBlockFormat()
{
    if (m_documentMargin >= 0)
        m_body->setDocumentMargin(m_documentMargin);
    if (m_paragraphSpacing <= 0)
        return;
    QTextCursor cursor(m_body);
    cursor.select(QTextCursor::Document);
    QTextBlockFormat format;
    format.setBottomMargin(m_paragraphSpacing);
    cursor.mergeBlockFormat(format);
}

void StoryDocument::handleContentsChange(int, int removed, int added)
{
    // Layout and highlighting report changes of nothing; only text counts.
    if (m_loading || (removed == 0 && added == 0))
        return;
    Q_EMIT bodyChanged();
    Q_EMIT contentChanged();
}

} // namespace Copydesk
