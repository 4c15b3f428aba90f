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
    // What the best reading of a junction says: `gain`, how much more probable (natural log)
    // it is than the best reading with a word boundary at the junction (0 when a boundary is
    // as good); `word`, the length of the listed word it runs across the junction (0 if none).
    struct Junction
    {
        double gain = 0;
        int word = 0;
    };
    Junction junction(QStringView left, QStringView right) const;
    double junctionGain(QStringView left, QStringView right) const
    {
        return junction(left, right).gain;
    }
    int straddlingWord(QStringView left, QStringView right) const
    {
        return junction(left, right).word;
    }

    // Whether some listed word holds the two characters side by side (a hashed bit set: a
    // rare false yes, never a false no).
    bool pairListed(QChar a, QChar b) const { return isLoaded() && pairInSomeWord(a, b); }

    // Whether the text's last word, in its most probable reading, is a preposition (the
    // list's tag "p": 在, 从, 针对, 关于…). A phrase never ends on one: a line that does goes
    // on, and is no headline.
    bool endsOnPreposition(QStringView text) const;

    // A gain this large (about 20 times more probable) is strong evidence that the two pieces
    // are one text; below it a word across the junction may be a rare one (公的).
    static constexpr double kStrongGain = 3.0;
    static constexpr int kMaxWordLength = 8;

private:
    // Log probabilities of the pieces of a junction's window: lp[start][len], 0 where the
    // piece is not a listed word (a single character always has one).
    struct Pieces
    {
        static constexpr int kMax = 8; // four characters each side (kJunctionWindow)
        double lp[kMax][kMax + 1];
    };
    void pieces(QStringView text, Pieces *out) const;
    // Whether some piece of `text` that runs across position `at` is a listed word (a word
    // in pieces()' table): only then can a reading run a word across.
    bool wordAcross(QStringView text, int at) const;
    // The most probable segmentation of the window's n characters by dynamic programming;
    // `forcedBoundary` (if >= 0) may not fall inside a word. Fills cut[end] with the start
    // of the word ending at `end`.
    static double segment(const Pieces &p, int n, int forcedBoundary, int *cut);
    // FNV-1a: the key of a word one character longer extends the key of the shorter one.
    static constexpr std::uint64_t kKeyStart = 1469598103934665603ull;
    static std::uint64_t extendKey(std::uint64_t prefix, QChar c)
    {
        return (prefix ^ c.unicode()) * 1099511628211ull;
    }
    static std::uint64_t key(QStringView word);
    // logProbability() of the word with key `k`.
    double lookup(std::uint64_t k) const;

    // Whether some listed word holds the two characters side by side: a junction whose two
    // characters no word holds cannot read across, and most junctions are answered so.
    // Inline: asked for every piece of every junction.
    bool pairInSomeWord(QChar a, QChar b) const
    {
        const std::uint32_t bit = pairBit(a, b);
        return (m_pairs[bit / 64] >> (bit % 64)) & 1;
    }
    static constexpr int kPairBits = 24; // 2 MB of bits for about 1.5 million pairs
    static std::uint32_t pairBit(QChar a, QChar b)
    {
        const std::uint32_t h = ((std::uint32_t(a.unicode()) << 16) | b.unicode()) * 2654435761u;
        return h >> (32 - kPairBits);
    }

    // Open addressing on the key: asked dozens of times per junction.
    std::vector<std::pair<std::uint64_t, float>> m_words; // key 0 = empty slot
    std::uint64_t m_mask = 0;
    std::vector<std::uint64_t> m_pairs;        // a bit set of hashed pairs
    std::vector<std::uint64_t> m_prepositions; // sorted keys of the common prepositions
    std::vector<char16_t> m_prepositionEnds;   // their last characters, sorted: a pre-filter
    double m_unknown = -20.0;                  // log P of a character the list does not know
};

} // namespace Copydesk::Text
