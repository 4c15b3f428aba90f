// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/importjob.h"
#include "jobs/recleanjob.h"
#include "storage/database.h"
#include "storage/erratarepository.h"
#include "storage/pagerepository.h"
#include "storage/storyrepository.h"
#include "storage/tagrepository.h"
#include "testsupport.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;

// Cleaning a stored page again replaces the machine's stories but never what a person did.
class TestRecleanJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void untouchedPageComesBackTheSame();
    void editedAndConfirmedStoriesAreKept();
    void missingPageChangesNothing();
    void desksErrataApplyToTheNewCleanup();
    void cancelBeforeTheFirstPage();

private:
    qint64 importSample();
    RecleanParams params(QVector<qint64> pages) const;
    QVector<StorySummary> stories(qint64 pageId) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_archive;
};

void TestRecleanJob::initTestCase() { QStandardPaths::setTestModeEnabled(true); }

void TestRecleanJob::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_archive = m_dir->filePath(QStringLiteral("archive.sqlite"));
}

qint64 TestRecleanJob::importSample()
{
    ImportParams p;
    p.archivePath = m_archive;
    p.user = QStringLiteral("importer");
    p.inputs.push_back({QStringLiteral("page.txt"), QString(),
                        TestSupport::readFile(TestSupport::samplePagePath())});
    const ImportReport report = ImportJob::run(p);
    if (!report.allSucceeded() || report.outcomes.isEmpty())
        return 0;
    return report.outcomes.first().pageId;
}

RecleanParams TestRecleanJob::params(QVector<qint64> pages) const
{
    RecleanParams p;
    p.archivePath = m_archive;
    p.pageIds = std::move(pages);
    p.user = QStringLiteral("desk");
    return p;
}

QVector<StorySummary> TestRecleanJob::stories(qint64 pageId) const
{
    auto db = Database::open(m_archive);
    if (!db)
        return {};
    auto list = StoryRepository(*db.value()).stories(pageId);
    return list ? list.value() : QVector<StorySummary>{};
}

void TestRecleanJob::untouchedPageComesBackTheSame()
{
    const qint64 page = importSample();
    QVERIFY(page > 0);
    const QVector<StorySummary> before = stories(page);
    QVERIFY(before.size() > 3);

    const RecleanReport report = RecleanJob::run(params({page}));
    QVERIFY2(report.ok(), qPrintable(report.archiveError));
    QCOMPARE(report.pages, 1);
    QCOMPARE(report.kept, 0);
    QCOMPARE(report.replaced, before.size());
    QCOMPARE(report.added, before.size());

    const QVector<StorySummary> after = stories(page);
    QCOMPARE(after.size(), before.size());
    auto db = Database::open(m_archive);
    QVERIFY(db);
    for (int i = 0; i < after.size(); ++i) {
        QCOMPARE(after[i].headline, before[i].headline);
        // Really written again: its only revision is the re-run's.
        auto revisions = StoryRepository(*db.value()).revisions(after[i].id);
        QVERIFY(revisions);
        QCOMPARE(revisions->size(), 1);
        QCOMPARE(revisions->first().action, QStringLiteral("cleanup"));
        QCOMPARE(revisions->first().author, QStringLiteral("desk"));
    }
}

