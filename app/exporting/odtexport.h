// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/records.h"
#include "common/result.h"
#include "exporting/layoutoptions.h"

#include <QByteArray>
#include <QVector>

class QTextDocument;

namespace Copydesk::Exporting {

// OpenDocument Text through QTextDocumentWriter: kicker, headline (a level-1 heading),
// byline and justified, indented body paragraphs, in the proof's fonts. ODF columns and
// page footers are beyond what QTextDocument can write, so the ODT is a single-column
// manuscript. Needs a QGuiApplication (fonts); any thread.
class OdtExport
{
public:
    static Result<QByteArray> render(const QVector<PageRecord> &pages,
                                     const LayoutOptions &options);
    // The same content as a QTextDocument (the dialog may show it); caller owns it.
    static void fill(QTextDocument *document, const QVector<PageRecord> &pages,
                     const LayoutOptions &options);
};

} // namespace Copydesk::Exporting
