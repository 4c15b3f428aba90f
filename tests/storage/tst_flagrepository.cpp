// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dedup/fingerprint.h"
#include "jobs/importjob.h"
#include "storage/database.h"
#include "storage/duplicaterepository.h"
#include "storage/flagrepository.h"
#include "storage/pagerepository.h"
#include "storage/storyrepository.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;

namespace {
// Full-width commas: these tests are about duplicate flags, not punctuation ones.
const QString kOriginal = QStringLiteral(
    "港口管理局表示，新码头的第一期工程已经完成验收，下个月起可以停靠万吨级货轮，预计每年新增吞吐量"
    "三百万吨。");
const QString kOther = QStringLiteral(
    "本次展览共展出近百件青年艺术家的作品，涵盖油画、版画和装置艺术，展期持续到年底。");
} // namespace

// Proofreaders' decisions on duplicate flags: persisted, attributed, reversible.
class TestFlagRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void queueShowsBothSides();
    void acceptRemovesTheCopyAndReopenRestoresIt();
    void dismissRemembersThePair();
    void swapMakesTheOtherTheCopy();
    void decisionsSurviveReopeningTheArchive();
    void readOnlyArchiveRefusesDecisions();

private:
    std::unique_ptr<Database> open();
    qint64 onlyFlag();
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_archive;
};

void TestFlagRepository::initTestCase() { QStandardPaths::setTestModeEnabled(true); }

void TestFlagRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_archive = m_dir->filePath(QStringLiteral("a.sqlite"));
    ImportParams params;
    params.archivePath = m_archive;
    params.user = QStringLiteral("editor");
    params.inputs.push_back({QStringLiteral("p.txt"), QString(),
                             (kOriginal + QStringLiteral("\n\n") + kOther + QStringLiteral("\n\n")
                              + kOriginal)
                                 .toUtf8()});
    QVERIFY(ImportJob::run(params).allSucceeded());
}

std::unique_ptr<Database> TestFlagRepository::open()
{
    auto db = Database::open(m_archive);
    return db ? std::move(db).value() : nullptr;
}

qint64 TestFlagRepository::onlyFlag()
{
    auto db = open();
    auto queue = FlagRepository(*db).reviewQueue({});
    return queue && queue->size() == 1 ? queue->at(0).flag.id : -1;
}

void TestFlagRepository::queueShowsBothSides()
{
    auto db = open();
    auto queue = FlagRepository(*db).reviewQueue({});
    QVERIFY2(queue.ok(), qPrintable(queue.error()));
    QCOMPARE(queue->size(), 1);
    const ReviewItem &r = queue->at(0);
    QCOMPARE(r.flag.status, QStringLiteral("open"));
    QCOMPARE(r.flag.paragraph, 2);
    QCOMPARE(r.copyText, kOriginal);
    QCOMPARE(r.originalText, kOriginal);
    QCOMPARE(r.flag.duplicateOf->paragraph, 0);
    QVERIFY(r.pageImportedAt.isValid());
    ReviewFilter accepted;
    accepted.status = QStringLiteral("accepted");
    QCOMPARE(FlagRepository(*db).reviewQueue(accepted)->size(), 0);
    ReviewFilter otherPage;
    otherPage.pageId = 99;
    QCOMPARE(FlagRepository(*db).reviewQueue(otherPage)->size(), 0);
}

void TestFlagRepository::acceptRemovesTheCopyAndReopenRestoresIt()
{
    const qint64 id = onlyFlag();
    auto db = open();
    FlagRepository flags(*db);
    QVERIFY(flags.accept(id, QStringLiteral("proofreader")).ok());
    auto page = PageRepository(*db).loadPage(1);
    QCOMPARE(page->stories[0].paragraphs.size(), 2);
    const FlagRecord f = page->stories[0].flags[0];
    QCOMPARE(f.status, QStringLiteral("accepted"));
    QCOMPARE(f.paragraph, -1); // gone from the story: the flag keeps its text
    QCOMPARE(f.text, kOriginal);
    QCOMPARE(f.decidedBy, QStringLiteral("proofreader"));
    QVERIFY(f.decidedAt.isValid());
    auto revisions = StoryRepository(*db).revisions(page->stories[0].summary.id);
    QCOMPARE(revisions->last().action, QStringLiteral("remove duplicate"));
    QCOMPARE(revisions->last().author, QStringLiteral("proofreader"));
    QVERIFY(!flags.accept(id, QStringLiteral("proofreader")).ok()); // decided once

    QVERIFY(flags.reopen(id, QStringLiteral("proofreader")).ok());
    page = PageRepository(*db).loadPage(1);
    QCOMPARE(page->stories[0].paragraphs.size(), 3);
    QCOMPARE(page->stories[0].paragraphs[2].text, kOriginal);
    QCOMPARE(page->stories[0].flags[0].status, QStringLiteral("open"));
}

