// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Copydesk::Exporting {

// Text prepared for markup. Pure functions, any thread.
class XmlText
{
public:
    // Drops what XML 1.0 cannot carry (control characters other than tab and line ends,
    // U+FFFE/U+FFFF, unpaired surrogates), so a stray byte in a page never makes a
    // document unreadable.
    static QString clean(const QString &text);
    // Escapes & < > " ' for text and attribute values in HTML and XML.
    static QString escape(const QString &text);
};

} // namespace Copydesk::Exporting
