// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

#include <memory>

namespace Copydesk::Text {

// Word boundaries from ICU's dictionary-based word breaking (its Chinese/Japanese dictionary
// ships with ICU), used to judge how text reads across a junction: a dictionary word that
// straddles a join is strong evidence the two pieces belong together. Not thread-safe: one
// per call of the cleanup stage.
class WordSegmenter
{
public:
    WordSegmenter();
    ~WordSegmenter();
    WordSegmenter(const WordSegmenter &) = delete;
    WordSegmenter &operator=(const WordSegmenter &) = delete;

    bool isValid() const;
    // Offsets where words start or end, including 0 and text.size().
    QVector<int> boundaries(QStringView text) const;
    // Length of the longest dictionary word that spans the junction of `left` and `right`
    // (looking at a few characters on each side), 0 if the junction is a word boundary.
    int straddlingWord(QStringView left, QStringView right) const;
    // How much more probable the best reading across the junction is than one with a word
    // boundary there (natural log, from the word counts; 0 without them).
    double junctionGain(QStringView left, QStringView right) const;
    // Whether the text ends on a preposition (在, 针对…): a phrase that goes on.
    bool endsOnPreposition(QStringView text) const;
    // Single-character ideograph words in text: a sign of a broken or doubled word.
    int isolatedIdeographs(QStringView text) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Copydesk::Text
