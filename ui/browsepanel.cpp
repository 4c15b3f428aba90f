// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "browsepanel.h"

#include "models/districttreemodel.h"
#include "models/storysearchmodel.h"
#include "models/themefiltermodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Copydesk {

namespace {
constexpr int kSearchDelayMs = 250;
}

BrowsePanel::BrowsePanel(TagCache *cache, QWidget *parent)
    : QWidget(parent), m_districts(new DistrictTreeModel(cache, this)),
      m_themes(new ThemeFilterModel(cache, this)), m_results(new StorySearchModel(cache, this)),
      m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("browsePanel"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("browseSearch"));
    m_search->setPlaceholderText(tr("Search the text of every story"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Full-text search"));
    m_clear = new QPushButton(tr("C&lear Filters"), this);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("browseCount"));

    m_districtView = new QTreeView(this);
    m_districtView->setObjectName(QStringLiteral("districtTree"));
    m_districtView->setModel(m_districts);
    m_districtView->setHeaderHidden(true);
    m_districtView->setUniformRowHeights(true);
    m_districtView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_districtView->setAccessibleName(tr("Districts"));
    m_themeView = new QListView(this);
    m_themeView->setObjectName(QStringLiteral("themeList"));
    m_themeView->setModel(m_themes);
    m_themeView->setUniformItemSizes(true);
    m_themeView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_themeView->setAccessibleName(tr("Themes"));
    m_resultView = new QTreeView(this);
    m_resultView->setObjectName(QStringLiteral("searchResults"));
    m_resultView->setModel(m_results);
    m_resultView->setRootIsDecorated(false);
    m_resultView->setUniformRowHeights(true);
    m_resultView->setAlternatingRowColors(true);
    m_resultView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resultView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_resultView->setAccessibleName(tr("Stories found"));
    m_resultView->header()->setStretchLastSection(false);
    m_resultView->header()->setSectionResizeMode(StorySearchModel::HeadlineColumn,
                                                 QHeaderView::Stretch);

    auto *filters = new QSplitter(Qt::Vertical, this);
    filters->addWidget(m_districtView);
    filters->addWidget(m_themeView);
    auto *right = new QWidget(this);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_clear);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(searchRow);
    rightLayout->addWidget(m_resultView, 1);
    rightLayout->addWidget(m_count);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(filters);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    // Typing searches after a short pause; Enter searches at once.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] { m_results->setText(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        m_results->setText(m_search->text());
    });
    connect(m_districtView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &BrowsePanel::applyDistrict);
    connect(m_themeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &BrowsePanel::applyTheme);
    // Models reset when tags change; the filter they hold stays, the selection goes.
    connect(m_districts, &QAbstractItemModel::modelReset, this, [this] {
        const QModelIndex i = m_districts->indexOfCode(m_results->filter().districtCode);
        if (i.isValid())
            m_districtView->setCurrentIndex(i);
    });
    connect(m_clear, &QPushButton::clicked, this, &BrowsePanel::clearFilters);
    connect(m_results, &StorySearchModel::searched, this, &BrowsePanel::updateCount);
    connect(m_resultView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT storyRequested(index.data(StorySearchModel::PageIdRole).toLongLong(),
                              index.data(StorySearchModel::StoryIdRole).toLongLong());
    });
    updateCount(m_results->rowCount());
}

void BrowsePanel::applyDistrict()
{
    const QModelIndex current = m_districtView->currentIndex();
    if (current.isValid())
        m_results->setDistrictCode(current.data(DistrictTreeModel::CodeRole).toString());
}

void BrowsePanel::applyTheme()
{
    const QModelIndex current = m_themeView->currentIndex();
    if (current.isValid())
        m_results->setThemeCode(current.data(ThemeFilterModel::CodeRole).toString());
}

void BrowsePanel::clearFilters()
{
    m_searchDelay->stop();
    m_search->clear();
    m_districtView->setCurrentIndex({});
    m_themeView->setCurrentIndex({});
    m_results->setText({});
    m_results->setDistrictCode({});
    m_results->setThemeCode({});
}

void BrowsePanel::updateCount(int hits)
{
    const SearchFilter &f = m_results->filter();
    const bool limited = hits >= f.limit;
    m_count->setText(limited ? tr("The first %n stories", nullptr, hits)
                             : tr("%n story/stories", nullptr, hits));
    if (!m_results->lastError().isEmpty())
        m_count->setText(tr("Search failed: %1").arg(m_results->lastError()));
}

} // namespace Copydesk
