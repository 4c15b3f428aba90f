// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cleanupview.h"

#include "appsettings.h"
#include "commands/joinparagraphscommand.h"
#include "commands/moveparagraphcommand.h"
#include "commands/revertjoincommand.h"
#include "commands/splitparagraphcommand.h"
#include "models/archivecache.h"
#include "recleanrunner.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextEdit>
#include <QToolBar>
#include <QToolTip>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace Copydesk {

namespace {
enum DecisionColumn
{
    KindColumn,
    ParagraphColumn,
    ConfidenceColumn,
    StatusColumn,
    ReasonColumn
};

bool isJoinKind(const QString &kind)
{
    return kind == QLatin1String("join") || kind == QLatin1String("jump");
}

QColor paragraphShade(int index, bool current)
{
    if (current)
        return QColor(0xfd, 0xe6, 0x8a);                                    // amber
    return index % 2 ? QColor(0xdb, 0xea, 0xfe) : QColor(0xdc, 0xfc, 0xe7); // blue / green
}

QTextEdit::ExtraSelection selectionOf(QTextDocument *document, int start, int length,
                                      const QTextCharFormat &format)
{
    QTextEdit::ExtraSelection selection;
    selection.cursor = QTextCursor(document);
    selection.cursor.setPosition(start);
    selection.cursor.setPosition(start + length, QTextCursor::KeepAnchor);
    selection.format = format;
    return selection;
}
} // namespace

