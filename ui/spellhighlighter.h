// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/types.h"

#include <QSet>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>
#include <QVector>

#include <optional>

namespace Copydesk {

namespace Proofing {
class Proofreader;
}

// Underlines what the desk's checks flag in a story body: a red wavy line for spelling, other
// colours for stray Latin words, variant characters, doubled characters, punctuation and
// errata. Works block by block: QSyntaxHighlighter calls highlightBlock() only for the blocks
// an edit touched, and each block's flags are cached in its QTextBlockUserData with the text
// they were computed for, so re-highlighting an unchanged block costs no check. The
// Proofreader (not owned) does the checking; it never spell-checks Chinese text. Flags the
// editor chose to ignore (kind and text) are dropped; the word being typed is left alone.
// GUI thread.
class SpellHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    SpellHighlighter(QTextDocument *document, const Proofing::Proofreader *proofreader);

    // Another proofreader (e.g. the dictionary changed); re-checks everything.
    void setProofreader(const Proofing::Proofreader *proofreader);
    // Flags (kind, text) never shown, shared by every highlighter of the window (not owned).
    void setIgnored(const QSet<QString> *ignored);
    static QString ignoreKey(const QString &kind, const QString &text);

    // The block's flags, from the cache when its text has not changed since.
    QVector<FlagDraft> flags(const QTextBlock &block);
    // The flag under `offset` of `block`, if any.
    std::optional<FlagDraft> flagAt(const QTextBlock &block, int offset);
    // Forgets every cached result and highlights again (dictionary or ignore list changed).
    void recheckAll();
    // Where the editor is typing (block -1: not typing). A misspelling there is the word
    // being typed and is not underlined until the cursor leaves it.
    void setTypingPosition(int block, int positionInBlock);

    static QTextCharFormat formatFor(const QString &kind);
    // How many times a block was checked (the benchmark and tests count incremental work).
    int checkCount() const { return m_checkCount; }

protected:
    void highlightBlock(const QString &text) override;

private:
    QVector<FlagDraft> compute(const QString &text, int block);

    const Proofing::Proofreader *m_proofreader = nullptr;
    const QSet<QString> *m_ignored = nullptr;
    int m_generation = 0;
    int m_checkCount = 0;
    int m_typingBlock = -1;
    int m_typingPosition = 0;
};

} // namespace Copydesk
