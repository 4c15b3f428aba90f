// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Copydesk {

// What the editor reads for a flag kind ("duplicate" -> "Duplicate paragraph").
QString flagKindLabel(const QString &kind);
// Tool tip for a marked span: the kind, the reason and the suggestion, if any.
QString flagToolTip(const QString &kind, const QString &reason, const QString &suggestion);

} // namespace Copydesk
