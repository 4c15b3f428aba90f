// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dedup/fingerprint.h"
#include "jobs/importjob.h"
#include "storage/database.h"
#include "storage/duplicaterepository.h"
#include "storage/pagerepository.h"
#include "storage/settingsrepository.h"
#include "testsupport.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;

namespace {
const QString kReprinted = QStringLiteral(
    "市图书馆昨天宣布,从下月起周末开放时间延长两个小时,并在三楼增设自习区,方便附近学生和上班族"
    "使用。馆方表示,这一调整是根据读者问卷结果作出的,试行三个月后再评估效果。");
const QString kFresh1 = QStringLiteral(
    "城东菜市场改造工程进入收尾阶段,新的摊位布局将于月底启用,摊主们正在陆续搬入新址。");
const QString kFresh2 = QStringLiteral(
    "区气象台预计本周后半段将有一次明显降温过程,提醒市民及时增添衣物,注意出行安全。");
const QString kFresh3 = QStringLiteral(
    "社区卫生服务中心推出夜间门诊,工作日晚上六点到九点为居民提供常见病诊疗和慢病随访服务。");
} // namespace

// The duplicate stage against the archive: index look-ups, flags, "keep both" memory.
class TestDuplicateStage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void reprintOnALaterPageIsFlagged();
    void nearCopyAcrossPagesIsFlagged();
    void distinctPagesRaiseNoFlags();
    void dismissedPairIsNotFlaggedAgain();
    void keysAreStoredForEveryParagraph();
    void thresholdComesFromTheDeskSettings();

private:
    QVector<FlagRecord> import(const QString &name, const QStringList &paragraphs,
                               qint64 *pageId = nullptr);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_archive;
};

void TestDuplicateStage::initTestCase() { QStandardPaths::setTestModeEnabled(true); }

void TestDuplicateStage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_archive = m_dir->filePath(QStringLiteral("a.sqlite"));
}

QVector<FlagRecord> TestDuplicateStage::import(const QString &name, const QStringList &paragraphs,
                                               qint64 *pageId)
{
    ImportParams params;
    params.archivePath = m_archive;
    params.user = QStringLiteral("tester");
    params.inputs.push_back({name, QString(), paragraphs.join(QStringLiteral("\n\n")).toUtf8()});
    const ImportReport report = ImportJob::run(params);
    if (!report.allSucceeded() || report.outcomes.isEmpty())
        return {};
    auto db = Database::open(m_archive);
    auto page = PageRepository(*db.value()).loadPage(report.outcomes[0].pageId);
    if (pageId)
        *pageId = report.outcomes[0].pageId;
    QVector<FlagRecord> flags; // duplicates only: the fixtures' half-width commas raise others
    for (const StoryRecord &s : page->stories) {
        for (const FlagRecord &f : s.flags) {
            if (f.kind == QLatin1String(FlagKind::Duplicate))
                flags += f;
        }
    }
    return flags;
}

void TestDuplicateStage::reprintOnALaterPageIsFlagged()
{
    qint64 first = 0;
    QVERIFY(import(QStringLiteral("week1.txt"), {kFresh1, kReprinted}, &first).isEmpty());
    qint64 second = 0;
    const auto flags = import(QStringLiteral("week2.txt"), {kFresh2, kReprinted, kFresh3}, &second);
    QCOMPARE(flags.size(), 1);
    const FlagRecord &f = flags[0];
    QCOMPARE(f.kind, QStringLiteral("duplicate"));
    QCOMPARE(f.status, QStringLiteral("open"));
    QCOMPARE(f.detail, QStringLiteral("exact"));
    QCOMPARE(f.paragraph, 1);
    QCOMPARE(f.pageId, second);
    QVERIFY(f.duplicateOf.has_value());
    QCOMPARE(f.duplicateOf->page, first);
    QCOMPARE(f.duplicateOf->paragraph, 1);
    QVERIFY2(f.reason.contains(QStringLiteral("page %1").arg(first)), qPrintable(f.reason));
}

