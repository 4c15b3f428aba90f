// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagginglog.h"

namespace Copydesk::Tagging {
Q_LOGGING_CATEGORY(lcTagging, "copydesk.tagging", QtInfoMsg)
}
