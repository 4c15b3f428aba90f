// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/importjob.h"
#include "proofing/housestyle.h"
#include "storage/database.h"
#include "storage/pagerepository.h"
#include "storage/storyrepository.h"
#include "storage/styleprofilerepository.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;
using Proofing::HouseStyleProfile;

// House-style profiles in the archive: one per publication, the desk's default, a page's own
// choice, and the import applying the profile when it says so.
class TestStyleProfileRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void saveListAndDefault();
    void pageProfileFallsBackToTheDesk();
    void importAppliesTheProfileWhenItSaysSo_data();
    void importAppliesTheProfileWhenItSaysSo();

private:
    std::unique_ptr<Database> open();
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_archive;
};

namespace {
const QString kPage =
    QStringLiteral("近日,在杭州市西湖区举行\"尚知\"活动,共3,000人参加,投资1.6亿元.\n");
}

void TestStyleProfileRepository::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestStyleProfileRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_archive = m_dir->filePath(QStringLiteral("a.sqlite"));
}

std::unique_ptr<Database> TestStyleProfileRepository::open()
{
    auto db = Database::open(m_archive);
    return db ? std::move(db).value() : nullptr;
}

void TestStyleProfileRepository::saveListAndDefault()
{
    auto db = open();
    const StyleProfileRepository repo(*db);
    QVERIFY(!repo.defaultProfile().value().has_value());
    HouseStyleProfile paper = HouseStyleProfile::newspaper();
    HouseStyleProfile web = HouseStyleProfile::webCopy();
    QVERIFY(repo.save(QStringLiteral("Daily"), paper.toJson(), QStringLiteral("ann"), true));
    QVERIFY(repo.save(QStringLiteral("Online"), web.toJson(), QStringLiteral("bob")));
    QVERIFY(!repo.save(QStringLiteral(" "), web.toJson(), {}).ok());
    auto all = repo.profiles();
    QVERIFY2(all.ok(), qPrintable(all.error()));
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).name, QStringLiteral("Daily"));
    QVERIFY(all->at(0).isDefault);
    QVERIFY(!all->at(1).isDefault);
    QCOMPARE(all->at(1).updatedBy, QStringLiteral("bob"));
    const HouseStyleProfile back =
        HouseStyleProfile::fromJson(all->at(1).name, all->at(1).settings);
    QCOMPARE(back.cjkLatinSpacing, HouseStyleProfile::Spacing::Insert);

    QVERIFY(repo.setDefault(QStringLiteral("Online")));
    QCOMPARE(repo.defaultProfile().value()->name, QStringLiteral("Online"));
    QVERIFY(!repo.profile(QStringLiteral("Daily")).value()->isDefault); // only one default
    QVERIFY(!repo.setDefault(QStringLiteral("Nope")).ok());
    QCOMPARE(repo.defaultProfile().value()->name, QStringLiteral("Online")); // rolled back
    web.applyOnImport = true;
    QVERIFY(repo.save(QStringLiteral("Online"), web.toJson(), QStringLiteral("ann")));
    QVERIFY(
        HouseStyleProfile::fromJson({}, repo.profile(QStringLiteral("Online")).value()->settings)
            .applyOnImport);
    QVERIFY(repo.profile(QStringLiteral("Online")).value()->isDefault); // saving keeps it
    QVERIFY(repo.remove(QStringLiteral("Online")));
    QVERIFY(!repo.defaultProfile().value().has_value());
    QVERIFY(!repo.profile(QStringLiteral("Online")).value().has_value());
}

void TestStyleProfileRepository::pageProfileFallsBackToTheDesk()
{
    ImportParams params;
    params.archivePath = m_archive;
    params.inputs.push_back({QStringLiteral("p.txt"), QString(), kPage.toUtf8()});
    const ImportReport report = ImportJob::run(params);
    QVERIFY(report.allSucceeded());
    const qint64 pageId = report.outcomes[0].pageId;
    auto db = open();
    const StyleProfileRepository repo(*db);
    QVERIFY(!repo.profileForPage(pageId).value().has_value());
    QVERIFY(repo.save(QStringLiteral("Daily"), HouseStyleProfile::newspaper().toJson(), {}, true));
    QVERIFY(repo.save(QStringLiteral("Online"), HouseStyleProfile::webCopy().toJson(), {}));
    QCOMPARE(repo.profileForPage(pageId).value()->name, QStringLiteral("Daily"));
    QVERIFY(repo.setPageProfile(pageId, QStringLiteral("Online")));
    QCOMPARE(repo.profileForPage(pageId).value()->name, QStringLiteral("Online"));
    QVERIFY(repo.remove(QStringLiteral("Online")));
    QCOMPARE(repo.profileForPage(pageId).value()->name, QStringLiteral("Daily"));
    QVERIFY(!repo.setPageProfile(pageId + 7, QStringLiteral("Daily")).ok());
}

void TestStyleProfileRepository::importAppliesTheProfileWhenItSaysSo_data()
{
    QTest::addColumn<bool>("applyOnImport");
    QTest::newRow("on import") << true;
    QTest::newRow("on demand only") << false;
}

void TestStyleProfileRepository::importAppliesTheProfileWhenItSaysSo()
{
    QFETCH(bool, applyOnImport);
    HouseStyleProfile paper = HouseStyleProfile::newspaper();
    paper.applyOnImport = applyOnImport;
    QVERIFY(
        StyleProfileRepository(*open()).save(QStringLiteral("Daily"), paper.toJson(), {}, true));
    ImportParams params;
    params.archivePath = m_archive;
    params.inputs.push_back({QStringLiteral("p.txt"), QString(), kPage.toUtf8()});
    const ImportReport report = ImportJob::run(params);
    QVERIFY(report.allSucceeded());
    auto db = open();
    auto page = PageRepository(*db).loadPage(report.outcomes[0].pageId);
    QVERIFY(page.ok() && page->stories.size() == 1);
    const StoryRecord &story = page->stories[0];
    const QString text = story.paragraphs.value(0).text;
    int punctuationFlags = 0;
    for (const FlagRecord &f : story.flags)
        punctuationFlags += f.kind == QLatin1String(FlagKind::Punctuation);
    auto decisions = StoryRepository(*db).decisions(story.summary.id);
    QVERIFY(decisions.ok());
    QVector<Decision> normalisations;
    for (const DecisionRecord &d : decisions.value()) {
        if (d.decision.kind == QLatin1String(Proofing::HouseStyle::DecisionKind))
            normalisations << d.decision;
    }
    if (applyOnImport) {
        QCOMPARE(text, QStringLiteral(
                           "近日，在杭州市西湖区举行“尚知”活动，共3,000人参加，投资1.6亿元。"));
        QCOMPARE(punctuationFlags, 0);
        QCOMPARE(normalisations.size(), 6);
        QString back = text;
        QVERIFY(Proofing::HouseStyle::revertAll(back, normalisations));
        QCOMPARE(back, kPage.trimmed());
    } else {
        QCOMPARE(text, kPage.trimmed());
        QCOMPARE(punctuationFlags, 6);
        QVERIFY(normalisations.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestStyleProfileRepository)
#include "tst_styleprofilerepository.moc"
