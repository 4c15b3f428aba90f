// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "archivefixture.h"
#include "commands/editstoryfieldscommand.h"
#include "models/archivecache.h"
#include "storage/storyrepository.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Copydesk;

// Lives with the model tests because the command writes through ArchiveCache and the models
// follow it; tests/commands/ would be its own home once that folder is registered.
class TestEditStoryFieldsCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void roundTrip();
    void eachStepStoresARevision();
    void unchangedFieldsPushNothing();
    void failedWriteLeavesTheStackEmpty();
    void commandTextNamesTheField_data();
    void commandTextNamesTheField();

private:
    StoryRepository::Fields storedFields(qint64 storyId) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_archive;
    qint64 m_storyId = 0;
};

void TestEditStoryFieldsCommand::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!TestSupport::sqliteAvailable())
        QSKIP("The Qt SQLite driver is not installed");
}

void TestEditStoryFieldsCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_archive = m_dir->filePath(QStringLiteral("archive.sqlite"));
    const ImportReport report =
        TestSupport::importFiles(m_archive, {TestSupport::samplePagePath()});
    QVERIFY2(report.allSucceeded(), qPrintable(report.outcomes.value(0).message));
    auto db = Database::open(m_archive);
    QVERIFY(db.ok());
    auto stories = StoryRepository(*db.value()).stories(report.outcomes.first().pageId);
    QVERIFY(stories.ok() && !stories->isEmpty());
    m_storyId = stories->first().id;
}

StoryRepository::Fields TestEditStoryFieldsCommand::storedFields(qint64 storyId) const
{
    // A separate connection: what is really in the archive, not what the cache holds.
    auto db = Database::open(m_archive);
    if (!db)
        return {};
    auto story = StoryRepository(*db.value()).story(storyId);
    if (!story)
        return {};
    return {story->summary.kicker, story->summary.headline, story->summary.byline};
}

void TestEditStoryFieldsCommand::roundTrip()
{
    ArchiveCache cache;
    QVERIFY(cache.open(m_archive, Database::Mode::ReadWrite).ok());
    const StoryRepository::Fields original = storedFields(m_storyId);
    const StoryRepository::Fields edited{QStringLiteral("新眉题"), QStringLiteral("新标题"),
                                         original.byline};
    QUndoStack stack;
    QSignalSpy storyChanged(&cache, &ArchiveCache::storyChanged);

    QVERIFY(Commands::editStoryFields(stack, cache, m_storyId, edited, QStringLiteral("tester")).ok());
    QCOMPARE(stack.count(), 1);
    QCOMPARE(storedFields(m_storyId).kicker, edited.kicker);
    QCOMPARE(storedFields(m_storyId).headline, edited.headline);
    QCOMPARE(cache.story(m_storyId)->summary.headline, edited.headline);

    stack.undo();
    QCOMPARE(storedFields(m_storyId).kicker, original.kicker);
    QCOMPARE(storedFields(m_storyId).headline, original.headline);
    QCOMPARE(storedFields(m_storyId).byline, original.byline);
    QCOMPARE(cache.story(m_storyId)->summary.headline, original.headline);

    stack.redo();
    QCOMPARE(storedFields(m_storyId).kicker, edited.kicker);
    QCOMPARE(storedFields(m_storyId).headline, edited.headline);
    QCOMPARE(storyChanged.count(), 3);
}

void TestEditStoryFieldsCommand::eachStepStoresARevision()
{
    ArchiveCache cache;
    QVERIFY(cache.open(m_archive, Database::Mode::ReadWrite).ok());
    const int before = int(cache.revisions(m_storyId)->size());
    QUndoStack stack;
    StoryRepository::Fields edited = storedFields(m_storyId);
    edited.headline = QStringLiteral("Revision test");
    QVERIFY(Commands::editStoryFields(stack, cache, m_storyId, edited, QStringLiteral("张三")).ok());
    stack.undo();
    stack.redo();
    const auto revisions = cache.revisions(m_storyId);
    QVERIFY(revisions.ok());
    QCOMPARE(revisions->size(), before + 3);
    const RevisionRecord &edit = revisions->at(before);
    QCOMPARE(edit.author, QStringLiteral("张三"));
    QCOMPARE(edit.action, QStringLiteral("edit headline"));
    QCOMPARE(revisions->at(before + 1).action, QStringLiteral("undo edit headline"));
    QCOMPARE(revisions->at(before + 2).action, QStringLiteral("edit headline"));
}

void TestEditStoryFieldsCommand::unchangedFieldsPushNothing()
{
    ArchiveCache cache;
    QVERIFY(cache.open(m_archive, Database::Mode::ReadWrite).ok());
    const int before = int(cache.revisions(m_storyId)->size());
    QUndoStack stack;
    QVERIFY(Commands::editStoryFields(stack, cache, m_storyId, storedFields(m_storyId),
                                      QStringLiteral("tester"))
                .ok());
    QCOMPARE(stack.count(), 0);
    QCOMPARE(cache.revisions(m_storyId)->size(), before);
}

void TestEditStoryFieldsCommand::failedWriteLeavesTheStackEmpty()
{
    ArchiveCache cache;
    QVERIFY(cache.open(m_archive, Database::Mode::ReadOnly).ok());
    QSignalSpy failed(&cache, &ArchiveCache::writeFailed);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot update story")));
    QUndoStack stack;
    StoryRepository::Fields edited = storedFields(m_storyId);
    edited.headline = QStringLiteral("never stored");
    const Status status =
        Commands::editStoryFields(stack, cache, m_storyId, edited, QStringLiteral("tester"));
    QVERIFY(!status.ok());
    QVERIFY(!status.error().isEmpty());
    QCOMPARE(stack.count(), 0);
    QCOMPARE(failed.count(), 1);
    QVERIFY(storedFields(m_storyId).headline != edited.headline);

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot load story")));
    QVERIFY(!Commands::editStoryFields(stack, cache, m_storyId + 100000, edited,
                                       QStringLiteral("tester"))
                 .ok());
}

void TestEditStoryFieldsCommand::commandTextNamesTheField_data()
{
    QTest::addColumn<QString>("kicker");
    QTest::addColumn<QString>("headline");
    QTest::addColumn<QString>("byline");
    QTest::addColumn<QString>("text");
    QTest::newRow("kicker") << "k" << "" << "" << "Edit kicker";
    QTest::newRow("headline") << "" << "h" << "" << "Edit headline";
    QTest::newRow("byline") << "" << "" << "b" << "Edit byline";
    QTest::newRow("several") << "k" << "h" << "" << "Edit story fields";
}

void TestEditStoryFieldsCommand::commandTextNamesTheField()
{
    QFETCH(QString, kicker);
    QFETCH(QString, headline);
    QFETCH(QString, byline);
    QFETCH(QString, text);
    const Commands::EditStoryFieldsCommand command(nullptr, 1, {}, {kicker, headline, byline},
                                                   QStringLiteral("tester"));
    QCOMPARE(command.text(), text);
}

QTEST_GUILESS_MAIN(TestEditStoryFieldsCommand)
#include "tst_editstoryfieldscommand.moc"
