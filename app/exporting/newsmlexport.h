// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/records.h"
#include "exporting/layoutoptions.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace Copydesk::Exporting {

// NewsML-G2 (IPTC) for the wire: one newsItem per story with headline, by-line, the district
// as `located`, the themes' IPTC Media Topics as `subject` QCodes (medtop:...; desk themes
// without a Media Topic become `keyword`s) and the body as inline XHTML. A single story is a
// newsItem document; several are a newsMessage with an itemSet. Guids are stable: derived
// from the page's SHA-256 and the story id. Pure; any thread.
class NewsMlExport
{
public:
    static constexpr char Namespace[] = "http://iptc.org/std/nar/2006-10-01/";
    static constexpr char XhtmlNamespace[] = "http://www.w3.org/1999/xhtml";

    static QByteArray render(const QVector<PageRecord> &pages, const LayoutOptions &options);
};

} // namespace Copydesk::Exporting
