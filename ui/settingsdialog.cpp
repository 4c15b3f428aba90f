// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "appsettings.h"
#include "common/version.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Copydesk {

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    m_userName = new QLineEdit(this);
    m_userName->setObjectName(QStringLiteral("userNameEdit"));
    m_userName->setPlaceholderText(currentUserName());
    m_userName->setText(AppSettings::userName());

    m_maxImport = new QSpinBox(this);
    m_maxImport->setObjectName(QStringLiteral("maxImportSizeSpin"));
    m_maxImport->setRange(1, 4096);
    m_maxImport->setSuffix(tr(" MB"));
    m_maxImport->setValue(AppSettings::maxImportMegabytes());

    auto *form = new QFormLayout;
    form->addRow(tr("&Your name:"), m_userName);
    auto *nameHint = new QLabel(tr("Recorded with every change you make to a story."), this);
    nameHint->setWordWrap(true);
    nameHint->setEnabled(false);
    form->addRow(QString(), nameHint);
    form->addRow(tr("&Largest file to import:"), m_maxImport);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void SettingsDialog::accept()
{
    AppSettings::setUserName(m_userName->text());
    AppSettings::setMaxImportMegabytes(m_maxImport->value());
    QDialog::accept();
}

} // namespace Copydesk
