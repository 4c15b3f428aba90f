// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "appsettings.h"
#include "common/version.h"
#include "jobs/importjob.h"
#include "models/archivecache.h"
#include "storage/settingsrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
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
    layout->addWidget(createHouseStyleGroup());
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

QGroupBox *SettingsDialog::createHouseStyleGroup()
{
    using Proofing::HouseStyleProfile;
    m_houseStyle = new QGroupBox(tr("House style of this desk"), this);
    m_houseStyle->setObjectName(QStringLiteral("houseStyleGroup"));

    m_profile = new QComboBox(m_houseStyle);
    m_profile->setObjectName(QStringLiteral("styleProfileCombo"));
    m_profile->setEditable(true);
    m_profile->setInsertPolicy(QComboBox::NoInsert);
    m_profile->lineEdit()->setPlaceholderText(tr("None: no house style"));
    m_profile->setToolTip(tr("One profile per publication. Pick one or type a new name; the "
                             "profile chosen here is the desk's."));

    const auto check = [this](const QString &name, const QString &text) {
        auto *box = new QCheckBox(text, m_houseStyle);
        box->setObjectName(name);
        return box;
    };
    m_fullWidth = check(QStringLiteral("fullWidthPunctuationCheck"),
                        tr("&Full-width ，。：；？！（） in Chinese text (GB/T 15834-2011; never "
                           "in numbers or codes)"));
    m_ellipsisDash = check(QStringLiteral("ellipsisDashCheck"),
                           tr("&Ellipsis …… and dash —— (from ..., ---, ……… and the like)"));
    m_curlyQuotes =
        check(QStringLiteral("curlyQuotesCheck"), tr("&Quotation marks “” and ‘’ in Chinese text"));
    m_cornerBrackets =
        check(QStringLiteral("cornerBracketsCheck"), tr("Write 「」 and 『』 as “” and ‘’"));
    m_collapseSpaces = check(QStringLiteral("collapseSpacesCheck"), tr("Collapse &doubled spaces"));
    m_applyOnImport = check(QStringLiteral("applyOnImportCheck"),
                            tr("Apply to every &imported page (each change is recorded and can "
                               "be reverted)"));
    m_spacing = new QComboBox(m_houseStyle);
    m_spacing->setObjectName(QStringLiteral("cjkLatinSpacingCombo"));
    m_spacing->addItem(tr("No space (newspaper)"), int(HouseStyleProfile::Spacing::Remove));
    m_spacing->addItem(tr("One space (web copy)"), int(HouseStyleProfile::Spacing::Insert));
    m_spacing->addItem(tr("Leave as typed"), int(HouseStyleProfile::Spacing::Keep));

    auto *newspaper = new QPushButton(tr("&Newspaper Defaults"), m_houseStyle);
    newspaper->setObjectName(QStringLiteral("newspaperPresetButton"));
    auto *web = new QPushButton(tr("&Web Copy Defaults"), m_houseStyle);
    web->setObjectName(QStringLiteral("webCopyPresetButton"));
    for (auto [button, preset] : {std::pair{newspaper, HouseStyleProfile::newspaper()},
                                  std::pair{web, HouseStyleProfile::webCopy()}}) {
        connect(button, &QPushButton::clicked, this, [this, preset] {
            HouseStyleProfile p = preset;
            p.applyOnImport = m_applyOnImport->isChecked();
            showHouseStyle(p);
        });
    }
    auto *presets = new QHBoxLayout;
    presets->addWidget(newspaper);
    presets->addWidget(web);
    presets->addStretch();

    const bool open = m_cache && m_cache->isOpen();
    m_initialStyle = HouseStyleProfile::newspaper();
    if (open) {
        for (const StyleProfileRecord &r : m_cache->styleProfiles()) {
            m_profile->addItem(r.name, r.settings);
            if (r.isDefault) {
                m_initialProfile = r.name;
                m_initialStyle = HouseStyleProfile::fromJson(r.name, r.settings);
            }
        }
    }
    m_profile->setCurrentIndex(m_profile->findText(m_initialProfile));
    if (m_initialProfile.isEmpty())
        m_profile->setEditText(QString());
    showHouseStyle(m_initialStyle);
    connect(m_profile, &QComboBox::activated, this, &SettingsDialog::handleProfileChosen);

    auto *form = new QFormLayout(m_houseStyle);
    form->addRow(tr("&Profile:"), m_profile);
    form->addRow(m_fullWidth);
    form->addRow(m_ellipsisDash);
    form->addRow(m_curlyQuotes);
    form->addRow(m_cornerBrackets);
    form->addRow(tr("Between Chinese and &Latin or digits:"), m_spacing);
    form->addRow(m_collapseSpaces);
    form->addRow(m_applyOnImport);
    form->addRow(presets);
    if (!open || m_cache->isReadOnly()) {
        m_houseStyle->setEnabled(false);
    } else {
        form->addRow(QString(), hint(tr("The proofreader flags what the profile asks for; the "
                                        "editor applies it on demand."),
                                     m_houseStyle));
    }
    return m_houseStyle;
}

void SettingsDialog::showHouseStyle(const Proofing::HouseStyleProfile &p)
{
    m_fullWidth->setChecked(p.fullWidthPunctuation);
    m_ellipsisDash->setChecked(p.ellipsisAndDash);
    m_curlyQuotes->setChecked(p.curlyQuotes);
    m_cornerBrackets->setChecked(p.cornerBracketsToQuotes);
    m_collapseSpaces->setChecked(p.collapseSpaces);
    m_applyOnImport->setChecked(p.applyOnImport);
    m_spacing->setCurrentIndex(std::max(0, m_spacing->findData(int(p.cjkLatinSpacing))));
}

void SettingsDialog::handleProfileChosen(int index)
{
    if (index < 0)
        return;
    showHouseStyle(Proofing::HouseStyleProfile::fromJson(m_profile->itemText(index),
                                                         m_profile->itemData(index).toByteArray()));
}

Proofing::HouseStyleProfile SettingsDialog::houseStyle() const
{
    Proofing::HouseStyleProfile p;
    p.name = m_profile->currentText().trimmed();
    p.fullWidthPunctuation = m_fullWidth->isChecked();
    p.ellipsisAndDash = m_ellipsisDash->isChecked();
    p.curlyQuotes = m_curlyQuotes->isChecked();
    p.cornerBracketsToQuotes = m_cornerBrackets->isChecked();
    p.collapseSpaces = m_collapseSpaces->isChecked();
    p.applyOnImport = m_applyOnImport->isChecked();
    p.cjkLatinSpacing = Proofing::HouseStyleProfile::Spacing(m_spacing->currentData().toInt());
    return p;
}

// Stores the profile shown (as the desk's) when anything about it changed.
Status SettingsDialog::saveHouseStyle()
{
    const Proofing::HouseStyleProfile chosen = houseStyle();
    if (chosen.name.isEmpty())
        return m_initialProfile.isEmpty() ? success() : m_cache->setDefaultStyleProfile(QString());
    Proofing::HouseStyleProfile before = m_initialStyle;
    before.name = m_initialProfile;
    if (chosen == before)
        return success();
    return m_cache->saveStyleProfile(chosen.name, chosen.toJson(), AppSettings::userName(), true);
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
        Status s = m_cache->setDeskSettings(values);
        if (s)
            s = saveHouseStyle();
        if (!s) {
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
