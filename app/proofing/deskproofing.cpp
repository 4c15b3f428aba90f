// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deskproofing.h"

#include "punctuationcheck.h"

#include <algorithm>

namespace Copydesk::Proofing {

DeskProofing::DeskProofing(DeskProofingData data) : m_data(std::move(data))
{
    m_errata.setEntries(m_data.errata);
    for (const QString &w : std::as_const(m_data.personalWords))
        m_words.insert(w);
}

bool DeskProofing::isEmpty() const
{
    return !m_data.profile && m_errata.isEmpty() && m_words.isEmpty();
}

bool DeskProofing::personallyAccepted(const QString &word) const
{
    if (m_words.contains(word))
        return true;
    const QString lower = word.toLower();
    if (!m_words.contains(lower))
        return false;
    const QString capitalised = lower.left(1).toUpper() + lower.mid(1);
    return word == capitalised || word == word.toUpper();
}

void DeskProofing::apply(StoryDraft &story) const
{
    if (isEmpty())
        return;
    if (m_data.profile && m_data.profile->applyOnImport)
        HouseStyle::normaliseStory(story, *m_data.profile);
    const QString punctuation = QString::fromLatin1(FlagKind::Punctuation);
    const QString spelling = QString::fromLatin1(FlagKind::Spelling);
    story.flags.erase(std::remove_if(story.flags.begin(), story.flags.end(),
                                     [&](const FlagDraft &f) {
                                         return (m_data.profile && f.kind == punctuation) ||
                                                (f.kind == spelling && personallyAccepted(f.text));
                                     }),
                      story.flags.end());
    for (int p = 0; p < story.paragraphs.size(); ++p) {
        const QString &text = story.paragraphs[p].text;
        if (m_data.profile)
            story.flags += PunctuationCheck::check(text, p, *m_data.profile);
        story.flags += m_errata.check(text, p);
    }
}

} // namespace Copydesk::Proofing