CleanupView::CleanupView(ArchiveCache *cache, QWidget *parent)
    : QWidget(parent), m_cache(cache), m_runner(new RecleanRunner(this))
{
    setObjectName(QStringLiteral("cleanupView"));
    createActions();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("cleanupToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(m_revertAction);
    bar->addAction(m_reapplyAction);
    bar->addSeparator();
    bar->addAction(m_splitAction);
    bar->addAction(m_joinAction);
    bar->addAction(m_moveAction);
    bar->addSeparator();
    bar->addAction(m_recleanAction);
    layout->addWidget(bar);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("cleanupTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("cleanupSplitter"));
    splitter->setChildrenCollapsible(false);

    auto *rawBox = new QWidget(splitter);
    auto *rawLayout = new QVBoxLayout(rawBox);
    rawLayout->setContentsMargins(0, 0, 0, 0);
    auto *rawLabel = new QLabel(tr("&Raw — the page as imported (normalised)"), rawBox);
    m_rawView = new QPlainTextEdit(rawBox);
    m_rawView->setObjectName(QStringLiteral("rawText"));
    m_rawView->setReadOnly(true);
    m_rawView->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_rawView->setAccessibleName(tr("Raw page text"));
    m_rawView->viewport()->installEventFilter(this);
    rawLabel->setBuddy(m_rawView);
    rawLayout->addWidget(rawLabel);
    rawLayout->addWidget(m_rawView, 1);
    auto *legend = new QLabel(
        tr("Shaded: this story's paragraphs (amber: the one at the cursor). Red: a join or "
           "jump. Grey, struck out: characters dropped at a join. Violet: the byline cut off. "
           "Hover a mark for the reason."),
        rawBox);
    legend->setObjectName(QStringLiteral("cleanupLegend"));
    legend->setWordWrap(true);
    rawLayout->addWidget(legend);

    auto *right = new QSplitter(Qt::Vertical, splitter);
    right->setChildrenCollapsible(false);
    auto *cleanBox = new QWidget(right);
    auto *cleanLayout = new QVBoxLayout(cleanBox);
    cleanLayout->setContentsMargins(0, 0, 0, 0);
    auto *cleanLabel = new QLabel(tr("C&lean — the story's paragraphs"), cleanBox);
    m_cleanView = new QTextEdit(cleanBox);
    m_cleanView->setObjectName(QStringLiteral("cleanText"));
    m_cleanView->setReadOnly(true);
    m_cleanView->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_cleanView->setAccessibleName(tr("Clean paragraphs"));
    cleanLabel->setBuddy(m_cleanView);
    cleanLayout->addWidget(cleanLabel);
    cleanLayout->addWidget(m_cleanView, 1);

    auto *decisionBox = new QWidget(right);
    auto *decisionLayout = new QVBoxLayout(decisionBox);
    decisionLayout->setContentsMargins(0, 0, 0, 0);
    auto *decisionLabel = new QLabel(tr("&Decisions cleanup made"), decisionBox);
    m_decisionList = new QTreeWidget(decisionBox);
    m_decisionList->setObjectName(QStringLiteral("decisionList"));
    m_decisionList->setRootIsDecorated(false);
    m_decisionList->setAlternatingRowColors(true);
    m_decisionList->setUniformRowHeights(true);
    m_decisionList->setHeaderLabels(
        {tr("Kind"), tr("Paragraph"), tr("Confidence"), tr("Status"), tr("Reason")});
    m_decisionList->header()->setStretchLastSection(true);
    for (int column : {KindColumn, ParagraphColumn, ConfidenceColumn, StatusColumn})
        m_decisionList->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_decisionList->setAccessibleName(tr("Cleanup decisions"));
    decisionLabel->setBuddy(m_decisionList);
    decisionLayout->addWidget(decisionLabel);
    decisionLayout->addWidget(m_decisionList, 1);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);

    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    auto *status = new QHBoxLayout;
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("cleanupMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("recleanProgress"));
    m_progress->setMaximumWidth(200);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelRecleanButton"));
    m_cancel->setToolTip(tr("Stop cleaning up the page again; the page stays as it was"));
    status->addWidget(m_message, 1);
    status->addWidget(m_progress);
    status->addWidget(m_cancel);
    layout->addLayout(status);
    m_progress->hide();
    m_cancel->hide();

    m_moveMenu = new QMenu(this);
    m_moveMenu->setObjectName(QStringLiteral("moveToStoryMenu"));

    connect(m_cleanView, &QTextEdit::cursorPositionChanged, this,
            &CleanupView::handleCleanCursorMoved);
    connect(m_decisionList, &QTreeWidget::currentItemChanged, this,
            &CleanupView::handleDecisionChanged);
    connect(m_cancel, &QPushButton::clicked, m_runner, &RecleanRunner::cancel);
    connect(m_runner, &RecleanRunner::progressChanged, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_runner, &RecleanRunner::finished, this, &CleanupView::handleRecleanFinished);
    if (m_cache) {
        connect(m_cache, &ArchiveCache::storyChanged, this, [this](qint64 id) {
            if (id == m_storyId)
                reload();
        });
        connect(m_cache, &ArchiveCache::storiesChanged, this, [this](qint64 id) {
            if (id == m_pageId)
                reload();
        });
        connect(m_cache, &ArchiveCache::archiveReset, this, [this] { setStory(0); });
    }
    updateActions();
}

CleanupView::~CleanupView() = default;

void CleanupView::createActions()
{
    const auto make = [this](const QString &text, const char *name, const QKeySequence &key,
                             const QString &tip, void (CleanupView::*slot)()) {
        auto *action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_revertAction =
        make(tr("&Revert Join"), "actionRevertJoin", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R),
             tr("Split the paragraph again where the selected join was made"),
             &CleanupView::handleRevert);
    m_reapplyAction = make(
        tr("Re-&apply Join"), "actionReapplyJoin", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_A),
        tr("Make the selected, reverted join again"), &CleanupView::handleReapply);
    m_splitAction = make(tr("&Split at Cursor"), "actionSplitParagraph",
                         QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S),
                         tr("Split the paragraph in two at the cursor of the Clean side"),
                         &CleanupView::handleSplit);
    m_joinAction = make(
        tr("&Join with Next"), "actionJoinParagraphs", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_J),
        tr("Join the paragraph at the cursor with the one after it"), &CleanupView::handleJoin);
    m_moveAction = make(tr("&Move to Story…"), "actionMoveParagraph",
                        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M),
                        tr("Move the paragraph at the cursor to the end of another story of "
                           "the page"),
                        &CleanupView::handleMoveMenu);
    m_recleanAction = make(tr("&Clean Up Page Again"), "actionRecleanPage",
                           QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C),
                           tr("Run cleanup on the page again; stories someone edited stay "
                              "as they are"),
                           &CleanupView::handleReclean);
    m_recleanAction->setShortcutContext(Qt::WindowShortcut);
}

