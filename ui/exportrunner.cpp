// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportrunner.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace Copydesk {

namespace {
// The pool side: plain values in, an outcome out, progress through the promise.
void runExport(QPromise<ExportOutcome> &promise, const ExportRequest &request,
               const std::shared_ptr<std::atomic_bool> &cancel)
{
    using Exporting::Exporter;
    ExportOutcome outcome;
    if (!request.oneFilePerStory) {
        promise.setProgressRange(0, 1);
        const Status written = Exporter::writeFile(request.format, request.pages, request.options,
                                                   request.destination);
        if (written)
            outcome.paths << request.destination;
        else
            outcome.error = written.error();
        promise.setProgressValue(1);
        promise.addResult(outcome);
        return;
    }
    int done = 0;
    const auto progress = [&promise, &cancel, &done](int filesDone, int total) {
        done = filesDone;
        promise.setProgressRange(0, total);
        promise.setProgressValue(filesDone);
        return !cancel->load();
    };
    const auto written = Exporter::writeBatch(request.format, request.pages, request.options,
                                              request.destination, progress);
    if (written) {
        outcome.paths = written.value();
    } else {
        outcome.error = written.error();
        outcome.cancelled = cancel->load();
    }
    promise.addResult(outcome);
}
} // namespace

ExportRunner::ExportRunner(QObject *parent)
    : QObject(parent), m_watcher(new QFutureWatcher<ExportOutcome>(this))
{
    connect(m_watcher, &QFutureWatcher<ExportOutcome>::progressRangeChanged, this,
            &ExportRunner::handleProgressRange);
    connect(m_watcher, &QFutureWatcher<ExportOutcome>::progressValueChanged, this,
            &ExportRunner::handleProgress);
    connect(m_watcher, &QFutureWatcher<ExportOutcome>::finished, this,
            &ExportRunner::handleFinished);
}

ExportRunner::~ExportRunner()
{
    // The job keeps running on the pool until its next file; let it stop there.
    if (m_cancel)
        m_cancel->store(true);
}

bool ExportRunner::start(const ExportRequest &request)
{
    if (isRunning())
        return false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_outcome = ExportOutcome{};
    m_total = request.oneFilePerStory ? 0 : 1;
    if (request.oneFilePerStory) {
        for (const PageRecord &page : request.pages)
            m_total += int(page.stories.size());
    }
    const std::shared_ptr<std::atomic_bool> cancelFlag = m_cancel;
    m_watcher->setFuture(QtConcurrent::run([request, cancelFlag](QPromise<ExportOutcome> &promise) {
        runExport(promise, request, cancelFlag);
    }));
    Q_EMIT exportStarted(m_total);
    return true;
}

void ExportRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ExportRunner::handleProgressRange(int minimum, int maximum)
{
    Q_UNUSED(minimum)
    m_total = maximum;
}

void ExportRunner::handleProgress(int done)
{
    Q_EMIT progressChanged(done, m_total);
}

void ExportRunner::handleFinished()
{
    const QFuture<ExportOutcome> future = m_watcher->future();
    m_outcome = future.resultCount() > 0 ? future.result() : ExportOutcome{};
    if (future.resultCount() == 0)
        m_outcome.error = tr("The export stopped without a result.");
    m_cancel.reset();
    Q_EMIT exportFinished();
}

} // namespace Copydesk
