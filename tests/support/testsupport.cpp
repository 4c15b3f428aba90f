// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QFile>

namespace Copydesk::TestSupport {

QString sourceDir()
{
    const QString dir = qEnvironmentVariable("COPYDESK_SOURCE_DIR");
    return dir.isEmpty() ? QStringLiteral(COPYDESK_TEST_SOURCE_DIR) : dir;
}

QString samplePagePath() { return sourceDir() + QStringLiteral("/resources/samples/raw.txt"); }

QString sampleGoldPath()
{
    return sourceDir() + QStringLiteral("/tests/data/seed-page/expected.json");
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(bytes) == bytes.size();
}

} // namespace Copydesk::TestSupport
