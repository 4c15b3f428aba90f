// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/pagerepository.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;

// Opens and migrates archives; refuses what it must not touch.
class TestDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void freshArchiveHasCurrentSchema();
    void refusesWithoutChangingTheFile_data();
    void refusesWithoutChangingTheFile();
    void migratesTheFirstSchema();
    void firstSchemaStepIsFrozen();
    void readOnlyRefusesWrites();
    void rollbackLeavesNoPartialPage();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    // Runs SQL on a file through a plain connection, as another program would.
    static bool rawExec(const QString &file, const QStringList &statements);
    static QStringList rawQueryColumn(const QString &file, const QString &sql);
    static QStringList schemaOf(const QString &file);
    static QString loadFixture(const QString &file);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDatabase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        QSKIP("the Qt SQLite driver is not installed");
}

void TestDatabase::init() { m_dir = std::make_unique<QTemporaryDir>(); }

bool TestDatabase::rawExec(const QString &file, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(file);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &sql : statements) {
            if (ok && !sql.trimmed().isEmpty() && !q.exec(sql)) {
                qWarning() << sql << q.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return ok;
}

QStringList TestDatabase::rawQueryColumn(const QString &file, const QString &sql)
{
    QStringList out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("rawq"));
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql)) {
                while (q.next())
                    out << q.value(0).toString();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("rawq"));
    return out;
}

QStringList TestDatabase::schemaOf(const QString &file)
{
    return rawQueryColumn(file, QStringLiteral("SELECT type || ' ' || name || ': ' || "
                                               "coalesce(sql, '') FROM sqlite_master "
                                               "ORDER BY type, name"));
}

QString TestDatabase::loadFixture(const QString &file)
{
    const QString sql = QString::fromUtf8(TestSupport::readFile(
        TestSupport::sourceDir() + QStringLiteral("/tests/data/archives/schema-v1.sql")));
    QStringList statements;
    for (const QString &s : sql.split(QStringLiteral(";\n"))) {
        QStringList lines = s.split(QLatin1Char('\n'));
        lines.erase(std::remove_if(lines.begin(), lines.end(),
                                   [](const QString &l) { return l.startsWith(QLatin1String("--")); }),
                    lines.end());
        statements << lines.join(QLatin1Char('\n'));
    }
    return rawExec(file, statements) ? file : QString();
}

void TestDatabase::freshArchiveHasCurrentSchema()
{
    const QString file = path(QStringLiteral("fresh.sqlite"));
    auto db = Database::open(file);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QCOMPARE(db.value()->schemaVersion(), Database::CurrentSchemaVersion);
    QVERIFY(!db.value()->isReadOnly());
    db = Result<std::unique_ptr<Database>>::failure(QString()); // close
    QCOMPARE(rawQueryColumn(file, QStringLiteral("PRAGMA journal_mode")),
             QStringList{QStringLiteral("wal")});
    QCOMPARE(rawQueryColumn(file, QStringLiteral("PRAGMA user_version")),
             QStringList{QString::number(Database::CurrentSchemaVersion)});
    const QStringList tables = rawQueryColumn(
        file, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    for (const char *t : {"sources", "pages", "stories", "paragraphs", "flags", "revisions",
                          "decisions", "settings"})
        QVERIFY2(tables.contains(QLatin1String(t)), t);

    // Reopening an up-to-date archive changes nothing.
    auto again = Database::open(file);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(again.value()->schemaVersion(), Database::CurrentSchemaVersion);
}

void TestDatabase::refusesWithoutChangingTheFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("messageContains");
    QTest::newRow("text file") << "text" << "not a Copydesk archive";
    QTest::newRow("corrupt archive") << "corrupt" << "damaged";
    QTest::newRow("foreign sqlite database") << "foreign" << "not a Copydesk archive";
    QTest::newRow("newer archive") << "newer" << "newer Copydesk";
    QTest::newRow("folder") << "folder" << "folder";
}

void TestDatabase::refusesWithoutChangingTheFile()
{
    QFETCH(QString, kind);
    QFETCH(QString, messageContains);
    QString file = path(QStringLiteral("bad.sqlite"));
    if (kind == QLatin1String("text")) {
        QVERIFY(TestSupport::writeFile(file, "just some notes, not a database\n"));
    } else if (kind == QLatin1String("corrupt")) {
        {
            auto db = Database::open(file);
            QVERIFY(db.ok());
        }
        QByteArray bytes = TestSupport::readFile(file);
        QVERIFY(bytes.size() > 4096);
        for (int i = 100; i < bytes.size(); ++i)
            bytes[i] = char(0xA5 ^ (i & 0xFF));
        QVERIFY(TestSupport::writeFile(file, bytes));
    } else if (kind == QLatin1String("foreign")) {
        QVERIFY(rawExec(file, {QStringLiteral("CREATE TABLE contacts (name TEXT)"),
                               QStringLiteral("INSERT INTO contacts VALUES ('x')")}));
    } else if (kind == QLatin1String("newer")) {
        {
            auto db = Database::open(file);
            QVERIFY(db.ok());
        }
        QVERIFY(rawExec(file, {QStringLiteral("PRAGMA user_version = 99")}));
    } else if (kind == QLatin1String("folder")) {
        file = m_dir->path();
    }
    const QByteArray before = QFileInfo(file).isFile() ? TestSupport::readFile(file) : QByteArray();
    auto db = Database::open(file);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().contains(messageContains, Qt::CaseInsensitive), qPrintable(db.error()));
    QVERIFY2(db.error().contains(file), "the message names the file");
    if (QFileInfo(file).isFile())
        QCOMPARE(TestSupport::readFile(file), before);
}

