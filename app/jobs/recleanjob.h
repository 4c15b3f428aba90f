// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importjob.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>

namespace Copydesk {

struct RecleanParams
{
    QString archivePath;
    QVector<qint64> pageIds; // empty: every page of the archive
    QString user;
    ImportParams defaults; // cleanup, dedup and spelling defaults, refined by desk settings
};

struct RecleanReport
{
    QString archiveError;
    bool cancelled = false;
    int pages = 0;    // pages cleaned again
    int kept = 0;     // stories left alone because a person touched them
    int replaced = 0; // machine stories replaced
    int added = 0;    // stories written by the new cleanup
    int skipped = 0;  // new stories dropped because a kept story holds their text
    QStringList messages; // one line per page, for the editor
    bool ok() const { return archiveError.isEmpty() && !cancelled; }
};

// Runs cleanup again on stored pages (after the engine or the desk settings changed), from
// the text kept at import. Stories an editor or proofreader touched are never overwritten:
// see PageRepository::replaceCleanup. Each page is one transaction; opens its own connection
// so it runs on any thread; `cancel` is checked between pages.
class RecleanJob
{
public:
    using ProgressFn = std::function<void(int done, int total)>;
    static RecleanReport run(const RecleanParams &params, const ProgressFn &progress = {},
                             const std::atomic_bool *cancel = nullptr);
};

} // namespace Copydesk
