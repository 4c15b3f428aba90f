// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "common/types.h"

#include <QString>
#include <QVector>

namespace Copydesk {

class Database;

// Corrections the proofing checks proposed, applied to stored text without an editor open:
// accepting every open flag of one kind on a page (the CLI's `review --accept-kind`), and
// house-style normalisations (decisions of kind "normalise") recorded, reverted and applied
// again like joins. Each call is one transaction; every story it changes is marked edited,
// re-indexed for search and gets a revision (who, when, what). Lives on its Database's
// thread. The editor applies the same corrections through its undo stack instead and records
// on-demand normalisations with recordDecisions().
class CorrectionRepository
{
public:
    explicit CorrectionRepository(const Database &db) : m_db(db) {}

    struct AcceptOutcome
    {
        int accepted = 0;
        // Left open: the text at the flag changed since it was raised, the flag has no
        // suggestion, or it overlaps a correction just made.
        int skipped = 0;
        QVector<qint64> stories; // stories whose text changed
    };

    // Accepts every open flag of `kind` on the page: its text is replaced by its suggestion
    // (the copy leaves its story for duplicates), the flag is marked accepted with who and
    // when, and other open flags of the paragraph move with the text. Spelling flags are
    // refused: hunspell's first guess is no correction to apply unseen.
    Result<AcceptOutcome> acceptKind(qint64 pageId, const QString &kind, const QString &user) const;

    // Stores decisions made outside the import (an on-demand normalisation in the editor,
    // after its text change was saved), so they can be reverted like the import's.
    Status recordDecisions(qint64 storyId, const QVector<Decision> &decisions) const;
    // Puts `before` back where a "normalise" decision's `after` stands and marks it reverted;
    // later decisions of that paragraph move with the text. Fails (nothing changed) when the
    // text there was edited since.
    Status revertNormalisation(qint64 decisionId, const QString &user) const;
    // Applies a reverted normalisation again.
    Status reapplyNormalisation(qint64 decisionId, const QString &user) const;

private:
    Status setNormalisation(qint64 decisionId, bool apply, const QString &user) const;
    const Database &m_db;
};

} // namespace Copydesk
