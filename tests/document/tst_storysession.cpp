// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../models/archivefixture.h"
#include "commands/storysession.h"
#include "models/archivecache.h"
#include "storage/draftrepository.h"
#include "storage/storyrepository.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QUndoStack>

using namespace Copydesk;
using Commands::StorySession;

// The editor's session over a real archive: typing forwarded into the undo stack, drafts,
// revisions for every stored change, restoring revisions and recovering drafts.
class TestStorySession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void typingIsUndoneThroughTheStack();
    void commitStoresARevisionAndDropsTheDraft();
    void unchangedParagraphsKeepTheirIds();
    void draftIsSavedAfterAnIdlePause();
    void replaceTextIsUndoableAndRecorded();
    void replaceTextRefusesChangedText();
    void replaceAllIsOneStep();
    void fieldEditsAreRecorded();
    void restoreRevisionIsANewRevisionAndUndoable();
    void newerDraftIsRecovered();
    void draftOlderThanTheLastRevisionIsDropped();
    void externalChangeReloadsAnUnmodifiedBody();
    void typingStepsBeforeAnExternalChangeStopApplying();

private:
    StoryRecord stored() const;
    QVector<RevisionRecord> storedRevisions() const;
    std::optional<DraftRepository::Draft> storedDraft() const;
    static void type(StorySession &session, int block, int offset, const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_archive;
    qint64 m_storyId = 0;
};

void TestStorySession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!TestSupport::sqliteAvailable())
        QSKIP("The Qt SQLite driver is not installed");
}

void TestStorySession::init()
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
    // A story with at least two paragraphs.
    for (const StorySummary &s : stories.value()) {
        if (s.paragraphCount >= 2) {
            m_storyId = s.id;
            break;
        }
    }
    QVERIFY(m_storyId > 0);
}

StoryRecord TestStorySession::stored() const
{
    auto db = Database::open(m_archive); // what is really in the file
    auto story = StoryRepository(*db.value()).story(m_storyId);
    return story ? story.value() : StoryRecord{};
}

QVector<RevisionRecord> TestStorySession::storedRevisions() const
{
    auto db = Database::open(m_archive);
    auto revisions = StoryRepository(*db.value()).revisions(m_storyId);
    return revisions ? revisions.value() : QVector<RevisionRecord>{};
}

std::optional<DraftRepository::Draft> TestStorySession::storedDraft() const
{
    auto db = Database::open(m_archive);
    auto draft = DraftRepository(*db.value()).draft(m_storyId);
    return draft ? draft.value() : std::nullopt;
}

void TestStorySession::type(StorySession &session, int block, int offset, const QString &text)
{
    QTextCursor cursor(session.document()->body()->findBlockByNumber(block));
    cursor.setPosition(cursor.position() + offset);
    for (const QChar c : text)
        cursor.insertText(QString(c)); // one keystroke at a time, as the editor does
}

void TestStorySession::typingIsUndoneThroughTheStack()
{
    ArchiveCache cache;
    QVERIFY(cache.open(m_archive, Database::Mode::ReadWrite).ok());
    QUndoStack stack;
    StorySession session(&cache, m_storyId, &stack, QStringLiteral("tester"));
    QVERIFY(session.load());
    const QString original = session.document()->blockText(0);
    type(session, 0, 0, QStringLiteral("ABC"));
    QCOMPARE(session.document()->blockText(0), QStringLiteral("ABC") + original);
    QVERIFY(stack.count() >= 1);
    QVERIFY(session.isModified());
    while (stack.canUndo())
        stack.undo();
    QCOMPARE(session.document()->blockText(0), original);
    QVERIFY(!session.isModified());
    while (stack.canRedo())
        stack.redo();
    QCOMPARE(session.document()->blockText(0), QStringLiteral("ABC") + original);
}

