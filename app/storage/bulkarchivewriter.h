// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/records.h"
#include "common/result.h"

#include <memory>

namespace Copydesk {

class Database;

// Writes many pages of already-clean stories in one transaction with statements prepared
// once: sources, pages, stories, paragraphs, the full-text index and the stories' tags. It
// leaves out what an import adds for editors (revisions, flags, decisions, duplicate keys),
// so it serves benchmarks and bulk loads of archives, not imports. Nothing is visible to
// other connections before commit(); the destructor rolls back an uncommitted batch. Use on
// the thread of `db`.
class BulkArchiveWriter
{
public:
    explicit BulkArchiveWriter(const Database &db);
    ~BulkArchiveWriter();
    BulkArchiveWriter(const BulkArchiveWriter &) = delete;
    BulkArchiveWriter &operator=(const BulkArchiveWriter &) = delete;

    Status begin();
    Result<qint64> addPage(const NewSource &source, const PageDraft &draft);
    Status commit();

private:
    struct Statements;
    const Database &m_db;
    std::unique_ptr<Statements> m_st;
};

} // namespace Copydesk
