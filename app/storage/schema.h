// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to app/storage: the forward-only migration steps. Each step runs inside the
// transaction that also bumps PRAGMA user_version, so an archive is never half-upgraded.

#include "common/result.h"

#include <QString>

namespace Copydesk::Schema {

// Brings the archive on `connectionName` from version - 1 to `version`.
Status migrateTo(const QString &connectionName, int version);

} // namespace Copydesk::Schema
