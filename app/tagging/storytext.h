// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/records.h"
#include "common/types.h"

#include <QString>
#include <QStringList>

namespace Copydesk::Tagging {

// The parts of a story the suggesters read. Where a word stands matters: the headline and
// kicker say what a story is about more reliably than a passing mention in the fifth
// paragraph, so each part carries its own weight (see weightOf()).
struct StoryText
{
    QString kicker;
    QString headline;
    QStringList paragraphs;

    static StoryText fromDraft(const StoryDraft &draft);
    static StoryText fromRecord(const StoryRecord &record);
};

// One scored stretch of a story: a headline, kicker or paragraph with its weight.
struct TextPart
{
    QString text;
    double weight = 1.0;
    int paragraph = -1; // -1 for headline and kicker
};

struct PartWeights
{
    double headline = 3.0;
    double kicker = 3.0;
    double lead = 2.0; // the first paragraph
    double body = 1.0;
};

// The story split into weighted parts, empty parts left out.
QVector<TextPart> weightedParts(const StoryText &story, const PartWeights &weights = {});

} // namespace Copydesk::Tagging
