// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/archivecache.h"
#include "proofing/housestyle.h"
#include "settingsdialog.h"
#include "storage/database.h"
#include "storage/styleprofilerepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;
using Proofing::HouseStyleProfile;

// The house-style section of the Settings dialog: the desk's profile, kept in the archive.
class TestHouseStyleSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void newProfileBecomesTheDesks();
    void pickingAProfileShowsItsOptions();
    void clearingTheNameLeavesNoHouseStyle();
    void readOnlyArchiveLocksTheSection();

private:
    std::optional<StyleProfileRecord> deskProfile() const;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_archive;
};

void TestHouseStyleSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        QSKIP("The Qt SQLite driver is not installed");
}

void TestHouseStyleSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir->filePath(QStringLiteral("settings")));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir->filePath(QStringLiteral("settings")));
    m_archive = m_dir->filePath(QStringLiteral("archive.sqlite"));
}

std::optional<StyleProfileRecord> TestHouseStyleSettings::deskProfile() const
{
    auto db = Database::open(m_archive);
    if (!db)
        return std::nullopt;
    auto profile = StyleProfileRepository(*db.value()).defaultProfile();
    return profile ? profile.value() : std::nullopt;
}

void TestHouseStyleSettings::newProfileBecomesTheDesks()
{
    ArchiveCache cache;
    QVERIFY(cache.open(m_archive, Database::Mode::ReadWrite).ok());
    SettingsDialog dialog(&cache);
    auto *profile = dialog.findChild<QComboBox *>(QStringLiteral("styleProfileCombo"));
    QVERIFY(profile);
    QVERIFY(profile->currentText().isEmpty()); // no house style yet
    profile->setEditText(QStringLiteral("Evening News Online"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("webCopyPresetButton")),
                      Qt::LeftButton);
    dialog.findChild<QCheckBox *>(QStringLiteral("applyOnImportCheck"))->setChecked(true);
    dialog.findChild<QCheckBox *>(QStringLiteral("cornerBracketsCheck"))->setChecked(true);
    dialog.accept();

    const auto stored = deskProfile();
    QVERIFY(stored.has_value());
    QCOMPARE(stored->name, QStringLiteral("Evening News Online"));
    const HouseStyleProfile p = HouseStyleProfile::fromJson(stored->name, stored->settings);
    QCOMPARE(p.cjkLatinSpacing, HouseStyleProfile::Spacing::Insert);
    QVERIFY(p.applyOnImport);
    QVERIFY(p.cornerBracketsToQuotes);
    QVERIFY(p.fullWidthPunctuation);
}

void TestHouseStyleSettings::pickingAProfileShowsItsOptions()
{
    {
        auto db = Database::open(m_archive);
        QVERIFY(db.ok());
        HouseStyleProfile keep = HouseStyleProfile::newspaper();
        keep.curlyQuotes = false;
        keep.cjkLatinSpacing = HouseStyleProfile::Spacing::Keep;
        QVERIFY(
            StyleProfileRepository(*db.value())
                .save(QStringLiteral("Daily"), HouseStyleProfile::newspaper().toJson(), {}, true));
        QVERIFY(
            StyleProfileRepository(*db.value()).save(QStringLiteral("Weekly"), keep.toJson(), {}));
    }
    ArchiveCache cache;
    QVERIFY(cache.open(m_archive, Database::Mode::ReadWrite).ok());
    SettingsDialog dialog(&cache);
    auto *profile = dialog.findChild<QComboBox *>(QStringLiteral("styleProfileCombo"));
    auto *quotes = dialog.findChild<QCheckBox *>(QStringLiteral("curlyQuotesCheck"));
    QCOMPARE(profile->currentText(), QStringLiteral("Daily"));
    QVERIFY(quotes->isChecked());
    const int weekly = profile->findText(QStringLiteral("Weekly"));
    profile->setCurrentIndex(weekly);
    Q_EMIT profile->activated(weekly);
    QVERIFY(!quotes->isChecked());
    QCOMPARE(dialog.houseStyle().cjkLatinSpacing, HouseStyleProfile::Spacing::Keep);
    dialog.accept();
    QCOMPARE(deskProfile()->name, QStringLiteral("Weekly")); // the desk's now
    QVERIFY(!HouseStyleProfile::fromJson({}, deskProfile()->settings).curlyQuotes);
}

void TestHouseStyleSettings::clearingTheNameLeavesNoHouseStyle()
{
    {
        auto db = Database::open(m_archive);
        QVERIFY(
            StyleProfileRepository(*db.value())
                .save(QStringLiteral("Daily"), HouseStyleProfile::newspaper().toJson(), {}, true));
    }
    ArchiveCache cache;
    QVERIFY(cache.open(m_archive, Database::Mode::ReadWrite).ok());
    SettingsDialog dialog(&cache);
    dialog.findChild<QComboBox *>(QStringLiteral("styleProfileCombo"))->setEditText(QString());
    dialog.accept();
    QVERIFY(!deskProfile().has_value());
}

void TestHouseStyleSettings::readOnlyArchiveLocksTheSection()
{
    QVERIFY(Database::open(m_archive).ok());
    ArchiveCache cache;
    QVERIFY(cache.open(m_archive, Database::Mode::ReadOnly).ok());
    SettingsDialog dialog(&cache);
    QVERIFY(!dialog.findChild<QGroupBox *>(QStringLiteral("houseStyleGroup"))->isEnabled());
    SettingsDialog none;
    QVERIFY(!none.findChild<QGroupBox *>(QStringLiteral("houseStyleGroup"))->isEnabled());
}

QTEST_MAIN(TestHouseStyleSettings)
#include "tst_housestylesettings.moc"
