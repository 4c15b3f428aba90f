// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/joinparagraphscommand.h"
#include "commands/moveparagraphcommand.h"
#include "commands/revertjoincommand.h"
#include "commands/splitparagraphcommand.h"
#include "jobs/importjob.h"
#include "models/archivecache.h"
#include "storage/database.h"
#include "storage/storyrepository.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Copydesk;

// The paragraph-structure commands against a real archive (the sample page imported): each
// redo writes a revision, undo restores the paragraphs exactly, redo does it again. What is
// stored is read back through a connection of its own, not the cache the commands write with.
class TestParagraphCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void splitUndoRedo();
    void joinUndoRedo();
    void moveToAnotherStoryUndoRedo();
    void revertJoinUndoRedo();
    void failedFirstRunLeavesTheStackEmpty();

private:
    QStringList storedTexts(qint64 storyId) const;
    int revisionCount(qint64 storyId) const;
    QString decisionStatus(qint64 storyId, qint64 decisionId) const;
    // A story of the page with at least `paragraphs` paragraphs, 0 if none.
    qint64 storyWith(int paragraphs, qint64 except = 0) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_archive;
    qint64 m_pageId = 0;
    std::unique_ptr<ArchiveCache> m_cache;
    std::unique_ptr<QUndoStack> m_stack;
};

void TestParagraphCommands::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestParagraphCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_archive = m_dir->filePath(QStringLiteral("archive.sqlite"));
    ImportParams p;
    p.archivePath = m_archive;
    p.user = QStringLiteral("importer");
    p.inputs.push_back({QStringLiteral("page.txt"), QString(),
                        TestSupport::readFile(TestSupport::samplePagePath())});
    const ImportReport report = ImportJob::run(p);
    QVERIFY(report.allSucceeded() && !report.outcomes.isEmpty());
    m_pageId = report.outcomes.first().pageId;
    m_cache = std::make_unique<ArchiveCache>();
    QVERIFY(m_cache->open(m_archive, Database::Mode::ReadWrite));
    m_stack = std::make_unique<QUndoStack>();
}

void TestParagraphCommands::cleanup()
{
    m_stack.reset(); // the commands point at the cache
    m_cache.reset();
}

QStringList TestParagraphCommands::storedTexts(qint64 storyId) const
{
    auto db = Database::open(m_archive);
    if (!db)
        return {};
    auto story = StoryRepository(*db.value()).story(storyId);
    QStringList texts;
    if (story) {
        for (const ParagraphRecord &paragraph : story->paragraphs)
            texts << paragraph.text;
    }
    return texts;
}

int TestParagraphCommands::revisionCount(qint64 storyId) const
{
    auto db = Database::open(m_archive);
    if (!db)
        return -1;
    auto revisions = StoryRepository(*db.value()).revisions(storyId);
    return revisions ? int(revisions->size()) : -1;
}

QString TestParagraphCommands::decisionStatus(qint64 storyId, qint64 decisionId) const
{
    auto db = Database::open(m_archive);
    if (!db)
        return {};
    auto decisions = StoryRepository(*db.value()).decisions(storyId);
    if (decisions) {
        for (const DecisionRecord &d : decisions.value()) {
            if (d.id == decisionId)
                return d.status;
        }
    }
    return {};
}

qint64 TestParagraphCommands::storyWith(int paragraphs, qint64 except) const
{
    for (const StorySummary &story : m_cache->stories(m_pageId)) {
        if (story.id != except && story.paragraphCount >= paragraphs)
            return story.id;
    }
    return 0;
}

void TestParagraphCommands::splitUndoRedo()
{
    const qint64 story = storyWith(1);
    QVERIFY(story > 0);
    const QStringList before = storedTexts(story);
    const QString first = before.first();
    QVERIFY(first.size() > 4);
    int offset = first.size() / 2;
    while (offset < first.size() - 1 && first.at(offset).isSpace())
        ++offset;
    const int revisions = revisionCount(story);

    QVERIFY(
        Commands::splitParagraph(*m_stack, *m_cache, {story, 0}, offset, QStringLiteral("editor")));
    QCOMPARE(m_stack->count(), 1);
    QStringList after = storedTexts(story);
    QCOMPARE(after.size(), before.size() + 1);
    QCOMPARE(after.at(0), first.left(offset).trimmed());
    QCOMPARE(after.at(1), first.mid(offset).trimmed());
    QCOMPARE(revisionCount(story), revisions + 1);
    // The cache the views read from follows.
    QCOMPARE(m_cache->story(story)->paragraphs.size(), after.size());

    m_stack->undo();
    QCOMPARE(storedTexts(story), before);
    QCOMPARE(revisionCount(story), revisions + 2);
    m_stack->redo();
    QCOMPARE(storedTexts(story), after);
}

