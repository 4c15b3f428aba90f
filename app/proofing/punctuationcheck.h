// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/types.h"
#include "housestyle.h"

#include <QVector>

namespace Copydesk::Proofing {

// Half-width punctuation in Chinese context (`记者,` -> `记者，`, `(周静)` -> `（周静）`,
// `"品牌"` -> `“品牌”`, `...` -> `……`), one flag of kind "punctuation" per mark with the
// full-width form as the suggestion. Numbers (1.6亿, 3,000, 12:30), codes (0117-2), URLs,
// e-mail addresses and Latin sentences are left alone. The same rules as the house-style
// normaliser (HouseStyle::edits), limited to the marks the profile asks for; spacing rules
// are the normaliser's alone. A flag may cover the spaces after its mark (`, ` -> `，`).
class PunctuationCheck
{
public:
    static QVector<FlagDraft> check(const QString &text, int paragraph,
                                    const HouseStyleProfile &profile = {});
};

} // namespace Copydesk::Proofing
