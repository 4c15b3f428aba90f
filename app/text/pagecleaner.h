// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/types.h"

#include <QString>

#include <functional>

namespace Copydesk::Text {

struct CleanupOptions
{
    // Answers whether a Latin-script word is a real word (hunspell in the application,
    // anything in tests). May be empty: the stage then relies on words seen on the page.
    std::function<bool(const QString &word)> isKnownWord;
};

// The cleanup stage: normalised page text in, stories out, with every automatic decision
// recorded in StoryDraft::decisions and every doubt raised as a flag. Pure; any thread.
PageDraft cleanupPage(const QString &text, const CleanupOptions &options = {});

} // namespace Copydesk::Text
