// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importrunner.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace Copydesk {

ImportRunner::ImportRunner(QObject *parent)
    : QObject(parent), m_watcher(new QFutureWatcher<ImportReport>(this))
{
    connect(m_watcher, &QFutureWatcher<ImportReport>::progressValueChanged, this,
            &ImportRunner::handleProgress);
    connect(m_watcher, &QFutureWatcher<ImportReport>::finished, this,
            &ImportRunner::handleFinished);
}

ImportRunner::~ImportRunner()
{
    // The job keeps running on the pool until its next file; let it stop early.
    if (m_cancel)
        m_cancel->store(true);
}

bool ImportRunner::isRunning() const
{
    return m_cancel != nullptr;
}

bool ImportRunner::start(const ImportParams &params)
{
    if (isRunning())
        return false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_total = int(params.inputs.size());
    const std::shared_ptr<std::atomic_bool> cancelFlag = m_cancel;
    QFuture<ImportReport> future = QtConcurrent::run(
        [params, cancelFlag](QPromise<ImportReport> &promise) {
            promise.setProgressRange(0, int(params.inputs.size()));
            const auto progress = [&promise](int done, int, const ImportOutcome &last) {
                promise.setProgressValueAndText(done, last.name);
            };
            promise.addResult(ImportJob::run(params, progress, cancelFlag.get()));
        });
    m_watcher->setFuture(future);
    Q_EMIT importStarted(m_total);
    return true;
}

void ImportRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ImportRunner::handleProgress(int done)
{
    Q_EMIT progressChanged(done, m_total, m_watcher->progressText());
}

void ImportRunner::handleFinished()
{
    const QFuture<ImportReport> future = m_watcher->future();
    m_report = future.resultCount() > 0 ? future.result() : ImportReport{};
    if (future.resultCount() == 0)
        m_report.archiveError = tr("The import stopped without a result.");
    m_cancel.reset();
    Q_EMIT importFinished();
}

} // namespace Copydesk