void CleanupView::setStackProvider(std::function<QUndoStack *(qint64)> provider)
{
    m_stackProvider = std::move(provider);
}

QUndoStack *CleanupView::stack() const
{
    return m_stackProvider && m_storyId > 0 ? m_stackProvider(m_storyId) : nullptr;
}

void CleanupView::setStory(qint64 storyId)
{
    if (storyId == m_storyId && storyId > 0)
        return;
    m_storyId = storyId;
    m_message->clear();
    reload();
}

void CleanupView::reload()
{
    const int paragraph = currentParagraph();
    const int offset = cursorOffset();
    const qint64 decision = currentDecisionId();

    std::optional<StoryRecord> story =
        m_cache && m_storyId > 0 ? m_cache->story(m_storyId) : std::nullopt;
    const qint64 pageId = story ? story->summary.pageId : 0;
    if (!story)
        m_storyId = 0;
    m_story = story ? *story : StoryRecord{};
    if (pageId != m_pageId || m_raw.isEmpty()) {
        m_pageId = pageId;
        m_raw.clear();
        if (pageId > 0) {
            auto text = m_cache->normalizedText(pageId);
            if (text)
                m_raw = text.value();
            else
                showError(text.error());
        }
        fillRaw();
    }
    m_decisions.clear();
    if (m_storyId > 0) {
        auto decisions = m_cache->decisions(m_storyId);
        if (decisions)
            m_decisions = decisions.value();
        else
            showError(decisions.error());
    }

    const QString headline =
        m_story.summary.headline.isEmpty() ? m_story.summary.lead : m_story.summary.headline;
    m_title->setText(m_storyId > 0 ? tr("Story: %1").arg(headline)
                                   : tr("Select a story to see how cleanup made it."));
    fillClean();
    fillDecisions();
    if (m_storyId > 0) {
        m_filling = true;
        selectDecision(decision);
        m_filling = false;
        setCursor(std::min(paragraph, int(m_story.paragraphs.size()) - 1), offset);
    }
    updateRawHighlight();
    updateActions();
}

void CleanupView::fillRaw()
{
    m_rawView->setPlainText(m_raw);
}

void CleanupView::fillClean()
{
    m_filling = true;
    m_cleanView->clear();
    QTextCursor cursor(m_cleanView->document());
    QTextBlockFormat block;
    block.setBottomMargin(8);
    for (int i = 0; i < m_story.paragraphs.size(); ++i) {
        if (i == 0)
            cursor.setBlockFormat(block);
        else
            cursor.insertBlock(block);
        cursor.insertText(m_story.paragraphs.at(i).text);
    }
    m_filling = false;
}

