// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "common/types.h"
#include "dedup/fingerprint.h"

namespace Copydesk {

class Database;

// Runs the duplicate finder on a page before it is stored: fingerprints every paragraph,
// fills its index keys, asks the archive's index for possible originals on earlier pages and
// adds a `duplicate` flag to each copy. Runs on the thread of `db`.
class DuplicateStage
{
public:
    static Status apply(PageDraft &draft, const Database &db, const Dedup::Options &options = {},
                        qint64 excludePage = 0);
};

} // namespace Copydesk
