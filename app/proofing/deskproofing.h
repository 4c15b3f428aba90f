// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/types.h"
#include "erratacheck.h"
#include "housestyle.h"

#include <QSet>
#include <QStringList>

#include <optional>

namespace Copydesk::Proofing {

// What a desk keeps in its archive on top of the built-in checks, loaded by the caller
// (storage: StyleProfileRepository, ErrataRepository, DictionaryRepository).
struct DeskProofingData
{
    std::optional<HouseStyleProfile> profile; // the desk's house style, if it has one
    QVector<Erratum> errata;
    QStringList personalWords; // of the spelling language
};

// Applies the desk's data to stories a page pipeline already cleaned and checked with the
// built-in checks (the import): the house style when the profile says so (every change a
// "normalise" decision, flags moved with the text), punctuation flags as the profile wants
// them, errata flags, and no spelling flags for words of the personal dictionary. Pure;
// usable on any thread.
class DeskProofing
{
public:
    explicit DeskProofing(DeskProofingData data = {});

    bool isEmpty() const;
    const DeskProofingData &data() const { return m_data; }
    void apply(StoryDraft &story) const;

    // Whether the personal list accepts `word` the way hunspell accepts an added word: as
    // written, and a lower-case entry also capitalised or in capitals.
    bool personallyAccepted(const QString &word) const;

private:
    DeskProofingData m_data;
    ErrataCheck m_errata;
    QSet<QString> m_words;
};

} // namespace Copydesk::Proofing
