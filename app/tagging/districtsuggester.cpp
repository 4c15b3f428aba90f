// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "districtsuggester.h"

#include <QHash>
#include <QStringList>

#include <algorithm>
#include <utility>

namespace Copydesk::Tagging {

namespace {

// How closely two units are related: the same unit 5, the same county (or a county and one of
// its towns) 4, one inside the other 3, the same city 2, the same province 1, else 0.
int relation(const Gazetteer &g, int a, int b)
{
    if (a == b)
        return 5;
    const int countyA = g.ancestorAt(a, DistrictLevel::County);
    if (countyA >= 0 && countyA == g.ancestorAt(b, DistrictLevel::County))
        return 4;
    if (g.isAncestor(a, b) || g.isAncestor(b, a))
        return 3;
    const int cityA = g.ancestorAt(a, DistrictLevel::City);
    if (cityA >= 0 && cityA == g.ancestorAt(b, DistrictLevel::City))
        return 2;
    return g.ancestorAt(a, DistrictLevel::Province) == g.ancestorAt(b, DistrictLevel::Province) ? 1
                                                                                                : 0;
}

// More general units and lower codes first: the default reading of a name nothing decides
// (吉林 is the province before the city).
bool preferredByDefault(const Gazetteer &g, int a, int b)
{
    if (b < 0)
        return true;
    const District &da = g.district(a);
    const District &db = g.district(b);
    if (da.level != db.level)
        return da.level < db.level;
    return da.code < db.code;
}

// Does a name stand on its own, without other places in the story to support it? Full names
// and the short forms of provinces and cities do (杭州, 浙江); a county's short form, an
// ordinary word or a town's short form does not (资源, 会理 and 中心 are counties and towns
// somewhere, and words everywhere).
bool standsAlone(const Gazetteer &g, const NameTarget &target)
{
    if (target.needsContext)
        return false;
    return target.form == NameForm::Full ||
           g.district(target.district).level <= DistrictLevel::City;
}

// The closest relation to another place that a name needs before it counts: a town's short
// form or a county that is an ordinary word needs its own county or city named; a county's
// short form needs something in its province.
int requiredRelation(const Gazetteer &g, const NameTarget &target)
{
    if (standsAlone(g, target))
        return 0;
    switch (g.district(target.district).level) {
    case DistrictLevel::Town:
        return 4;
    case DistrictLevel::County:
        return target.needsContext ? 2 : 1;
    case DistrictLevel::City:
    case DistrictLevel::Province:
        break;
    }
    return 1;
}

} // namespace

DistrictSuggester::DistrictSuggester(Gazetteer gazetteer)
    : DistrictSuggester(std::move(gazetteer), Options())
{
}

DistrictSuggester::DistrictSuggester(Gazetteer gazetteer, Options options)
    : m_gazetteer(std::move(gazetteer)), m_scanner(m_gazetteer), m_options(options)
{
}

std::optional<DistrictTag> DistrictSuggester::suggest(const StoryText &story) const
{
    const DistrictAnalysis analysis = analyse(story);
    if (analysis.chosen < 0)
        return std::nullopt;
    DistrictTag tag;
    tag.path = m_gazetteer.path(analysis.chosen);
    tag.code = m_gazetteer.district(analysis.chosen).code;
    tag.confirmed = false;
    tag.reason = analysis.reason;
    return tag;
}

DistrictAnalysis DistrictSuggester::analyse(const StoryText &story) const
{
    DistrictAnalysis analysis;
    if (m_gazetteer.isEmpty())
        return analysis;
    const Gazetteer &g = m_gazetteer;

    const QVector<TextPart> parts = weightedParts(story, m_options.weights);
    QVector<ResolvedMention> &mentions = analysis.mentions;
    for (int p = 0; p < parts.size(); ++p) {
        for (PlaceMention &m : m_scanner.scan(parts[p].text))
            mentions.append({p, std::move(m), -1, parts[p].weight});
    }

    // Anchors: names with exactly one reading that stands on its own (重庆 is the
    // municipality, whatever street elsewhere shares its name).
    QVector<bool> anchor(mentions.size(), false);
    for (int i = 0; i < mentions.size(); ++i) {
        int alone = -1;
        int count = 0;
        for (const NameTarget &target : mentions[i].mention.targets) {
            if (standsAlone(g, target)) {
                alone = target.district;
                ++count;
            }
        }
        if (count == 1) {
            mentions[i].district = alone;
            anchor[i] = true;
        }
    }
    const bool anyAnchor = anchor.contains(true);

    // The other names are read in the light of the anchors; a few rounds let a resolved name
    // decide the next one (杭州 decides 上城, which decides 南星).
    for (int round = 0; round < 3; ++round) {
        QVector<int> resolvedNow;
        for (int i = 0; i < mentions.size(); ++i) {
            if (anchor[i])
                continue;
            int best = -1;
            int bestContext = -1;
            for (const NameTarget &target : mentions[i].mention.targets) {
                int context = 0;
                int closest = 0;
                for (int j = 0; j < mentions.size(); ++j) {
                    if (j == i || !anchor[j] ||
                        mentions[j].mention.surface == mentions[i].mention.surface)
                        continue;
                    const int r = relation(g, target.district, mentions[j].district);
                    context += r;
                    closest = std::max(closest, r);
                }
                int required = requiredRelation(g, target);
                // A story that names no place outright may still use a county's short form.
                if (!anyAnchor && !target.needsContext &&
                    g.district(target.district).level == DistrictLevel::County)
                    required = 0;
                if (closest < required)
                    continue;
                if (context > bestContext ||
                    (context == bestContext && preferredByDefault(g, target.district, best))) {
                    best = target.district;
                    bestContext = context;
                }
            }
            mentions[i].district = best;
            if (best >= 0 && bestContext > 0)
                resolvedNow.append(i);
        }
        if (resolvedNow.isEmpty())
            break;
        for (int i : resolvedNow)
            anchor[i] = true;
    }

    // A mention no other place in the story relates to counts for less.
    for (int i = 0; i < mentions.size(); ++i) {
        if (mentions[i].district < 0) {
            mentions[i].weight = 0;
            continue;
        }
        bool supported = false;
        for (int j = 0; j < mentions.size() && !supported; ++j) {
            if (j != i && mentions[j].district >= 0)
                supported = relation(g, mentions[i].district, mentions[j].district) > 0;
        }
        if (!supported && mentions.size() > 1)
            mentions[i].weight *= m_options.unsupportedFactor;
    }

    // In an address (杭州市萧山区, 温州市苍南县桥墩镇) the units before the last one only
    // say where the last one is: the story is about the last one.
    for (int i = 0; i + 1 < mentions.size(); ++i) {
        const ResolvedMention &next = mentions[i + 1];
        if (mentions[i].district >= 0 && next.district >= 0 && next.part == mentions[i].part &&
            next.mention.start == mentions[i].mention.start + mentions[i].mention.length &&
            g.isAncestor(mentions[i].district, next.district))
            mentions[i].weight = 0;
    }

    QHash<int, DistrictScore> scores;
    for (const ResolvedMention &m : std::as_const(mentions)) {
        if (m.district < 0)
            continue;
        DistrictScore &own = scores[m.district];
        own.district = m.district;
        own.own += m.weight;
        own.mentions += 1;
        own.subtree += m.weight;
        for (int a : g.ancestors(m.district)) {
            DistrictScore &up = scores[a];
            up.district = a;
            up.subtree += m.weight;
        }
    }
    analysis.scores = scores.values();
    std::sort(analysis.scores.begin(), analysis.scores.end(),
              [&g](const DistrictScore &a, const DistrictScore &b) {
                  if (a.subtree != b.subtree)
                      return a.subtree > b.subtree;
                  return preferredByDefault(g, a.district, b.district);
              });

    // Walk down from the best province.
    int current = -1;
    while (true) {
        const DistrictScore *best = nullptr;
        const DistrictScore *second = nullptr;
        for (const DistrictScore &s : std::as_const(analysis.scores)) {
            if (g.district(s.district).parent != current)
                continue;
            if (!best)
                best = &s;
            else if (!second)
                second = &s;
        }
        if (!best)
            break;
        if (second && best->subtree < m_options.siblingMargin * second->subtree)
            break;
        if (current >= 0) {
            const double rest = scores.value(current).subtree - best->subtree;
            if (best->subtree < m_options.descendRatio * rest)
                break;
        }
        if (g.district(best->district).level == DistrictLevel::Town &&
            best->subtree < m_options.minTownSupport)
            break;
        current = best->district;
    }
    analysis.chosen = current;

    if (current >= 0) {
        // The reason: the chosen unit's mentions first, then the units around it that
        // supported it, most mentioned first.
        QVector<DistrictScore> related;
        for (const DistrictScore &s : std::as_const(analysis.scores)) {
            if (s.mentions > 0 && s.district != current &&
                (g.isAncestor(current, s.district) || g.isAncestor(s.district, current)))
                related.append(s);
        }
        std::stable_sort(
            related.begin(), related.end(),
            [](const DistrictScore &a, const DistrictScore &b) { return a.mentions > b.mentions; });
        QStringList reasons;
        const int ownMentions = scores.value(current).mentions;
        if (ownMentions > 0)
            reasons.append(QStringLiteral("%1 ×%2").arg(g.district(current).name).arg(ownMentions));
        for (const DistrictScore &s : std::as_const(related)) {
            if (reasons.size() >= 4)
                break;
            reasons.append(
                QStringLiteral("%1 ×%2").arg(g.district(s.district).name).arg(s.mentions));
        }
        analysis.reason = reasons.join(u", ");
    }
    return analysis;
}

} // namespace Copydesk::Tagging
