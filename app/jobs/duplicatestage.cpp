// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicatestage.h"

#include "dedup/duplicatefinder.h"
#include "storage/duplicaterepository.h"

#include <QCoreApplication>
#include <QSet>

namespace Copydesk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::DuplicateStage)
};

QString kindLabel(Dedup::DuplicateKind kind)
{
    switch (kind) {
    case Dedup::DuplicateKind::Exact:
        return Tr::tr("an exact copy");
    case Dedup::DuplicateKind::Near:
        return Tr::tr("a near copy");
    case Dedup::DuplicateKind::Truncated:
        return Tr::tr("a truncated copy");
    }
    return {};
}
} // namespace

Status DuplicateStage::apply(PageDraft &draft, const Database &db, const Dedup::Options &options,
                             qint64 excludePage)
{
    struct Where
    {
        int story;
        int paragraph;
    };
    QVector<Dedup::Item> items;
    QVector<Where> where;
    QVector<qint64> allKeys;
    QVector<qint64> hashes;
    for (int s = 0; s < draft.stories.size(); ++s) {
        for (int p = 0; p < draft.stories[s].paragraphs.size(); ++p) {
            ParagraphDraft &para = draft.stories[s].paragraphs[p];
            Dedup::Fingerprint f = Dedup::fingerprint(para.text, options);
            para.indexKeys = Dedup::indexKeys(f, options);
            para.contentHash = Dedup::contentHash(f);
            allKeys += para.indexKeys;
            hashes.push_back(para.contentHash);
            // Within the page, reading order is story order then paragraph order.
            items.push_back({0, (qint64(s) << 16) | p, std::move(f), s});
            where.push_back({s, p});
        }
    }

    DuplicateRepository repo(db);
    auto candidates = repo.candidates(allKeys, excludePage);
    if (!candidates)
        return failure(candidates.error());
    // Candidates arrive earliest first; of several copies of one text only the earliest can
    // be the original the finder reports, so each text is fingerprinted once.
    QVector<Dedup::Item> archive;
    QVector<int> archiveToCandidate;
    QSet<QString> seenTexts;
    for (int i = 0; i < candidates->size(); ++i) {
        const IndexedParagraph &c = candidates->at(i);
        if (seenTexts.contains(c.text))
            continue;
        seenTexts.insert(c.text);
        // Earlier pages come first in reading order: negative orders sort before this page.
        archive.push_back({c.paragraphId, c.order - (qint64(1) << 62),
                           Dedup::fingerprint(c.text, options, false)});
        archiveToCandidate.push_back(i);
        hashes.push_back(Dedup::contentHash(archive.back().fingerprint));
    }
    auto dismissed = repo.dismissedPairs(hashes);
    if (!dismissed)
        return failure(dismissed.error());

    const QVector<Dedup::Match> matches =
        Dedup::findDuplicates(items, archive, dismissed.value(), options);
    QVector<qint64> originals;
    for (const Dedup::Match &m : matches) {
        if (!m.originalInPage)
            originals.push_back(candidates->at(archiveToCandidate[m.original]).paragraphId);
    }
    auto indexes = repo.paragraphIndexes(originals);
    if (!indexes)
        return failure(indexes.error());
    for (const Dedup::Match &m : matches) {
        const Where copy = where[m.copy];
        StoryDraft &story = draft.stories[copy.story];
        const QString &text = story.paragraphs[copy.paragraph].text;
        FlagDraft flag;
        flag.kind = QString::fromLatin1(FlagKind::Duplicate);
        flag.paragraph = copy.paragraph;
        flag.start = 0;
        flag.length = int(text.size());
        flag.text = text;
        flag.confidence = m.similarity.jaccard;
        flag.detail = Dedup::kindName(m.kind);
        if (m.originalInPage) {
            const Where original = where[m.original];
            flag.duplicateOfStory = original.story;
            flag.duplicateOfParagraph = original.paragraph;
            const QString headline = draft.stories[original.story].headline;
            flag.reason = Tr::tr("This paragraph is %1 of paragraph %2 of the story “%3” on this "
                                 "page (similarity %4%).")
                              .arg(kindLabel(m.kind))
                              .arg(original.paragraph + 1)
                              .arg(headline)
                              .arg(qRound(m.similarity.jaccard * 100));
        } else {
            const IndexedParagraph &original = candidates->at(archiveToCandidate[m.original]);
            flag.duplicateOfParagraphId = original.paragraphId;
            flag.reason = Tr::tr("This paragraph is %1 of paragraph %2 of the story “%3” on page "
                                 "%4 (similarity %5%).")
                              .arg(kindLabel(m.kind))
                              .arg(indexes->value(original.paragraphId) + 1)
                              .arg(original.headline)
                              .arg(original.pageId)
                              .arg(qRound(m.similarity.jaccard * 100));
        }
        story.flags.push_back(flag);
    }
    return success();
}

} // namespace Copydesk
