// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recleanrunner.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace Copydesk {

RecleanRunner::RecleanRunner(QObject *parent)
    : QObject(parent), m_watcher(new QFutureWatcher<RecleanReport>(this))
{
    connect(m_watcher, &QFutureWatcher<RecleanReport>::progressValueChanged, this,
            [this](int done) { Q_EMIT progressChanged(done, m_watcher->progressMaximum()); });
    connect(m_watcher, &QFutureWatcher<RecleanReport>::finished, this,
            &RecleanRunner::handleFinished);
}

RecleanRunner::~RecleanRunner()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool RecleanRunner::start(const RecleanParams &params)
{
    if (isRunning())
        return false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const std::shared_ptr<std::atomic_bool> cancelFlag = m_cancel;
    QFuture<RecleanReport> future =
        QtConcurrent::run([params, cancelFlag](QPromise<RecleanReport> &promise) {
            const auto progress = [&promise](int done, int total) {
                promise.setProgressRange(0, total);
                promise.setProgressValue(done);
            };
            promise.addResult(RecleanJob::run(params, progress, cancelFlag.get()));
        });
    m_watcher->setFuture(future);
    Q_EMIT started();
    return true;
}

void RecleanRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void RecleanRunner::handleFinished()
{
    const QFuture<RecleanReport> future = m_watcher->future();
    m_report = future.resultCount() > 0 ? future.result() : RecleanReport{};
    if (future.resultCount() == 0)
        m_report.archiveError = tr("Cleanup stopped without a result.");
    m_cancel.reset();
    Q_EMIT finished();
}

} // namespace Copydesk
