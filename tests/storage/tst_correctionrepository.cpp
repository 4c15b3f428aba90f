// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/importjob.h"
#include "proofing/housestyle.h"
#include "storage/correctionrepository.h"
#include "storage/database.h"
#include "storage/pagerepository.h"
#include "storage/storyrepository.h"
#include "storage/styleprofilerepository.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;

namespace {
// Half-width commas (punctuation), a stray `and` and a traditional character in one paragraph.
const QString kPage =
    QStringLiteral("近日,在海宁市硤石街道举行警示教育 and 运河非遗展示,共3,000人参加.\n");
} // namespace

// Accepting every flag of a kind on a page, and normalisations reverted like joins.
class TestCorrectionRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void acceptKindCorrectsTheText();
    void acceptKindSkipsEditedText();
    void spellingIsRefused();
    void normalisationRevertsAndReapplies();

private:
    std::unique_ptr<Database> open();
    qint64 import(const QString &text);
    StoryRecord onlyStory(const Database &db);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_archive;
    qint64 m_pageId = 0;
};

void TestCorrectionRepository::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCorrectionRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_archive = m_dir->filePath(QStringLiteral("a.sqlite"));
}

std::unique_ptr<Database> TestCorrectionRepository::open()
{
    auto db = Database::open(m_archive);
    return db ? std::move(db).value() : nullptr;
}

qint64 TestCorrectionRepository::import(const QString &text)
{
    ImportParams params;
    params.archivePath = m_archive;
    params.inputs.push_back({QStringLiteral("p.txt"), QString(), text.toUtf8()});
    const ImportReport report = ImportJob::run(params);
    m_pageId = report.allSucceeded() ? report.outcomes[0].pageId : 0;
    return m_pageId;
}

StoryRecord TestCorrectionRepository::onlyStory(const Database &db)
{
    auto page = PageRepository(db).loadPage(m_pageId);
    return page && page->stories.size() == 1 ? page->stories[0] : StoryRecord{};
}

void TestCorrectionRepository::acceptKindCorrectsTheText()
{
    QVERIFY(import(kPage) > 0);
    auto db = open();
    const qint64 storyId = onlyStory(*db).summary.id;
    QVERIFY(storyId > 0);
    const int revisionsBefore = int(StoryRepository(*db).revisions(storyId)->size());
    const CorrectionRepository corrections(*db);

    auto outcome = corrections.acceptKind(m_pageId, QString::fromLatin1(FlagKind::Punctuation),
                                          QStringLiteral("proofreader"));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
    QCOMPARE(outcome->accepted, 3); // two commas and the full stop; 3,000 is a number
    QCOMPARE(outcome->skipped, 0);
    QCOMPARE(outcome->stories, QVector<qint64>{storyId});
    StoryRecord story = onlyStory(*db);
    QCOMPARE(
        story.paragraphs[0].text,
        QStringLiteral("近日，在海宁市硤石街道举行警示教育 and 运河非遗展示，共3,000人参加。"));
    for (const FlagRecord &f : std::as_const(story.flags)) {
        if (f.kind == QLatin1String(FlagKind::Punctuation)) {
            QCOMPARE(f.status, QStringLiteral("accepted"));
            QCOMPARE(f.decidedBy, QStringLiteral("proofreader"));
            QVERIFY(f.decidedAt.isValid());
        }
    }
    QCOMPARE(StoryRepository(*db).revisions(storyId)->size(), revisionsBefore + 1);
    QCOMPARE(StoryRepository(*db).revisions(storyId)->last().author, QStringLiteral("proofreader"));

    // The other kinds still point at their text, so they can be accepted in turn.
    for (const char *kind : {FlagKind::StrayLatin, FlagKind::VariantCharacter}) {
        outcome = corrections.acceptKind(m_pageId, QString::fromLatin1(kind), {});
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QCOMPARE(outcome->accepted, 1);
    }
    QCOMPARE(onlyStory(*db).paragraphs[0].text,
             QStringLiteral("近日，在海宁市硖石街道举行警示教育和运河非遗展示，共3,000人参加。"));
    // Nothing open of that kind any more: nothing to do.
    QCOMPARE(
        corrections.acceptKind(m_pageId, QString::fromLatin1(FlagKind::Punctuation), {})->accepted,
        0);
}

