// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/recleanjob.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace Copydesk {

// Runs RecleanJob off the GUI thread (QtConcurrent) and hands its report back on the GUI
// thread, like ImportRunner. Destroying the runner drops a late result and asks the job to
// stop at the next page. One run at a time. Lives on the GUI thread.
class RecleanRunner : public QObject
{
    Q_OBJECT
public:
    explicit RecleanRunner(QObject *parent = nullptr);
    ~RecleanRunner() override;

    bool isRunning() const { return m_cancel != nullptr; }
    // Copies the parameters and starts; false if a run is going on.
    bool start(const RecleanParams &params);
    // Stops before the next page.
    void cancel();

    const RecleanReport &lastReport() const { return m_report; }

Q_SIGNALS:
    void started();
    void progressChanged(int done, int total);
    void finished();

private:
    void handleFinished();

    QFutureWatcher<RecleanReport> *m_watcher = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    RecleanReport m_report;
};

} // namespace Copydesk
