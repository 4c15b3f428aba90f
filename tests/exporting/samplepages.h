// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/records.h"

#include <QStringList>
#include <QVector>

namespace Copydesk::TestSupport {

// The sample page's twelve stories as the archive would hand them to an exporter, built from
// the gold file (tests/data/seed-page/expected.json): headline, kicker, byline, paragraphs,
// district and themes (confirmed). Empty when the gold file cannot be read.
QVector<PageRecord> goldPages();

// Every paragraph of goldPages() in reading order.
QStringList goldParagraphs();

// `text` without any whitespace, for comparing text extracted from a layout.
QString withoutWhitespace(const QString &text);

// Returns a page with `count` stories, cycling through the gold stories (benchmarks).
QVector<PageRecord> manyStories(int count);

} // namespace Copydesk::TestSupport
