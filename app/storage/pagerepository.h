// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "common/records.h"

#include <QSet>

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

    // Replaces the machine's stories of a page with a new cleanup of its text. Stories an
    // editor or proofreader touched (edited, revised by hand, a confirmed tag, a decided flag)
    // stay as they are, and new stories that overlap their source text are not added; the
    // rest are replaced. One transaction.
    struct RecleanReport
    {
        int kept = 0;     // touched stories left alone
        int replaced = 0; // machine stories removed
        int added = 0;    // new stories written
        int skipped = 0;  // new stories dropped because a kept story holds their text
    };
    Result<RecleanReport> replaceCleanup(qint64 pageId, const PageDraft &draft,
                                         const QString &user) const;

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
    // Writes the stories of `draft` (but those whose index is in `skip`) with their
    // paragraphs, index keys, decisions, first revision (`action`), tags and flags. Runs inside
    // the caller's transaction. Returns the new story ids by draft index (0 where skipped).
    Result<QVector<qint64>> writeStories(qint64 pageId, const PageDraft &draft,
                                         const QSet<int> &skip, const QString &user,
                                         const QString &now, const QString &action) const;

    const Database &m_db;
};

} // namespace Copydesk
