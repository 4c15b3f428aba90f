// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "exporting/exporter.h"
#include "exporting/pdfexport.h"
#include "exportrunner.h"
#include "models/archivecache.h"
#include "models/exportdialogmodel.h"
#include "storage/database.h"
#include "storage/pagerepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Copydesk {

namespace {
using Exporting::Format;
using Exporting::PaperSize;

constexpr int kPreviewDelayMs = 300;
constexpr int kPreviewWidth = 260;
constexpr int kPreviewHeight = 368;
constexpr qreal kPreviewDpi = 48; // about twice the label's size for A4: sharp once scaled
const QString kLastFolderKey = QStringLiteral("export/lastFolder");

// Runs on the pool with its own read-only connection: every page of a large archive would
// keep the GUI thread busy for too long.
QVector<PageRecord> readPages(const QString &archivePath, const QVector<qint64> &ids,
                              QString *error)
{
    Database::Options options;
    options.mode = Database::Mode::ReadOnly;
    options.createIfMissing = false;
    const auto db = Database::open(archivePath, options);
    if (!db) {
        *error = db.error();
        return {};
    }
    const PageRepository repository(*db.value());
    QVector<PageRecord> pages;
    pages.reserve(ids.size());
    for (qint64 id : ids) {
        auto page = repository.loadPage(id);
        if (!page) {
            *error = page.error();
            return {};
        }
        pages.push_back(std::move(page).value());
    }
    return pages;
}

QString startFolder()
{
    const QString last = QSettings().value(kLastFolderKey).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return docs.isEmpty() ? QDir::homePath() : docs;
}
} // namespace

