// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "appsettings.h"
#include "common/version.h"
#include "jobs/importjob.h"
#include "models/archivecache.h"
#include "storage/settingsrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Copydesk {

namespace {
QString key(const char *name)
{
    return QString::fromLatin1(name);
}

// Hunspell dictionaries installed where Debian puts them, e.g. "en_US".
QStringList installedDictionaries()
{
    QStringList names;
    for (const QString &dir :
         {QStringLiteral("/usr/share/hunspell"), QStringLiteral("/usr/share/myspell/dicts")}) {
        const QFileInfoList files = QDir(dir).entryInfoList({QStringLiteral("*.dic")}, QDir::Files);
        for (const QFileInfo &file : files) {
            if (!names.contains(file.completeBaseName()))
                names << file.completeBaseName();
        }
    }
    names.sort();
    return names;
}

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setEnabled(false);
    return label;
}
} // namespace

SettingsDialog::SettingsDialog(ArchiveCache *cache, QWidget *parent)
    : QDialog(parent), m_cache(cache)
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

    auto *personal = new QGroupBox(tr("Your preferences"), this);
    auto *form = new QFormLayout(personal);
    form->addRow(tr("&Your name:"), m_userName);
    form->addRow(QString(),
                 hint(tr("Recorded with every change and review decision you make."), personal));
    form->addRow(tr("&Largest file to import:"), m_maxImport);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(personal);
    layout->addWidget(createDeskGroup());
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

QGroupBox *SettingsDialog::createDeskGroup()
{
    // The defaults are the ones an import uses when the archive stores nothing.
    const ImportParams defaults;

    m_desk = new QGroupBox(tr("Desk settings, shared by everyone using this archive"), this);
    m_desk->setObjectName(QStringLiteral("deskSettingsGroup"));

    m_threshold = new QDoubleSpinBox(m_desk);
    m_threshold->setObjectName(QStringLiteral("duplicateThresholdSpin"));
    m_threshold->setRange(0.0, 1.0);
    m_threshold->setSingleStep(0.05);
    m_threshold->setDecimals(2);

    m_boilerplate = new QSpinBox(m_desk);
    m_boilerplate->setObjectName(QStringLiteral("boilerplateLengthSpin"));
    m_boilerplate->setRange(0, 1000);
    m_boilerplate->setSuffix(tr(" characters"));

    m_language = new QComboBox(m_desk);
    m_language->setObjectName(QStringLiteral("spellingLanguageCombo"));
    m_language->setEditable(true);
    m_language->addItems(installedDictionaries());

    const bool open = m_cache && m_cache->isOpen();
    const auto stored = [this, open](const char *name, const QString &fallback) {
        return open ? m_cache->deskSetting(key(name), fallback) : fallback;
    };
    m_threshold->setValue(stored(SettingsRepository::DuplicateThreshold,
                                 QString::number(defaults.dedup.nearThreshold))
                              .toDouble());
    m_boilerplate->setValue(
        stored(SettingsRepository::DuplicateMinLength, QString::number(defaults.dedup.minLength))
            .toInt());
    m_language->setCurrentText(
        stored(SettingsRepository::SpellingLanguage, defaults.spellingLanguage));

    auto *form = new QFormLayout(m_desk);
    form->addRow(tr("Near-duplicate &threshold:"), m_threshold);
    form->addRow(QString(),
                 hint(tr("Paragraphs at least this similar (0–1, default %1) are flagged as "
                         "near copies.")
                          .arg(QLocale().toString(defaults.dedup.nearThreshold)),
                      m_desk));
    form->addRow(tr("&Boilerplate length:"), m_boilerplate);
    form->addRow(QString(),
                 hint(tr("Shorter paragraphs (a lone byline, a slogan) are never flagged as "
                         "duplicates (default %1).")
                          .arg(defaults.dedup.minLength),
                      m_desk));
    form->addRow(tr("&Spelling language:"), m_language);
    if (!open || m_cache->isReadOnly()) {
        m_desk->setEnabled(false);
        form->addRow(QString(), hint(open ? tr("The archive is open read-only.")
                                          : tr("Open an archive to change its desk settings."),
                                     m_desk));
    } else {
        form->addRow(QString(), hint(tr("Used for pages imported from now on."), m_desk));
    }
    return m_desk;
}

void SettingsDialog::accept()
{
    if (m_cache && m_cache->isOpen() && !m_cache->isReadOnly()) {
        const QHash<QString, QString> values{
            {key(SettingsRepository::DuplicateThreshold),
             QString::number(m_threshold->value(), 'g', 3)},
            {key(SettingsRepository::DuplicateMinLength), QString::number(m_boilerplate->value())},
            {key(SettingsRepository::SpellingLanguage), m_language->currentText().trimmed()},
        };
        if (Status s = m_cache->setDeskSettings(values); !s) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Settings Not Saved"),
                                        tr("The desk settings could not be saved in the "
                                           "archive.\n\n%1")
                                            .arg(s.error()),
                                        QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return;
        }
    }
    AppSettings::setUserName(m_userName->text());
    AppSettings::setMaxImportMegabytes(m_maxImport->value());
    QDialog::accept();
}

} // namespace Copydesk