void TestDuplicateStage::nearCopyAcrossPagesIsFlagged()
{
    QVERIFY(import(QStringLiteral("week1.txt"), {kReprinted, kFresh1}).isEmpty());
    QString noisy = kReprinted;
    noisy[15] = QChar(0x5927);
    noisy[44] = QChar(0x5C0F);
    const auto flags = import(QStringLiteral("week2.txt"), {kFresh2, noisy});
    QCOMPARE(flags.size(), 1);
    QCOMPARE(flags[0].detail, QStringLiteral("near"));
    QVERIFY(flags[0].confidence < 1.0 && flags[0].confidence > 0.6);
}

void TestDuplicateStage::distinctPagesRaiseNoFlags()
{
    QVERIFY(import(QStringLiteral("a.txt"), {kFresh1, kFresh2}).isEmpty());
    QVERIFY(import(QStringLiteral("b.txt"), {kFresh3, kReprinted}).isEmpty());
    // The sample page raises duplicate flags only for copies of its own paragraphs.
    ImportParams params;
    params.archivePath = m_archive;
    params.inputs = Importing::collectInputs({TestSupport::samplePagePath()}).inputs;
    QVERIFY(ImportJob::run(params).allSucceeded());
    auto db = Database::open(m_archive);
    auto page = PageRepository(*db.value()).loadPage(3);
    for (const StoryRecord &s : page->stories) {
        for (const FlagRecord &f : s.flags) {
            if (f.kind == QLatin1String("duplicate"))
                QCOMPARE(f.duplicateOf->page, qint64(3));
        }
    }
}

void TestDuplicateStage::dismissedPairIsNotFlaggedAgain()
{
    QVERIFY(import(QStringLiteral("week1.txt"), {kReprinted}).isEmpty());
    {
        auto db = Database::open(m_archive);
        const auto f = Dedup::fingerprint(kReprinted);
        QVERIFY(DuplicateRepository(*db.value())
                    .dismissPair(Dedup::contentHash(f), Dedup::contentHash(f), QStringLiteral("p"))
                    .ok());
    }
    QVERIFY(import(QStringLiteral("week2.txt"), {kFresh1, kReprinted}).isEmpty());
}

void TestDuplicateStage::keysAreStoredForEveryParagraph()
{
    qint64 page = 0;
    import(QStringLiteral("p.txt"), {kFresh1, QStringLiteral("(记者 张三)")}, &page);
    auto db = Database::open(m_archive);
    DuplicateRepository repo(*db.value());
    // A long paragraph is found by its LSH keys, a short one only by its content hash.
    const auto longKeys = Dedup::indexKeys(Dedup::fingerprint(kFresh1));
    QVERIFY(longKeys.size() > 3);
    auto found = repo.candidates({longKeys.last()});
    QVERIFY(found.ok());
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->at(0).text, kFresh1);
    QCOMPARE(repo.candidates(longKeys, page)->size(), 0); // the page itself is excluded
    QCOMPARE(Dedup::indexKeys(Dedup::fingerprint(QStringLiteral("(记者 张三)"))).size(), 1);
}

void TestDuplicateStage::thresholdComesFromTheDeskSettings()
{
    QVERIFY(import(QStringLiteral("week1.txt"), {kReprinted}).isEmpty());
    {
        auto db = Database::open(m_archive);
        QVERIFY(SettingsRepository(*db.value())
                    .setValue(QString::fromLatin1(SettingsRepository::DuplicateThreshold),
                              QStringLiteral("0.99"))
                    .ok());
    }
    QString noisy = kReprinted;
    noisy[15] = QChar(0x5927);
    noisy[44] = QChar(0x5C0F);
    QVERIFY(import(QStringLiteral("week2.txt"), {kFresh1, noisy}).isEmpty());
    // An exact reprint is still a copy at any threshold.
    QCOMPARE(import(QStringLiteral("week3.txt"), {kFresh2, kReprinted}).size(), 1);
}

QTEST_GUILESS_MAIN(TestDuplicateStage)
#include "tst_duplicatestage.moc"