ExportDialog::ExportDialog(ArchiveCache *cache, qint64 pageId, qint64 storyId, QWidget *parent)
    : QDialog(parent), m_cache(cache), m_pageId(pageId), m_storyId(storyId),
      m_model(new ExportDialogModel(this)), m_runner(new ExportRunner(this)),
      m_previewTimer(new QTimer(this)), m_previewWatcher(new QFutureWatcher<Preview>(this)),
      m_loadWatcher(new QFutureWatcher<LoadedPages>(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(kPreviewDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::startPreview);
    connect(m_previewWatcher, &QFutureWatcher<Preview>::finished, this,
            &ExportDialog::handlePreviewFinished);
    connect(m_loadWatcher, &QFutureWatcher<LoadedPages>::finished, this,
            &ExportDialog::handlePagesLoaded);
    connect(m_runner, &ExportRunner::progressChanged, this, &ExportDialog::handleExportProgress);
    connect(m_runner, &ExportRunner::exportFinished, this, &ExportDialog::handleExportFinished);

    createWidgets();
    m_model->restoreSettings(QSettings());
    if (m_storyId > 0)
        m_model->setScope(ExportDialogModel::Scope::Story);
    else if (m_pageId > 0)
        m_model->setScope(ExportDialogModel::Scope::Page);
    else
        m_model->setScope(ExportDialogModel::Scope::AllPages);
    loadSelection();
    m_model->setDestination(QDir::toNativeSeparators(
        m_model->oneFilePerStory() ? startFolder()
                                   : QDir(startFolder()).filePath(m_model->suggestedFileName())));
    syncFromModel();

    connect(m_model, &ExportDialogModel::stateChanged, this, &ExportDialog::updateState);
    connect(m_model, &ExportDialogModel::previewInputsChanged, this,
            &ExportDialog::schedulePreview);
    connect(m_model, &ExportDialogModel::destinationChanged, this, [this] {
        if (m_destinationEdit->text() != m_model->destination())
            m_destinationEdit->setText(m_model->destination());
    });
    updateState();
    schedulePreview();
}

ExportDialog::~ExportDialog() = default;

bool ExportDialog::isExportRunning() const
{
    return m_runner->isRunning();
}

void ExportDialog::createWidgets()
{
    auto *form = new QFormLayout;

    m_scopeCombo = new QComboBox(this);
    m_scopeCombo->setObjectName(QStringLiteral("scopeCombo"));
    if (m_storyId > 0)
        m_scopeCombo->addItem(tr("This story"), int(ExportDialogModel::Scope::Story));
    if (m_pageId > 0)
        m_scopeCombo->addItem(tr("The selected page"), int(ExportDialogModel::Scope::Page));
    m_scopeCombo->addItem(tr("All pages"), int(ExportDialogModel::Scope::AllPages));
    form->addRow(tr("Expo&rt:"), m_scopeCombo); // Alt+E is the Export button
    m_selectionLabel = new QLabel(this);
    m_selectionLabel->setObjectName(QStringLiteral("selectionLabel"));
    form->addRow(QString(), m_selectionLabel);

    m_formatCombo = new QComboBox(this);
    m_formatCombo->setObjectName(QStringLiteral("formatCombo"));
    const QVector<Format> formats = Exporting::Exporter::formats();
    for (Format f : formats)
        m_formatCombo->addItem(Exporting::Exporter::displayName(f), int(f));
    form->addRow(tr("&Format:"), m_formatCombo);

    m_layoutGroup = new QGroupBox(tr("PDF layout"), this);
    m_layoutGroup->setObjectName(QStringLiteral("layoutGroup"));
    auto *layoutForm = new QFormLayout(m_layoutGroup);
    m_paperCombo = new QComboBox(m_layoutGroup);
    m_paperCombo->setObjectName(QStringLiteral("paperCombo"));
    m_paperCombo->addItem(tr("A3"), int(PaperSize::A3));
    m_paperCombo->addItem(tr("A4"), int(PaperSize::A4));
    m_paperCombo->addItem(tr("Tabloid"), int(PaperSize::Tabloid));
    layoutForm->addRow(tr("&Paper:"), m_paperCombo);
    m_columnsSpin = new QSpinBox(m_layoutGroup);
    m_columnsSpin->setObjectName(QStringLiteral("columnsSpin"));
    m_columnsSpin->setRange(1, 6);
    layoutForm->addRow(tr("&Columns:"), m_columnsSpin);
    auto *margins = new QHBoxLayout;
    const char *const marginNames[4] = {"marginLeftSpin", "marginTopSpin", "marginRightSpin",
                                        "marginBottomSpin"};
    const QString marginTips[4] = {tr("Left margin"), tr("Top margin"), tr("Right margin"),
                                   tr("Bottom margin (holds the footer)")};
    for (int i = 0; i < 4; ++i) {
        auto *spin = new QDoubleSpinBox(m_layoutGroup);
        spin->setObjectName(QString::fromLatin1(marginNames[i]));
        spin->setRange(5, 60);
        spin->setDecimals(0);
        spin->setSuffix(tr(" mm"));
        spin->setToolTip(marginTips[i]);
        spin->setAccessibleName(marginTips[i]);
        margins->addWidget(spin);
        m_marginSpins[i] = spin;
    }
    layoutForm->addRow(tr("Margins (left, top, right, bottom):"), margins);
    form->addRow(m_layoutGroup);

    auto *destination = new QHBoxLayout;
    m_destinationEdit = new QLineEdit(this);
    m_destinationEdit->setObjectName(QStringLiteral("destinationEdit"));
    m_destinationEdit->setClearButtonEnabled(true);
    m_browseButton = new QPushButton(tr("&Browse…"), this);
    m_browseButton->setObjectName(QStringLiteral("browseButton"));
    destination->addWidget(m_destinationEdit, 1);
    destination->addWidget(m_browseButton);
    auto *destinationLabel = new QLabel(tr("&Save to:"), this);
    destinationLabel->setBuddy(m_destinationEdit);
    form->addRow(destinationLabel, destination);
    m_perStoryCheck = new QCheckBox(tr("One file per &story (save to a folder)"), this);
    m_perStoryCheck->setObjectName(QStringLiteral("perStoryCheck"));
    form->addRow(QString(), m_perStoryCheck);

    m_duplicateLabel = new QLabel(this);
    m_duplicateLabel->setObjectName(QStringLiteral("duplicateLabel"));
    m_duplicateLabel->setWordWrap(true);
    m_validationLabel = new QLabel(this);
    m_validationLabel->setObjectName(QStringLiteral("validationLabel"));
    m_validationLabel->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setVisible(false);
    // Beside the progress bar rather than in the button box, which shows all its buttons.
    m_cancelExportButton = new QPushButton(tr("&Cancel Export"), this);
    m_cancelExportButton->setObjectName(QStringLiteral("cancelExportButton"));
    m_cancelExportButton->setVisible(false);
    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("resultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_previewLabel = new QLabel(this);
    m_previewLabel->setObjectName(QStringLiteral("previewLabel"));
    m_previewLabel->setFixedSize(kPreviewWidth, kPreviewHeight);
    m_previewLabel->setAlignment(Qt::AlignCenter);
    m_previewLabel->setWordWrap(true);
    m_previewLabel->setFrameShape(QFrame::StyledPanel);
    m_previewLabel->setAccessibleName(tr("Preview of the first PDF page"));

    auto *buttons = new QDialogButtonBox(this);
    m_exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));

    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(m_duplicateLabel);
    left->addWidget(m_validationLabel);
    left->addStretch(1);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelExportButton);
    left->addLayout(progressRow);
    left->addWidget(m_resultLabel);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addWidget(m_previewLabel, 0, Qt::AlignTop);
    auto *top = new QVBoxLayout(this);
    top->addLayout(columns, 1);
    top->addWidget(buttons);

    connect(m_scopeCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::handleScopeChanged);
    connect(m_formatCombo, &QComboBox::currentIndexChanged, this,
            &ExportDialog::handleFormatChanged);
    connect(m_paperCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_model->setPaperSize(PaperSize(m_paperCombo->itemData(index).toInt()));
    });
    connect(m_columnsSpin, &QSpinBox::valueChanged, m_model, &ExportDialogModel::setColumns);
    for (QDoubleSpinBox *spin : m_marginSpins)
        connect(spin, &QDoubleSpinBox::valueChanged, this, &ExportDialog::handleMarginsEdited);
    connect(m_destinationEdit, &QLineEdit::textChanged, m_model,
            &ExportDialogModel::setDestination);
    connect(m_perStoryCheck, &QCheckBox::toggled, m_model, &ExportDialogModel::setOneFilePerStory);
    connect(m_browseButton, &QPushButton::clicked, this, &ExportDialog::handleBrowse);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::handleExportClicked);
    connect(m_cancelExportButton, &QPushButton::clicked, m_runner, &ExportRunner::cancel);
    connect(m_closeButton, &QPushButton::clicked, this, &ExportDialog::reject);
}

