// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Cleanup throughput on one core: a 50 MB corpus made of the test pages (the bundled sample
// page and every tests/data/pages/*/raw-*.txt), each page cleaned as one call, as the import
// does. The word list is loaded once per process, before the clock starts (the load is
// reported apart). Run by hand: build/tests/bench/bench_cleanup [megabytes]
#include "testsupport.h"
#include "text/pagecleaner.h"
#include "text/wordfrequencies.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>

#include <cstdio>
#include <ctime>

using namespace Copydesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const double targetMb = argc > 1 ? atof(argv[1]) : 50.0;

    QStringList pages{QString::fromUtf8(TestSupport::readFile(TestSupport::samplePagePath()))};
    QDirIterator it(TestSupport::sourceDir() + QStringLiteral("/tests/data/pages"),
                    {QStringLiteral("raw-*.txt")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        pages << QString::fromUtf8(TestSupport::readFile(it.next()));
    pages.removeAll(QString());
    qint64 pageBytes = 0;
    for (const QString &p : std::as_const(pages))
        pageBytes += p.toUtf8().size();
    const qint64 rounds = std::max<qint64>(1, qint64(targetMb * 1024 * 1024) / pageBytes);

    QElapsedTimer timer;
    timer.start();
    const bool listLoaded = Text::WordFrequencies::shared().isLoaded();
    printf("word list: %s in %.2f s\n", listLoaded ? "loaded" : "MISSING",
           timer.nsecsElapsed() / 1e9);

    timer.restart();
    const std::clock_t cpuStart = std::clock();
    qint64 stories = 0;
    for (qint64 r = 0; r < rounds; ++r) {
        for (const QString &p : std::as_const(pages))
            stories += Text::cleanupPage(p).stories.size();
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    // CPU time as well: on a shared machine the wall clock counts other people's work.
    const double cpu = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    const double mb = double(rounds * pageBytes) / (1024 * 1024);
    printf("cleanup: %d test pages x %lld rounds = %.1f MB in %.2f s = %.1f MB/s "
           "(CPU %.2f s = %.1f MB/s; %lld stories)\n",
           int(pages.size()), rounds, mb, seconds, mb / seconds, cpu, mb / cpu, stories);
    return 0;
}
