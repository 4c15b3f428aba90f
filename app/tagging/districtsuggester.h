// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/records.h"
#include "gazetteer.h"
#include "placescanner.h"
#include "storytext.h"

#include <QString>
#include <QVector>

#include <optional>

namespace Copydesk::Tagging {

// A mention after resolution: which unit it was taken to mean, and how much it counts.
struct ResolvedMention
{
    int part = -1; // index into weightedParts(story)
    PlaceMention mention;
    int district = -1; // -1: dropped (needs context that the story does not give)
    double weight = 0;
};

// How strongly the story points at one unit: its own mentions and those of the units below it.
struct DistrictScore
{
    int district = -1;
    double own = 0;     // weighted mentions of the unit itself
    double subtree = 0; // own + every unit below it
    int mentions = 0;   // plain count of its own mentions
};

struct DistrictAnalysis
{
    QVector<ResolvedMention> mentions;
    QVector<DistrictScore> scores; // units with a non-zero subtree, most support first
    int chosen = -1;
    QString reason;
};

// Suggests the most specific unit a story is about. Every mention counts with the weight of
// where it stands (headline and kicker > lead paragraph > body); a name several units share
// is resolved by the other places the story names; a town's or street's mention supports its
// county, city and province. The choice walks down from the best province and stops where no
// single child carries enough of the support (a story that names three districts once each
// stays with their city; a trip elsewhere stays a side note). Immutable; any thread.
class DistrictSuggester
{
public:
    struct Options
    {
        PartWeights weights;
        // Go down to the best child when its support is at least this share of the rest of
        // the current unit's support ...
        double descendRatio = 0.5;
        // ... and clearly ahead of its next sibling.
        double siblingMargin = 1.5;
        // A town or street needs at least this much weighted support (one lead mention or
        // two in the body).
        double minTownSupport = 2.0;
        // Weight of a mention that no other place in the story supports (a lone short form
        // such as 江南, a name shared by several units that nothing decides).
        double unsupportedFactor = 0.5;
    };

    explicit DistrictSuggester(Gazetteer gazetteer);
    DistrictSuggester(Gazetteer gazetteer, Options options);

    std::optional<DistrictTag> suggest(const StoryText &story) const;
    DistrictAnalysis analyse(const StoryText &story) const;

    const Gazetteer &gazetteer() const { return m_gazetteer; }

private:
    Gazetteer m_gazetteer;
    PlaceScanner m_scanner;
    Options m_options;
};

} // namespace Copydesk::Tagging