// Widgets take the model's values without echoing them back.
void ExportDialog::syncFromModel()
{
    const QSignalBlocker b1(m_scopeCombo), b2(m_formatCombo), b3(m_paperCombo), b4(m_columnsSpin),
        b5(m_destinationEdit), b6(m_perStoryCheck);
    m_scopeCombo->setCurrentIndex(m_scopeCombo->findData(int(m_model->scope())));
    m_formatCombo->setCurrentIndex(m_formatCombo->findData(int(m_model->format())));
    const Exporting::LayoutOptions &o = m_model->options();
    m_paperCombo->setCurrentIndex(m_paperCombo->findData(int(o.paperSize)));
    m_columnsSpin->setValue(o.columns);
    const qreal margins[4] = {o.marginsMm.left(), o.marginsMm.top(), o.marginsMm.right(),
                              o.marginsMm.bottom()};
    for (int i = 0; i < 4; ++i) {
        const QSignalBlocker blocker(m_marginSpins[i]);
        m_marginSpins[i]->setValue(margins[i]);
    }
    m_destinationEdit->setText(m_model->destination());
    m_perStoryCheck->setChecked(m_model->oneFilePerStory());
}

// The current story or page comes from the window's cache (already loaded for the views);
// all pages are read on the pool.
void ExportDialog::loadSelection()
{
    ++m_loadGeneration; // a load still running for another scope is dropped
    m_loading = false;
    m_resultLabel->clear();
    if (!m_cache || !m_cache->isOpen()) {
        m_model->setPages({});
        return;
    }
    if (m_model->scope() == ExportDialogModel::Scope::AllPages) {
        const auto ids = m_cache->pageIdsOldestFirst();
        if (!ids) {
            m_model->setPages({});
            m_resultLabel->setText(tr("Cannot read the archive: %1").arg(ids.error()));
            return;
        }
        m_loading = true;
        m_model->setPages({});
        const QString path = m_cache->path();
        const QVector<qint64> pageIds = ids.value();
        const int generation = m_loadGeneration;
        m_loadWatcher->setFuture(QtConcurrent::run([path, pageIds, generation] {
            LoadedPages loaded;
            loaded.generation = generation;
            loaded.pages = readPages(path, pageIds, &loaded.error);
            return loaded;
        }));
        updateState();
        return;
    }
    QVector<PageRecord> pages;
    if (m_pageId > 0) {
        auto page = m_cache->loadPage(m_pageId);
        if (!page) {
            m_model->setPages({});
            m_resultLabel->setText(tr("Cannot read the archive: %1").arg(page.error()));
            return;
        }
        if (m_model->scope() == ExportDialogModel::Scope::Story) {
            QVector<StoryRecord> &stories = page.value().stories;
            stories.erase(
                std::remove_if(stories.begin(), stories.end(),
                               [this](const StoryRecord &s) { return s.summary.id != m_storyId; }),
                stories.end());
        }
        pages.push_back(std::move(page).value());
    }
    m_model->setPages(pages);
}