void TestStorySession::commitStoresARevisionAndDropsTheDraft()
{
    ArchiveCache cache;
    QVERIFY(cache.open(m_archive, Database::Mode::ReadWrite).ok());
    QUndoStack stack;
    StorySession session(&cache, m_storyId, &stack, QStringLiteral("tester"));
    QVERIFY(session.load());
    const int revisionsBefore = int(storedRevisions().size());
    const QString original = session.document()->blockText(1);
    type(session, 1, 0, QStringLiteral("新"));
    QVERIFY(session.saveDraft().ok());
    const auto draft = storedDraft();
    QVERIFY(draft.has_value());
    QCOMPARE(draft->author, QStringLiteral("tester"));
    QVERIFY(QString::fromUtf8(draft->snapshot).contains(QStringLiteral("新") + original));
    QCOMPARE(stored().paragraphs.at(1).text, original); // a draft is not a revision

    QVERIFY(session.commit().ok());
    QVERIFY(!storedDraft().has_value());
    QCOMPARE(stored().paragraphs.at(1).text, QStringLiteral("新") + original);
    const QVector<RevisionRecord> revisions = storedRevisions();
    QCOMPARE(revisions.size(), revisionsBefore + 1);
    QCOMPARE(revisions.last().author, QStringLiteral("tester"));
    QCOMPARE(revisions.last().action, QStringLiteral("edit text"));
    QVERIFY(stack.isClean());
    QVERIFY(session.commit().ok()); // nothing changed: no revision
    QCOMPARE(storedRevisions().size(), revisionsBefore + 1);
}

void TestStorySession::unchangedParagraphsKeepTheirIds()
{
    ArchiveCache cache;
    QVERIFY(cache.open(m_archive, Database::Mode::ReadWrite).ok());
    QUndoStack stack;
    StorySession session(&cache, m_storyId, &stack, QStringLiteral("tester"));
    QVERIFY(session.load());
    const StoryRecord before = stored();
    // Split the first paragraph in two and edit the last one.
    QTextCursor cursor(session.document()->body()->firstBlock());
    cursor.setPosition(2);
    cursor.insertBlock();
    const int last = session.document()->blockCount() - 1;
    type(session, last, 0, QStringLiteral("末"));
    QVERIFY(session.commit().ok());
    const StoryRecord after = stored();
    QCOMPARE(after.paragraphs.size(), before.paragraphs.size() + 1);
    QCOMPARE(after.paragraphs.at(0).text, before.paragraphs.at(0).text.left(2));
    QCOMPARE(after.paragraphs.at(1).text, before.paragraphs.at(0).text.mid(2));
    QCOMPARE(after.paragraphs.last().text, QStringLiteral("末") + before.paragraphs.last().text);
    QCOMPARE(after.paragraphs.last().id, before.paragraphs.last().id);
    if (before.paragraphs.size() > 2) // the untouched middle keeps its rows
        QCOMPARE(after.paragraphs.at(2).id, before.paragraphs.at(1).id);
    QCOMPARE(session.document()->paragraphs().size(), after.paragraphs.size());
}

void TestStorySession::draftIsSavedAfterAnIdlePause()
{
    ArchiveCache cache;
    QVERIFY(cache.open(m_archive, Database::Mode::ReadWrite).ok());
    QUndoStack stack;
    StorySession session(&cache, m_storyId, &stack, QStringLiteral("tester"));
    session.setTiming({50, 200, 600000});
    QVERIFY(session.load());
    QSignalSpy saved(&session, &StorySession::draftSaved);
    type(session, 0, 0, QStringLiteral("X"));
    QTRY_COMPARE(saved.count(), 1);
    QVERIFY(storedDraft().has_value());
    QVERIFY(QString::fromUtf8(storedDraft()->snapshot).contains(QStringLiteral("X")));
    QCOMPARE(saved.count(), 1); // nothing typed since: no second save
}

