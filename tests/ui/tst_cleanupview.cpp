// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cleanupview.h"
#include "jobs/importjob.h"
#include "mainwindow.h"
#include "models/archivecache.h"
#include "storage/database.h"
#include "storage/storyrepository.h"
#include "testsupport.h"

#include <QAction>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTreeWidget>
#include <QUndoGroup>

using namespace Copydesk;

// The Raw | Clean tab driven as an editor drives it: pick a decision, revert the join with
// its shortcut, undo from the Edit menu; split at the cursor; move a paragraph; clean the
// page up again without losing the hand corrections. The archive is read back through a
// connection of its own.
class TestCleanupView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheStoryBesideTheRawText();
    void revertJoinThroughTheViewAndUndo();
    void splitAtTheCursorAndUndo();
    void moveParagraphToAnotherStory();
    void recleanKeepsTheEditorsChanges();

private:
    int storedParagraphs(qint64 storyId) const;
    int storedRevisions(qint64 storyId) const;
    // A story with an applied join or jump, and that decision.
    std::pair<qint64, qint64> storyWithJoin() const;
    void showStory(qint64 storyId);
    void undo();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_archive;
    qint64 m_pageId = 0;
    std::unique_ptr<MainWindow> m_window;
    CleanupView *m_view = nullptr;
};

void TestCleanupView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCleanupView::init()
{
    QSettings().clear();
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

    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openArchive(m_archive));
    m_view = m_window->cleanupView();
    QVERIFY(m_view);
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    QVERIFY(tabs);
    tabs->setCurrentWidget(m_view);
}

void TestCleanupView::cleanup()
{
    m_window.reset();
    QSettings().clear();
}

int TestCleanupView::storedParagraphs(qint64 storyId) const
{
    auto db = Database::open(m_archive);
    auto story = StoryRepository(*db.value()).story(storyId);
    return story ? int(story->paragraphs.size()) : -1;
}

int TestCleanupView::storedRevisions(qint64 storyId) const
{
    auto db = Database::open(m_archive);
    auto revisions = StoryRepository(*db.value()).revisions(storyId);
    return revisions ? int(revisions->size()) : -1;
}

std::pair<qint64, qint64> TestCleanupView::storyWithJoin() const
{
    ArchiveCache *cache = m_window->archive();
    for (const StorySummary &story : cache->stories(m_pageId)) {
        auto decisions = cache->decisions(story.id);
        if (!decisions)
            continue;
        for (const DecisionRecord &d : decisions.value()) {
            if ((d.decision.kind == QLatin1String("join") ||
                 d.decision.kind == QLatin1String("jump")) &&
                d.status == QLatin1String("applied"))
                return {story.id, d.id};
        }
    }
    return {0, 0};
}

void TestCleanupView::showStory(qint64 storyId)
{
    QVERIFY(m_window->selectPage(m_pageId));
    QVERIFY(m_window->selectStory(storyId));
    QCOMPARE(m_view->storyId(), storyId);
}

void TestCleanupView::undo()
{
    QVERIFY(m_window->undoGroup()->canUndo());
    m_window->undoGroup()->undo();
}

void TestCleanupView::showsTheStoryBesideTheRawText()
{
    const auto [storyId, decisionId] = storyWithJoin();
    QVERIFY(storyId > 0);
    showStory(storyId);
    auto *raw = m_view->findChild<QPlainTextEdit *>(QStringLiteral("rawText"));
    auto *clean = m_view->findChild<QTextEdit *>(QStringLiteral("cleanText"));
    auto *decisions = m_view->findChild<QTreeWidget *>(QStringLiteral("decisionList"));
    QVERIFY(raw && clean && decisions);
    const auto story = m_window->archive()->story(storyId);
    QCOMPARE(raw->toPlainText(), m_window->archive()->normalizedText(m_pageId).value());
    QCOMPARE(clean->document()->blockCount(), int(story->paragraphs.size()));
    QCOMPARE(decisions->topLevelItemCount(), int(m_window->archive()->decisions(storyId)->size()));
    // Shaded spans and junction marks on the left.
    QVERIFY(raw->extraSelections().size() > story->paragraphs.size());

    // Moving the Clean cursor into a paragraph shows its source on the left.
    const int last = int(story->paragraphs.size()) - 1;
    m_view->setCursor(last, 1);
    QCOMPARE(m_view->currentParagraph(), last);
    QCOMPARE(m_view->rawCursorPosition(), story->paragraphs.at(last).spans.first().start + 1);
}

