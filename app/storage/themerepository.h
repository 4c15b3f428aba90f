// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/records.h"
#include "common/result.h"

#include <QVector>

namespace Copydesk {

class Database;

// The desk's theme taxonomy in the archive (table `themes`). Storage only: the rules (topics
// are fixed, labels unique, merges follow) are Tagging::Taxonomy's, and DeskTagging (jobs)
// checks an edit there before it is written here. Keywords are kept one per line in
// `themes.keywords`, weak keywords with a leading '~'. Use on the thread of `db`.
class ThemeRepository
{
public:
    explicit ThemeRepository(const Database &db) : m_db(db) {}

    Result<QVector<ThemeRecord>> themes() const; // in the order they were added
    Result<int> count() const;

    // Adds the themes that are not there yet (an archive's first use); safe to run twice or
    // from two connections at once.
    Status seed(const QVector<ThemeRecord> &themes, const QString &user) const;
    // Inserts or updates these themes (origin stays what it was) and gives the stories'
    // tags of each theme its current label, in one transaction.
    Status save(const QVector<ThemeRecord> &themes, const QString &user) const;
    // Saves `from` (retired, merged into `into`) and `into`, and moves every story's tag of
    // `from` to `into`: a story that had both keeps one, confirmed if either was.
    Status merge(const ThemeRecord &from, const ThemeRecord &into, const QString &user) const;

    static QString keywordsToText(const QStringList &keywords, const QStringList &weak);
    static void keywordsFromText(const QString &text, QStringList *keywords, QStringList *weak);

private:
    Status write(const QVector<ThemeRecord> &themes, const QString &user) const;

    const Database &m_db;
};

} // namespace Copydesk
