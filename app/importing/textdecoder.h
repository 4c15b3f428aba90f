// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "common/types.h"

#include <QByteArray>

namespace Copydesk::Importing {

// Turns the bytes of an imported file into normalised text. Byte-order marks decide first,
// then strict UTF-8, then uchardet's guess decoded through ICU. Refuses binary data, empty
// files and bytes that no encoding reads; invalid sequences in otherwise readable text
// become U+FFFD and are counted so the import can raise an `encoding` flag.
// Pure and thread-safe.
class TextDecoder
{
public:
    static Result<DecodedText> decode(const QByteArray &bytes);

    // Why bytes look binary (a file signature or too many control bytes); empty if not.
    static QString binaryReason(const QByteArray &bytes);

    // CR/CRLF -> LF; NUL, other control and zero-width characters removed; NBSP and
    // friends folded to a space; U+2028/U+2029 become line ends. Counts what it removed.
    static QString normalize(const QString &text, int *removed = nullptr);
};

} // namespace Copydesk::Importing