void TestDatabase::migratesTheFirstSchema()
{
    const QString old = loadFixture(path(QStringLiteral("v1.sqlite")));
    QVERIFY(!old.isEmpty());
    QCOMPARE(rawQueryColumn(old, QStringLiteral("PRAGMA user_version")), QStringList{"1"});

    {
        auto db = Database::open(old);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(db.value()->schemaVersion(), Database::CurrentSchemaVersion);
        // The data written by the old build is all there.
        PageRepository pages(*db.value());
        auto page = pages.loadPage(1);
        QVERIFY2(page.ok(), qPrintable(page.error()));
        QCOMPARE(page->summary.source.fileName, QStringLiteral("old.txt"));
        QCOMPARE(page->stories.size(), 1);
        QCOMPARE(page->stories[0].summary.headline, QStringLiteral("旧标题"));
        QCOMPARE(page->stories[0].paragraphs.size(), 2);
        QCOMPARE(page->stories[0].flags.size(), 1);
        QCOMPARE(page->stories[0].flags[0].paragraph, 1);
        auto raw = pages.rawBytes(1);
        QVERIFY(raw.ok());
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(raw.value(), QCryptographicHash::Sha256).toHex());
        QCOMPARE(sha, page->summary.source.sha256);
    }

    // The upgraded schema is exactly the schema of a fresh archive.
    const QString fresh = path(QStringLiteral("fresh.sqlite"));
    {
        auto db = Database::open(fresh);
        QVERIFY(db.ok());
    }
    QCOMPARE(schemaOf(old), schemaOf(fresh));
}

void TestDatabase::firstSchemaStepIsFrozen()
{
    // Migration steps are history: the first step must still create what old builds wrote.
    const QString fixture = loadFixture(path(QStringLiteral("fixture.sqlite")));
    QVERIFY(!fixture.isEmpty());
    const QString stepOne = path(QStringLiteral("step1.sqlite"));
    {
        Database::Options options;
        options.migrateUpTo = 1;
        auto db = Database::open(stepOne, options);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(db.value()->schemaVersion(), 1);
    }
    QCOMPARE(schemaOf(stepOne), schemaOf(fixture));
}

void TestDatabase::readOnlyRefusesWrites()
{
    const QString file = path(QStringLiteral("ro.sqlite"));
    {
        auto db = Database::open(file);
        QVERIFY(db.ok());
    }
    const QByteArray before = TestSupport::readFile(file);
    Database::Options options;
    options.mode = Database::Mode::ReadOnly;
    auto db = Database::open(file, options);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QVERIFY(db.value()->isReadOnly());
    PageRepository pages(*db.value());
    QVERIFY(pages.pages().ok());
    PageDraft draft;
    draft.stories.push_back({});
    draft.stories[0].paragraphs.push_back({QStringLiteral("x"), {}});
    auto stored = pages.storeImport({QStringLiteral("a.txt"), "x", QStringLiteral("00"),
                                     QStringLiteral("UTF-8"), QStringLiteral("t")},
                                    QStringLiteral("x"), draft);
    QVERIFY(!stored.ok());
    QVERIFY2(stored.error().contains(QLatin1String("read-only")), qPrintable(stored.error()));
    QCOMPARE(TestSupport::readFile(file), before);

    // A missing file is not created by a read-only open.
    auto missing = Database::open(path(QStringLiteral("missing.sqlite")), options);
    QVERIFY(!missing.ok());
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("missing.sqlite"))));
}

void TestDatabase::rollbackLeavesNoPartialPage()
{
    auto db = Database::open(path(QStringLiteral("rollback.sqlite")));
    QVERIFY(db.ok());
    PageRepository pages(*db.value());

    PageDraft draft;
    StoryDraft good;
    good.headline = QStringLiteral("first story");
    good.paragraphs.push_back({QStringLiteral("stored before the failure"), {}});
    StoryDraft bad;
    bad.paragraphs.push_back({QStringLiteral("second"), {}});
    FlagDraft broken; // a flag without a kind violates NOT NULL halfway through the import
    broken.paragraph = 0;
    bad.flags.push_back(broken);
    draft.stories = {good, bad};

    const NewSource source{QStringLiteral("page.txt"), "bytes", QStringLiteral("abc"),
                           QStringLiteral("UTF-8"), QStringLiteral("tester")};
    auto stored = pages.storeImport(source, QStringLiteral("text"), draft);
    QVERIFY(!stored.ok());
    auto counts = pages.counts();
    QVERIFY(counts.ok());
    QCOMPARE(counts->pages, 0);
    QCOMPARE(counts->stories, 0);
    QCOMPARE(counts->paragraphs, 0);
    auto existing = pages.pageIdForSha256(QStringLiteral("abc"));
    QVERIFY(existing.ok());
    QVERIFY(!existing->has_value());

    // The same import without the broken flag succeeds afterwards: nothing was left locked.
    draft.stories[1].flags.clear();
    stored = pages.storeImport(source, QStringLiteral("text"), draft);
    QVERIFY2(stored.ok(), qPrintable(stored.error()));
    counts = pages.counts();
    QCOMPARE(counts->pages, 1);
    QCOMPARE(counts->stories, 2);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
