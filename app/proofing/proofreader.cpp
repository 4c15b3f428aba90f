// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "proofreader.h"

#include "punctuationcheck.h"
#include "scriptruns.h"
#include "straylatincheck.h"

#include <QCoreApplication>

#include <algorithm>

namespace Copydesk::Proofing {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::Proofing::Proofreader)
};

// Acronyms (NATO), single letters and words in a Chinese sentence that the stray-word check
// already covers are not spelling mistakes worth a flag.
bool worthChecking(const QString &word)
{
    if (word.size() < 2)
        return false;
    if (word == word.toUpper())
        return false;
    return true;
}
} // namespace

Proofreader::Proofreader(std::unique_ptr<Dictionary> dictionary, bool suggest)
    : m_dictionary(std::move(dictionary)), m_suggest(suggest)
{
}

Proofreader::~Proofreader() = default;

void Proofreader::addPersonalWords(const QStringList &words)
{
    if (!m_dictionary)
        return;
    for (const QString &w : words)
        m_dictionary->addWord(w);
}

QVector<FlagDraft> Proofreader::punctuation(const QString &text, int paragraph) const
{
    return PunctuationCheck::check(text, paragraph, m_houseStyle);
}

QVector<FlagDraft> Proofreader::errata(const QString &text, int paragraph) const
{
    return m_errata.check(text, paragraph);
}

QVector<FlagDraft> Proofreader::spelling(const QString &text, int paragraph) const
{
    QVector<FlagDraft> flags;
    if (!m_dictionary || !m_dictionary->isValid())
        return flags;
    for (const Word &w : latinWords(text)) {
        const QString word = text.mid(w.start, w.length);
        if (!worthChecking(word) || m_dictionary->check(word))
            continue;
        // Words right between Chinese characters are the stray-word check's business.
        const bool hanBefore = w.start > 0 && isHan(text[w.start - 1].unicode());
        const bool hanAfter =
            w.start + w.length < text.size() && isHan(text[w.start + w.length].unicode());
        if (hanBefore && hanAfter && !StrayLatinCheck::replacementFor(word).isNull())
            continue;
        const QStringList suggestions = m_suggest ? m_dictionary->suggestions(word) : QStringList();
        FlagDraft f;
        f.kind = QString::fromLatin1(FlagKind::Spelling);
        f.paragraph = paragraph;
        f.start = w.start;
        f.length = w.length;
        f.text = word;
        f.suggestion = suggestions.value(0);
        f.detail =
            suggestions.size() > 1 ? suggestions.mid(0, 8).join(QLatin1Char('\n')) : QString();
        f.reason = Tr::tr("“%1” is not in the %2 dictionary.").arg(word, m_dictionary->language());
        f.confidence = 0.7;
        flags.push_back(f);
    }
    return flags;
}

QVector<FlagDraft> Proofreader::checkParagraph(const QString &text, int paragraph) const
{
    QVector<FlagDraft> flags = StrayLatinCheck::check(text, paragraph);
    flags += m_variants.check(text, paragraph);
    flags += punctuation(text, paragraph);
    flags += errata(text, paragraph);
    flags += spelling(text, paragraph);
    std::stable_sort(flags.begin(), flags.end(),
                     [](const FlagDraft &a, const FlagDraft &b) { return a.start < b.start; });
    return flags;
}

void Proofreader::checkStory(StoryDraft &story) const
{
    for (int p = 0; p < story.paragraphs.size(); ++p)
        story.flags += checkParagraph(story.paragraphs[p].text, p);
}

} // namespace Copydesk::Proofing
