// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"
#include "models/archivecache.h"
#include "settingsdialog.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;

// The desk settings part of the Settings dialog: kept in the archive (SettingsRepository)
// next to the editor's own preferences in QSettings. (tst_settingsdialog covers the latter.)
class TestDeskSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void defaultsWhenNothingIsStored();
    void acceptStoresBoth();
    void readOnlyArchiveLocksDeskSettings();
    void noArchiveLocksDeskSettings();

private:
    QString stored(const char *key) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_archive;
};

void TestDeskSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        QSKIP("The Qt SQLite driver is not installed");
}

void TestDeskSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir->filePath(QStringLiteral("settings")));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir->filePath(QStringLiteral("settings")));
    QSettings().clear();
    m_archive = m_dir->filePath(QStringLiteral("archive.sqlite"));
}

QString TestDeskSettings::stored(const char *key) const
{
    auto db = Database::open(m_archive);
    return db ? SettingsRepository(*db.value()).value(QString::fromLatin1(key)) : QString();
}

void TestDeskSettings::defaultsWhenNothingIsStored()
{
    ArchiveCache cache;
    QVERIFY(cache.open(m_archive, Database::Mode::ReadWrite).ok());
    SettingsDialog dialog(&cache);
    QCOMPARE(dialog.findChild<QDoubleSpinBox *>(QStringLiteral("duplicateThresholdSpin"))->value(),
             0.6);
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("boilerplateLengthSpin"))->value(), 24);
    QVERIFY(!dialog.findChild<QComboBox *>(QStringLiteral("spellingLanguageCombo"))
                 ->currentText()
                 .isEmpty());
    QVERIFY(dialog.findChild<QGroupBox *>(QStringLiteral("deskSettingsGroup"))->isEnabled());
}

void TestDeskSettings::acceptStoresBoth()
{
    ArchiveCache cache;
    QVERIFY(cache.open(m_archive, Database::Mode::ReadWrite).ok());
    SettingsDialog dialog(&cache);
    dialog.findChild<QLineEdit *>(QStringLiteral("userNameEdit"))
        ->setText(QStringLiteral("李编辑"));
    dialog.findChild<QDoubleSpinBox *>(QStringLiteral("duplicateThresholdSpin"))->setValue(0.75);
    dialog.findChild<QSpinBox *>(QStringLiteral("boilerplateLengthSpin"))->setValue(30);
    dialog.findChild<QComboBox *>(QStringLiteral("spellingLanguageCombo"))
        ->setCurrentText(QStringLiteral("en_GB"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    QCOMPARE(AppSettings::userName(), QStringLiteral("李编辑"));
    QCOMPARE(stored(SettingsRepository::DuplicateThreshold).toDouble(), 0.75);
    QCOMPARE(stored(SettingsRepository::DuplicateMinLength), QStringLiteral("30"));
    QCOMPARE(stored(SettingsRepository::SpellingLanguage), QStringLiteral("en_GB"));

    // Shown again as stored.
    SettingsDialog again(&cache);
    QCOMPARE(again.findChild<QDoubleSpinBox *>(QStringLiteral("duplicateThresholdSpin"))->value(),
             0.75);
    QCOMPARE(again.findChild<QSpinBox *>(QStringLiteral("boilerplateLengthSpin"))->value(), 30);
    QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("spellingLanguageCombo"))->currentText(),
             QStringLiteral("en_GB"));
}

void TestDeskSettings::readOnlyArchiveLocksDeskSettings()
{
    {
        ArchiveCache create;
        QVERIFY(create.open(m_archive, Database::Mode::ReadWrite).ok());
    }
    ArchiveCache cache;
    QVERIFY(cache.open(m_archive, Database::Mode::ReadOnly).ok());
    SettingsDialog dialog(&cache);
    QVERIFY(!dialog.findChild<QGroupBox *>(QStringLiteral("deskSettingsGroup"))->isEnabled());
    dialog.findChild<QLineEdit *>(QStringLiteral("userNameEdit"))->setText(QStringLiteral("ann"));
    dialog.accept();
    QCOMPARE(AppSettings::userName(), QStringLiteral("ann"));
    QVERIFY(stored(SettingsRepository::DuplicateThreshold).isEmpty());
}

void TestDeskSettings::noArchiveLocksDeskSettings()
{
    SettingsDialog dialog;
    QVERIFY(!dialog.findChild<QGroupBox *>(QStringLiteral("deskSettingsGroup"))->isEnabled());
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("boilerplateLengthSpin"))->value(), 24);
}

QTEST_MAIN(TestDeskSettings)
#include "tst_desksettings.moc"
