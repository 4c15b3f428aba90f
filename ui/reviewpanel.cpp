// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewpanel.h"

#include "appsettings.h"
#include "commands/reviewdecisioncommand.h"
#include "models/chardiff.h"
#include "models/reviewfilterproxymodel.h"
#include "models/reviewqueuemodel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace Copydesk {

namespace {
// Characters only the copy has, and characters of the original the copy lacks.
constexpr char kCopyOnlyColour[] = "#f9c9a0";
constexpr char kOriginalOnlyColour[] = "#b9e3c6";

QString html(const QVector<Diff::Segment> &segments, Diff::Segment::Op shown, const char *colour)
{
    QString out = QStringLiteral("<p style=\"line-height:160%;\">");
    for (const Diff::Segment &s : segments) {
        if (s.op == Diff::Segment::Op::Equal) {
            out += s.text.toHtmlEscaped();
        } else if (s.op == shown) {
            out += QStringLiteral("<span style=\"background-color:%1;\">%2</span>")
                       .arg(QLatin1String(colour), s.text.toHtmlEscaped());
        }
    }
    return out + QStringLiteral("</p>");
}

QString quoted(const QString &headline)
{
    return headline.isEmpty() ? ReviewPanel::tr("(no headline)")
                              : ReviewPanel::tr("“%1”").arg(headline);
}

QToolButton *actionButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(false);
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    return button;
}
} // namespace

ReviewPanel::ReviewPanel(ArchiveCache *cache, QUndoStack *stack, QWidget *parent)
    : QWidget(parent), m_cache(cache), m_stack(stack), m_model(new ReviewQueueModel(cache, this)),
      m_proxy(new ReviewFilterProxyModel(this))
{
    Q_ASSERT(cache && stack);
    setObjectName(QStringLiteral("reviewPanel"));
    m_proxy->setSourceModel(m_model);

    createActions();

    m_list = new QTreeView(this);
    m_list->setObjectName(QStringLiteral("reviewList"));
    m_list->setModel(m_proxy);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(-1, Qt::AscendingOrder); // queue order until a header is clicked
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAccessibleName(tr("Duplicate paragraphs"));
    QHeaderView *header = m_list->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ReviewQueueModel::CopyColumn, QHeaderView::Stretch);
    for (int column : {ReviewQueueModel::StatusColumn, ReviewQueueModel::KindColumn,
                       ReviewQueueModel::SimilarityColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->resizeSection(ReviewQueueModel::StoryColumn, 170);
    header->resizeSection(ReviewQueueModel::OriginalColumn, 170);
    header->resizeSection(ReviewQueueModel::PageColumn, 110);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("reviewSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_list);
    splitter->addWidget(createDetail());
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(createFilterBar());
    layout->addWidget(splitter, 1);
    setFocusProxy(m_list);
    for (QAction *action :
         {m_removeAction, m_keepAction, m_swapAction, m_previousAction, m_nextAction}) {
        for (QWidget *reader : {static_cast<QWidget *>(m_list), static_cast<QWidget *>(m_copyText),
                                static_cast<QWidget *>(m_originalText)})
            reader->addAction(action);
    }

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReviewPanel::handleCurrentChanged);
    connect(m_list, &QTreeView::activated, this, &ReviewPanel::handleActivated);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ReviewPanel::handleRowsChanged);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ReviewPanel::handleRowsChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ReviewPanel::handleRowsChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ReviewPanel::handleRowsChanged);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &ReviewPanel::handleRowsChanged);
    connect(cache, &ArchiveCache::archiveReset, this, &ReviewPanel::handleArchiveReset);
    connect(cache, &ArchiveCache::pagesChanged, this, &ReviewPanel::rebuildPageFilter);
    connect(cache, &ArchiveCache::flagChanged, this, &ReviewPanel::handleFlagChanged);

    handleArchiveReset();
}

// --- construction -------------------------------------------------------------------------