void ExportDialog::handlePagesLoaded()
{
    const QFuture<LoadedPages> future = m_loadWatcher->future();
    if (future.resultCount() == 0)
        return;
    const LoadedPages loaded = future.result();
    if (loaded.generation != m_loadGeneration)
        return;
    m_loading = false;
    if (!loaded.error.isEmpty())
        m_resultLabel->setText(tr("Cannot read the archive: %1").arg(loaded.error));
    m_model->setPages(loaded.pages);
    updateState();
}

void ExportDialog::updateState()
{
    const bool running = m_runner->isRunning();
    const int stories = m_model->storyCount();
    m_selectionLabel->setText(m_loading ? tr("Reading the pages…")
                                        : tr("%n story(s)", nullptr, stories));
    m_layoutGroup->setEnabled(!running && m_model->layoutOptionsApply());
    const QString warning = m_model->openDuplicateWarning();
    m_duplicateLabel->setText(warning);
    m_duplicateLabel->setVisible(!warning.isEmpty());
    const QStringList messages = m_model->validationMessages();
    m_validationLabel->setText(messages.join(QLatin1Char('\n')));
    m_validationLabel->setVisible(!m_loading && !messages.isEmpty());
    m_exportButton->setEnabled(!running && !m_loading && messages.isEmpty());
    if (!m_model->previewAvailable()) {
        m_previewImage = QImage();
        m_previewLabel->setPixmap(QPixmap());
        m_previewLabel->setText(m_model->layoutOptionsApply()
                                    ? tr("Nothing to preview.")
                                    : tr("The preview shows the PDF layout."));
    }
}

void ExportDialog::schedulePreview()
{
    if (m_model->previewAvailable())
        m_previewTimer->start();
}

void ExportDialog::startPreview()
{
    if (!m_model->previewAvailable())
        return;
    if (m_previewWatcher->isRunning()) {
        m_previewPending = true; // drawn again once the one in progress is in
        return;
    }
    if (m_previewImage.isNull())
        m_previewLabel->setText(tr("Drawing the preview…"));
    // The first proof page only needs the first page of the selection.
    const QVector<PageRecord> pages{m_model->pages().first()};
    const Exporting::LayoutOptions options = m_model->options();
    const int generation = ++m_previewGeneration;
    m_previewWatcher->setFuture(QtConcurrent::run([pages, options, generation] {
        Preview preview;
        preview.generation = generation;
        const auto image = Exporting::PdfExport::preview(pages, options, 0, kPreviewDpi);
        if (image)
            preview.image = image.value();
        else
            preview.error = image.error();
        return preview;
    }));
}

