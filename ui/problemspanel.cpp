// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "problemspanel.h"

#include "flaglabels.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Copydesk {

namespace {
enum Column
{
    KindColumn,
    TextColumn,
    SuggestionColumn,
    StoryColumn,
    ParagraphColumn,
    ColumnCount
};
}

ProblemsPanel::ProblemsPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("problemsPanel"));
    m_view = new QTreeWidget(this);
    m_view->setObjectName(QStringLiteral("problemsView"));
    m_view->setAccessibleName(tr("Problems"));
    m_view->setColumnCount(ColumnCount);
    m_view->setHeaderLabels(
        {tr("Kind"), tr("Text"), tr("Suggestion"), tr("Story"), tr("Paragraph")});
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(SuggestionColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(StoryColumn, QHeaderView::Interactive);
    m_view->header()->setSectionResizeMode(ParagraphColumn, QHeaderView::ResizeToContents);
    m_view->setColumnHidden(StoryColumn, true);

    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("problemsScope"));
    m_scope->setAccessibleName(tr("Show problems of"));
    m_scope->addItem(tr("This story"));
    m_scope->addItem(tr("This page"));
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        m_view->setColumnHidden(StoryColumn, !pageScope());
        Q_EMIT scopeChanged();
    });
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("problemsSummary"));
    m_accept = new QPushButton(tr("&Accept"), this);
    m_accept->setObjectName(QStringLiteral("acceptProblemButton"));
    m_accept->setToolTip(tr("Replace the flagged text with the suggestion"));
    m_ignore = new QPushButton(tr("&Ignore"), this);
    m_ignore->setObjectName(QStringLiteral("ignoreProblemButton"));
    m_ignore->setToolTip(tr("Stop flagging this text for the rest of the session"));
    m_acceptKind = new QPushButton(tr("Accept All of This &Kind on the Page"), this);
    m_acceptKind->setObjectName(QStringLiteral("acceptKindButton"));
    for (QPushButton *b : {m_accept, m_ignore, m_acceptKind})
        b->setAutoDefault(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_scope);
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_accept);
    buttons->addWidget(m_ignore);
    buttons->addWidget(m_acceptKind);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_view, &QTreeWidget::itemActivated, this, [this] {
        if (auto flag = current())
            Q_EMIT problemActivated(*flag);
    });
    connect(m_view, &QTreeWidget::currentItemChanged, this, &ProblemsPanel::updateButtons);
    connect(m_accept, &QPushButton::clicked, this, [this] {
        if (auto flag = current())
            Q_EMIT acceptRequested(*flag);
    });
    connect(m_ignore, &QPushButton::clicked, this, [this] {
        if (auto flag = current())
            Q_EMIT ignoreRequested(*flag);
    });
    connect(m_acceptKind, &QPushButton::clicked, this, [this] {
        if (auto flag = current())
            Q_EMIT acceptKindRequested(flag->kind);
    });
    setProblems({});
}

void ProblemsPanel::setProblems(const QVector<Problem> &flags)
{
    const int row = currentRow();
    m_flags = flags;
    m_view->clear();
    QList<QTreeWidgetItem *> items;
    for (const Problem &f : flags) {
        auto *item = new QTreeWidgetItem;
        item->setText(KindColumn, flagKindLabel(f.kind));
        item->setText(TextColumn, f.text);
        QString suggestion = f.suggestion;
        static const QRegularExpression separator(QStringLiteral("[\n|]"));
        const QStringList candidates = f.detail.split(separator, Qt::SkipEmptyParts);
        if (f.kind != QLatin1String(FlagKind::Duplicate) && candidates.size() > 1)
            suggestion = candidates.join(tr(" / "));
        item->setText(SuggestionColumn, suggestion);
        item->setText(StoryColumn, f.storyTitle);
        item->setText(ParagraphColumn, QString::number(f.paragraph + 1));
        item->setToolTip(TextColumn, flagToolTip(f.kind, f.reason, f.suggestion));
        if (f.flagId > 0) {
            item->setToolTip(KindColumn, tr("Flagged on import; Accept confirms it, Ignore "
                                            "dismisses it"));
        }
        items << item;
    }
    m_view->addTopLevelItems(items);
    if (!items.isEmpty())
        setCurrentRow(qBound(0, row, int(items.size()) - 1));
    m_summary->setText(flags.isEmpty() ? tr("No problems found")
                                       : tr("%n problem(s)", nullptr, int(flags.size())));
    updateButtons();
}

void ProblemsPanel::setEditable(bool editable)
{
    m_editable = editable;
    updateButtons();
}

bool ProblemsPanel::pageScope() const
{
    return m_scope->currentIndex() == 1;
}

void ProblemsPanel::setPageScope(bool page)
{
    m_scope->setCurrentIndex(page ? 1 : 0);
}

int ProblemsPanel::currentRow() const
{
    return m_view->currentItem() ? m_view->indexOfTopLevelItem(m_view->currentItem()) : -1;
}

void ProblemsPanel::setCurrentRow(int row)
{
    if (QTreeWidgetItem *item = m_view->topLevelItem(row))
        m_view->setCurrentItem(item);
}

std::optional<Problem> ProblemsPanel::current() const
{
    const int row = currentRow();
    if (row < 0 || row >= m_flags.size())
        return std::nullopt;
    return m_flags.at(row);
}

void ProblemsPanel::updateButtons()
{
    const std::optional<Problem> flag = current();
    m_accept->setEnabled(m_editable && flag &&
                         (flag->flagId > 0 || !flag->suggestion.isNull() ||
                          flag->kind == QLatin1String(FlagKind::Spelling)));
    m_ignore->setEnabled(flag && (flag->flagId == 0 || m_editable));
    // Hunspell's first guess for every misspelling of a page would mangle names: spelling is
    // corrected word by word.
    m_acceptKind->setEnabled(m_editable && flag && flag->flagId == 0 &&
                             flag->kind != QLatin1String(FlagKind::Spelling));
}

} // namespace Copydesk
