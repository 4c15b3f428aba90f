// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "themesuggester.h"

#include <QHash>

#include <algorithm>

namespace Copydesk::Tagging {

namespace {

quint32 prefixKey(QChar a, QChar b)
{
    return (quint32(a.unicode()) << 16) | b.unicode();
}

} // namespace

// The active themes and a keyword index keyed by the first two characters, longest keyword
// first, so a story is scanned once whatever the number of themes.
struct ThemeSuggester::Index
{
    struct Keyword
    {
        QString text;
        int theme = -1;
        double weight = 1;
    };
    QVector<Theme> themes; // active themes only
    QVector<int> topicOf;  // index of each theme's topic in `themes` (itself for a topic)
    QVector<Keyword> keywords;
    QHash<quint32, QVector<int>> byPrefix;
};

ThemeSuggester::ThemeSuggester(const Taxonomy &taxonomy) : ThemeSuggester(taxonomy, Options()) {}

ThemeSuggester::ThemeSuggester(const Taxonomy &taxonomy, Options options) : m_options(options)
{
    auto index = std::make_shared<Index>();
    QHash<QString, int> position;
    for (const Theme &theme : taxonomy.themes()) {
        if (theme.retired)
            continue;
        position.insert(theme.code, int(index->themes.size()));
        index->themes.append(theme);
    }
    for (const Theme &theme : std::as_const(index->themes))
        index->topicOf.append(position.value(theme.isTopic() ? theme.code : theme.parent, -1));
    for (int t = 0; t < index->themes.size(); ++t) {
        for (const QString &k : index->themes[t].keywords)
            index->keywords.append({k, t, 1.0});
        for (const QString &k : index->themes[t].weakKeywords)
            index->keywords.append({k, t, options.weakWeight});
    }
    for (int k = 0; k < index->keywords.size(); ++k) {
        const QString &text = index->keywords[k].text;
        index->byPrefix[prefixKey(text[0], text[1])].append(k);
    }
    for (QVector<int> &list : index->byPrefix) {
        std::stable_sort(list.begin(), list.end(), [&index](int a, int b) {
            return index->keywords[a].text.size() > index->keywords[b].text.size();
        });
    }
    d = std::move(index);
}

ThemeSuggester::~ThemeSuggester() = default;
ThemeSuggester::ThemeSuggester(const ThemeSuggester &other) = default;
ThemeSuggester &ThemeSuggester::operator=(const ThemeSuggester &other) = default;

QVector<ThemeScore> ThemeSuggester::scores(const StoryText &story) const
{
    const int themeCount = int(d->themes.size());
    QVector<double> own(themeCount, 0.0);
    QVector<int> hits(themeCount, 0);
    QVector<QHash<QString, double>> matched(themeCount);

    for (const TextPart &part : weightedParts(story, m_options.weights)) {
        const QString &text = part.text;
        // Per theme, where its last counted keyword ended: nested and overlapping keywords of
        // one theme count once, the longest first.
        QVector<int> coveredUntil(themeCount, 0);
        for (int i = 0; i + 1 < text.size(); ++i) {
            const auto it = d->byPrefix.constFind(prefixKey(text[i], text[i + 1]));
            if (it == d->byPrefix.constEnd())
                continue;
            for (int k : *it) {
                const Index::Keyword &keyword = d->keywords[k];
                if (i < coveredUntil[keyword.theme])
                    continue;
                if (QStringView(text).mid(i, keyword.text.size()) != keyword.text)
                    continue;
                coveredUntil[keyword.theme] = i + int(keyword.text.size());
                const double score = part.weight * keyword.weight;
                own[keyword.theme] += score;
                hits[keyword.theme] += 1;
                matched[keyword.theme][keyword.text] += score;
            }
        }
    }

    QVector<double> total = own;
    for (int t = 0; t < themeCount; ++t) {
        const int topic = d->topicOf[t];
        if (topic >= 0 && topic != t)
            total[topic] += own[t];
    }
    QVector<ThemeScore> result;
    for (int t = 0; t < themeCount; ++t) {
        if (total[t] <= 0)
            continue;
        ThemeScore score;
        score.code = d->themes[t].code;
        score.score = total[t];
        score.hits = hits[t];
        QVector<QPair<double, QString>> words;
        for (auto it = matched[t].cbegin(); it != matched[t].cend(); ++it)
            words.append({it.value(), it.key()});
        std::sort(words.begin(), words.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
        for (const auto &w : std::as_const(words))
            score.matched.append(w.second);
        result.append(score);
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const ThemeScore &a, const ThemeScore &b) { return a.score > b.score; });
    return result;
}

QVector<ThemeTag> ThemeSuggester::suggest(const StoryText &story) const
{
    const QVector<ThemeScore> all = scores(story);
    QHash<QString, const Theme *> byCode;
    for (const Theme &theme : d->themes)
        byCode.insert(theme.code, &theme);

    auto labelOf = [this](const Theme &theme) {
        return m_options.language == Taxonomy::Language::English && !theme.labelEn.isEmpty()
                   ? theme.labelEn
                   : theme.labelZh;
    };

    QVector<ThemeTag> topics;
    QVector<ThemeTag> subThemes;
    double bestTopic = -1;
    double bestSub = -1;
    for (const ThemeScore &s : all) {
        const Theme *theme = byCode.value(s.code);
        if (theme->isTopic()) {
            if (bestTopic < 0)
                bestTopic = s.score;
            else if (topics.size() >= m_options.maxTopics || s.score < m_options.minScore ||
                     s.score < m_options.minShare * bestTopic)
                continue;
            topics.append({s.code, labelOf(*theme), false, s.score});
        } else {
            if (bestSub < 0)
                bestSub = s.score;
            if (subThemes.size() >= m_options.maxSubThemes || s.score < m_options.minScore ||
                s.score < m_options.minShare * bestSub)
                continue;
            subThemes.append({s.code, labelOf(*theme), false, s.score});
        }
    }
    return topics + subThemes;
}

} // namespace Copydesk::Tagging
