// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagecleaner.h"

#include "blocks.h"
#include "linejoiner.h"
#include "storysegmenter.h"
#include "wordsegmenter.h"

namespace Copydesk::Text {

PageDraft cleanupPage(const QString &text, const CleanupOptions &options)
{
    const QVector<Block> blocks = splitBlocks(text);
    if (blocks.isEmpty())
        return {};
    const LineJoiner joiner(options, text);
    const WordSegmenter words;
    return StorySegmenter(words, &joiner).segment(joiner.units(blocks));
}

} // namespace Copydesk::Text
