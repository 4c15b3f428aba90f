// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QString>

namespace Copydesk {

class Database;

// Hand corrections of cleanup's structure: split a wrong join, join two paragraphs, move a
// paragraph (a fragment cleanup put in the wrong story) to another story, and revert or
// re-apply an automatic join decision. Each call is one transaction that marks the stories
// it changes as edited (so a re-run of cleanup leaves them alone), re-indexes them for
// search and records a revision of each (who, when, action) — so each is undone by the
// inverse call, which the undo commands in app/commands do. Lives on the thread of its
// Database.
class ParagraphRepository
{
public:
    explicit ParagraphRepository(const Database &db) : m_db(db) {}

    struct Place
    {
        qint64 storyId = 0;
        int position = 0; // index among the story's paragraphs
    };

    // Where a paragraph is now.
    Result<Place> place(qint64 paragraphId) const;

    // Moves the paragraph to `target` (story and index there; an index past the end appends).
    // Its flags move with it. Returns where it was, for undo.
    Result<Place> move(qint64 paragraphId, const Place &target, const QString &user) const;

    // Splits the paragraph at character `offset` (0 < offset < length); spaces at the cut are
    // dropped. The second half becomes a new paragraph right after it; returns its id.
    Result<qint64> split(qint64 paragraphId, int offset, const QString &user) const;

    // Joins the paragraph with the one after it in the same story (CJK text without a space,
    // Latin words with one). Returns the offset where the second text starts, for undo.
    Result<int> joinWithNext(qint64 paragraphId, const QString &user) const;

    // Reverts an automatic join (kind "join" or "jump") recorded at import: splits the
    // paragraph where the join was made and marks the decision "reverted". Returns the id
    // of the new paragraph. Fails with a message if the text around the join has since been
    // edited so that the junction cannot be found.
    Result<qint64> revertJoin(qint64 decisionId, const QString &user) const;
    // Takes a revert back: joins the paragraphs again and marks the decision "applied".
    Status reapplyJoin(qint64 decisionId, const QString &user) const;

private:
    const Database &m_db;
};

} // namespace Copydesk
