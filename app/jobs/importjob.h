// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dedup/fingerprint.h"
#include "importing/inputfiles.h"
#include "proofing/deskproofing.h"
#include "text/pagecleaner.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>

namespace Copydesk {

class Database;

// What happened to one input of an import.
struct ImportOutcome
{
    enum class Kind { Imported, AlreadyImported, Refused, Cancelled };
    Kind kind = Kind::Refused;
    QString name;
    qint64 pageId = 0;
    int stories = 0;
    int paragraphs = 0;
    QString encoding;
    QString message;     // one line for the editor, naming the file and what happened
    QStringList warnings; // e.g. undecodable bytes replaced by U+FFFD
};

struct ImportParams
{
    QString archivePath;
    QVector<Importing::ImportInput> inputs;
    QString user;
    qint64 maxBytes = Importing::kDefaultMaxImportBytes;
    Text::CleanupOptions cleanup;
    Dedup::Options dedup;
    QString spellingLanguage = QStringLiteral("en_US"); // hunspell dictionary for Latin runs
};

struct ImportReport
{
    QVector<ImportOutcome> outcomes;
    QString archiveError; // set when the archive itself could not be opened
    bool cancelled = false;
    int count(ImportOutcome::Kind kind) const;
    bool allSucceeded() const; // nothing refused, archive fine, not cancelled
};

// Imports files into an archive: read -> decode -> normalise -> cleanup -> store. Each file is
// one transaction, so a failure leaves the archive as it was for that file while the other
// files still import. Opens its own connection, so it runs on any thread (the GUI runs it
// through QtConcurrent; the CLI calls it directly). `progress` is called after each file with
// (done, total); `cancel` is checked between files.
class ImportJob
{
public:
    using ProgressFn = std::function<void(int done, int total, const ImportOutcome &last)>;
    static ImportReport run(const ImportParams &params, const ProgressFn &progress = {},
                            const std::atomic_bool *cancel = nullptr);

    // The desk's house style, errata and personal dictionary (of `language`) from the
    // archive, applied to each story after the page pipeline (a re-run of cleanup should do
    // the same). A desk without them, or an archive that cannot say, gets an empty one.
    static Proofing::DeskProofing deskProofing(const Database &db, const QString &language);
};

} // namespace Copydesk
