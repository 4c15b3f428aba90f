// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Copydesk::TestSupport {

// Runs a poppler tool (pdftotext, pdffonts, pdftoppm, pdfinfo); empty tool path when absent.
QString popplerTool(const QString &name);
// Runs `program` with `arguments`; returns its standard output, or a null array on failure.
QByteArray runTool(const QString &program, const QStringList &arguments, int timeoutMs = 60000);

} // namespace Copydesk::TestSupport
