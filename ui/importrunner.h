// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/importjob.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace Copydesk {

// Runs ImportJob off the GUI thread (QtConcurrent) and hands its report back on the GUI
// thread. Owns the QFutureWatcher, so destroying the runner (with its window) drops a result
// that arrives later; the job itself finishes on the pool, after a cancel at the next file.
// One import at a time. Lives on the GUI thread.
class ImportRunner : public QObject
{
    Q_OBJECT
public:
    explicit ImportRunner(QObject *parent = nullptr);
    ~ImportRunner() override;

    bool isRunning() const;
    // Copies the parameters and starts; false if an import is already running.
    bool start(const ImportParams &params);
    // Stops before the next file; the report then lists the rest as cancelled.
    void cancel();

    const ImportReport &lastReport() const { return m_report; }

Q_SIGNALS:
    void importStarted(int total);
    void progressChanged(int done, int total, const QString &lastName);
    void importFinished();

private:
    void handleProgress(int done);
    void handleFinished();

    QFutureWatcher<ImportReport> *m_watcher = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    ImportReport m_report;
    int m_total = 0;
};

} // namespace Copydesk
