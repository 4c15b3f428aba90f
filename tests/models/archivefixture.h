// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/importjob.h"
#include "testsupport.h"

#include <QSqlDatabase>
#include <QString>

namespace Copydesk::TestSupport {

// Model tests: imports files into an archive synchronously, the way the GUI's background
// import does (same ImportJob), and returns the report.
inline ImportReport importFiles(const QString &archivePath, const QStringList &paths)
{
    ImportParams params;
    params.archivePath = archivePath;
    params.user = QStringLiteral("tester");
    params.inputs = Importing::collectInputs(paths).inputs;
    return ImportJob::run(params);
}

inline ImportReport importText(const QString &archivePath, const QString &name,
                               const QByteArray &bytes)
{
    ImportParams params;
    params.archivePath = archivePath;
    params.user = QStringLiteral("tester");
    params.inputs = {Importing::ImportInput{name, QString(), bytes}};
    return ImportJob::run(params);
}

inline bool sqliteAvailable()
{
    return QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"));
}

} // namespace Copydesk::TestSupport
