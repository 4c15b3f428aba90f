// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/types.h"
#include "dictionary.h"
#include "erratacheck.h"
#include "housestyle.h"
#include "variantcheck.h"

#include <QStringList>

#include <memory>

namespace Copydesk::Proofing {

// Runs the desk's checks on text and returns their flags. Owns its checkers (hunspell,
// OpenCC, the errata table); not thread-safe, so one per thread: the GUI thread's is used
// block by block by the editor, an import builds its own. Construction loads hunspell and
// OpenCC (~100 ms); checking is fast (a 20 KB page in a few milliseconds without
// suggestions, see tests/bench/bench_proofing).
//
// Flag kinds (FlagDraft::kind) and what the fields hold:
//   stray-latin        `警示教育 and 运河`: text covers the word and its spaces, suggestion the
//                      Chinese word (empty: delete it)
//   variant-character  `硤` -> `硖`: one flag per occurrence
//   punctuation        `,` -> `，` (GB/T 15834-2011, per the house-style profile; the text may
//                      include the spaces after the mark)
//   errata             the desk's errata table (ErrataCheck::Kind), suggestion its `right`
//   spelling           hunspell on Latin-script words only; Chinese text never reaches it
// Several candidates: `detail` lists every candidate one per line ('\n'), the preferred first
// (the same as `suggestion`); variant characters carry all of OpenCC's candidates there,
// spelling the first hunspell suggestions when `suggest` is on. One candidate: `detail` is
// empty. Doubled characters and duplicates are found by cleanup and dedup, not here.
class Proofreader
{
public:
    // `suggest`: ask the dictionary for corrections of each misspelt word. Hunspell takes tens
    // of milliseconds per word for that, so batch imports and the editor's live checking skip
    // it and ask dictionary()->suggestions() on demand (context menu).
    explicit Proofreader(std::unique_ptr<Dictionary> dictionary = {}, bool suggest = true);
    ~Proofreader();
    Proofreader(const Proofreader &) = delete;
    Proofreader &operator=(const Proofreader &) = delete;

    // Every check above on one paragraph (or one text block of the editor), flags sorted by
    // position; `paragraph` is copied into each flag. Const and cheap enough to call from the
    // GUI thread for each block as it changes.
    QVector<FlagDraft> checkParagraph(const QString &text, int paragraph) const;
    // checkParagraph() on each paragraph, appended to story.flags.
    void checkStory(StoryDraft &story) const;

    // The checks one by one.
    QVector<FlagDraft> spelling(const QString &text, int paragraph) const;
    QVector<FlagDraft> punctuation(const QString &text, int paragraph) const;
    QVector<FlagDraft> errata(const QString &text, int paragraph) const;

    const Dictionary *dictionary() const { return m_dictionary.get(); }
    Dictionary *dictionary() { return m_dictionary.get(); }
    // The personal dictionary (DictionaryRepository::words() for dictionary()->language()):
    // these words are no longer flagged. Add one word later with dictionary()->addWord().
    void addPersonalWords(const QStringList &words);

    // The punctuation check follows the profile's choices (full-width marks, quotes, ellipsis
    // and dash, corner brackets); spacing is the normaliser's business (HouseStyle).
    void setHouseStyle(const HouseStyleProfile &profile) { m_houseStyle = profile; }
    const HouseStyleProfile &houseStyle() const { return m_houseStyle; }

    // The desk's errata table (ErrataRepository::errata()), replacing what was there.
    void setErrata(const QVector<Erratum> &errata) { m_errata.setEntries(errata); }
    // One confirmed "always" correction, effective at once (store it with addErratum() too).
    void addErratum(const QString &wrong, const QString &right) { m_errata.add({wrong, right}); }
    const ErrataCheck &errataCheck() const { return m_errata; }
    const VariantCheck &variantCheck() const { return m_variants; }

private:
    std::unique_ptr<Dictionary> m_dictionary;
    bool m_suggest = true;
    VariantCheck m_variants;
    ErrataCheck m_errata;
    HouseStyleProfile m_houseStyle;
};

} // namespace Copydesk::Proofing