void ExportDialog::handlePreviewFinished()
{
    const QFuture<Preview> future = m_previewWatcher->future();
    if (m_previewPending) {
        m_previewPending = false;
        startPreview();
        return;
    }
    if (future.resultCount() == 0 || !m_model->previewAvailable())
        return;
    const Preview preview = future.result();
    if (preview.generation != m_previewGeneration)
        return;
    if (preview.image.isNull()) {
        m_previewImage = QImage();
        m_previewLabel->setPixmap(QPixmap());
        m_previewLabel->setText(tr("No preview: %1").arg(preview.error));
        return;
    }
    m_previewImage = preview.image;
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap =
        QPixmap::fromImage(m_previewImage.scaled(m_previewLabel->contentsRect().size() * ratio,
                                                 Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(ratio);
    m_previewLabel->setPixmap(pixmap);
}

void ExportDialog::handleScopeChanged(int index)
{
    m_model->setScope(ExportDialogModel::Scope(m_scopeCombo->itemData(index).toInt()));
    loadSelection();
}

void ExportDialog::handleFormatChanged(int index)
{
    m_model->setFormat(Format(m_formatCombo->itemData(index).toInt()));
}

void ExportDialog::handleMarginsEdited()
{
    m_model->setMarginsMm(QMarginsF(m_marginSpins[0]->value(), m_marginSpins[1]->value(),
                                    m_marginSpins[2]->value(), m_marginSpins[3]->value()));
}

void ExportDialog::handleBrowse()
{
    const QString current = m_model->destination().trimmed();
    QString chosen;
    if (m_model->oneFilePerStory()) {
        chosen =
            QFileDialog::getExistingDirectory(this, tr("Export One File per Story To"),
                                              QFileInfo(current).isDir() ? current : startFolder());
    } else {
        const Format format = m_model->format();
        const QString filter = tr("%1 (*.%2);;All files (*)")
                                   .arg(Exporting::Exporter::displayName(format),
                                        Exporting::Exporter::fileSuffix(format));
        const QString suggested = current.isEmpty()
                                      ? QDir(startFolder()).filePath(m_model->suggestedFileName())
                                      : current;
        chosen = QFileDialog::getSaveFileName(this, tr("Export To"), suggested, filter);
    }
    if (!chosen.isEmpty())
        m_model->setDestination(QDir::toNativeSeparators(chosen));
}

void ExportDialog::handleExportClicked()
{
    if (!m_model->canExport() || m_runner->isRunning() || m_loading)
        return;
    const int duplicates = m_model->openDuplicateCount();
    if (duplicates == 0) {
        startExport();
        return;
    }
    // Asked without a nested event loop: the answer arrives through buttonClicked.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Open Duplicates"),
                                m_model->openDuplicateWarning(), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("duplicateWarningBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("The selection still has %n duplicate paragraph(s) nobody has "
                               "accepted or dismissed; they would be exported as they are.",
                               nullptr, duplicates));
    QPushButton *review = box->addButton(tr("&Review First"), QMessageBox::RejectRole);
    review->setObjectName(QStringLiteral("reviewFirstButton"));
    QPushButton *anyway = box->addButton(tr("Export &Anyway"), QMessageBox::AcceptRole);
    anyway->setObjectName(QStringLiteral("exportAnywayButton"));
    box->setDefaultButton(review);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, anyway](QAbstractButton *button) { handleDuplicateAnswer(button == anyway); });
    box->open();
}

void ExportDialog::handleDuplicateAnswer(bool exportAnyway)
{
    if (exportAnyway) {
        startExport();
        return;
    }
    Q_EMIT reviewRequested();
    reject();
}

void ExportDialog::startExport()
{
    if (!m_model->canExport() || m_runner->isRunning())
        return;
    QSettings settings;
    m_model->saveSettings(settings);
    const QString destination = QDir::fromNativeSeparators(m_model->destination().trimmed());
    const QFileInfo info(destination);
    settings.setValue(kLastFolderKey,
                      m_model->oneFilePerStory() ? info.absoluteFilePath() : info.absolutePath());

    ExportRequest request;
    request.format = m_model->format();
    request.pages = m_model->pages();
    request.options = m_model->options();
    request.destination = destination;
    request.oneFilePerStory = m_model->oneFilePerStory();
    m_resultLabel->clear();
    m_progress->setRange(0, 0); // busy until the first file is done
    m_progress->setValue(0);
    if (m_runner->start(request))
        setRunning(true);
}

void ExportDialog::setRunning(bool running)
{
    m_progress->setVisible(running);
    // Only a batch can stop between files; a single file is written in one go.
    m_cancelExportButton->setVisible(running && m_model->oneFilePerStory());
    m_cancelExportButton->setEnabled(running);
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_scopeCombo, m_formatCombo, m_destinationEdit, m_browseButton, m_perStoryCheck})
        w->setEnabled(!running);
    updateState();
}

void ExportDialog::handleExportProgress(int done, int total)
{
    if (total <= 0)
        return;
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->setFormat(tr("%1 of %2 files").arg(done).arg(total));
}

void ExportDialog::handleExportFinished()
{
    const ExportOutcome outcome = m_runner->lastOutcome();
    setRunning(false);
    if (outcome.error.isEmpty()) {
        Q_EMIT exportSucceeded(outcome.paths);
        accept();
        return;
    }
    m_resultLabel->setText(outcome.cancelled ? tr("Export cancelled: %1.").arg(outcome.error)
                                             : tr("The export failed: %1").arg(outcome.error));
}

void ExportDialog::reject()
{
    // Closing stops a batch after the file being written; a late result is dropped.
    m_runner->cancel();
    QDialog::reject();
}

} // namespace Copydesk
