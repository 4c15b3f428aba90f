// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "blocks.h"

#include "chartraits.h"

namespace Copydesk::Text {

namespace {
bool isBlankLine(QStringView line)
{
    for (QChar c : line) {
        if (!isSpaceFast(c))
            return false;
    }
    return true;
}
} // namespace

QVector<Block> splitBlocks(const QString &text)
{
    QVector<Block> blocks;
    int blockStart = -1;
    int blockEnd = -1;
    auto flush = [&] {
        if (blockStart < 0)
            return;
        const QStringView raw = QStringView(text).mid(blockStart, blockEnd - blockStart);
        // Trim, but keep the span pointing at the trimmed text.
        int s = 0;
        int e = raw.size();
        while (s < e && isSpaceFast(raw[s]))
            ++s;
        while (e > s && isSpaceFast(raw[e - 1]))
            --e;
        if (e > s)
            blocks.push_back({raw.mid(s, e - s).toString(), {blockStart + s, e - s}});
        blockStart = -1;
    };
    int pos = 0;
    const int n = text.size();
    while (pos <= n) {
        int eol = text.indexOf(QLatin1Char('\n'), pos);
        if (eol < 0)
            eol = n;
        const QStringView line = QStringView(text).mid(pos, eol - pos);
        if (isBlankLine(line)) {
            flush();
        } else {
            if (blockStart < 0)
                blockStart = pos;
            blockEnd = eol;
        }
        pos = eol + 1;
    }
    flush();
    return blocks;
}

PageDraft blocksAsSingleStory(const QString &text)
{
    PageDraft page;
    StoryDraft story;
    for (const Block &b : splitBlocks(text))
        story.paragraphs.push_back({b.text, {b.span}});
    if (!story.paragraphs.isEmpty())
        page.stories.push_back(story);
    return page;
}

} // namespace Copydesk::Text