void TestFlagRepository::dismissRemembersThePair()
{
    const qint64 id = onlyFlag();
    auto db = open();
    FlagRepository flags(*db);
    QVERIFY(flags.dismiss(id, QStringLiteral("proofreader")).ok());
    {
        const qint64 hash = Dedup::contentHash(Dedup::fingerprint(kOriginal));
        QCOMPARE(DuplicateRepository(*db).dismissedPairs({hash})->size(), 1);
    }
    auto item = flags.reviewItem(id);
    QCOMPARE(item->flag.status, QStringLiteral("dismissed"));
    auto page = PageRepository(*db).loadPage(1);
    QCOMPARE(page->stories[0].paragraphs.size(), 3); // both kept
    // The same pair on a new page is not flagged again.
    ImportParams params;
    params.archivePath = m_archive;
    params.inputs.push_back({QStringLiteral("q.txt"), QString(), kOriginal.toUtf8()});
    db.reset();
    const auto report = ImportJob::run(params);
    QVERIFY(report.allSucceeded());
    db = open();
    QCOMPARE(PageRepository(*db).loadPage(report.outcomes[0].pageId)->stories[0].flags.size(), 0);
    // Reopening forgets the pair.
    QVERIFY(FlagRepository(*db).reopen(id, QStringLiteral("proofreader")).ok());
    const qint64 hash = Dedup::contentHash(Dedup::fingerprint(kOriginal));
    auto pairs = DuplicateRepository(*db).dismissedPairs({hash});
    QVERIFY(pairs.ok());
    QVERIFY(pairs->isEmpty());
}

void TestFlagRepository::swapMakesTheOtherTheCopy()
{
    const qint64 id = onlyFlag();
    auto db = open();
    FlagRepository flags(*db);
    QVERIFY(flags.swap(id, QStringLiteral("proofreader")).ok());
    auto item = flags.reviewItem(id);
    QCOMPARE(item->flag.paragraph, 0);
    QCOMPARE(item->flag.duplicateOf->paragraph, 2);
    QCOMPARE(item->flag.status, QStringLiteral("open"));
    QVERIFY(flags.accept(id, QStringLiteral("proofreader")).ok());
    auto page = PageRepository(*db).loadPage(1);
    QCOMPARE(page->stories[0].paragraphs.size(), 2);
    QCOMPARE(page->stories[0].paragraphs[0].text, kOther);
}

void TestFlagRepository::decisionsSurviveReopeningTheArchive()
{
    const qint64 id = onlyFlag();
    {
        auto db = open();
        QVERIFY(FlagRepository(*db).accept(id, QStringLiteral("proofreader")).ok());
    }
    auto db = open();
    auto item = FlagRepository(*db).reviewItem(id);
    QCOMPARE(item->flag.status, QStringLiteral("accepted"));
    QCOMPARE(item->flag.decidedBy, QStringLiteral("proofreader"));
    QCOMPARE(PageRepository(*db).counts()->paragraphs, 2);
}

void TestFlagRepository::readOnlyArchiveRefusesDecisions()
{
    const qint64 id = onlyFlag();
    Database::Options options;
    options.mode = Database::Mode::ReadOnly;
    auto db = Database::open(m_archive, options);
    QVERIFY(db.ok());
    QVERIFY(!FlagRepository(*db.value()).accept(id, QStringLiteral("p")).ok());
}

QTEST_GUILESS_MAIN(TestFlagRepository)
#include "tst_flagrepository.moc"