void TestStorySession::replaceTextIsUndoableAndRecorded()
{
    ArchiveCache cache;
    QVERIFY(cache.open(m_archive, Database::Mode::ReadWrite).ok());
    QUndoStack stack;
    StorySession session(&cache, m_storyId, &stack, QStringLiteral("tester"));
    QVERIFY(session.load());
    const QString original = session.document()->blockText(0);
    const QString word = original.left(2);
    const int revisionsBefore = int(storedRevisions().size());
    QVERIFY(session
                .replaceText({0, 0, 2, word, QStringLiteral("替换")},
                             QStringLiteral("apply suggestion"))
                .ok());
    QCOMPARE(session.document()->blockText(0), QStringLiteral("替换") + original.mid(2));
    QCOMPARE(stored().paragraphs.at(0).text, QStringLiteral("替换") + original.mid(2));
    QCOMPARE(storedRevisions().size(), revisionsBefore + 1);
    QCOMPARE(storedRevisions().last().action, QStringLiteral("apply suggestion"));
    QCOMPARE(stack.count(), 1);

    stack.undo();
    QCOMPARE(session.document()->blockText(0), original);
    QCOMPARE(stored().paragraphs.at(0).text, original);
    QCOMPARE(storedRevisions().size(), revisionsBefore + 2);
    QVERIFY(storedRevisions().last().action.startsWith(QStringLiteral("undo: ")));
    stack.redo();
    QCOMPARE(stored().paragraphs.at(0).text, QStringLiteral("替换") + original.mid(2));
    QVERIFY(storedRevisions().last().action.startsWith(QStringLiteral("redo: ")));
}

void TestStorySession::replaceTextRefusesChangedText()
{
    ArchiveCache cache;
    QVERIFY(cache.open(m_archive, Database::Mode::ReadWrite).ok());
    QUndoStack stack;
    StorySession session(&cache, m_storyId, &stack, QStringLiteral("tester"));
    QVERIFY(session.load());
    const QString original = session.document()->blockText(0);
    const Status s = session.replaceText({0, 0, 2, QStringLiteral("不在"), QStringLiteral("x")},
                                         QStringLiteral("apply suggestion"));
    QVERIFY(!s.ok());
    QCOMPARE(session.document()->blockText(0), original);
    QCOMPARE(stack.count(), 0);
}

void TestStorySession::replaceAllIsOneStep()
{
    ArchiveCache cache;
    QVERIFY(cache.open(m_archive, Database::Mode::ReadWrite).ok());
    QUndoStack stack;
    StorySession session(&cache, m_storyId, &stack, QStringLiteral("tester"));
    QVERIFY(session.load());
    const QStringList original = session.document()->blocks();
    const QString a = original.at(0).mid(0, 1);
    const QString b = original.at(0).mid(3, 1);
    const QString c = original.at(1).mid(0, 1);
    QVERIFY(session
                .replaceAll({{0, 0, 1, a, QStringLiteral("甲乙")},
                             {0, 3, 1, b, QStringLiteral("丙")},
                             {1, 0, 1, c, QString()}},
                            QStringLiteral("Accept all"), QStringLiteral("accept all"))
                .ok());
    QCOMPARE(session.document()->blockText(0), QStringLiteral("甲乙") + original.at(0).mid(1, 2) +
                                                   QStringLiteral("丙") + original.at(0).mid(4));
    QCOMPARE(session.document()->blockText(1), original.at(1).mid(1));
    QCOMPARE(stack.count(), 1);
    stack.undo();
    QCOMPARE(session.document()->blocks(), original);
}