void TestRecleanJob::editedAndConfirmedStoriesAreKept()
{
    const qint64 page = importSample();
    QVERIFY(page > 0);
    const QVector<StorySummary> before = stories(page);
    QVERIFY(before.size() > 3);
    const StorySummary edited = before[1];
    const StorySummary confirmed = before[2];
    {
        auto db = Database::open(m_archive);
        QVERIFY(db);
        const StoryRepository repo(*db.value());
        QVERIFY(repo.updateFields(edited.id, {edited.kicker, QStringLiteral("改过的标题"),
                                              edited.byline},
                                  QStringLiteral("editor"), QStringLiteral("edit")));
        QVERIFY(TagRepository(*db.value())
                    .confirmDistrict(confirmed.id,
                                     {QStringLiteral("浙江省"), QStringLiteral("330000"), true,
                                      QString()},
                                     QStringLiteral("editor")));
    }

    const RecleanReport report = RecleanJob::run(params({}));
    QVERIFY2(report.ok(), qPrintable(report.archiveError));
    QCOMPARE(report.kept, 2);
    QCOMPARE(report.replaced, before.size() - 2);
    // The new cleanup finds the two kept stories again; they are not added twice.
    QCOMPARE(report.skipped, 2);

    const QVector<StorySummary> after = stories(page);
    QCOMPARE(after.size(), before.size());
    QCOMPARE(after[1].id, edited.id);
    QCOMPARE(after[1].headline, QStringLiteral("改过的标题"));
    QCOMPARE(after[2].id, confirmed.id);
    QCOMPARE(after[0].headline, before[0].headline);
    QCOMPARE(after[3].headline, before[3].headline);

    auto db = Database::open(m_archive);
    QVERIFY(db);
    auto tags = TagRepository(*db.value()).tags(confirmed.id);
    QVERIFY(tags);
    QVERIFY(tags->district.has_value());
    QCOMPARE(tags->district->path, QStringLiteral("浙江省"));
    QVERIFY(tags->district->confirmed);
    // The editor's revision is still there, with who made it.
    auto revisions = StoryRepository(*db.value()).revisions(edited.id);
    QVERIFY(revisions);
    QVERIFY(std::any_of(revisions->begin(), revisions->end(), [](const RevisionRecord &r) {
        return r.author == QLatin1String("editor");
    }));
}

void TestRecleanJob::desksErrataApplyToTheNewCleanup()
{
    const qint64 page = importSample();
    QVERIFY(page > 0);
    QString wrong;
    {
        auto db = Database::open(m_archive);
        QVERIFY(db);
        auto story = StoryRepository(*db.value()).story(stories(page).at(2).id);
        QVERIFY(story && !story->paragraphs.isEmpty());
        // Any text of the page becomes an erratum added after the import.
        wrong = story->paragraphs.first().text.mid(2, 4);
        QVERIFY(ErrataRepository(*db.value()).addErratum(wrong, QStringLiteral("【更正】"),
                                                         QStringLiteral("proofreader")));
    }
    const RecleanReport report = RecleanJob::run(params({page}));
    QVERIFY2(report.ok(), qPrintable(report.archiveError));
    auto db = Database::open(m_archive);
    QVERIFY(db);
    auto story = StoryRepository(*db.value()).story(stories(page).at(2).id);
    QVERIFY(story);
    QVERIFY(std::any_of(story->flags.begin(), story->flags.end(), [&](const FlagRecord &f) {
        return f.kind == QLatin1String("errata") && f.text.contains(wrong);
    }));
}

void TestRecleanJob::missingPageChangesNothing()
{
    const qint64 page = importSample();
    QVERIFY(page > 0);
    const QVector<StorySummary> before = stories(page);
    const RecleanReport report = RecleanJob::run(params({page + 100}));
    QVERIFY(!report.ok());
    QVERIFY(!report.archiveError.isEmpty());
    const QVector<StorySummary> after = stories(page);
    QCOMPARE(after.size(), before.size());
    QCOMPARE(after.first().id, before.first().id);
}

void TestRecleanJob::cancelBeforeTheFirstPage()
{
    const qint64 page = importSample();
    QVERIFY(page > 0);
    const QVector<StorySummary> before = stories(page);
    std::atomic_bool cancel{true};
    const RecleanReport report = RecleanJob::run(params({page}), {}, &cancel);
    QVERIFY(report.cancelled);
    QCOMPARE(report.pages, 0);
    QCOMPARE(stories(page).first().id, before.first().id);
}

QTEST_GUILESS_MAIN(TestRecleanJob)
#include "tst_recleanjob.moc"
