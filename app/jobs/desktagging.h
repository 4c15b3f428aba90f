// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "tagging/tagger.h"
#include "tagging/taxonomy.h"

#include <QStringList>

namespace Copydesk {

class Database;

// The desk's taxonomy and gazetteer as one archive holds them. Joins the tagging rules
// (Tagging::Taxonomy checks every edit) with storage (ThemeRepository, DistrictRepository):
// on an archive's first use the themes and the districts are seeded from the data built into
// the program; afterwards the archive's copy is what tagging suggests from and what editors
// change. Stateless functions, usable on any thread with that thread's Database.
class DeskTagging
{
public:
    // Seeds the themes and the districts when the archive has none yet (nothing to do, and no
    // error, when it is read-only).
    static Status ensureSeeded(const Database &db, const QString &user = {});
    // The two halves: tagging needs only the themes (an import does not pay for the 44k
    // districts, which the browse tree and the picker seed when they first need them).
    static Status ensureThemesSeeded(const Database &db, const QString &user = {});
    static Status ensureDistrictsSeeded(const Database &db);

    // The archive's taxonomy (seeded first if need be); the built-in seed when a read-only
    // archive has none.
    static Result<Tagging::Taxonomy> taxonomy(const Database &db);
    // A tagger over the archive's taxonomy and the built-in gazetteer index.
    static Result<Tagging::Tagger> tagger(const Database &db);

    // Editing the taxonomy: each checks the edit with Tagging::Taxonomy, then stores it.
    static Result<QString> addTheme(const Database &db, const QString &topicCode,
                                    const QString &labelZh, const QStringList &keywords,
                                    const QString &labelEn, const QString &user);
    static Status renameTheme(const Database &db, const QString &code, const QString &labelZh,
                              const QString &labelEn, const QString &user);
    static Status setKeywords(const Database &db, const QString &code,
                              const QStringList &keywords, const QStringList &weakKeywords,
                              const QString &user);
    // `from` is retired into `into`, and the stories tagged with `from` move to `into`.
    static Status mergeThemes(const Database &db, const QString &from, const QString &into,
                              const QString &user);
    static Status retireTheme(const Database &db, const QString &code, const QString &user);
    static Status restoreTheme(const Database &db, const QString &code, const QString &user);
};

} // namespace Copydesk