void TestStorySession::fieldEditsAreRecorded()
{
    ArchiveCache cache;
    QVERIFY(cache.open(m_archive, Database::Mode::ReadWrite).ok());
    QUndoStack stack;
    StorySession session(&cache, m_storyId, &stack, QStringLiteral("tester"));
    QVERIFY(session.load());
    type(session, 0, 0, QStringLiteral("T"));
    StoryDocument::Fields fields = session.document()->fields();
    const QString original = fields.headline;
    fields.headline = QStringLiteral("新标题");
    QVERIFY(session.editFields(fields).ok());
    // The typing before is stored first, then the field edit: two revisions.
    const QVector<RevisionRecord> revisions = storedRevisions();
    QCOMPARE(revisions.at(revisions.size() - 2).action, QStringLiteral("edit text"));
    QVERIFY(revisions.last().action.contains(QStringLiteral("headline")));
    QCOMPARE(stored().summary.headline, QStringLiteral("新标题"));
    QCOMPARE(session.document()->headline(), QStringLiteral("新标题"));
    stack.undo();
    QCOMPARE(session.document()->headline(), original);
    QCOMPARE(stored().summary.headline, original);
    QVERIFY(session.document()->blockText(0).startsWith(QStringLiteral("T")));
}

void TestStorySession::restoreRevisionIsANewRevisionAndUndoable()
{
    ArchiveCache cache;
    QVERIFY(cache.open(m_archive, Database::Mode::ReadWrite).ok());
    QUndoStack stack;
    StorySession session(&cache, m_storyId, &stack, QStringLiteral("tester"));
    QVERIFY(session.load());
    const QStringList original = session.document()->paragraphs();
    const qint64 importRevision = storedRevisions().first().id;
    type(session, 0, 0, QStringLiteral("改"));
    StoryDocument::Fields fields = session.document()->fields();
    fields.headline = QStringLiteral("另一个标题");
    QVERIFY(session.editFields(fields).ok());
    const QStringList edited = session.document()->paragraphs();
    const int revisionsBefore = int(storedRevisions().size());

    QVERIFY(session.restoreRevision(importRevision).ok());
    QCOMPARE(session.document()->paragraphs(), original);
    QCOMPARE(stored().summary.headline, session.document()->headline());
    QVERIFY(session.document()->headline() != QStringLiteral("另一个标题"));
    QCOMPARE(storedRevisions().size(), revisionsBefore + 1);
    QCOMPARE(storedRevisions().last().action,
             QStringLiteral("restore revision %1").arg(importRevision));

    stack.undo();
    QCOMPARE(session.document()->paragraphs(), edited);
    QCOMPARE(session.document()->headline(), QStringLiteral("另一个标题"));
    QCOMPARE(stored().summary.headline, QStringLiteral("另一个标题"));
    QCOMPARE(stored().paragraphs.at(0).text, edited.at(0));
}

void TestStorySession::newerDraftIsRecovered()
{
    QString original;
    {
        ArchiveCache cache;
        QVERIFY(cache.open(m_archive, Database::Mode::ReadWrite).ok());
        QUndoStack stack;
        StorySession session(&cache, m_storyId, &stack, QStringLiteral("tester"));
        QVERIFY(session.load());
        original = session.document()->blockText(0);
        type(session, 0, 0, QStringLiteral("草稿"));
        QVERIFY(session.saveDraft().ok());
        // Gone without commit(), as after a crash.
    }
    ArchiveCache cache;
    QVERIFY(cache.open(m_archive, Database::Mode::ReadWrite).ok());
    QUndoStack stack;
    StorySession session(&cache, m_storyId, &stack, QStringLiteral("tester"));
    QVERIFY(session.load());
    QVERIFY(session.recoveredDraftAt().isValid());
    QCOMPARE(session.document()->blockText(0), QStringLiteral("草稿") + original);
    QVERIFY(session.isModified());
    QCOMPARE(stack.count(), 1); // undo goes back to the archive's text
    QVERIFY(session.commit().ok());
    QCOMPARE(stored().paragraphs.at(0).text, QStringLiteral("草稿") + original);
    QCOMPARE(storedRevisions().last().action, QStringLiteral("recover autosaved text"));
    QVERIFY(!session.recoveredDraftAt().isValid());
    QVERIFY(!storedDraft().has_value());
}