void TestCorrectionRepository::acceptKindSkipsEditedText()
{
    QVERIFY(import(kPage) > 0);
    auto db = open();
    StoryRecord story = onlyStory(*db);
    // An editor rewrote the start of the paragraph since the check ran.
    QString edited = story.paragraphs[0].text;
    edited.replace(0, 3, QStringLiteral("日前，"));
    QVERIFY(StoryRepository(*db).updateStory(
        story.summary.id, {story.summary.kicker, story.summary.headline, story.summary.byline},
        {edited}, QStringLiteral("ann"), QStringLiteral("edit")));
    auto outcome = CorrectionRepository(*db).acceptKind(
        m_pageId, QString::fromLatin1(FlagKind::Punctuation), QStringLiteral("bob"));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
    // Flags of a changed paragraph no longer point at anything, or at other text: left open.
    QCOMPARE(onlyStory(*db).paragraphs[0].text.left(3), QStringLiteral("日前，"));
    QCOMPARE(outcome->accepted + outcome->skipped, 3);
    QVERIFY(outcome->skipped >= 1);
}

void TestCorrectionRepository::spellingIsRefused()
{
    QVERIFY(import(kPage) > 0);
    auto db = open();
    QVERIFY(!CorrectionRepository(*db)
                 .acceptKind(m_pageId, QString::fromLatin1(FlagKind::Spelling), {})
                 .ok());
}

void TestCorrectionRepository::normalisationRevertsAndReapplies()
{
    Proofing::HouseStyleProfile paper = Proofing::HouseStyleProfile::newspaper();
    paper.applyOnImport = true;
    QVERIFY(
        StyleProfileRepository(*open()).save(QStringLiteral("Daily"), paper.toJson(), {}, true));
    QVERIFY(import(kPage) > 0);
    auto db = open();
    const StoryRecord story = onlyStory(*db);
    const QString normalised = story.paragraphs[0].text;
    QCOMPARE(normalised,
             QStringLiteral("近日，在海宁市硤石街道举行警示教育and运河非遗展示，共3,000人参加。"));
    QVector<DecisionRecord> decisions;
    for (const DecisionRecord &d : StoryRepository(*db).decisions(story.summary.id).value()) {
        if (d.decision.kind == QLatin1String(Proofing::HouseStyle::DecisionKind))
            decisions << d;
    }
    QCOMPARE(decisions.size(), 5);
    const CorrectionRepository corrections(*db);
    // Revert the first comma: later decisions of the paragraph move with the text.
    QVERIFY(corrections.revertNormalisation(decisions[0].id, QStringLiteral("ann")));
    QCOMPARE(onlyStory(*db).paragraphs[0].text.left(3), QStringLiteral("近日,"));
    QVERIFY(!corrections.revertNormalisation(decisions[0].id, {}).ok()); // already reverted
    QVERIFY(corrections.revertNormalisation(decisions[4].id, QStringLiteral("ann")));
    QVERIFY(onlyStory(*db).paragraphs[0].text.endsWith(QStringLiteral("人参加.")));
    QVERIFY(corrections.reapplyNormalisation(decisions[0].id, QStringLiteral("ann")));
    QVERIFY(corrections.reapplyNormalisation(decisions[4].id, QStringLiteral("ann")));
    QCOMPARE(onlyStory(*db).paragraphs[0].text, normalised);
    // Every one reverted gives the imported text back.
    for (const DecisionRecord &d : std::as_const(decisions))
        QVERIFY(corrections.revertNormalisation(d.id, QStringLiteral("ann")));
    QCOMPARE(onlyStory(*db).paragraphs[0].text, kPage.trimmed());
    for (const DecisionRecord &d : StoryRepository(*db).decisions(story.summary.id).value()) {
        if (d.decision.kind == QLatin1String(Proofing::HouseStyle::DecisionKind))
            QCOMPARE(d.status, QStringLiteral("reverted"));
    }
    QVERIFY(!corrections.revertNormalisation(999, {}).ok());
}

QTEST_GUILESS_MAIN(TestCorrectionRepository)
#include "tst_correctionrepository.moc"
