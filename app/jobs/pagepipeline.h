// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "common/types.h"
#include "importjob.h"

#include <memory>

namespace Copydesk {

class Database;

namespace Proofing {
class Proofreader;
}
namespace Tagging {
class Tagger;
}

// The stages that turn a page's decoded text into stories: cleanup, the proofreader's
// checks, district and theme suggestions, and the duplicate check against the archive.
// Shared by an import and by a re-run of cleanup on a stored page, so both give the same
// result for the same text. Built once per run (hunspell, OpenCC and the gazetteer load
// once) and used on the thread that built it.
class PagePipeline
{
public:
    // The caller's parameters refined by the desk settings kept in the archive.
    static ImportParams withDeskSettings(const Database &db, const ImportParams &params);

    explicit PagePipeline(const ImportParams &params);
    ~PagePipeline();
    PagePipeline(const PagePipeline &) = delete;
    PagePipeline &operator=(const PagePipeline &) = delete;

    // Cleans `text` into stories and runs the checks on them. `excludePage` (a stored page
    // being cleaned again) is left out of the duplicate look-up.
    Result<PageDraft> analyse(const QString &text, const Database &db,
                              qint64 excludePage = 0) const;

    const ImportParams &params() const { return m_params; }

private:
    ImportParams m_params;
    std::unique_ptr<Proofing::Proofreader> m_proofreader;
    // Built from the built-in taxonomy, then from the archive's own on the first analyse().
    mutable std::unique_ptr<Tagging::Tagger> m_tagger;
    mutable bool m_taggerFromArchive = false;
};

} // namespace Copydesk
