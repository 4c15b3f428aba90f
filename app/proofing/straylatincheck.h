// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/types.h"

#include <QVector>

namespace Copydesk::Proofing {

// An English function word between Chinese characters (`警示教育 and 运河`) is a leftover of
// translation or editing; the flag suggests the Chinese word and covers the spaces around it.
class StrayLatinCheck
{
public:
    static QVector<FlagDraft> check(const QString &text, int paragraph);
    // The Chinese replacement for a function word, or a null string if it is not one.
    static QString replacementFor(const QString &word);
};

} // namespace Copydesk::Proofing
