// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/themerepository.h"
#include "testsupport.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;

// copydesk-cli themes: list, add, rename, merge and retire, checked in the archive.
class TestThemesCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void listsTheSeededTopics();
    void addRenameMergeRetire();
    void refusalsExitNonZero_data();
    void refusalsExitNonZero();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run cli(QStringList args) const;
    const ThemeRecord *find(const QVector<ThemeRecord> &themes, const QString &code) const;
    QVector<ThemeRecord> stored() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestThemesCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestThemesCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(QStringLiteral("a.sqlite"));
    QCOMPARE(cli({QStringLiteral("import"), TestSupport::samplePagePath()}).exitCode, 0);
}

TestThemesCli::Run TestThemesCli::cli(QStringList args) const
{
    args.insert(1, QStringLiteral("--db"));
    args.insert(2, m_db);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("xdg")));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("LC_ALL"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(COPYDESK_CLI_PATH), args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QVector<ThemeRecord> TestThemesCli::stored() const
{
    auto db = Database::open(m_db);
    if (!db)
        return {};
    auto themes = ThemeRepository(*db.value()).themes();
    return themes ? themes.value() : QVector<ThemeRecord>();
}

const ThemeRecord *TestThemesCli::find(const QVector<ThemeRecord> &themes,
                                       const QString &code) const
{
    for (const ThemeRecord &t : themes) {
        if (t.code == code)
            return &t;
    }
    return nullptr;
}

void TestThemesCli::listsTheSeededTopics()
{
    const Run r = cli({QStringLiteral("themes")});
    QCOMPARE(r.exitCode, 0);
    int topics = 0;
    for (const QString &line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QLatin1String("medtop:")))
            ++topics;
        else
            QVERIFY2(line.startsWith(QLatin1String("  desk:")), qPrintable(line));
    }
    QCOMPARE(topics, 17);
    QVERIFY(r.out.contains(QStringLiteral("medtop:06000000\t环境\tenvironment")));
}

void TestThemesCli::addRenameMergeRetire()
{
    Run r = cli({QStringLiteral("themes"), QStringLiteral("add"), QStringLiteral("--under"),
                 QStringLiteral("medtop:11000000"), QStringLiteral("--name"),
                 QStringLiteral("海洋治理"), QStringLiteral("--english"),
                 QStringLiteral("Ocean governance"), QStringLiteral("--keywords"),
                 QStringLiteral("湾长制，海洋督察")});
    QCOMPARE(r.exitCode, 0);
    const QString code = r.out.trimmed();
    QCOMPARE(code, QStringLiteral("desk:ocean-governance"));
    QCOMPARE(find(stored(), code)->keywords,
             (QStringList{QStringLiteral("湾长制"), QStringLiteral("海洋督察")}));

    r = cli({QStringLiteral("themes"), QStringLiteral("rename"), code, QStringLiteral("--name"),
             QStringLiteral("海洋管理"), QStringLiteral("--keywords"), QStringLiteral("湾长制")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(find(stored(), code)->labelZh, QStringLiteral("海洋管理"));
    QCOMPARE(find(stored(), code)->keywords, QStringList{QStringLiteral("湾长制")});

    const QString target = QStringLiteral("desk:united-front");
    r = cli({QStringLiteral("themes"), QStringLiteral("merge"), code, target});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(find(stored(), code)->mergedInto, target);
    QVERIFY(find(stored(), target)->keywords.contains(QStringLiteral("湾长制")));
    QVERIFY(!cli({QStringLiteral("themes")}).out.contains(code));
    QVERIFY(cli({QStringLiteral("themes"), QStringLiteral("--all")}).out.contains(code));

    r = cli({QStringLiteral("themes"), QStringLiteral("retire"), target});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(find(stored(), target)->retired);
}

void TestThemesCli::refusalsExitNonZero_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("unknown action") << QStringList{QStringLiteral("themes"), QStringLiteral("drop")}
                                    << 2;
    QTest::newRow("merge needs two codes")
        << QStringList{QStringLiteral("themes"), QStringLiteral("merge"), QStringLiteral("x")}
        << 2;
    QTest::newRow("add needs a topic")
        << QStringList{QStringLiteral("themes"), QStringLiteral("add"), QStringLiteral("--name"),
                       QStringLiteral("新")}
        << 2;
    QTest::newRow("topics stay") << QStringList{QStringLiteral("themes"),
                                                QStringLiteral("retire"),
                                                QStringLiteral("medtop:01000000")}
                                 << 1;
    QTest::newRow("unknown theme") << QStringList{QStringLiteral("themes"),
                                                  QStringLiteral("retire"),
                                                  QStringLiteral("desk:nothing")}
                                   << 1;
}

void TestThemesCli::refusalsExitNonZero()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    const QVector<ThemeRecord> before = stored();
    const Run r = cli(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(!r.err.isEmpty());
    const QVector<ThemeRecord> after = stored();
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < after.size(); ++i)
        QCOMPARE(after[i].retired, before[i].retired);
}

QTEST_GUILESS_MAIN(TestThemesCli)
#include "tst_themescli.moc"
