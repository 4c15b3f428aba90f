// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/records.h"
#include "exporting/exporter.h"
#include "exporting/layoutoptions.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <memory>

namespace Copydesk {

// What one export writes: copied to the pool thread as values.
struct ExportRequest
{
    Exporting::Format format = Exporting::Format::Pdf;
    QVector<PageRecord> pages;
    Exporting::LayoutOptions options;
    QString destination;          // a file, or the folder of a batch
    bool oneFilePerStory = false; // Exporter::writeBatch
};

struct ExportOutcome
{
    QStringList paths; // written; a cancelled batch keeps what it wrote
    QString error;     // empty on success
    bool cancelled = false;
};

// Runs Exporter::writeFile / writeBatch off the GUI thread (QtConcurrent with a QPromise)
// and hands the outcome back on the GUI thread. Owns its QFutureWatcher, so destroying the
// runner (with its dialog) drops a late result; a cancel stops a batch after the file being
// written. One export at a time. Lives on the GUI thread.
class ExportRunner : public QObject
{
    Q_OBJECT
public:
    explicit ExportRunner(QObject *parent = nullptr);
    ~ExportRunner() override;

    bool isRunning() const { return m_cancel != nullptr; }
    // Copies the request and starts; false if an export is already running.
    bool start(const ExportRequest &request);
    void cancel();

    const ExportOutcome &lastOutcome() const { return m_outcome; }

Q_SIGNALS:
    void exportStarted(int total);
    void progressChanged(int done, int total);
    void exportFinished();

private:
    void handleProgressRange(int minimum, int maximum);
    void handleProgress(int done);
    void handleFinished();

    QFutureWatcher<ExportOutcome> *m_watcher = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    ExportOutcome m_outcome;
    int m_total = 0;
};

} // namespace Copydesk
