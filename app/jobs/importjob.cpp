// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importjob.h"

#include "common/version.h"
#include "pagepipeline.h"
#include "importing/textdecoder.h"
#include "proofing/deskproofing.h"
#include "storage/database.h"
#include "storage/dictionaryrepository.h"
#include "storage/erratarepository.h"
#include "storage/pagerepository.h"
#include "storage/styleprofilerepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace Copydesk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::ImportJob)
};

// Marks every U+FFFD the decoder produced so a proofreader sees where bytes were unreadable.
void flagReplacementCharacters(PageDraft &draft)
{
    for (StoryDraft &story : draft.stories) {
        for (int p = 0; p < story.paragraphs.size(); ++p) {
            const QString &text = story.paragraphs[p].text;
            for (qsizetype i = text.indexOf(QChar::ReplacementCharacter); i >= 0;
                 i = text.indexOf(QChar::ReplacementCharacter, i + 1)) {
                FlagDraft f;
                f.kind = QString::fromLatin1(FlagKind::Encoding);
                f.paragraph = p;
                f.start = int(i);
                f.length = 1;
                f.text = text.mid(std::max<qsizetype>(0, i - 8), 17);
                f.reason = Tr::tr("Bytes that are invalid in the detected encoding were "
                                  "replaced by U+FFFD; the raw bytes are kept in the archive.");
                story.flags.push_back(f);
            }
        }
    }
}

ImportOutcome importOne(const Database &db, const Importing::ImportInput &input,
                        const PagePipeline &pipeline, const Proofing::DeskProofing &desk)
{
    const ImportParams &params = pipeline.params();
    ImportOutcome out;
    out.name = input.name;
    auto refuse = [&](const QString &why) {
        out.kind = ImportOutcome::Kind::Refused;
        out.message = Tr::tr("%1: refused, %2").arg(input.name, why);
        return out;
    };

    QByteArray bytes;
    if (input.inMemory()) {
        bytes = input.bytes;
        if (params.maxBytes > 0 && bytes.size() > params.maxBytes)
            return refuse(Tr::tr("the text is too large"));
    } else {
        auto read = Importing::readInputFile(input.path, params.maxBytes);
        if (!read)
            return refuse(read.error());
        bytes = std::move(read).value();
    }

    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    PageRepository pages(db);
    auto existing = pages.pageIdForSha256(sha);
    if (!existing)
        return refuse(Tr::tr("the archive could not be read: %1").arg(existing.error()));
    if (existing->has_value()) {
        out.kind = ImportOutcome::Kind::AlreadyImported;
        out.pageId = **existing;
        out.message = Tr::tr("%1: already imported as page %2").arg(input.name).arg(out.pageId);
        return out;
    }

    auto decoded = Importing::TextDecoder::decode(bytes);
    if (!decoded)
        return refuse(decoded.error());
    out.encoding = decoded->encoding;

    auto analysed = pipeline.analyse(decoded->text, db);
    if (!analysed)
        return refuse(analysed.error());
    PageDraft draft = std::move(analysed).value();
    if (draft.stories.isEmpty())
        return refuse(Tr::tr("no paragraphs were found in it"));
    // House style (when the profile applies it on import, each change a decision), errata.
    for (StoryDraft &story : draft.stories)
        desk.apply(story);
    if (decoded->invalidSequences > 0) {
        flagReplacementCharacters(draft);
        out.warnings << Tr::tr("%1: %n byte sequence(s) invalid in %2, replaced by U+FFFD",
                               nullptr, decoded->invalidSequences)
                            .arg(input.name, decoded->encoding);
    }

    const QString user = params.user.isEmpty() ? currentUserName() : params.user;
    const NewSource source{input.name, bytes, sha, decoded->encoding, user};
    auto stored = pages.storeImport(source, decoded->text, draft);
    if (!stored) {
        // Another import of the same bytes may have won the race for the UNIQUE hash.
        auto again = pages.pageIdForSha256(sha);
        if (again && again->has_value()) {
            out.kind = ImportOutcome::Kind::AlreadyImported;
            out.pageId = **again;
            out.message =
                Tr::tr("%1: already imported as page %2").arg(input.name).arg(out.pageId);
            return out;
        }
        return refuse(Tr::tr("the archive could not store it: %1").arg(stored.error()));
    }

    out.kind = ImportOutcome::Kind::Imported;
    out.pageId = stored.value();
    out.stories = draft.stories.size();
    for (const StoryDraft &s : draft.stories)
        out.paragraphs += s.paragraphs.size();
    out.message = Tr::tr("%1: imported as page %2 (%n story/stories, %3, %4)", nullptr,
                         out.stories)
                      .arg(input.name)
                      .arg(out.pageId)
                      .arg(Tr::tr("%n paragraph(s)", nullptr, out.paragraphs), out.encoding);
    return out;
}

} // namespace

int ImportReport::count(ImportOutcome::Kind kind) const
{
    return int(std::count_if(outcomes.begin(), outcomes.end(),
                             [kind](const ImportOutcome &o) { return o.kind == kind; }));
}

bool ImportReport::allSucceeded() const
{
    return archiveError.isEmpty() && !cancelled && count(ImportOutcome::Kind::Refused) == 0;
}

Proofing::DeskProofing ImportJob::deskProofing(const Database &db, const QString &language)
{
    Proofing::DeskProofingData data;
    if (auto profile = StyleProfileRepository(db).defaultProfile(); profile && profile->has_value())
        data.profile = Proofing::HouseStyleProfile::fromJson((*profile)->name, (*profile)->settings);
    if (auto errata = ErrataRepository(db).errata()) {
        for (const ErratumRecord &e : errata.value())
            data.errata.push_back({e.wrong, e.right});
    }
    if (auto words = DictionaryRepository(db).words(language))
        data.personalWords = words.value();
    return Proofing::DeskProofing(std::move(data));
}

ImportReport ImportJob::run(const ImportParams &params, const ProgressFn &progress,
                            const std::atomic_bool *cancel)
{
    ImportReport report;
    auto db = Database::open(params.archivePath);
    if (!db) {
        report.archiveError = db.error();
        return report;
    }
    if (db.value()->isReadOnly()) {
        report.archiveError = Tr::tr("The archive is open read-only; nothing was imported.");
        return report;
    }
    // Desk settings in the archive refine the defaults the caller passed.
    const PagePipeline pipeline(PagePipeline::withDeskSettings(*db.value(), params));
    const Proofing::DeskProofing desk =
        deskProofing(*db.value(), pipeline.params().spellingLanguage);
    const int total = params.inputs.size();
    for (int i = 0; i < total; ++i) {
        if (cancel && cancel->load()) {
            report.cancelled = true;
            for (int j = i; j < total; ++j) {
                ImportOutcome skipped;
                skipped.kind = ImportOutcome::Kind::Cancelled;
                skipped.name = params.inputs[j].name;
                skipped.message = Tr::tr("%1: not imported (cancelled)").arg(skipped.name);
                report.outcomes.push_back(skipped);
            }
            break;
        }
        report.outcomes.push_back(
            importOne(*db.value(), params.inputs[i], pipeline, desk));
        if (progress)
            progress(i + 1, total, report.outcomes.back());
    }
    return report;
}

} // namespace Copydesk
