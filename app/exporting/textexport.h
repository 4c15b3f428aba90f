// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/records.h"
#include "exporting/layoutoptions.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace Copydesk::Exporting {

// Plain text for the wire: UTF-8 without a byte-order mark, LF line ends, kicker, headline
// and byline on lines of their own, one blank line between paragraphs, a line "###" between
// stories. Pure; any thread.
class TextExport
{
public:
    static QByteArray render(const QVector<PageRecord> &pages, const LayoutOptions &options);
    // A paragraph on one line: line and paragraph separators become spaces, runs of
    // whitespace one space.
    static QString oneLine(const QString &text);
};

} // namespace Copydesk::Exporting
