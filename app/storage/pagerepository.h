// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "common/records.h"

#include <optional>

namespace Copydesk {

class Database;

// Sources and pages: storing an import in one transaction, listing pages, loading a whole
// page for export. Lives on the thread of its Database.
class PageRepository
{
public:
    explicit PageRepository(const Database &db) : m_db(db) {}

    // The page made from these bytes, if they were imported before.
    Result<std::optional<qint64>> pageIdForSha256(const QString &sha256) const;

    // Stores the source bytes verbatim, the page and its stories in one transaction and
    // returns the new page id. On any failure nothing of it is left in the archive.
    Result<qint64> storeImport(const NewSource &source, const QString &normalizedText,
                               const PageDraft &draft) const;

    Result<QVector<PageSummary>> pages() const; // newest first
    Result<PageSummary> page(qint64 pageId) const;
    Result<QVector<qint64>> pageIds() const;    // oldest first (reading order of the archive)
    Result<QByteArray> rawBytes(qint64 pageId) const;
    Result<QString> normalizedText(qint64 pageId) const;

    // The page with every story, paragraph and flag, as exported.
    Result<PageRecord> loadPage(qint64 pageId) const;

    struct Counts
    {
        int pages = 0;
        int stories = 0;
        int paragraphs = 0;
        int openFlags = 0;
    };
    Result<Counts> counts() const;

private:
    const Database &m_db;
};

} // namespace Copydesk
