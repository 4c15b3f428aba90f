// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storypanel.h"

#include "flaglabels.h"
#include "models/archivecache.h"
#include "models/flaglistmodel.h"
#include "models/paragraphlistmodel.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTreeView>
#include <QVBoxLayout>

namespace Copydesk {

namespace {
QColor flagColor(const QString &kind)
{
    if (kind == QLatin1String(FlagKind::Duplicate))
        return QColor(0xf6, 0xc4, 0xbd);
    if (kind == QLatin1String(FlagKind::Encoding))
        return QColor(0xdc, 0xd0, 0xf3);
    return QColor(0xff, 0xe0, 0x8a);
}

// The flag model shows raw kinds ("duplicate"); the editor reads "Duplicate paragraph".
class FlagKindDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QString displayText(const QVariant &value, const QLocale &) const override
    {
        return flagKindLabel(value.toString());
    }
};
} // namespace

StoryPanel::StoryPanel(ArchiveCache *cache, ParagraphListModel *paragraphs, QWidget *parent)
    : QWidget(parent), m_cache(cache), m_paragraphs(paragraphs)
{
    Q_ASSERT(cache && paragraphs);
    setObjectName(QStringLiteral("storyPanel"));

    m_kicker = new QLineEdit(this);
    m_kicker->setObjectName(QStringLiteral("kickerEdit"));
    m_kicker->setPlaceholderText(tr("No kicker"));
    m_headline = new QLineEdit(this);
    m_headline->setObjectName(QStringLiteral("headlineEdit"));
    m_headline->setPlaceholderText(tr("No headline"));
    QFont headlineFont = m_headline->font();
    headlineFont.setBold(true);
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.25);
    m_headline->setFont(headlineFont);
    m_byline = new QLineEdit(this);
    m_byline->setObjectName(QStringLiteral("bylineEdit"));
    m_byline->setPlaceholderText(tr("No byline"));

    for (QLineEdit *edit : {m_kicker, m_headline, m_byline})
        connect(edit, &QLineEdit::editingFinished, this, &StoryPanel::handleEditingFinished);

    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("storyInfoLabel"));
    m_info->setTextFormat(Qt::PlainText);
    m_info->setWordWrap(true);

    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("paragraphView"));
    m_text->setOpenLinks(false);
    m_text->setPlaceholderText(tr("Select a story to read it here."));
    m_text->document()->setDocumentMargin(12);

    m_flagModel = new FlagListModel(cache, this);
    m_flagView = new QTreeView(this);
    m_flagView->setObjectName(QStringLiteral("flagView"));
    m_flagView->setModel(m_flagModel);
    m_flagView->setAccessibleName(tr("Flags"));
    m_flagView->setRootIsDecorated(false);
    m_flagView->setUniformRowHeights(true);
    m_flagView->setAlternatingRowColors(true);
    m_flagView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_flagView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_flagView->setItemDelegateForColumn(FlagListModel::KindColumn,
                                         new FlagKindDelegate(m_flagView));
    m_flagView->header()->setStretchLastSection(false);
    m_flagView->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_flagView->header()->setSectionResizeMode(FlagListModel::ReasonColumn,
                                               QHeaderView::Stretch);
    for (int column : {FlagListModel::KindColumn, FlagListModel::StatusColumn})
        m_flagView->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_flagView->header()->resizeSection(FlagListModel::TextColumn, 90);
    m_flagView->header()->resizeSection(FlagListModel::SuggestionColumn, 90);
    connect(m_flagView, &QTreeView::activated, this, &StoryPanel::handleFlagActivated);
    connect(m_flagView, &QTreeView::clicked, this, &StoryPanel::handleFlagActivated);

    auto *textSplitter = new QSplitter(Qt::Vertical, this);
    textSplitter->setObjectName(QStringLiteral("storyTextSplitter"));
    textSplitter->setChildrenCollapsible(false);
    textSplitter->addWidget(m_text);
    textSplitter->addWidget(m_flagView);
    textSplitter->setStretchFactor(0, 4);
    textSplitter->setStretchFactor(1, 1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Kicker:"), m_kicker);
    form->addRow(tr("&Headline:"), m_headline);
    form->addRow(tr("&Byline:"), m_byline);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(form);
    layout->addWidget(m_info);
    layout->addWidget(textSplitter, 1);

    connect(cache, &ArchiveCache::storyChanged, this, &StoryPanel::handleStoryChanged);
    connect(cache, &ArchiveCache::archiveReset, this, &StoryPanel::handleArchiveReset);
    connect(paragraphs, &QAbstractItemModel::modelReset, this, &StoryPanel::rebuildParagraphs);
    connect(paragraphs, &QAbstractItemModel::dataChanged, this, &StoryPanel::rebuildParagraphs);
    connect(paragraphs, &QAbstractItemModel::rowsInserted, this, &StoryPanel::rebuildParagraphs);
    connect(paragraphs, &QAbstractItemModel::rowsRemoved, this, &StoryPanel::rebuildParagraphs);

    showFields();
    rebuildParagraphs();
}

