// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/records.h"
#include "exporting/layoutoptions.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace Copydesk::Exporting {

// CommonMark: per story the kicker in emphasis, "# headline", the byline in emphasis and the
// paragraphs, stories separated by a thematic break ("---"). Markdown syntax in the text is
// backslash-escaped so it shows as written. Pure; any thread.
class MarkdownExport
{
public:
    static QByteArray render(const QVector<PageRecord> &pages, const LayoutOptions &options);
    // One line of text that renders literally.
    static QString escape(const QString &text);
};

} // namespace Copydesk::Exporting
