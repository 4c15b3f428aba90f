// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"
#include "common/version.h"
#include "settingsdialog.h"

#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void defaults();
    void acceptStores();
    void rejectKeeps();
    void recentArchivesAreCapped();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSettingsDialog::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir->path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir->path());
    QSettings().clear();
}

void TestSettingsDialog::defaults()
{
    QCOMPARE(AppSettings::userName(), currentUserName());
    QCOMPARE(AppSettings::maxImportBytes(), qint64(256) * 1024 * 1024);
    SettingsDialog dialog;
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("userNameEdit"));
    auto *size = dialog.findChild<QSpinBox *>(QStringLiteral("maxImportSizeSpin"));
    QVERIFY(name && size);
    QCOMPARE(name->text(), currentUserName());
    QCOMPARE(size->value(), 256);
}

void TestSettingsDialog::acceptStores()
{
    SettingsDialog dialog;
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("userNameEdit"));
    auto *size = dialog.findChild<QSpinBox *>(QStringLiteral("maxImportSizeSpin"));
    QVERIFY(name && size);
    name->clear();
    QTest::keyClicks(name, QStringLiteral("night desk"));
    size->setValue(12);
    dialog.accept();
    QCOMPARE(AppSettings::userName(), QStringLiteral("night desk"));
    QCOMPARE(AppSettings::maxImportBytes(), qint64(12) * 1024 * 1024);

    // An empty name falls back to the login name.
    SettingsDialog again;
    again.findChild<QLineEdit *>(QStringLiteral("userNameEdit"))->clear();
    again.accept();
    QCOMPARE(AppSettings::userName(), currentUserName());
}

void TestSettingsDialog::rejectKeeps()
{
    SettingsDialog dialog;
    dialog.findChild<QLineEdit *>(QStringLiteral("userNameEdit"))->setText(QStringLiteral("x"));
    dialog.findChild<QSpinBox *>(QStringLiteral("maxImportSizeSpin"))->setValue(3);
    dialog.reject();
    QCOMPARE(AppSettings::userName(), currentUserName());
    QCOMPARE(AppSettings::maxImportMegabytes(), 256);
}

void TestSettingsDialog::recentArchivesAreCapped()
{
    for (int i = 0; i < AppSettings::MaxRecentArchives + 3; ++i)
        AppSettings::addRecentArchive(m_dir->filePath(QStringLiteral("a%1.sqlite").arg(i)));
    AppSettings::addRecentArchive(m_dir->filePath(QStringLiteral("a5.sqlite")));
    const QStringList recent = AppSettings::recentArchives();
    QCOMPARE(recent.size(), AppSettings::MaxRecentArchives);
    QCOMPARE(recent.first(), m_dir->filePath(QStringLiteral("a5.sqlite")));
    QCOMPARE(recent.count(m_dir->filePath(QStringLiteral("a5.sqlite"))), 1);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