void CleanupView::fillDecisions()
{
    m_filling = true;
    m_decisionList->clear();
    for (const DecisionRecord &record : std::as_const(m_decisions)) {
        const Decision &d = record.decision;
        QString kind = d.kind;
        if (d.kind == QLatin1String("join"))
            kind = tr("Join");
        else if (d.kind == QLatin1String("jump"))
            kind = tr("Jump");
        else if (d.kind == QLatin1String("doubled-character"))
            kind = tr("Doubled character");
        else if (d.kind == QLatin1String("byline"))
            kind = tr("Byline cut");
        else if (d.kind == QLatin1String("split"))
            kind = tr("Split");
        else if (d.kind == QLatin1String("subhead"))
            kind = tr("Subhead");
        else if (d.kind == QLatin1String("furniture"))
            kind = tr("Page furniture");
        auto *item = new QTreeWidgetItem(m_decisionList);
        item->setText(KindColumn, kind);
        item->setText(ParagraphColumn,
                      d.paragraph >= 0 ? QString::number(d.paragraph + 1) : QString());
        item->setText(ConfidenceColumn, tr("%1 %").arg(qRound(d.confidence * 100)));
        const bool reverted = record.status == QLatin1String("reverted");
        item->setText(StatusColumn, reverted ? tr("Reverted") : tr("Applied"));
        item->setText(ReasonColumn, d.reason);
        item->setToolTip(ReasonColumn, d.reason);
        item->setData(KindColumn, Qt::UserRole, record.id);
        if (reverted) {
            for (int c = 0; c < m_decisionList->columnCount(); ++c)
                item->setForeground(c, palette().brush(QPalette::Disabled, QPalette::Text));
        }
    }
    m_filling = false;
}

int CleanupView::sourceOffset(int paragraph, int offset) const
{
    if (paragraph < 0 || paragraph >= m_story.paragraphs.size())
        return -1;
    const QVector<SourceSpan> &spans = m_story.paragraphs.at(paragraph).spans;
    if (spans.isEmpty())
        return -1;
    int acc = 0;
    for (const SourceSpan &span : spans) {
        if (offset < acc + span.length)
            return span.start + std::max(0, offset - acc);
        acc += span.length;
    }
    return spans.last().start + spans.last().length;
}

