// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <cstdint>
#include <utility>
#include <vector>

namespace Copydesk::Text {

// Chinese word frequencies from a maintained word list: jieba's dict.txt (Debian package
// python3-jieba, about 350,000 words with their counts in a large corpus). ICU's dictionary
// knows common words only (重启 is not in it); with the counts a junction can be judged by
// how probable the best reading across it is. Loaded once per process and shared read-only,
// so it is safe to use from several threads. Without the file every question is answered
// "unknown" and callers fall back to ICU.
class WordFrequencies
{
public:
    // The process-wide list, loaded on first use from COPYDESK_WORD_LIST (environment) or the
    // path the build found.
    static const WordFrequencies &shared();
    explicit WordFrequencies(const QString &path);

    bool isLoaded() const { return m_mask != 0; }
    // Natural log of the word's probability, or 0 when the word is not in the list.
    double logProbability(QStringView word) const;
    // log P of the most probable segmentation of `text` into listed words (unknown single
    // characters get a small probability).
    double bestSegmentation(QStringView text) const;
    // How much better `left` + `right` read as one text than as two: the gain in log
    // probability of the best segmentation when the junction may fall inside a word. 0 when a
    // word boundary at the junction is as good as any; larger when a likely word runs across.
    double junctionGain(QStringView left, QStringView right) const;
    // The longest listed word of the best segmentation that spans the junction of the two
    // (a few characters each side), 0 when the best reading has a boundary there.
    int straddlingWord(QStringView left, QStringView right) const;

    static constexpr int kMaxWordLength = 8;

private:
    // Segments text[0..n) by dynamic programming; `boundary` (if >= 0) may not fall inside a
    // word. Fills `cut` with the start of the last word ending at each position.
    double segment(QStringView text, int forcedBoundary, std::vector<int> *cut) const;
    static std::uint64_t key(QStringView word);

    // Whether some listed word holds the two characters side by side: a junction whose two
    // characters no word holds cannot read across, and most junctions are answered so.
    bool pairInSomeWord(QChar a, QChar b) const;
    static std::uint32_t pairBit(QChar a, QChar b);

    // Open addressing on the key: asked dozens of times per junction.
    std::vector<std::pair<std::uint64_t, float>> m_words; // key 0 = empty slot
    std::uint64_t m_mask = 0;
    std::vector<std::uint64_t> m_pairs;                   // a bit set of hashed pairs
    double m_unknown = -20.0; // log P of a character the list does not know
};

} // namespace Copydesk::Text
