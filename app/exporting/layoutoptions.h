// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QMarginsF>
#include <QString>

namespace Copydesk::Exporting {

enum class PaperSize
{
    A3,
    A4,
    Tabloid
};

// What an editor chooses in the export dialog (or on the command line). A plain value: the
// dialog keeps one, jobs copy it to their thread. Formats ignore what they cannot express
// (a text file has no columns).
struct LayoutOptions
{
    PaperSize paperSize = PaperSize::A4;
    QMarginsF marginsMm{15, 15, 15,
                        18}; // left, top, right, bottom; the footer sits in the bottom one
    int columns = 4;         // 1-6
    qreal gutterMm = 5;
    qreal bodyPointSize = 9.5;
    qreal headlinePointSize = 0; // 0: chosen from the width of the page
    QString sourceLabel;         // footer; empty: the source file names of the pages
    QDateTime exportDate;        // footer, NewsML versionCreated; invalid: the current time
    QString title;               // document title; empty: the first headline
    QString language = QStringLiteral("zh-CN");
    bool pageNumbers = true;
    bool confirmedTagsOnly = false; // NewsML/HTML metadata: leave out tags nobody confirmed
};

// The checks every writer runs before it starts; the message names the bad setting.
Status validateOptions(const LayoutOptions &options);

// Paper sizes by name for the CLI and the dialog: "a3", "a4", "tabloid".
Result<PaperSize> paperSizeFromName(const QString &name);
QString paperSizeName(PaperSize size);

} // namespace Copydesk::Exporting