void ReviewPanel::createActions()
{
    const auto make = [this](const QString &text, const QString &name, const QKeySequence &key,
                             const QString &tip, void (ReviewPanel::*slot)()) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(key);
        // Single keys act only where the proofreader reads (the queue and the two texts, see
        // the constructor): never while typing elsewhere, nor in the filter combo boxes,
        // where a letter jumps to an entry.
        action->setShortcutContext(Qt::WidgetShortcut);
        action->setToolTip(tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_removeAction =
        make(tr("&Remove Copy"), QStringLiteral("actionReviewRemove"), QKeySequence(Qt::Key_A),
             tr("Take the copy out of its story; undo brings it back"), &ReviewPanel::removeCopy);
    m_keepAction = make(
        tr("&Keep Both"), QStringLiteral("actionReviewKeep"), QKeySequence(Qt::Key_K),
        tr("Not a duplicate: keep both and never flag this pair again"), &ReviewPanel::keepBoth);
    m_swapAction = make(tr("&Swap"), QStringLiteral("actionReviewSwap"), QKeySequence(Qt::Key_S),
                        tr("The other paragraph is the copy"), &ReviewPanel::swapCopyAndOriginal);
    m_previousAction =
        make(tr("&Previous"), QStringLiteral("actionReviewPrevious"), QKeySequence(Qt::Key_P),
             tr("Previous duplicate"), &ReviewPanel::selectPrevious);
    m_nextAction = make(tr("&Next"), QStringLiteral("actionReviewNext"), QKeySequence(Qt::Key_N),
                        tr("Next duplicate"), &ReviewPanel::selectNext);
    m_showStoryAction = new QAction(tr("Show in &Story"), this);
    m_showStoryAction->setObjectName(QStringLiteral("actionReviewShowStory"));
    m_showStoryAction->setToolTip(tr("Open the copy's story in the Stories tab"));
    connect(m_showStoryAction, &QAction::triggered, this, &ReviewPanel::handleActivated);
}

QWidget *ReviewPanel::createFilterBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);

    m_statusFilter = new QComboBox(bar);
    m_statusFilter->setObjectName(QStringLiteral("reviewStatusFilter"));
    using F = ReviewFilterProxyModel::StatusFilter;
    m_statusFilter->addItem(tr("Open"), int(F::Open));
    m_statusFilter->addItem(tr("Copy removed"), int(F::Accepted));
    m_statusFilter->addItem(tr("Both kept"), int(F::Dismissed));
    m_statusFilter->addItem(tr("All"), int(F::All));

    m_pageFilter = new QComboBox(bar);
    m_pageFilter->setObjectName(QStringLiteral("reviewPageFilter"));
    m_pageFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_pageFilter->setMinimumContentsLength(18);

    m_dateFilter = new QCheckBox(tr("&Imported from"), bar);
    m_dateFilter->setObjectName(QStringLiteral("reviewDateFilter"));
    m_fromDate = new QDateEdit(QDate::currentDate().addDays(-7), bar);
    m_fromDate->setObjectName(QStringLiteral("reviewFromDate"));
    m_toDate = new QDateEdit(QDate::currentDate(), bar);
    m_toDate->setObjectName(QStringLiteral("reviewToDate"));
    for (QDateEdit *edit : {m_fromDate, m_toDate}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }

    m_progress = new QLabel(bar);
    m_progress->setObjectName(QStringLiteral("reviewProgressLabel"));

    auto *statusLabel = new QLabel(tr("S&how:"), bar);
    statusLabel->setBuddy(m_statusFilter);
    auto *pageLabel = new QLabel(tr("P&age:"), bar);
    pageLabel->setBuddy(m_pageFilter);
    row->addWidget(statusLabel);
    row->addWidget(m_statusFilter);
    row->addSpacing(12);
    row->addWidget(pageLabel);
    row->addWidget(m_pageFilter);
    row->addSpacing(12);
    row->addWidget(m_dateFilter);
    row->addWidget(m_fromDate);
    row->addWidget(new QLabel(tr("to"), bar));
    row->addWidget(m_toDate);
    row->addStretch(1);
    row->addWidget(m_progress);

    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &ReviewPanel::applyFilters);
    connect(m_pageFilter, &QComboBox::currentIndexChanged, this, &ReviewPanel::applyFilters);
    connect(m_dateFilter, &QCheckBox::toggled, this, &ReviewPanel::applyFilters);
    connect(m_fromDate, &QDateEdit::dateChanged, this, &ReviewPanel::applyFilters);
    connect(m_toDate, &QDateEdit::dateChanged, this, &ReviewPanel::applyFilters);
    return bar;
}