void TestParagraphCommands::joinUndoRedo()
{
    const qint64 story = storyWith(2);
    QVERIFY(story > 0);
    const QStringList before = storedTexts(story);
    const int revisions = revisionCount(story);

    QVERIFY(Commands::joinParagraphs(*m_stack, *m_cache, {story, 0}, QStringLiteral("editor")));
    const QStringList after = storedTexts(story);
    QCOMPARE(after.size(), before.size() - 1);
    QVERIFY(after.first().startsWith(before.at(0)));
    QVERIFY(after.first().endsWith(before.at(1)));
    QCOMPARE(revisionCount(story), revisions + 1);

    m_stack->undo();
    QCOMPARE(storedTexts(story), before);
    m_stack->redo();
    QCOMPARE(storedTexts(story), after);
    m_stack->undo();
    QCOMPARE(storedTexts(story), before);
}

void TestParagraphCommands::moveToAnotherStoryUndoRedo()
{
    const qint64 from = storyWith(2);
    const qint64 to = storyWith(1, from);
    QVERIFY(from > 0 && to > 0);
    const QStringList fromBefore = storedTexts(from);
    const QStringList toBefore = storedTexts(to);
    const int last = int(fromBefore.size()) - 1;
    const int toRevisions = revisionCount(to);

    // Past the end of the target story: appended there.
    QVERIFY(Commands::moveParagraph(*m_stack, *m_cache, {from, last}, {to, 1000},
                                    QStringLiteral("editor")));
    QCOMPARE(storedTexts(from), fromBefore.mid(0, last));
    QCOMPARE(storedTexts(to), toBefore + QStringList{fromBefore.last()});
    QCOMPARE(revisionCount(to), toRevisions + 1);

    m_stack->undo();
    QCOMPARE(storedTexts(from), fromBefore);
    QCOMPARE(storedTexts(to), toBefore);
    m_stack->redo();
    QCOMPARE(storedTexts(to).last(), fromBefore.last());
    QCOMPARE(storedTexts(from).size(), fromBefore.size() - 1);
}

void TestParagraphCommands::revertJoinUndoRedo()
{
    qint64 story = 0;
    qint64 decision = 0;
    for (const StorySummary &s : m_cache->stories(m_pageId)) {
        auto decisions = m_cache->decisions(s.id);
        QVERIFY(decisions);
        for (const DecisionRecord &d : decisions.value()) {
            if ((d.decision.kind == QLatin1String("join") ||
                 d.decision.kind == QLatin1String("jump")) &&
                d.status == QLatin1String("applied") && !decision) {
                story = s.id;
                decision = d.id;
            }
        }
    }
    if (!decision)
        QSKIP("cleanup recorded no join on the sample page");
    const QStringList before = storedTexts(story);
    const int revisions = revisionCount(story);

    QVERIFY(Commands::revertJoin(*m_stack, *m_cache, decision, QStringLiteral("editor")));
    QCOMPARE(storedTexts(story).size(), before.size() + 1);
    QCOMPARE(decisionStatus(story, decision), QStringLiteral("reverted"));
    QCOMPARE(revisionCount(story), revisions + 1);

    m_stack->undo();
    QCOMPARE(storedTexts(story), before);
    QCOMPARE(decisionStatus(story, decision), QStringLiteral("applied"));
    m_stack->redo();
    QCOMPARE(storedTexts(story).size(), before.size() + 1);
    QCOMPARE(decisionStatus(story, decision), QStringLiteral("reverted"));

    // Re-applying through its own command, then undoing that, reverts again.
    QVERIFY(Commands::reapplyJoin(*m_stack, *m_cache, decision, QStringLiteral("editor")));
    QCOMPARE(storedTexts(story), before);
    m_stack->undo();
    QCOMPARE(decisionStatus(story, decision), QStringLiteral("reverted"));
}

void TestParagraphCommands::failedFirstRunLeavesTheStackEmpty()
{
    const qint64 story = storyWith(1);
    QVERIFY(story > 0);
    const QStringList before = storedTexts(story);
    QSignalSpy failed(m_cache.get(), &ArchiveCache::writeFailed);
    // Offset 0 is not a place to split; a paragraph index past the end names nothing.
    QVERIFY(!Commands::splitParagraph(*m_stack, *m_cache, {story, 0}, 0, QStringLiteral("editor")));
    QVERIFY(!Commands::joinParagraphs(*m_stack, *m_cache, {story, int(before.size())},
                                      QStringLiteral("editor")));
    QCOMPARE(m_stack->count(), 0);
    QCOMPARE(failed.count(), 1); // the repository's refusal is announced
    QCOMPARE(storedTexts(story), before);
}

QTEST_GUILESS_MAIN(TestParagraphCommands)
#include "tst_paragraphcommands.moc"
