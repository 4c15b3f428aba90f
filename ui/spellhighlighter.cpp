// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spellhighlighter.h"

#include "flaglabels.h"
#include "proofing/proofreader.h"

#include <QTextBlock>
#include <QTextBlockUserData>
#include <QTextDocument>

namespace Copydesk {

namespace {
// What a block was checked for, and what was found.
class BlockFlags : public QTextBlockUserData
{
public:
    QString text;
    int generation = -1;
    QVector<FlagDraft> flags;
};
} // namespace

SpellHighlighter::SpellHighlighter(QTextDocument *document,
                                   const Proofing::Proofreader *proofreader)
    : QSyntaxHighlighter(document), m_proofreader(proofreader)
{
    setObjectName(QStringLiteral("spellHighlighter"));
}

void SpellHighlighter::setProofreader(const Proofing::Proofreader *proofreader)
{
    m_proofreader = proofreader;
    recheckAll();
}

void SpellHighlighter::setIgnored(const QSet<QString> *ignored)
{
    m_ignored = ignored;
}

QString SpellHighlighter::ignoreKey(const QString &kind, const QString &text)
{
    return kind + QChar(0x1f) + text;
}

void SpellHighlighter::recheckAll()
{
    ++m_generation;
    rehighlight();
}

void SpellHighlighter::setTypingPosition(int block, int positionInBlock)
{
    if (block == m_typingBlock && (block < 0 || positionInBlock == m_typingPosition))
        return;
    const int previous = m_typingBlock;
    m_typingBlock = block;
    m_typingPosition = positionInBlock;
    // Only formats change: the blocks' cached flags are reused.
    if (previous >= 0)
        rehighlightBlock(document()->findBlockByNumber(previous));
    if (block >= 0 && block != previous)
        rehighlightBlock(document()->findBlockByNumber(block));
}

QVector<FlagDraft> SpellHighlighter::compute(const QString &text, int block)
{
    if (!m_proofreader)
        return {};
    ++m_checkCount;
    QVector<FlagDraft> found = m_proofreader->checkParagraph(text, block);
    if (m_ignored && !m_ignored->isEmpty()) {
        found.erase(std::remove_if(found.begin(), found.end(),
                                   [this](const FlagDraft &f) {
                                       return m_ignored->contains(ignoreKey(f.kind, f.text));
                                   }),
                    found.end());
    }
    return found;
}

QVector<FlagDraft> SpellHighlighter::flags(const QTextBlock &block)
{
    if (!block.isValid())
        return {};
    auto *data = static_cast<BlockFlags *>(block.userData());
    const QString text = block.text();
    if (data && data->generation == m_generation && data->text == text) {
        QVector<FlagDraft> out = data->flags;
        for (FlagDraft &f : out)
            f.paragraph = block.blockNumber();
        return out;
    }
    return compute(text, block.blockNumber());
}

std::optional<FlagDraft> SpellHighlighter::flagAt(const QTextBlock &block, int offset)
{
    for (const FlagDraft &f : flags(block)) {
        if (offset >= f.start && offset <= f.start + f.length && f.length > 0)
            return f;
    }
    return std::nullopt;
}

void SpellHighlighter::highlightBlock(const QString &text)
{
    QTextBlock block = currentBlock();
    auto *data = static_cast<BlockFlags *>(currentBlockUserData());
    if (!data || data->generation != m_generation || data->text != text) {
        if (!data) {
            data = new BlockFlags;
            setCurrentBlockUserData(data); // the block owns it
        }
        data->text = text;
        data->generation = m_generation;
        data->flags = compute(text, block.blockNumber());
    }
    const bool typingHere = block.blockNumber() == m_typingBlock;
    for (const FlagDraft &f : std::as_const(data->flags)) {
        if (typingHere && f.kind == QLatin1String(FlagKind::Spelling) &&
            f.start <= m_typingPosition && m_typingPosition <= f.start + f.length)
            continue;
        const int start = qBound(0, f.start, int(text.size()));
        const int length = qBound(0, f.length, int(text.size()) - start);
        if (length > 0)
            setFormat(start, length, formatFor(f.kind));
    }
}

QTextCharFormat SpellHighlighter::formatFor(const QString &kind)
{
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    if (kind == QLatin1String(FlagKind::Spelling)) {
        format.setUnderlineColor(QColor(0xd0, 0x10, 0x10));
    } else if (kind == QLatin1String(FlagKind::StrayLatin)) {
        format.setUnderlineColor(QColor(0xe0, 0x80, 0x00));
    } else if (kind == QLatin1String(FlagKind::VariantCharacter)) {
        format.setUnderlineColor(QColor(0x10, 0x60, 0xd0));
    } else if (kind == QLatin1String(FlagKind::DoubledCharacter)) {
        format.setUnderlineColor(QColor(0x90, 0x30, 0xc0));
    } else if (kind == QLatin1String(FlagKind::Punctuation)) {
        format.setUnderlineColor(QColor(0x10, 0x90, 0x50));
    } else { // errata and kinds to come
        format.setUnderlineStyle(QTextCharFormat::DashUnderline);
        format.setUnderlineColor(QColor(0xc0, 0x10, 0x90));
    }
    return format;
}

} // namespace Copydesk
