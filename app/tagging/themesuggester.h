// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/records.h"
#include "storytext.h"
#include "taxonomy.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

namespace Copydesk::Tagging {

struct ThemeScore
{
    QString code;
    double score = 0; // a topic's score includes its sub-themes'
    int hits = 0;
    QStringList matched; // keywords found, most weighty first, for the reason shown to editors
};

// Ranks a story's themes by keyword scores: every keyword hit counts with the weight of where
// it stands (headline highest) and of the keyword (weak ones less); overlapping keywords of one
// theme count once (乡村振兴 is not also 乡村). A sub-theme's score counts for its Media Topic.
// suggest() returns the Media Topics first, the best one (the primary theme) at the front, then
// the sub-themes, so the primary is always a medtop code. Built from a copy of the taxonomy;
// immutable, any thread.
class ThemeSuggester
{
public:
    struct Options
    {
        PartWeights weights{3.0, 2.0, 1.5, 1.0};
        double weakWeight = 0.3;
        int maxTopics = 3;
        int maxSubThemes = 3;
        // Besides the best topic, themes need this score and this share of the best one.
        double minScore = 2.0;
        double minShare = 0.3;
        Taxonomy::Language language = Taxonomy::Language::Chinese;
    };

    explicit ThemeSuggester(const Taxonomy &taxonomy);
    ThemeSuggester(const Taxonomy &taxonomy, Options options);
    ~ThemeSuggester();
    ThemeSuggester(const ThemeSuggester &other);
    ThemeSuggester &operator=(const ThemeSuggester &other);

    QVector<ThemeTag> suggest(const StoryText &story) const;
    // Every theme with a hit: topics and sub-themes, highest score first.
    QVector<ThemeScore> scores(const StoryText &story) const;

private:
    struct Index;
    std::shared_ptr<const Index> d;
    Options m_options;
};

} // namespace Copydesk::Tagging
