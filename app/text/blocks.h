// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/types.h"

#include <QString>
#include <QVector>

namespace Copydesk::Text {

// A run of non-blank lines of the normalised page, with its place in the page text.
struct Block
{
    QString text; // lines joined with '\n', trimmed of surrounding white space
    SourceSpan span;
};

// Splits page text at blank lines (lines holding only white space).
QVector<Block> splitBlocks(const QString &text);

// The layout before any cleanup: each block is one paragraph of one untitled story.
PageDraft blocksAsSingleStory(const QString &text);

} // namespace Copydesk::Text
