// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "archivefixture.h"
#include "commands/reviewdecisioncommand.h"
#include "models/archivecache.h"
#include "storage/flagrepository.h"
#include "storage/pagerepository.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Copydesk;

// Apply, undo -> original, redo -> result, for each review decision; checked against a
// separate connection to the archive, not against the cache the command writes through.
// Lives with the model tests, like the field-edit command's test.
class TestReviewDecisionCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void removeCopyRoundTrip();
    void keepBothRoundTrip();
    void swapRoundTrip();
    void refusedDecisionPushesNothing();

private:
    ReviewItem storedItem(qint64 flagId) const;
    // Paragraph texts of the story in the archive, in order, as exported.
    QStringList storedParagraphs(qint64 storyId) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_archive;
    qint64 m_pageId = 0;
    qint64 m_flagId = 0;
};

void TestReviewDecisionCommand::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!TestSupport::sqliteAvailable())
        QSKIP("The Qt SQLite driver is not installed");
}

void TestReviewDecisionCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_archive = m_dir->filePath(QStringLiteral("archive.sqlite"));
    const ImportReport report = TestSupport::importText(m_archive, QStringLiteral("dup.txt"),
                                                        TestSupport::duplicatePageText());
    QVERIFY(report.allSucceeded());
    m_pageId = report.outcomes.first().pageId;
    auto db = Database::open(m_archive);
    QVERIFY(db.ok());
    auto queue = FlagRepository(*db.value()).reviewQueue(ReviewFilter{});
    QVERIFY(queue.ok() && !queue->isEmpty());
    m_flagId = queue->first().flag.id;
}

ReviewItem TestReviewDecisionCommand::storedItem(qint64 flagId) const
{
    auto db = Database::open(m_archive);
    if (!db)
        return {};
    auto item = FlagRepository(*db.value()).reviewItem(flagId);
    return item ? item.value() : ReviewItem{};
}

QStringList TestReviewDecisionCommand::storedParagraphs(qint64 storyId) const
{
    auto db = Database::open(m_archive);
    if (!db)
        return {};
    auto page = PageRepository(*db.value()).loadPage(m_pageId);
    if (!page)
        return {};
    for (const StoryRecord &story : page->stories) {
        if (story.summary.id != storyId)
            continue;
        QStringList texts;
        for (const ParagraphRecord &p : story.paragraphs)
            texts << p.text;
        return texts;
    }
    return {};
}

void TestReviewDecisionCommand::removeCopyRoundTrip()
{
    ArchiveCache cache;
    QVERIFY(cache.open(m_archive, Database::Mode::ReadWrite).ok());
    QUndoStack stack;
    const ReviewItem before = storedItem(m_flagId);
    const QStringList paragraphs = storedParagraphs(before.flag.storyId);
    QVERIFY(paragraphs.contains(before.copyText));

    QVERIFY(Commands::removeDuplicate(stack, cache, m_flagId, QStringLiteral("ann")).ok());
    QCOMPARE(stack.count(), 1);
    QCOMPARE(stack.text(0), Commands::ReviewDecisionCommand::tr("Remove duplicate paragraph"));
    const auto checkRemoved = [&] {
        const ReviewItem item = storedItem(m_flagId);
        QCOMPARE(item.flag.status, QString::fromLatin1(FlagStatus::Accepted));
        QCOMPARE(item.flag.decidedBy, QStringLiteral("ann"));
        QCOMPARE(storedParagraphs(before.flag.storyId).size(), paragraphs.size() - 1);
        // The flag keeps the text, so the copy can come back.
        QCOMPARE(item.copyText, before.copyText);
        // The cache followed.
        QCOMPARE(cache.reviewItem(m_flagId)->flag.status,
                 QString::fromLatin1(FlagStatus::Accepted));
        QCOMPARE(cache.story(before.flag.storyId)->paragraphs.size(), paragraphs.size() - 1);
    };
    checkRemoved();

    stack.undo();
    QCOMPARE(storedItem(m_flagId).flag.status, QString::fromLatin1(FlagStatus::Open));
    QCOMPARE(storedParagraphs(before.flag.storyId), paragraphs);
    QCOMPARE(cache.story(before.flag.storyId)->paragraphs.size(), paragraphs.size());

    stack.redo();
    checkRemoved();
}

void TestReviewDecisionCommand::keepBothRoundTrip()
{
    ArchiveCache cache;
    QVERIFY(cache.open(m_archive, Database::Mode::ReadWrite).ok());
    QUndoStack stack;
    const ReviewItem before = storedItem(m_flagId);
    const QStringList paragraphs = storedParagraphs(before.flag.storyId);

    QVERIFY(Commands::keepDuplicate(stack, cache, m_flagId, QStringLiteral("bo")).ok());
    QCOMPARE(storedItem(m_flagId).flag.status, QString::fromLatin1(FlagStatus::Dismissed));
    QCOMPARE(storedItem(m_flagId).flag.decidedBy, QStringLiteral("bo"));
    QCOMPARE(storedParagraphs(before.flag.storyId), paragraphs);

    stack.undo();
    QCOMPARE(storedItem(m_flagId).flag.status, QString::fromLatin1(FlagStatus::Open));
    stack.redo();
    QCOMPARE(storedItem(m_flagId).flag.status, QString::fromLatin1(FlagStatus::Dismissed));
    QCOMPARE(storedParagraphs(before.flag.storyId), paragraphs);
}

void TestReviewDecisionCommand::swapRoundTrip()
{
    ArchiveCache cache;
    QVERIFY(cache.open(m_archive, Database::Mode::ReadWrite).ok());
    QUndoStack stack;
    const ReviewItem before = storedItem(m_flagId);
    QVERIFY(before.originalParagraphId > 0);

    QVERIFY(Commands::swapDuplicate(stack, cache, m_flagId, QStringLiteral("cy")).ok());
    ReviewItem swapped = storedItem(m_flagId);
    QCOMPARE(swapped.flag.status, QString::fromLatin1(FlagStatus::Open));
    QCOMPARE(swapped.copyParagraphId, before.originalParagraphId);
    QCOMPARE(swapped.originalParagraphId, before.copyParagraphId);
    QCOMPARE(swapped.flag.storyId, before.originalStoryId);
    QCOMPARE(cache.reviewItem(m_flagId)->copyParagraphId, before.originalParagraphId);

    stack.undo();
    const ReviewItem back = storedItem(m_flagId);
    QCOMPARE(back.copyParagraphId, before.copyParagraphId);
    QCOMPARE(back.originalParagraphId, before.originalParagraphId);
    QCOMPARE(back.flag.storyId, before.flag.storyId);

    stack.redo();
    swapped = storedItem(m_flagId);
    QCOMPARE(swapped.copyParagraphId, before.originalParagraphId);
}

void TestReviewDecisionCommand::refusedDecisionPushesNothing()
{
    ArchiveCache cache;
    QVERIFY(cache.open(m_archive, Database::Mode::ReadWrite).ok());
    QVERIFY(
        cache.decideFlag(m_flagId, ArchiveCache::FlagDecision::Dismiss, QStringLiteral("x")).ok());
    QUndoStack stack;
    const Status status = Commands::removeDuplicate(stack, cache, m_flagId, QStringLiteral("ann"));
    QVERIFY(!status.ok());
    QVERIFY(!status.error().isEmpty());
    QCOMPARE(stack.count(), 0);
    QCOMPARE(storedItem(m_flagId).flag.status, QString::fromLatin1(FlagStatus::Dismissed));
}

QTEST_GUILESS_MAIN(TestReviewDecisionCommand)
#include "tst_reviewdecisioncommand.moc"