void TestCleanupView::revertJoinThroughTheViewAndUndo()
{
    const auto [storyId, decisionId] = storyWithJoin();
    QVERIFY(storyId > 0);
    showStory(storyId);
    const int paragraphs = storedParagraphs(storyId);
    const int revisions = storedRevisions(storyId);

    auto *decisions = m_view->findChild<QTreeWidget *>(QStringLiteral("decisionList"));
    QVERIFY(m_view->selectDecision(decisionId));
    QVERIFY(m_view->revertJoinAction()->isEnabled());
    QVERIFY(!m_view->reapplyJoinAction()->isEnabled());
    decisions->setFocus();
    QTest::keyClick(decisions, Qt::Key_R, Qt::ControlModifier | Qt::AltModifier);

    QCOMPARE(storedParagraphs(storyId), paragraphs + 1);
    QCOMPARE(storedRevisions(storyId), revisions + 1);
    auto *clean = m_view->findChild<QTextEdit *>(QStringLiteral("cleanText"));
    QCOMPARE(clean->document()->blockCount(), paragraphs + 1);
    QCOMPARE(m_view->currentDecisionId(), decisionId);
    QCOMPARE(decisions->currentItem()->text(3), QStringLiteral("Reverted"));
    QVERIFY(m_view->reapplyJoinAction()->isEnabled());
    QCOMPARE(m_window->undoGroup()->undoText(), QStringLiteral("Revert join"));

    undo();
    QCOMPARE(storedParagraphs(storyId), paragraphs);
    QCOMPARE(clean->document()->blockCount(), paragraphs);
    QCOMPARE(decisions->currentItem()->text(3), QStringLiteral("Applied"));
    m_window->undoGroup()->redo();
    QCOMPARE(storedParagraphs(storyId), paragraphs + 1);
}

void TestCleanupView::splitAtTheCursorAndUndo()
{
    const auto [storyId, decisionId] = storyWithJoin();
    Q_UNUSED(decisionId)
    showStory(storyId);
    const auto story = m_window->archive()->story(storyId);
    const QString first = story->paragraphs.first().text;
    const int paragraphs = int(story->paragraphs.size());
    const int revisions = storedRevisions(storyId);

    m_view->setCursor(0, 0);
    QVERIFY(!m_view->splitAction()->isEnabled()); // nothing before the cursor
    m_view->setCursor(0, int(first.size()) / 2);
    QVERIFY(m_view->splitAction()->isEnabled());
    auto *clean = m_view->findChild<QTextEdit *>(QStringLiteral("cleanText"));
    clean->setFocus();
    QTest::keyClick(clean, Qt::Key_S, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(storedParagraphs(storyId), paragraphs + 1);
    QCOMPARE(storedRevisions(storyId), revisions + 1);
    QCOMPARE(m_view->currentParagraph(), 1); // the cursor follows the second half

    undo();
    QCOMPARE(storedParagraphs(storyId), paragraphs);
    QCOMPARE(m_window->archive()->story(storyId)->paragraphs.first().text, first);

    // Join with next and undo, from the same place.
    m_view->setCursor(0, 0);
    QVERIFY(m_view->joinAction()->isEnabled() == (paragraphs > 1));
    if (paragraphs > 1) {
        m_view->joinAction()->trigger();
        QCOMPARE(storedParagraphs(storyId), paragraphs - 1);
        undo();
        QCOMPARE(storedParagraphs(storyId), paragraphs);
    }
}

void TestCleanupView::moveParagraphToAnotherStory()
{
    const auto [storyId, decisionId] = storyWithJoin();
    Q_UNUSED(decisionId)
    showStory(storyId);
    qint64 other = 0;
    for (const StorySummary &s : m_window->archive()->stories(m_pageId)) {
        if (s.id != storyId)
            other = s.id;
    }
    QVERIFY(other > 0);
    const int from = storedParagraphs(storyId);
    const int to = storedParagraphs(other);
    m_view->setCursor(from - 1, 0);
    QVERIFY(m_view->moveAction()->isEnabled());
    QVERIFY(m_view->moveCurrentParagraphTo(other));
    QCOMPARE(storedParagraphs(storyId), from - 1);
    QCOMPARE(storedParagraphs(other), to + 1);
    undo();
    QCOMPARE(storedParagraphs(storyId), from);
    QCOMPARE(storedParagraphs(other), to);
}

void TestCleanupView::recleanKeepsTheEditorsChanges()
{
    const auto [storyId, decisionId] = storyWithJoin();
    showStory(storyId);
    const int paragraphs = storedParagraphs(storyId);
    QVERIFY(m_view->selectDecision(decisionId));
    m_view->revertJoinAction()->trigger();
    QCOMPARE(storedParagraphs(storyId), paragraphs + 1);

    QSignalSpy finished(m_view, &CleanupView::recleanFinished);
    QVERIFY(m_view->recleanAction()->isEnabled());
    m_view->recleanAction()->trigger();
    QVERIFY(m_view->isRecleanRunning());
    QVERIFY(finished.wait(60000));
    const QString message = finished.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral(": 1 stor")), qPrintable(message));
    // The reverted join survives: the story kept its id and its extra paragraph.
    QCOMPARE(storedParagraphs(storyId), paragraphs + 1);
    QCOMPARE(m_window->archive()->story(storyId)->paragraphs.size(), paragraphs + 1);

    if (!qEnvironmentVariableIsEmpty("COPYDESK_SCREENSHOT")) {
        QVERIFY(m_window->selectStory(storyId));
        m_view->setCursor(0, 3);
        m_window->resize(1400, 860);
        QTest::qWait(50);
        QVERIFY(m_window->grab().save(qEnvironmentVariable("COPYDESK_SCREENSHOT")));
    }
}

QTEST_MAIN(TestCleanupView)
#include "tst_cleanupview.moc"
