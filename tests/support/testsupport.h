// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Copydesk::TestSupport {

// The source tree (COPYDESK_SOURCE_DIR, set by CTest), for golden files and the sample page.
QString sourceDir();
// resources/samples/raw.txt: the bundled sample page.
QString samplePagePath();
// The gold answer for the sample page: tests/data/seed-page/expected.json.
QString sampleGoldPath();
QByteArray readFile(const QString &path);
bool writeFile(const QString &path, const QByteArray &bytes);

} // namespace Copydesk::TestSupport