QWidget *ReviewPanel::createDetail()
{
    auto *detail = new QWidget(this);
    detail->setObjectName(QStringLiteral("reviewDetail"));

    m_summary = new QLabel(detail);
    m_summary->setObjectName(QStringLiteral("reviewSummaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    m_decision = new QLabel(detail);
    m_decision->setObjectName(QStringLiteral("reviewDecisionLabel"));
    m_decision->setTextFormat(Qt::PlainText);
    m_decision->setWordWrap(true);

    m_copyHeading = new QLabel(detail);
    m_copyHeading->setObjectName(QStringLiteral("reviewCopyHeading"));
    m_originalHeading = new QLabel(detail);
    m_originalHeading->setObjectName(QStringLiteral("reviewOriginalHeading"));
    for (QLabel *label : {m_copyHeading, m_originalHeading}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }

    const auto makeText = [detail](const QString &name, const QString &accessible) {
        auto *text = new QTextBrowser(detail);
        text->setObjectName(name);
        text->setAccessibleName(accessible);
        text->setOpenLinks(false);
        text->document()->setDocumentMargin(10);
        text->setFocusPolicy(Qt::ClickFocus);
        // Proofreaders compare single characters: a size up from the body text.
        QFont font = text->font();
        font.setPointSizeF(font.pointSizeF() * 1.25);
        text->setFont(font);
        return text;
    };
    m_copyText = makeText(QStringLiteral("reviewCopyText"), tr("Copy"));
    m_originalText = makeText(QStringLiteral("reviewOriginalText"), tr("Original"));

    auto *legend = new QLabel(
        tr("<span style=\"background-color:%1;\">&nbsp;only in the copy&nbsp;</span>&nbsp; "
           "<span style=\"background-color:%2;\">&nbsp;only in the original&nbsp;</span>")
            .arg(QLatin1String(kCopyOnlyColour), QLatin1String(kOriginalOnlyColour)),
        detail);
    legend->setObjectName(QStringLiteral("reviewLegend"));
    legend->setTextFormat(Qt::RichText);

    auto *buttons = new QHBoxLayout;
    for (QAction *action : {m_removeAction, m_keepAction, m_swapAction})
        buttons->addWidget(actionButton(action, detail));
    buttons->addSpacing(16);
    for (QAction *action : {m_previousAction, m_nextAction, m_showStoryAction})
        buttons->addWidget(actionButton(action, detail));
    buttons->addStretch(1);
    buttons->addWidget(legend);

    auto *grid = new QGridLayout;
    grid->addWidget(m_copyHeading, 0, 0);
    grid->addWidget(m_originalHeading, 0, 1);
    grid->addWidget(m_copyText, 1, 0);
    grid->addWidget(m_originalText, 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(1, 1);

    auto *layout = new QVBoxLayout(detail);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_summary);
    layout->addLayout(grid, 1);
    layout->addWidget(m_decision);
    layout->addLayout(buttons);
    return detail;
}

// --- state --------------------------------------------------------------------------------

qint64 ReviewPanel::currentFlagId() const
{
    return m_list->currentIndex().data(ReviewQueueModel::IdRole).toLongLong();
}

bool ReviewPanel::selectFlag(qint64 flagId)
{
    const int sourceRow = m_model->rowOfFlag(flagId);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
    return true;
}

void ReviewPanel::selectRow(int row)
{
    const int rows = m_proxy->rowCount();
    if (rows == 0) {
        m_list->setCurrentIndex({});
        handleCurrentChanged();
        return;
    }
    const QModelIndex index = m_proxy->index(std::clamp(row, 0, rows - 1), 0);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

void ReviewPanel::setEditable(bool editable)
{
    m_editable = editable;
    updateActions();
}

int ReviewPanel::openCount() const
{
    if (!m_cache)
        return 0;
    const QVector<ReviewItem> &items = m_cache->reviewItems();
    return int(std::count_if(items.cbegin(), items.cend(), [](const ReviewItem &item) {
        return item.flag.status == QLatin1String(FlagStatus::Open);
    }));
}

void ReviewPanel::rebuildPageFilter()
{
    const qint64 selected = m_pageFilter->currentData().toLongLong();
    const QSignalBlocker blocker(m_pageFilter);
    m_pageFilter->clear();
    m_pageFilter->addItem(tr("All pages"), qint64(0));
    if (m_cache) {
        for (const PageSummary &page : m_cache->pages()) {
            m_pageFilter->addItem(
                tr("%1 (%2)").arg(page.source.fileName,
                                  QLocale().toString(page.source.importedAt.toLocalTime().date(),
                                                     QLocale::ShortFormat)),
                page.id);
        }
    }
    const int index = m_pageFilter->findData(selected);
    m_pageFilter->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0 && selected != 0)
        applyFilters();
}

void ReviewPanel::applyFilters()
{
    const qint64 keep = m_currentFlagId;
    m_fromDate->setEnabled(m_dateFilter->isChecked());
    m_toDate->setEnabled(m_dateFilter->isChecked());
    m_proxy->setStatusFilter(
        ReviewFilterProxyModel::StatusFilter(m_statusFilter->currentData().toInt()));
    m_proxy->setPageId(m_pageFilter->currentData().toLongLong());
    if (m_dateFilter->isChecked())
        m_proxy->setImportedRange(m_fromDate->date(), m_toDate->date());
    else
        m_proxy->setImportedRange({}, {});
    if (!selectFlag(keep))
        selectRow(0);
    updateProgress();
}

void ReviewPanel::updateProgress()
{
    const int total = m_proxy->scopeCount();
    m_progress->setText(tr("%1 of %n reviewed", nullptr, total).arg(m_proxy->reviewedCount()));
    const int open = openCount();
    if (open != m_lastOpenCount) {
        m_lastOpenCount = open;
        Q_EMIT openCountChanged(open);
    }
}

void ReviewPanel::updateActions()
{
    const QModelIndex current = m_list->currentIndex();
    const bool isOpen =
        current.isValid() &&
        current.data(ReviewQueueModel::StatusRole).toString() == QLatin1String(FlagStatus::Open);
    const bool writable = m_editable && m_cache && m_cache->isOpen() && !m_cache->isReadOnly();
    m_removeAction->setEnabled(writable && isOpen);
    m_keepAction->setEnabled(writable && isOpen);
    m_swapAction->setEnabled(writable && isOpen &&
                             current.data(ReviewQueueModel::OriginalStoryIdRole).toLongLong() > 0);
    m_previousAction->setEnabled(current.isValid() && current.row() > 0);
    m_nextAction->setEnabled(current.isValid() && current.row() + 1 < m_proxy->rowCount());
    m_showStoryAction->setEnabled(current.isValid());
}

void ReviewPanel::updateDetail()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid()) {
        m_summary->setText(m_proxy->rowCount() == 0 && m_model->rowCount() > 0
                               ? tr("No duplicates match the filters.")
                           : m_model->rowCount() == 0 ? tr("No duplicates to review.")
                                                      : tr("Select a duplicate to review."));
        m_copyHeading->clear();
        m_originalHeading->clear();
        m_copyText->clear();
        m_originalText->clear();
        m_decision->clear();
        return;
    }
    const auto role = [&current](int r) { return current.data(r); };
    const QString copy = role(ReviewQueueModel::CopyTextRole).toString();
    const QString original = role(ReviewQueueModel::OriginalTextRole).toString();
    const int percent = qRound(role(ReviewQueueModel::SimilarityRole).toDouble() * 100.0);
    m_summary->setText(
        tr("%1 duplicate, %2% similar")
            .arg(ReviewQueueModel::kindLabel(role(ReviewQueueModel::KindRole).toString()))
            .arg(percent));
    m_copyHeading->setText(tr("Copy, in %1 (page %2)")
                               .arg(quoted(role(ReviewQueueModel::CopyHeadlineRole).toString()))
                               .arg(role(ReviewQueueModel::PageIdRole).toLongLong()));
    const qint64 originalPage = role(ReviewQueueModel::OriginalPageIdRole).toLongLong();
    m_originalHeading->setText(
        originalPage > 0 ? tr("Original, in %1 (page %2)")
                               .arg(quoted(role(ReviewQueueModel::OriginalHeadlineRole).toString()))
                               .arg(originalPage)
                         : tr("Original: no longer in the archive"));

    const QVector<Diff::Segment> diff = Diff::characterDiff(original, copy);
    m_copyText->setHtml(html(diff, Diff::Segment::Op::Added, kCopyOnlyColour));
    m_originalText->setHtml(html(diff, Diff::Segment::Op::Removed, kOriginalOnlyColour));

    const QString status = role(ReviewQueueModel::StatusRole).toString();
    const QString by = role(ReviewQueueModel::DecidedByRole).toString();
    const QString when = QLocale().toString(
        role(ReviewQueueModel::DecidedAtRole).toDateTime().toLocalTime(), QLocale::ShortFormat);
    if (status == QLatin1String(FlagStatus::Accepted))
        m_decision->setText(tr("%1 removed the copy from its story on %2.").arg(by, when));
    else if (status == QLatin1String(FlagStatus::Dismissed))
        m_decision->setText(tr("%1 kept both paragraphs on %2.").arg(by, when));
    else
        m_decision->setText(tr("A: remove the copy · K: keep both · S: swap · N/P: next/previous "
                               "· Ctrl+Z: undo"));
}

