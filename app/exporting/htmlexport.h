// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/records.h"
#include "exporting/layoutoptions.h"

#include <QByteArray>
#include <QVector>

namespace Copydesk::Exporting {

// One self-contained HTML5 file (inline CSS, no scripts, no external resources) for the web
// desk: an <article> per story with <h1>, <p>, CSS columns on screen and in print. Every
// piece of text is escaped. Pure; any thread.
class HtmlExport
{
public:
    static QByteArray render(const QVector<PageRecord> &pages, const LayoutOptions &options);
};

} // namespace Copydesk::Exporting
