// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagepipeline.h"

#include "desktagging.h"
#include "duplicatestage.h"
#include "proofing/hunspelldictionary.h"
#include "proofing/proofreader.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"
#include "tagging/tagger.h"

#include <QCoreApplication>

namespace Copydesk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::ImportJob)
};
} // namespace

ImportParams PagePipeline::withDeskSettings(const Database &db, const ImportParams &params)
{
    ImportParams effective = params;
    const SettingsRepository settings(db);
    effective.dedup.nearThreshold =
        settings.number(QString::fromLatin1(SettingsRepository::DuplicateThreshold),
                        params.dedup.nearThreshold);
    effective.dedup.minLength = int(settings.number(
        QString::fromLatin1(SettingsRepository::DuplicateMinLength), params.dedup.minLength));
    effective.spellingLanguage = settings.value(
        QString::fromLatin1(SettingsRepository::SpellingLanguage), params.spellingLanguage);
    return effective;
}

PagePipeline::PagePipeline(const ImportParams &params)
    : m_params(params),
      // Batch work never asks hunspell for suggestions: tens of milliseconds per word.
      m_proofreader(std::make_unique<Proofing::Proofreader>(
          std::make_unique<Proofing::HunspellDictionary>(params.spellingLanguage),
          /*suggest=*/false))
{
    // The gazetteer is shared by the process; a tagger is cheap to build from it.
    Result<Tagging::Tagger> tagger = Tagging::Tagger::createDefault();
    if (tagger)
        m_tagger = std::make_unique<Tagging::Tagger>(std::move(tagger).value());
    else
        qWarning("copydesk: tagging is off: %s", qPrintable(tagger.error()));
}

PagePipeline::~PagePipeline() = default;

Result<PageDraft> PagePipeline::analyse(const QString &text, const Database &db,
                                        qint64 excludePage) const
{
    PageDraft draft = Text::cleanupPage(text, m_params.cleanup);
    for (StoryDraft &story : draft.stories)
        m_proofreader->checkStory(story);
    if (!m_taggerFromArchive) {
        // Themes come from the desk's taxonomy in the archive (seeded on its first use).
        m_taggerFromArchive = true;
        Result<Tagging::Tagger> desk = DeskTagging::tagger(db);
        if (desk)
            m_tagger = std::make_unique<Tagging::Tagger>(std::move(desk).value());
        else
            qWarning("copydesk: tagging with the built-in themes: %s", qPrintable(desk.error()));
    }
    if (m_tagger) {
        const QVector<Tagging::StoryTags> tags = m_tagger->suggestPage(draft);
        for (int i = 0; i < draft.stories.size() && i < tags.size(); ++i) {
            draft.stories[i].district = tags[i].district;
            draft.stories[i].themes = tags[i].themes;
        }
    }
    if (Status s = DuplicateStage::apply(draft, db, m_params.dedup, excludePage); !s)
        return Result<PageDraft>::failure(Tr::tr("the duplicate check failed: %1").arg(s.error()));
    return draft;
}

} // namespace Copydesk
