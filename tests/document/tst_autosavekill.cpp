// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../models/archivefixture.h"
#include "commands/storysession.h"
#include "models/archivecache.h"
#include "storage/draftrepository.h"
#include "storage/storyrepository.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QUndoStack>

using namespace Copydesk;

// A process editing a story is killed with SIGKILL in the middle of typing: the archive keeps
// every revision it stored, and the draft holds the text up to its last autosave (so at most
// the seconds since then are lost), which the next session recovers.
class TestAutosaveKill : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void killedWriterLosesNoRevision();
};

void TestAutosaveKill::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!TestSupport::sqliteAvailable())
        QSKIP("The Qt SQLite driver is not installed");
}

void TestAutosaveKill::killedWriterLosesNoRevision()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString archive = dir.filePath(QStringLiteral("archive.sqlite"));
    const ImportReport report = TestSupport::importFiles(archive, {TestSupport::samplePagePath()});
    QVERIFY(report.allSucceeded());
    qint64 storyId = 0;
    {
        auto db = Database::open(archive);
        QVERIFY(db.ok());
        auto stories = StoryRepository(*db.value()).stories(report.outcomes.first().pageId);
        QVERIFY(stories.ok() && !stories->isEmpty());
        storyId = stories->first().id;
    }

    QProcess writer;
    writer.setProgram(QCoreApplication::applicationDirPath() + QStringLiteral("/autosavewriter"));
    writer.setArguments({archive, QString::number(storyId)});
    writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    writer.start();
    QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));

    QString committed;
    QStringList drafts;
    while (drafts.size() < 4) {
        if (!writer.canReadLine()) {
            QVERIFY2(writer.waitForReadyRead(20000), "the writer stopped talking");
            continue;
        }
        const QString line = QString::fromUtf8(writer.readLine()).chopped(1);
        if (line.startsWith(QLatin1String("committed ")))
            committed = line.mid(10);
        else if (line.startsWith(QLatin1String("draft ")))
            drafts << line.mid(6);
    }
    writer.kill(); // SIGKILL: no destructor, no commit, no clean close of the archive
    QVERIFY(writer.waitForFinished(10000));
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
    QVERIFY(committed.startsWith(QLatin1String("COMMITTED ")));

    {
        auto db = Database::open(archive);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QVERIFY(db.value()->checkIntegrity().ok());
        // The committed revision is there and is the story's text.
        auto revisions = StoryRepository(*db.value()).revisions(storyId);
        QVERIFY(revisions.ok());
        QCOMPARE(revisions->last().author, QStringLiteral("writer"));
        const auto content = StoryRepository::parseSnapshot(revisions->last().snapshot);
        QVERIFY(content.has_value());
        QCOMPARE(content->paragraphs.first(), committed);
        auto story = StoryRepository(*db.value()).story(storyId);
        QVERIFY(story.ok());
        QCOMPARE(story->paragraphs.first().text, committed);
        // The draft holds at least what the writer last reported as saved (typing only adds
        // characters, so a later save extends it).
        auto draft = DraftRepository(*db.value()).draft(storyId);
        QVERIFY(draft.ok() && draft->has_value());
        const auto drafted = StoryRepository::parseSnapshot(draft.value()->snapshot);
        QVERIFY(drafted.has_value());
        QVERIFY2(drafted->paragraphs.first().startsWith(drafts.last()),
                 qPrintable(drafted->paragraphs.first()));
        QVERIFY(drafted->paragraphs.first().size() > committed.size());
    }

    // The next editor gets the draft back.
    ArchiveCache cache;
    QVERIFY(cache.open(archive, Database::Mode::ReadWrite).ok());
    QUndoStack stack;
    Commands::StorySession session(&cache, storyId, &stack, QStringLiteral("tester"));
    QVERIFY(session.load());
    QVERIFY(session.recoveredDraftAt().isValid());
    QVERIFY(session.document()->body()->firstBlock().text().startsWith(drafts.last()));
}

QTEST_MAIN(TestAutosaveKill)
#include "tst_autosavekill.moc"