void CleanupView::updateRawHighlight()
{
    m_markers.clear();
    QList<QTextEdit::ExtraSelection> raw;
    QList<QTextEdit::ExtraSelection> clean;
    QTextDocument *rawDoc = m_rawView->document();
    const int rawLength = int(m_raw.size());
    const int current = currentParagraph();
    const auto inRange = [rawLength](int start, int length) {
        return start >= 0 && length > 0 && start + length <= rawLength;
    };
    const auto addRaw = [&](int start, int length, const QTextCharFormat &format) {
        if (inRange(start, length))
            raw << selectionOf(rawDoc, start, length, format);
    };

    QTextCharFormat junction;
    junction.setBackground(QColor(0xfc, 0xa5, 0xa5));
    junction.setForeground(QColor(0x7f, 0x1d, 0x1d));
    junction.setFontWeight(QFont::Bold);
    QTextCharFormat dropped;
    dropped.setBackground(QColor(0xd1, 0xd5, 0xdb));
    dropped.setFontStrikeOut(true);
    QTextCharFormat byline;
    byline.setBackground(QColor(0xe9, 0xd5, 0xff));
    byline.setForeground(QColor(0x4c, 0x1d, 0x95));
    QTextCharFormat cleanJunction;
    cleanJunction.setUnderlineStyle(QTextCharFormat::SingleUnderline);
    cleanJunction.setUnderlineColor(QColor(0xdc, 0x26, 0x26));
    cleanJunction.setBackground(QColor(0xfe, 0xe2, 0xe2));

    // The decision that made a junction: its text before the break ends where the first span
    // ends, or (a doubled character) it holds the dropped character twice.
    const auto decisionAt = [this](int end, const QString &gapText) -> const DecisionRecord * {
        for (const DecisionRecord &record : std::as_const(m_decisions)) {
            const Decision &d = record.decision;
            if (d.kind == QLatin1String("doubled-character")) {
                if (!gapText.isEmpty() && d.before.contains(gapText + gapText))
                    return &record;
                continue;
            }
            if (!isJoinKind(d.kind))
                continue;
            const QString left = d.before.section(QLatin1Char('\n'), 0, 0).trimmed();
            if (!left.isEmpty() && end >= left.size() &&
                QStringView(m_raw).mid(end - left.size(), left.size()) == left)
                return &record;
        }
        return nullptr;
    };

    QTextCursor cleanCursor(m_cleanView->document());
    for (int i = 0; i < m_story.paragraphs.size(); ++i) {
        const ParagraphRecord &paragraph = m_story.paragraphs.at(i);
        QTextCharFormat shade;
        shade.setBackground(paragraphShade(i, i == current));
        for (const SourceSpan &span : paragraph.spans)
            addRaw(span.start, span.length, shade);
        int acc = 0;
        const QTextBlock block = m_cleanView->document()->findBlockByNumber(i);
        for (int k = 0; k < paragraph.spans.size(); ++k) {
            const SourceSpan &span = paragraph.spans.at(k);
            if (k > 0) {
                const SourceSpan &prev = paragraph.spans.at(k - 1);
                const int end = prev.start + prev.length;
                const int gap = span.start - end;
                QString gapText;
                if (gap > 0 && gap <= 8) {
                    for (int c = end; c < span.start && c < rawLength; ++c) {
                        if (!m_raw.at(c).isSpace()) {
                            addRaw(c, 1, dropped);
                            gapText += m_raw.at(c);
                        }
                    }
                }
                const DecisionRecord *made = decisionAt(end, gapText);
                QString tip = gap > 8 ? tr("Jump: the paragraph continues in text printed "
                                           "later on the page")
                                      : tr("Join: the paragraph runs across a break");
                if (made) {
                    tip = tr("%1 (%2 %): %3")
                              .arg(made->decision.kind)
                              .arg(qRound(made->decision.confidence * 100))
                              .arg(made->decision.reason);
                }
                if (!gapText.isEmpty())
                    tip += QLatin1Char('\n') + tr("Dropped here: %1").arg(gapText);
                addRaw(end - 1, 1, junction);
                addRaw(span.start, 1, junction);
                m_markers.push_back({end - 1, span.start - end + 2, tip});
                if (block.isValid() && acc > 0 && acc < block.length() - 1) {
                    const int at = block.position() + acc;
                    clean << selectionOf(m_cleanView->document(), at - 1, 2, cleanJunction);
                }
            }
            acc += span.length;
        }
    }
    for (const DecisionRecord &record : std::as_const(m_decisions)) {
        const Decision &d = record.decision;
        if (d.kind != QLatin1String("byline"))
            continue;
        const QString cut = d.before.trimmed();
        const int near =
            sourceOffset(std::min(d.paragraph, int(m_story.paragraphs.size()) - 1), d.position);
        if (cut.isEmpty() || near < 0)
            continue;
        const int at = m_raw.indexOf(cut, std::max(0, near - int(cut.size())));
        if (at < 0)
            continue;
        addRaw(at, int(cut.size()), byline);
        m_markers.push_back({at, int(cut.size()),
                             tr("Byline cut: “%1” moved to the byline. %2").arg(cut, d.reason)});
    }

    if (current >= 0) {
        QTextEdit::ExtraSelection line;
        line.format.setBackground(paragraphShade(current, true));
        line.format.setProperty(QTextFormat::FullWidthSelection, true);
        const QTextBlock block = m_cleanView->document()->findBlockByNumber(current);
        if (block.isValid()) {
            line.cursor = QTextCursor(block);
            clean.prepend(line);
        }
    }
    m_rawView->setExtraSelections(raw);
    m_cleanView->setExtraSelections(clean);
}

int CleanupView::currentParagraph() const
{
    if (m_story.paragraphs.isEmpty())
        return -1;
    return m_cleanView->textCursor().blockNumber();
}

int CleanupView::cursorOffset() const
{
    return m_cleanView->textCursor().positionInBlock();
}

void CleanupView::setCursor(int paragraph, int offset)
{
    const QTextBlock block = m_cleanView->document()->findBlockByNumber(std::max(0, paragraph));
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + std::clamp(offset, 0, block.length() - 1));
    m_cleanView->setTextCursor(cursor);
    m_cleanView->ensureCursorVisible();
    handleCleanCursorMoved(); // also when the position did not change
}

