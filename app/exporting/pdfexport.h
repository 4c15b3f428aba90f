// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/records.h"
#include "common/result.h"
#include "exporting/layoutoptions.h"

#include <QByteArray>
#include <QImage>
#include <QVector>

namespace Copydesk::Exporting {

// The print-ready proof: newspaper pages drawn by ProofLayout into a QPdfWriter, with the
// CJK fonts of FontSetup embedded (subset). Needs a QGuiApplication; runs on any thread,
// so the export job may call it off the GUI thread.
class PdfExport
{
public:
    static Result<QByteArray> render(const QVector<PageRecord> &pages,
                                     const LayoutOptions &options);
    // The dialog's live preview: page `index` of the same layout as an image at `dpi`.
    static Result<QImage> preview(const QVector<PageRecord> &pages, const LayoutOptions &options,
                                  int index = 0, qreal dpi = 96);
};

} // namespace Copydesk::Exporting