// --- decisions ----------------------------------------------------------------------------

void ReviewPanel::removeCopy()
{
    decide(ArchiveCache::FlagDecision::Accept);
}

void ReviewPanel::keepBoth()
{
    decide(ArchiveCache::FlagDecision::Dismiss);
}

void ReviewPanel::swapCopyAndOriginal()
{
    decide(ArchiveCache::FlagDecision::Swap);
}

void ReviewPanel::decide(ArchiveCache::FlagDecision decision)
{
    const qint64 flagId = currentFlagId();
    if (flagId <= 0 || !m_cache || !m_stack)
        return;
    // Shortcuts reach here even when the action is disabled only through direct calls.
    const bool allowed = decision == ArchiveCache::FlagDecision::Swap ? m_swapAction->isEnabled()
                         : decision == ArchiveCache::FlagDecision::Accept
                             ? m_removeAction->isEnabled()
                             : m_keepAction->isEnabled();
    if (!allowed)
        return;
    const int row = m_list->currentIndex().row();
    const qint64 next = m_proxy->index(row + 1, 0).data(ReviewQueueModel::IdRole).toLongLong();
    const QString user = AppSettings::userName();

    m_deciding = true;
    Status status = success();
    switch (decision) {
    case ArchiveCache::FlagDecision::Accept:
        status = Commands::removeDuplicate(*m_stack, *m_cache, flagId, user);
        break;
    case ArchiveCache::FlagDecision::Dismiss:
        status = Commands::keepDuplicate(*m_stack, *m_cache, flagId, user);
        break;
    case ArchiveCache::FlagDecision::Swap:
        status = Commands::swapDuplicate(*m_stack, *m_cache, flagId, user);
        break;
    case ArchiveCache::FlagDecision::Reopen:
        break;
    }
    m_deciding = false;
    // A failure was reported through ArchiveCache::writeFailed; stay on the pair.
    if (!status || decision == ArchiveCache::FlagDecision::Swap) {
        if (!selectFlag(flagId))
            selectRow(row);
        return;
    }
    // On to the next pair: the one after this, wherever the filters left it.
    if (next <= 0 || !selectFlag(next)) {
        const bool stillShown =
            m_proxy->mapFromSource(m_model->index(m_model->rowOfFlag(flagId), 0)).isValid();
        selectRow(stillShown ? row + 1 : row);
    }
}

