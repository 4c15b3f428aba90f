// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/records.h"
#include "common/result.h"

#include <QDateTime>

#include <optional>

namespace Copydesk {

class Database;

// One row of the proofreaders' review queue: a duplicate flag with both texts side by side.
struct ReviewItem
{
    FlagRecord flag;
    QString copyText;
    QString originalText;
    QString copyHeadline;
    QString originalHeadline;
    qint64 originalPageId = 0;
    qint64 originalStoryId = 0;
    qint64 copyParagraphId = 0;
    qint64 originalParagraphId = 0;
    QDateTime pageImportedAt;
};

struct ReviewFilter
{
    QString kind = QStringLiteral("duplicate");
    qint64 pageId = 0;       // 0: every page
    QString status;          // empty: every status
    QDateTime importedFrom;  // invalid: no bound
    QDateTime importedUntil; // invalid: no bound
};

// Flag decisions. Each decision records who and when, leaves a revision on the affected
// story and can be taken back (reopen). Lives on its Database's thread.
class FlagRepository
{
public:
    explicit FlagRepository(const Database &db) : m_db(db) {}

    Result<QVector<ReviewItem>> reviewQueue(const ReviewFilter &filter) const;
    Result<ReviewItem> reviewItem(qint64 flagId) const;

    // Remove copy: the paragraph leaves its story (kept, marked removed, so it can return).
    Status accept(qint64 flagId, const QString &user) const;
    // Keep both: the pair of texts is never flagged again.
    Status dismiss(qint64 flagId, const QString &user) const;
    // Swap: the other paragraph is the copy.
    Status swap(qint64 flagId, const QString &user) const;
    // Undo of any of the above: the flag is open again and a removed copy is back.
    Status reopen(qint64 flagId, const QString &user) const;

private:
    // The flag, if the archive is writable and the flag still waits for a decision.
    Result<ReviewItem> openFlag(qint64 flagId) const;
    Status recordRevision(qint64 storyId, const QString &user, const QString &action) const;
    const Database &m_db;
};

} // namespace Copydesk
