// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/records.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QImage>
#include <QStringList>
#include <QVector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTimer;

namespace Copydesk {

class ArchiveCache;
class ExportDialogModel;
class ExportRunner;

// File > Export…: what to export (the current story, the current page or every page), the
// format, the PDF layout with a live preview of its first page, and where to write. The
// state lives in an ExportDialogModel; the widgets mirror it. The preview is drawn on the
// pool after a short pause in typing and the export runs there too (ExportRunner), with a
// progress bar and Cancel. Open duplicate flags in the selection are pointed out before the
// export starts. The current story and page come from the window's ArchiveCache; all pages
// are read on the pool through a read-only connection of their own. GUI thread.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    // `pageId` and `storyId` are the main window's current page and story (0 when none).
    ExportDialog(ArchiveCache *cache, qint64 pageId, qint64 storyId, QWidget *parent = nullptr);
    ~ExportDialog() override;

    ExportDialogModel *model() const { return m_model; }
    bool isExportRunning() const;

    void reject() override;

Q_SIGNALS:
    // The editor chose to review the open duplicates instead of exporting.
    void reviewRequested();
    void exportSucceeded(const QStringList &paths);

private:
    struct LoadedPages
    {
        QVector<PageRecord> pages;
        QString error;
        int generation = 0;
    };
    struct Preview
    {
        QImage image;
        QString error;
        int generation = 0;
    };

    void createWidgets();
    void syncFromModel();
    void loadSelection();
    void updateState();
    void schedulePreview();
    void startPreview();
    void startExport();
    void setRunning(bool running);

    void handleScopeChanged(int index);
    void handleFormatChanged(int index);
    void handleMarginsEdited();
    void handleBrowse();
    void handleExportClicked();
    void handleDuplicateAnswer(bool exportAnyway);
    void handlePagesLoaded();
    void handlePreviewFinished();
    void handleExportProgress(int done, int total);
    void handleExportFinished();

    ArchiveCache *m_cache = nullptr;
    qint64 m_pageId = 0;
    qint64 m_storyId = 0;
    ExportDialogModel *m_model = nullptr;
    ExportRunner *m_runner = nullptr;
    QTimer *m_previewTimer = nullptr;
    QFutureWatcher<Preview> *m_previewWatcher = nullptr;
    QFutureWatcher<LoadedPages> *m_loadWatcher = nullptr; // all pages: read on the pool
    int m_loadGeneration = 0;
    bool m_loading = false;
    int m_previewGeneration = 0;
    bool m_previewPending = false;
    QImage m_previewImage;

    QComboBox *m_scopeCombo = nullptr;
    QLabel *m_selectionLabel = nullptr;
    QComboBox *m_formatCombo = nullptr;
    QGroupBox *m_layoutGroup = nullptr;
    QComboBox *m_paperCombo = nullptr;
    QSpinBox *m_columnsSpin = nullptr;
    QDoubleSpinBox *m_marginSpins[4] = {}; // left, top, right, bottom
    QLineEdit *m_destinationEdit = nullptr;
    QPushButton *m_browseButton = nullptr;
    QCheckBox *m_perStoryCheck = nullptr;
    QLabel *m_duplicateLabel = nullptr;
    QLabel *m_validationLabel = nullptr;
    QLabel *m_previewLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_resultLabel = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_cancelExportButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace Copydesk
