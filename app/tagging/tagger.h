// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/records.h"
#include "common/result.h"
#include "common/types.h"
#include "districtsuggester.h"
#include "storytext.h"
#include "taxonomy.h"
#include "themesuggester.h"

#include <QVector>

#include <optional>

namespace Copydesk::Tagging {

// What the tagging stage proposes for one story; nothing in it is confirmed.
struct StoryTags
{
    std::optional<DistrictTag> district;
    QVector<ThemeTag> themes; // Media Topics first (the primary at the front), then sub-themes
};

// The tagging stage: district and theme suggestions for a story or a whole page, and the rule
// for applying new suggestions to tags a story already has. Holds copies of the gazetteer
// (shared) and the taxonomy; immutable, so one instance may serve several threads.
class Tagger
{
public:
    Tagger(Gazetteer gazetteer, const Taxonomy &taxonomy);
    // The shared built-in gazetteer and the seed taxonomy; storage passes the desk's own taxonomy
    // to the other constructor once it keeps one.
    static Result<Tagger> createDefault();

    StoryTags suggest(const StoryText &story) const;
    QVector<StoryTags> suggestPage(const PageDraft &page) const;

    // Confirmed tags are never overwritten: a confirmed district stays whatever is suggested;
    // otherwise the suggestion replaces the old one (or clears it when there is none).
    static std::optional<DistrictTag> mergeDistrict(const std::optional<DistrictTag> &current,
                                                    const std::optional<DistrictTag> &suggested);
    // Confirmed themes all stay, in their order; unconfirmed ones are replaced by the new
    // suggestions that are not already confirmed. Media Topics stay ahead of sub-themes, so
    // the primary is the first confirmed topic, or else the best suggested one.
    static QVector<ThemeTag> mergeThemes(const QVector<ThemeTag> &current,
                                         const QVector<ThemeTag> &suggested);

    const DistrictSuggester &districts() const { return m_districts; }
    const ThemeSuggester &themes() const { return m_themes; }

private:
    DistrictSuggester m_districts;
    ThemeSuggester m_themes;
};

} // namespace Copydesk::Tagging
