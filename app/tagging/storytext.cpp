// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storytext.h"

namespace Copydesk::Tagging {

StoryText StoryText::fromDraft(const StoryDraft &draft)
{
    StoryText story;
    story.kicker = draft.kicker;
    story.headline = draft.headline;
    story.paragraphs.reserve(draft.paragraphs.size());
    for (const ParagraphDraft &p : draft.paragraphs)
        story.paragraphs.append(p.text);
    return story;
}

StoryText StoryText::fromRecord(const StoryRecord &record)
{
    StoryText story;
    story.kicker = record.summary.kicker;
    story.headline = record.summary.headline;
    story.paragraphs.reserve(record.paragraphs.size());
    for (const ParagraphRecord &p : record.paragraphs)
        story.paragraphs.append(p.text);
    return story;
}

QVector<TextPart> weightedParts(const StoryText &story, const PartWeights &weights)
{
    QVector<TextPart> parts;
    parts.reserve(story.paragraphs.size() + 2);
    if (!story.headline.trimmed().isEmpty())
        parts.append({story.headline, weights.headline, -1});
    if (!story.kicker.trimmed().isEmpty())
        parts.append({story.kicker, weights.kicker, -1});
    bool lead = true;
    for (int i = 0; i < story.paragraphs.size(); ++i) {
        if (story.paragraphs[i].trimmed().isEmpty())
            continue;
        parts.append({story.paragraphs[i], lead ? weights.lead : weights.body, i});
        lead = false;
    }
    return parts;
}

} // namespace Copydesk::Tagging
