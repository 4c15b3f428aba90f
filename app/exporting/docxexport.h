// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/records.h"
#include "common/result.h"
#include "exporting/layoutoptions.h"

#include <QByteArray>
#include <QVector>

namespace Copydesk::Exporting {

// Word (OOXML WordprocessingML) for desks that work in Word: a real package written with
// libzip ([Content_Types].xml, _rels/.rels, word/document.xml, word/styles.xml,
// word/settings.xml, word/footer1.xml, docProps). Each story is a one-column section for
// kicker, headline and byline followed by a continuous section with the body in columns;
// the footer carries the source, PAGE / NUMPAGES fields and the export date. Pure; any thread.
class DocxExport
{
public:
    static Result<QByteArray> render(const QVector<PageRecord> &pages,
                                     const LayoutOptions &options);
};

} // namespace Copydesk::Exporting
