// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "districtpicker.h"

#include "models/districtsearchmodel.h"

#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace Copydesk {

DistrictPicker::DistrictPicker(TagCache *cache, QWidget *parent)
    : QWidget(parent), m_model(new DistrictSearchModel(cache, this))
{
    setObjectName(QStringLiteral("districtPicker"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("districtSearch"));
    m_search->setPlaceholderText(tr("Find a district: 杭州, 上城区, 330102…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Find a district"));
    m_results = new QListView(this);
    m_results->setObjectName(QStringLiteral("districtResults"));
    m_results->setModel(m_model);
    m_results->setUniformItemSizes(true);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setAccessibleName(tr("Matching districts"));
    m_results->setMinimumHeight(90);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_results, 1);

    connect(m_search, &QLineEdit::textEdited, this, &DistrictPicker::handleQueryEdited);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!selectedCode().isEmpty())
            Q_EMIT districtActivated(selectedCode(), selectedPath());
    });
    connect(m_results, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT districtActivated(index.data(DistrictSearchModel::CodeRole).toString(),
                                 index.data(DistrictSearchModel::PathRole).toString());
    });
    connect(m_results->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DistrictPicker::selectionChanged);
}

void DistrictPicker::handleQueryEdited(const QString &text)
{
    m_model->setQuery(text);
    if (m_model->rowCount() > 0)
        m_results->setCurrentIndex(m_model->index(0));
    Q_EMIT selectionChanged();
}

void DistrictPicker::setQuery(const QString &query)
{
    m_search->setText(query);
    handleQueryEdited(query);
}

void DistrictPicker::clear()
{
    setQuery(QString());
}

QString DistrictPicker::selectedCode() const
{
    const QModelIndex current = m_results->currentIndex();
    return current.isValid() ? current.data(DistrictSearchModel::CodeRole).toString() : QString();
}

QString DistrictPicker::selectedPath() const
{
    const QModelIndex current = m_results->currentIndex();
    return current.isValid() ? current.data(DistrictSearchModel::PathRole).toString() : QString();
}

} // namespace Copydesk
