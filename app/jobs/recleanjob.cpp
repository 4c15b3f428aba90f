// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recleanjob.h"

#include "common/version.h"
#include "pagepipeline.h"
#include "storage/database.h"
#include "storage/pagerepository.h"

#include <QCoreApplication>

namespace Copydesk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::RecleanJob)
};
} // namespace

RecleanReport RecleanJob::run(const RecleanParams &params, const ProgressFn &progress,
                              const std::atomic_bool *cancel)
{
    RecleanReport report;
    auto db = Database::open(params.archivePath);
    if (!db) {
        report.archiveError = db.error();
        return report;
    }
    if (db.value()->isReadOnly()) {
        report.archiveError = Tr::tr("The archive is open read-only; nothing was changed.");
        return report;
    }
    const PageRepository pages(*db.value());
    QVector<qint64> ids = params.pageIds;
    if (ids.isEmpty()) {
        auto all = pages.pageIds();
        if (!all) {
            report.archiveError = all.error();
            return report;
        }
        ids = all.value();
    }
    const PagePipeline pipeline(PagePipeline::withDeskSettings(*db.value(), params.defaults));
    // The same desk proofing as an import: house style (when applied on import), errata and
    // the personal dictionary.
    const Proofing::DeskProofing desk =
        ImportJob::deskProofing(*db.value(), pipeline.params().spellingLanguage);
    const QString user = params.user.isEmpty() ? currentUserName() : params.user;
    for (int i = 0; i < ids.size(); ++i) {
        if (cancel && cancel->load()) {
            report.cancelled = true;
            break;
        }
        const qint64 pageId = ids[i];
        auto text = pages.normalizedText(pageId);
        if (!text) {
            report.messages << Tr::tr("Page %1: %2").arg(pageId).arg(text.error());
            report.archiveError = text.error();
            return report;
        }
        auto draft = pipeline.analyse(text.value(), *db.value(), pageId);
        if (!draft) {
            report.archiveError = draft.error();
            return report;
        }
        PageDraft cleaned = std::move(draft).value();
        for (StoryDraft &story : cleaned.stories)
            desk.apply(story);
        auto replaced = pages.replaceCleanup(pageId, cleaned, user);
        if (!replaced) {
            report.archiveError = replaced.error();
            return report;
        }
        ++report.pages;
        report.kept += replaced->kept;
        report.replaced += replaced->replaced;
        report.added += replaced->added;
        report.skipped += replaced->skipped;
        report.messages << Tr::tr("Page %1: %n new story/stories", nullptr, replaced->added)
                                   .arg(pageId)
                           + QLatin1String(", ")
                           + Tr::tr("%n story/stories kept as edited", nullptr, replaced->kept);
        if (progress)
            progress(i + 1, int(ids.size()));
    }
    return report;
}

} // namespace Copydesk
