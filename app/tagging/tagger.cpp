// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagger.h"

#include <algorithm>
#include <utility>

namespace Copydesk::Tagging {

Tagger::Tagger(Gazetteer gazetteer, const Taxonomy &taxonomy)
    : m_districts(std::move(gazetteer)), m_themes(taxonomy)
{
}

Result<Tagger> Tagger::createDefault()
{
    // The gazetteer is loaded once per process and shared by every tagger.
    const Gazetteer &gazetteer = Gazetteer::builtIn();
    if (gazetteer.isEmpty())
        return Result<Tagger>::failure(QStringLiteral("The district gazetteer is missing."));
    const Result<Taxonomy> taxonomy = Taxonomy::load();
    if (!taxonomy)
        return Result<Tagger>::failure(taxonomy.error());
    return Tagger(gazetteer, *taxonomy);
}

StoryTags Tagger::suggest(const StoryText &story) const
{
    return {m_districts.suggest(story), m_themes.suggest(story)};
}

QVector<StoryTags> Tagger::suggestPage(const PageDraft &page) const
{
    QVector<StoryTags> result;
    result.reserve(page.stories.size());
    for (const StoryDraft &story : page.stories)
        result.append(suggest(StoryText::fromDraft(story)));
    return result;
}

std::optional<DistrictTag> Tagger::mergeDistrict(const std::optional<DistrictTag> &current,
                                                 const std::optional<DistrictTag> &suggested)
{
    if (current && current->confirmed)
        return current;
    if (!suggested)
        return std::nullopt;
    DistrictTag tag = *suggested;
    tag.confirmed = false;
    return tag;
}

QVector<ThemeTag> Tagger::mergeThemes(const QVector<ThemeTag> &current,
                                      const QVector<ThemeTag> &suggested)
{
    QVector<ThemeTag> result;
    for (const ThemeTag &tag : current) {
        if (tag.confirmed)
            result.append(tag);
    }
    for (const ThemeTag &tag : suggested) {
        const bool known = std::any_of(result.cbegin(), result.cend(),
                                       [&tag](const ThemeTag &t) { return t.code == tag.code; });
        if (!known) {
            ThemeTag fresh = tag;
            fresh.confirmed = false;
            result.append(fresh);
        }
    }
    std::stable_partition(result.begin(), result.end(), [](const ThemeTag &t) {
        return t.code.startsWith(QLatin1String("medtop:"));
    });
    return result;
}

} // namespace Copydesk::Tagging