void TestStorySession::draftOlderThanTheLastRevisionIsDropped()
{
    {
        ArchiveCache cache;
        QVERIFY(cache.open(m_archive, Database::Mode::ReadWrite).ok());
        QUndoStack stack;
        StorySession session(&cache, m_storyId, &stack, QStringLiteral("tester"));
        QVERIFY(session.load());
        type(session, 0, 0, QStringLiteral("旧"));
        QVERIFY(session.saveDraft().ok());
        QTest::qWait(5); // the revision is later than the draft
        // Another editor stores a revision after the draft was written.
        auto db = Database::open(m_archive);
        const StoryRecord s = stored();
        QStringList paragraphs;
        for (const ParagraphRecord &p : s.paragraphs)
            paragraphs << p.text;
        paragraphs[0] = QStringLiteral("新") + paragraphs[0];
        QVERIFY(StoryRepository(*db.value())
                    .updateStory(m_storyId,
                                 {s.summary.kicker, s.summary.headline, s.summary.byline},
                                 paragraphs, QStringLiteral("other"), QStringLiteral("edit text"))
                    .ok());
    }
    ArchiveCache cache;
    QVERIFY(cache.open(m_archive, Database::Mode::ReadWrite).ok());
    QUndoStack stack;
    StorySession session(&cache, m_storyId, &stack, QStringLiteral("tester"));
    QVERIFY(session.load());
    QVERIFY(!session.recoveredDraftAt().isValid());
    QVERIFY(session.document()->blockText(0).startsWith(QStringLiteral("新")));
    QVERIFY(!storedDraft().has_value());
}

void TestStorySession::externalChangeReloadsAnUnmodifiedBody()
{
    ArchiveCache cache;
    QVERIFY(cache.open(m_archive, Database::Mode::ReadWrite).ok());
    QUndoStack stack;
    StorySession session(&cache, m_storyId, &stack, QStringLiteral("tester"));
    QVERIFY(session.load());
    StoryRepository::Fields fields{session.document()->kicker(), session.document()->headline(),
                                   session.document()->byline()};
    const QStringList shorter = session.document()->paragraphs().mid(1);
    QVERIFY(cache
                .updateStory(m_storyId, fields, shorter, QStringLiteral("other"),
                             QStringLiteral("remove paragraph"))
                .ok());
    QCOMPARE(session.document()->paragraphs(), shorter);
    QVERIFY(!session.isModified());
}

void TestStorySession::typingStepsBeforeAnExternalChangeStopApplying()
{
    ArchiveCache cache;
    QVERIFY(cache.open(m_archive, Database::Mode::ReadWrite).ok());
    QUndoStack stack;
    StorySession session(&cache, m_storyId, &stack, QStringLiteral("tester"));
    QVERIFY(session.load());
    type(session, 0, 0, QStringLiteral("甲"));
    QVERIFY(session.commit().ok());
    QCOMPARE(stack.count(), 1);
    // Another change of the archive (a review decision) replaces the body.
    const QStringList shorter = session.document()->paragraphs().mid(1);
    QVERIFY(cache
                .updateStory(m_storyId,
                             {session.document()->kicker(), session.document()->headline(),
                              session.document()->byline()},
                             shorter, QStringLiteral("other"), QStringLiteral("remove"))
                .ok());
    QCOMPARE(session.document()->paragraphs(), shorter);
    const int revisions = int(storedRevisions().size());
    stack.undo(); // the typing step no longer applies: nothing changes, nothing is stored
    QCOMPARE(session.document()->paragraphs(), shorter);
    QCOMPARE(int(storedRevisions().size()), revisions);
    stack.redo();
    QCOMPARE(session.document()->paragraphs(), shorter);
    type(session, 0, 0, QStringLiteral("乙")); // new typing is undoable again
    stack.undo();
    QCOMPARE(session.document()->paragraphs(), shorter);
}

QTEST_MAIN(TestStorySession)
#include "tst_storysession.moc"
