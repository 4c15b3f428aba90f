// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/records.h"
#include "common/result.h"

#include <QByteArray>
#include <QVector>

namespace Copydesk::Exporting {

// The JSON contract: {"format": "copydesk", "version": 1, "pages": [...]}. Every later stage
// and every test reads it, so changes are additive and a breaking change bumps the version.
class JsonExport
{
public:
    static constexpr int FormatVersion = 1;

    static QByteArray write(const QVector<PageRecord> &pages);
    // Reads an export back (for round trips and for tools); ids are kept as written.
    static Result<QVector<PageRecord>> read(const QByteArray &json);
};

} // namespace Copydesk::Exporting
