// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/importjob.h"
#include "proofing/erratacheck.h"
#include "storage/database.h"
#include "storage/erratarepository.h"
#include "storage/pagerepository.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;

// The house errata table: grows with "always" corrections, checked on every later page.
class TestErrataRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void addReplaceRemove();
    void laterImportsAreChecked();
    void readOnlyArchiveRefuses();

private:
    std::unique_ptr<Database> open(Database::Mode mode = Database::Mode::ReadWrite);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_archive;
};

void TestErrataRepository::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestErrataRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_archive = m_dir->filePath(QStringLiteral("a.sqlite"));
}

std::unique_ptr<Database> TestErrataRepository::open(Database::Mode mode)
{
    Database::Options options;
    options.mode = mode;
    auto db = Database::open(m_archive, options);
    return db ? std::move(db).value() : nullptr;
}

void TestErrataRepository::addReplaceRemove()
{
    auto db = open();
    const ErrataRepository errata(*db);
    QVERIFY(
        errata.addErratum(QStringLiteral("既使"), QStringLiteral("即便"), QStringLiteral("ann")));
    QVERIFY(errata.addErratum(QStringLiteral("再接再励"), QStringLiteral("再接再厉"), {}));
    QVERIFY(
        errata.addErratum(QStringLiteral("既使"), QStringLiteral("即使"), QStringLiteral("bob")));
    QVERIFY(!errata.addErratum(QString(), QStringLiteral("x"), {}).ok());
    QVERIFY(!errata.addErratum(QStringLiteral("同"), QStringLiteral("同"), {}).ok());
    auto all = errata.errata();
    QVERIFY2(all.ok(), qPrintable(all.error()));
    QCOMPARE(all->size(), 2);
    const auto it = std::find_if(all->cbegin(), all->cend(), [](const ErratumRecord &e) {
        return e.wrong == QStringLiteral("既使");
    });
    QVERIFY(it != all->cend());
    QCOMPARE(it->right, QStringLiteral("即使"));
    QCOMPARE(it->addedBy, QStringLiteral("bob"));
    QVERIFY(it->addedAt.isValid());
    QVERIFY(errata.removeErratum(QStringLiteral("既使")));
    QCOMPARE(errata.errata()->size(), 1);
}

void TestErrataRepository::laterImportsAreChecked()
{
    QVERIFY(ErrataRepository(*open()).addErratum(
        QStringLiteral("再接再励"), QStringLiteral("再接再厉"), QStringLiteral("proofreader")));
    ImportParams params;
    params.archivePath = m_archive;
    params.inputs.push_back({QStringLiteral("p.txt"), QString(),
                             QStringLiteral("全体队员表示将再接再励，争取更好成绩。\n").toUtf8()});
    const ImportReport report = ImportJob::run(params);
    QVERIFY(report.allSucceeded());
    auto db = open();
    auto page = PageRepository(*db).loadPage(report.outcomes[0].pageId);
    QVERIFY(page.ok());
    QStringList found;
    for (const StoryRecord &story : page->stories) {
        for (const FlagRecord &f : story.flags) {
            if (f.kind == QLatin1String(Proofing::ErrataCheck::Kind))
                found << f.text + QStringLiteral("->") + f.suggestion;
        }
    }
    QCOMPARE(found, QStringList{QStringLiteral("再接再励->再接再厉")});
}

void TestErrataRepository::readOnlyArchiveRefuses()
{
    QVERIFY(open());
    auto db = open(Database::Mode::ReadOnly);
    QVERIFY(!ErrataRepository(*db).addErratum(QStringLiteral("a"), QStringLiteral("b"), {}).ok());
    QVERIFY(ErrataRepository(*db).errata().ok());
}

QTEST_GUILESS_MAIN(TestErrataRepository)
#include "tst_erratarepository.moc"
