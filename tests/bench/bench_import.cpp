// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Import throughput: 1,000 generated pages (about 20 MB) imported into a fresh archive,
// next to sqlite3's own .import of the same paragraphs into a plain table on the same
// machine in the same run. Pages are the sample page's blocks with a third of their
// characters replaced at random, so each page is new text of the same shape, and one block
// in twenty is a reprint of an earlier page's block, so the duplicate index has work.
// Run by hand: build/tests/bench/bench_import [pages]
#include "jobs/importjob.h"
#include "testsupport.h"
#include "text/blocks.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace Copydesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int pageCount = argc > 1 ? std::max(1, atoi(argv[1])) : 1000;

    const QString sample = QString::fromUtf8(TestSupport::readFile(TestSupport::samplePagePath()));
    QStringList blocks;
    for (const auto &b : Text::splitBlocks(sample))
        blocks << b.text;
    if (blocks.isEmpty()) {
        fprintf(stderr, "sample page not found\n");
        return 1;
    }

    QTemporaryDir dir;
    QRandomGenerator rng(20261128);
    qint64 totalBytes = 0;
    QFile tsv(dir.filePath(QStringLiteral("paragraphs.tsv")));
    if (!tsv.open(QIODevice::WriteOnly))
        return 1;
    ImportParams params;
    params.archivePath = dir.filePath(QStringLiteral("bench.sqlite"));
    params.user = QStringLiteral("bench");
    QString alphabet;
    for (QChar c : sample) {
        if (c.unicode() >= 0x4E00 && c.unicode() < 0xA000)
            alphabet.append(c);
    }
    QStringList previous;
    for (int i = 0; i < pageCount; ++i) {
        QStringList page;
        for (const QString &block : std::as_const(blocks)) {
            if (!previous.isEmpty() && rng.bounded(20) == 0) {
                page << previous[int(rng.bounded(int(previous.size())))];
                continue;
            }
            QString text = block;
            for (QChar &c : text) {
                if (c.unicode() >= 0x4E00 && c.unicode() < 0xA000 && rng.bounded(3) == 0)
                    c = alphabet[int(rng.bounded(int(alphabet.size())))];
            }
            page << text;
        }
        previous = page;
        page.prepend(QStringLiteral("第%1版").arg(i + 1));
        const QByteArray bytes = page.join(QStringLiteral("\n\n")).toUtf8();
        totalBytes += bytes.size();
        params.inputs.push_back({QStringLiteral("page-%1.txt").arg(i + 1), QString(), bytes});
        for (const QString &p : std::as_const(page))
            tsv.write(QString(p).replace(QLatin1Char('\t'), QLatin1Char(' '))
                          .replace(QLatin1Char('\n'), QLatin1Char(' '))
                          .toUtf8()
                      + '\n');
    }
    tsv.close();

    QElapsedTimer timer;
    timer.start();
    const ImportReport report = ImportJob::run(params);
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!report.allSucceeded()) {
        fprintf(stderr, "import failed: %s\n", qPrintable(report.archiveError));
        return 1;
    }
    const double mb = totalBytes / (1024.0 * 1024.0);
    printf("copydesk import: %d pages, %.1f MB in %.2f s = %.1f MB/s\n", pageCount, mb, seconds,
           mb / seconds);

    // The limit: sqlite3 importing the same paragraphs into a plain one-column table.
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty()) {
        printf("sqlite3 not found: no baseline\n");
        return 0;
    }
    QProcess p;
    p.setProgram(sqlite3);
    p.setArguments({dir.filePath(QStringLiteral("plain.sqlite"))});
    timer.restart();
    p.start();
    p.write(QStringLiteral("PRAGMA journal_mode=WAL;\nCREATE TABLE t(text TEXT);\n.mode tabs\n"
                           ".import %1 t\n")
                .arg(tsv.fileName())
                .toUtf8());
    p.closeWriteChannel();
    p.waitForFinished(-1);
    const double baseline = timer.nsecsElapsed() / 1e9;
    printf("sqlite3 .import of the same paragraphs: %.2f s = %.1f MB/s\n", baseline,
           mb / baseline);
    return 0;
}