void ReviewPanel::selectNext()
{
    selectRow(m_list->currentIndex().row() + 1);
}

void ReviewPanel::selectPrevious()
{
    selectRow(std::max(0, m_list->currentIndex().row() - 1));
}

// --- signals ------------------------------------------------------------------------------

void ReviewPanel::handleArchiveReset()
{
    m_currentFlagId = 0;
    m_currentRow = -1;
    rebuildPageFilter();
    applyFilters();
    updateActions();
}

void ReviewPanel::handleCurrentChanged()
{
    const QModelIndex current = m_list->currentIndex();
    m_currentFlagId = current.data(ReviewQueueModel::IdRole).toLongLong();
    m_currentRow = current.row();
    updateDetail();
    updateActions();
}

void ReviewPanel::handleRowsChanged()
{
    // Keep the pair the proofreader was on; if it left the view, the one now in its place.
    const QModelIndex current = m_list->currentIndex();
    if (m_currentFlagId > 0 &&
        current.data(ReviewQueueModel::IdRole).toLongLong() != m_currentFlagId &&
        !selectFlag(m_currentFlagId) && !m_deciding) {
        selectRow(m_currentRow);
    } else if (!current.isValid() && m_proxy->rowCount() > 0 && !m_deciding) {
        selectRow(0);
    }
    updateDetail();
    updateActions();
    updateProgress();
}

void ReviewPanel::handleFlagChanged(qint64 flagId)
{
    // Undo and redo from the Edit menu: show the pair that changed.
    if (!m_deciding)
        selectFlag(flagId);
    updateProgress();
}

void ReviewPanel::handleActivated()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    Q_EMIT storyRequested(current.data(ReviewQueueModel::PageIdRole).toLongLong(),
                          current.data(ReviewQueueModel::StoryIdRole).toLongLong());
}

} // namespace Copydesk