int CleanupView::rawCursorPosition() const
{
    return m_rawView->textCursor().position();
}

bool CleanupView::selectDecision(qint64 decisionId)
{
    for (int i = 0; i < m_decisionList->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_decisionList->topLevelItem(i);
        if (item->data(KindColumn, Qt::UserRole).toLongLong() == decisionId) {
            m_decisionList->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

qint64 CleanupView::currentDecisionId() const
{
    const QTreeWidgetItem *item = m_decisionList->currentItem();
    return item ? item->data(KindColumn, Qt::UserRole).toLongLong() : 0;
}

void CleanupView::handleCleanCursorMoved()
{
    if (m_filling)
        return;
    const int source = sourceOffset(currentParagraph(), cursorOffset());
    if (source >= 0) {
        QTextCursor raw(m_rawView->document());
        raw.setPosition(std::min(source, int(m_raw.size())));
        m_rawView->setTextCursor(raw);
        m_rawView->centerCursor();
    }
    updateRawHighlight();
    updateActions();
}

void CleanupView::handleDecisionChanged()
{
    if (!m_filling) {
        for (const DecisionRecord &record : std::as_const(m_decisions)) {
            if (record.id == currentDecisionId() && record.decision.paragraph >= 0 &&
                record.decision.paragraph < m_story.paragraphs.size()) {
                setCursor(record.decision.paragraph, record.decision.position);
                break;
            }
        }
    }
    updateActions();
}

void CleanupView::updateActions()
{
    const bool writable = m_cache && m_cache->isOpen() && !m_cache->isReadOnly();
    const bool story = writable && m_storyId > 0 && !m_story.paragraphs.isEmpty();
    const qint64 decisionId = currentDecisionId();
    QString kind;
    QString status;
    for (const DecisionRecord &record : std::as_const(m_decisions)) {
        if (record.id == decisionId) {
            kind = record.decision.kind;
            status = record.status;
        }
    }
    m_revertAction->setEnabled(story && isJoinKind(kind) && status == QLatin1String("applied"));
    m_reapplyAction->setEnabled(story && isJoinKind(kind) && status == QLatin1String("reverted"));
    const int paragraph = currentParagraph();
    const int offset = cursorOffset();
    const int length = paragraph >= 0 && paragraph < m_story.paragraphs.size()
                           ? int(m_story.paragraphs.at(paragraph).text.size())
                           : 0;
    m_splitAction->setEnabled(story && offset > 0 && offset < length);
    m_joinAction->setEnabled(story && paragraph >= 0 && paragraph + 1 < m_story.paragraphs.size());
    m_moveAction->setEnabled(story && paragraph >= 0 && m_cache->stories(m_pageId).size() > 1);
    m_recleanAction->setEnabled(writable && m_pageId > 0 && !m_runner->isRunning());
}

void CleanupView::showError(const QString &message)
{
    m_message->setText(message);
}

void CleanupView::handleRevert()
{
    QUndoStack *s = stack();
    if (!s || !m_revertAction->isEnabled())
        return;
    if (Status status =
            Commands::revertJoin(*s, *m_cache, currentDecisionId(), AppSettings::userName());
        !status)
        showError(tr("The join could not be reverted: %1").arg(status.error()));
}

void CleanupView::handleReapply()
{
    QUndoStack *s = stack();
    if (!s || !m_reapplyAction->isEnabled())
        return;
    if (Status status =
            Commands::reapplyJoin(*s, *m_cache, currentDecisionId(), AppSettings::userName());
        !status)
        showError(tr("The join could not be made again: %1").arg(status.error()));
}

void CleanupView::handleSplit()
{
    QUndoStack *s = stack();
    if (!s || !m_splitAction->isEnabled())
        return;
    const int paragraph = currentParagraph();
    if (Status status = Commands::splitParagraph(*s, *m_cache, {m_storyId, paragraph},
                                                 cursorOffset(), AppSettings::userName());
        !status)
        showError(tr("The paragraph could not be split: %1").arg(status.error()));
    else
        setCursor(paragraph + 1, 0);
}

void CleanupView::handleJoin()
{
    QUndoStack *s = stack();
    if (!s || !m_joinAction->isEnabled())
        return;
    if (Status status = Commands::joinParagraphs(*s, *m_cache, {m_storyId, currentParagraph()},
                                                 AppSettings::userName());
        !status)
        showError(tr("The paragraphs could not be joined: %1").arg(status.error()));
}

void CleanupView::handleMoveMenu()
{
    if (!m_moveAction->isEnabled())
        return;
    m_moveMenu->clear();
    for (const StorySummary &story : m_cache->stories(m_pageId)) {
        if (story.id == m_storyId)
            continue;
        QString title = story.headline.isEmpty() ? story.lead : story.headline;
        if (title.size() > 40)
            title = title.left(39) + QChar(0x2026);
        QAction *action = m_moveMenu->addAction(tr("%1. %2").arg(story.position + 1).arg(title));
        const qint64 target = story.id;
        connect(action, &QAction::triggered, this,
                [this, target] { moveCurrentParagraphTo(target); });
    }
    m_moveMenu->popup(m_cleanView->viewport()->mapToGlobal(m_cleanView->cursorRect().bottomLeft()));
}

bool CleanupView::moveCurrentParagraphTo(qint64 storyId)
{
    QUndoStack *s = stack();
    const int paragraph = currentParagraph();
    if (!s || paragraph < 0 || storyId == m_storyId)
        return false;
    // Appended: a fragment cleanup left in the wrong story usually ends the other one.
    const Status status = Commands::moveParagraph(*s, *m_cache, {m_storyId, paragraph},
                                                  {storyId, std::numeric_limits<int>::max()},
                                                  AppSettings::userName());
    if (!status)
        showError(tr("The paragraph could not be moved: %1").arg(status.error()));
    return bool(status);
}

bool CleanupView::isRecleanRunning() const
{
    return m_runner->isRunning();
}

void CleanupView::handleReclean()
{
    if (!m_recleanAction->isEnabled())
        return;
    RecleanParams params;
    params.archivePath = m_cache->path();
    params.pageIds = {m_pageId};
    params.user = AppSettings::userName();
    if (!m_runner->start(params))
        return;
    m_message->setText(tr("Cleaning up the page again…"));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    updateActions();
}

void CleanupView::handleRecleanFinished()
{
    m_progress->hide();
    m_cancel->hide();
    const RecleanReport &report = m_runner->lastReport();
    QString message;
    if (!report.archiveError.isEmpty()) {
        message = tr("Cleanup could not run again: %1").arg(report.archiveError);
    } else if (report.cancelled && report.pages == 0) {
        message = tr("Cleanup was cancelled; the page is as it was.");
    } else {
        message = tr("Cleaned up the page again: %n story(ies) kept as edited, %1 replaced, "
                     "%2 new.",
                     nullptr, report.kept)
                      .arg(report.replaced)
                      .arg(report.added);
        if (report.skipped > 0)
            message += QLatin1Char(' ') +
                       tr("%n new story(ies) left out because an edited story holds their "
                          "text.",
                          nullptr, report.skipped);
    }
    m_message->setText(message);
    if (m_cache)
        m_cache->reload();
    updateActions();
    Q_EMIT recleanFinished(message);
}

bool CleanupView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_rawView->viewport() && event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int position = m_rawView->cursorForPosition(help->pos()).position();
        for (const Marker &marker : std::as_const(m_markers)) {
            if (position >= marker.start && position < marker.start + marker.length) {
                QToolTip::showText(help->globalPos(), marker.tip, m_rawView);
                return true;
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Copydesk