void StoryPanel::setStoryId(qint64 storyId)
{
    if (storyId == m_storyId)
        return;
    commitEdits();
    m_storyId = storyId;
    m_flagModel->setStoryId(storyId);
    showFields();
}

void StoryPanel::setEditable(bool editable)
{
    if (editable == m_editable)
        return;
    m_editable = editable;
    showFields();
}

void StoryPanel::commitEdits()
{
    if (!m_cache || m_storyId <= 0 || !m_editable)
        return;
    const std::optional<StoryRecord> story = m_cache->story(m_storyId);
    if (!story)
        return;
    const StoryRepository::Fields fields{m_kicker->text().trimmed(), m_headline->text().trimmed(),
                                         m_byline->text().trimmed()};
    if (fields.kicker == story->summary.kicker && fields.headline == story->summary.headline &&
        fields.byline == story->summary.byline)
        return;
    Q_EMIT fieldsEdited(m_storyId, fields);
}

void StoryPanel::handleStoryChanged(qint64 storyId)
{
    if (storyId == m_storyId)
        showFields();
}

void StoryPanel::handleArchiveReset()
{
    // Story ids of the old archive mean something else now: forget, never commit.
    m_storyId = 0;
    showFields();
}

void StoryPanel::handleEditingFinished()
{
    commitEdits();
}

void StoryPanel::showFields()
{
    const std::optional<StoryRecord> story =
        m_cache && m_storyId > 0 ? m_cache->story(m_storyId) : std::nullopt;
    const bool enabled = story.has_value();
    for (QLineEdit *edit : {m_kicker, m_headline, m_byline}) {
        edit->setEnabled(enabled);
        edit->setReadOnly(!m_editable);
    }
    m_kicker->setText(story ? story->summary.kicker : QString());
    m_headline->setText(story ? story->summary.headline : QString());
    m_byline->setText(story ? story->summary.byline : QString());
    for (QLineEdit *edit : {m_kicker, m_headline, m_byline})
        edit->setCursorPosition(0);

    if (!story) {
        m_info->clear();
        return;
    }
    const int open = story->summary.openFlagCount;
    const QString paragraphs =
        tr("Story %1 of page %2: %n paragraph(s)", nullptr, story->summary.paragraphCount)
            .arg(story->summary.position + 1)
            .arg(story->summary.pageId);
    m_info->setText(open > 0 ? tr("%1, %n open flag(s) (marked in the text)", nullptr, open)
                                   .arg(paragraphs)
                             : tr("%1, no open flags").arg(paragraphs));
}

void StoryPanel::handleFlagActivated()
{
    // Show the flagged paragraph in the text.
    const int paragraph =
        m_flagView->currentIndex().data(FlagListModel::ParagraphRole).toInt();
    const QTextBlock block = m_text->document()->findBlockByNumber(std::max(0, paragraph));
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    m_text->setTextCursor(cursor);
    m_text->ensureCursorVisible();
}

void StoryPanel::rebuildParagraphs()
{
    QTextDocument *doc = m_text->document();
    doc->clear();
    const int rows = m_paragraphs->rowCount();
    if (rows == 0)
        return;

    QTextCursor cursor(doc);
    QTextBlockFormat blockFormat;
    blockFormat.setBottomMargin(10);
    blockFormat.setLineHeight(140, QTextBlockFormat::ProportionalHeight);
    QTextCharFormat plain;
    QFont textFont = m_text->font();
    textFont.setPointSizeF(textFont.pointSizeF() * 1.1);
    plain.setFont(textFont);

    cursor.beginEditBlock();
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = m_paragraphs->index(row, 0);
        if (row == 0)
            cursor.setBlockFormat(blockFormat);
        else
            cursor.insertBlock(blockFormat);
        const int blockStart = cursor.position();
        const QString text = index.data(ParagraphListModel::TextRole).toString();
        cursor.insertText(text, plain);

        const QVariantList flags = index.data(ParagraphListModel::FlagsRole).toList();
        for (const QVariant &value : flags) {
            const QVariantMap flag = value.toMap();
            if (flag.value(QStringLiteral("status")).toString() !=
                QLatin1String(FlagStatus::Open))
                continue;
            int start = flag.value(QStringLiteral("start")).toInt();
            int length = flag.value(QStringLiteral("length")).toInt();
            if (length <= 0) { // a flag on the whole paragraph
                start = 0;
                length = int(text.size());
            }
            start = qBound(0, start, int(text.size()));
            length = qBound(0, length, int(text.size()) - start);
            if (length == 0)
                continue;
            const QString kind = flag.value(QStringLiteral("kind")).toString();
            QTextCharFormat marked;
            marked.setBackground(flagColor(kind));
            marked.setToolTip(flagToolTip(kind, flag.value(QStringLiteral("reason")).toString(),
                                          flag.value(QStringLiteral("suggestion")).toString()));
            QTextCursor span(doc);
            span.setPosition(blockStart + start);
            span.setPosition(blockStart + start + length, QTextCursor::KeepAnchor);
            span.mergeCharFormat(marked);
        }
    }
    cursor.endEditBlock();
    m_text->moveCursor(QTextCursor::Start);
}

} // namespace Copydesk
