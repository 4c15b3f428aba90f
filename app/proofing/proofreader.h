// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/types.h"
#include "dictionary.h"
#include "variantcheck.h"

#include <memory>

namespace Copydesk::Proofing {

// Runs the desk's checks on a story's paragraphs and returns their flags: stray English
// words and traditional characters in Chinese text, and spelling in Latin-script runs only
// (Chinese text never reaches hunspell). Owns its checkers; one per thread.
class Proofreader
{
public:
    // `suggest`: ask the dictionary for corrections of each misspelt word. Hunspell takes tens
    // of milliseconds per word for that, so batch imports skip it and the editor asks on demand.
    explicit Proofreader(std::unique_ptr<Dictionary> dictionary = {}, bool suggest = true);

    QVector<FlagDraft> checkParagraph(const QString &text, int paragraph) const;
    void checkStory(StoryDraft &story) const;

    QVector<FlagDraft> spelling(const QString &text, int paragraph) const;
    const Dictionary *dictionary() const { return m_dictionary.get(); }

private:
    std::unique_ptr<Dictionary> m_dictionary;
    bool m_suggest = true;
    VariantCheck m_variants;
};

} // namespace Copydesk::Proofing
