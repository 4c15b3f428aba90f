// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagecleaner.h"

#include "blocks.h"

namespace Copydesk::Text {

PageDraft cleanupPage(const QString &text, const CleanupOptions &options)
{
    Q_UNUSED(options);
    return blocksAsSingleStory(text);
}

} // namespace Copydesk::Text
