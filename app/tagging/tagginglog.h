// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace Copydesk::Tagging {
Q_DECLARE_LOGGING_CATEGORY(lcTagging)
}
