// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../models/archivefixture.h"
#include "commands/storysession.h"
#include "mainwindow.h"
#include "models/archivecache.h"
#include "problemspanel.h"
#include "proofing/hunspelldictionary.h"
#include "revisionsdialog.h"
#include "spellhighlighter.h"
#include "storage/erratarepository.h"
#include "storage/storyrepository.h"
#include "storybodyedit.h"
#include "storypanel.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeWidget>
#include <QUndoGroup>
#include <QUndoStack>
#include <QWindow>

using namespace Copydesk;

// The story editor in the main window, driven as an editor drives it: right-click a flagged
// word and pick a suggestion, type and undo, work through the Problems panel, restore a
// revision.
class TestStoryEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void rightClickMisspeltWordAndPickASuggestion();
    void typingIsUndoneByTheEditMenu();
    void problemsPanelJumpsAcceptsAndIgnores();
    void acceptAllOfAKindOnThePage();
    void addedWordIsNoLongerUnderlined();
    void revisionsCanBeRestored();
    void storedDuplicateFlagIsDecidedFromTheProblemsPanel();
    void draftIsRecoveredOnStart();
    void chineseCheckOffersEveryCandidate();
    void problemsOfThePageLeadToTheirStory();
    void alwaysCorrectionGrowsTheErrataTable();
    void houseStyleOnDemandIsOneUndoableStep();
    void spellingLanguageIsChosenPerStory();

private:
    void openWindow();
    qint64 storyContaining(const QString &word) const;
    QString storedText(qint64 storyId) const;
    QPoint pointOf(const QString &word, int offset = 2) const;
    QMenu *rightClick(const QPoint &point) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_archive;
    std::unique_ptr<MainWindow> m_window;
    StoryBodyEdit *m_body = nullptr;
    StoryPanel *m_panel = nullptr;
};

namespace {
// Two stories; the first has a misspelt word, both have the same stray English word inside
// Chinese text.
QByteArray pageText()
{
    return QStringLiteral(
               "Council approves harbour budget\n\n"
               "The city council recieved the harbour plan on Tuesday and approved the budget "
               "after a long debate about the new piers.\n\n"
               "Work on the piers starts in spring, the council said.\n\n"
               "运河边的新图书馆开放\n\n"
               "市民在图书馆 and 运河公园参加活动，工作人员介绍了新的阅览室。\n\n"
               "图书馆每天开放十二小时，周末也有讲座 and 展览。\n")
        .toUtf8();
}
} // namespace

void TestStoryEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!TestSupport::sqliteAvailable())
        QSKIP("The Qt SQLite driver is not installed");
    if (!Proofing::HunspellDictionary(QStringLiteral("en_US")).isValid())
        QSKIP("hunspell-en-us is not installed");
}

void TestStoryEditor::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_archive = m_dir->filePath(QStringLiteral("archive.sqlite"));
    const ImportReport report =
        TestSupport::importText(m_archive, QStringLiteral("page.txt"), pageText());
    QVERIFY2(report.allSucceeded(), qPrintable(report.outcomes.value(0).message));
    openWindow();
}

void TestStoryEditor::cleanup()
{
    m_window.reset();
    QSettings().clear();
}

void TestStoryEditor::openWindow()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openArchive(m_archive));
    m_body = m_window->findChild<StoryBodyEdit *>(QStringLiteral("paragraphView"));
    m_panel = m_window->findChild<StoryPanel *>(QStringLiteral("storyPanel"));
    QVERIFY(m_body && m_panel);
}

qint64 TestStoryEditor::storyContaining(const QString &word) const
{
    for (const PageSummary &page : m_window->archive()->pages()) {
        for (const StorySummary &s : m_window->archive()->stories(page.id)) {
            const auto story = m_window->archive()->story(s.id);
            for (const ParagraphRecord &p : story->paragraphs) {
                if (p.text.contains(word))
                    return s.id;
            }
        }
    }
    return 0;
}

QString TestStoryEditor::storedText(qint64 storyId) const
{
    auto db = Database::open(m_archive); // the file, not the window's cache
    auto story = StoryRepository(*db.value()).story(storyId);
    QStringList texts;
    for (const ParagraphRecord &p : story->paragraphs)
        texts << p.text;
    return texts.join(QLatin1Char('\n'));
}

// A point inside `word`, `offset` characters from its start.
QPoint TestStoryEditor::pointOf(const QString &word, int offset) const
{
    const QTextCursor found = m_body->document()->find(word);
    if (found.isNull())
        return {};
    QTextCursor inside(m_body->document());
    inside.setPosition(found.selectionStart() + offset);
    return m_body->cursorRect(inside).center();
}

QMenu *TestStoryEditor::rightClick(const QPoint &point) const
{
    // Through the window, as the window system delivers it: the press asks for the menu.
    QWindow *window = m_window->windowHandle();
    const QPoint inWindow = m_body->viewport()->mapTo(m_window.get(), point);
    QTest::mousePress(window, Qt::RightButton, {}, inWindow);
    QTest::mouseRelease(window, Qt::RightButton, {}, inWindow);
    return m_body->findChild<QMenu *>(QStringLiteral("storyBodyMenu"));
}

void TestStoryEditor::rightClickMisspeltWordAndPickASuggestion()
{
    const qint64 storyId = storyContaining(QStringLiteral("recieved"));
    QVERIFY(storyId > 0);
    QVERIFY(m_window->selectStory(storyId));
    QCOMPARE(m_panel->storyId(), storyId);
    const int revisionsBefore = int(m_window->archive()->revisions(storyId)->size());

    const QPoint point = pointOf(QStringLiteral("recieved"));
    QVERIFY(!point.isNull());
    QMenu *menu = rightClick(point);
    QVERIFY(menu);
    QAction *received = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text() == QLatin1String("received"))
            received = action;
    }
    QVERIFY2(received, "hunspell offers “received”");
    QVERIFY(menu->findChild<QAction *>(QStringLiteral("addToDictionary")));
    QVERIFY(menu->findChild<QAction *>(QStringLiteral("ignoreFlag")));
    received->trigger();
    menu->close();

    QVERIFY(m_body->toPlainText().contains(QStringLiteral("council received the")));
    QVERIFY(!m_body->toPlainText().contains(QStringLiteral("recieved")));
    QVERIFY(storedText(storyId).contains(QStringLiteral("council received the")));
    const auto revisions = m_window->archive()->revisions(storyId);
    QCOMPARE(revisions->size(), revisionsBefore + 1);
    QVERIFY(revisions->last().action.contains(QStringLiteral("recieved → received")));

    auto *undo = m_window->findChild<QAction *>(QStringLiteral("actionUndo"));
    QVERIFY(undo && undo->isEnabled());
    undo->trigger();
    QVERIFY(m_body->toPlainText().contains(QStringLiteral("council recieved the")));
    QVERIFY(storedText(storyId).contains(QStringLiteral("council recieved the")));
    QCOMPARE(m_window->archive()->revisions(storyId)->size(), revisionsBefore + 2);
}

void TestStoryEditor::typingIsUndoneByTheEditMenu()
{
    const qint64 storyId = storyContaining(QStringLiteral("recieved"));
    QVERIFY(m_window->selectStory(storyId));
    const QString original = m_body->toPlainText();
    m_body->setFocus();
    m_body->moveCursor(QTextCursor::Start);
    QTest::keyClicks(m_body, QStringLiteral("Breaking: "));
    QVERIFY(m_body->toPlainText().startsWith(QStringLiteral("Breaking: ")));
    QVERIFY(m_window->undoGroup()->activeStack()->canUndo());
    // Ctrl+Z in the editor goes to the window's action, i.e. the story's stack.
    QTest::keyClick(m_body, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_body->toPlainText(), original);

    // Typing is stored when the editor leaves the story.
    QTest::keyClicks(m_body, QStringLiteral("Update: "));
    QVERIFY(!storedText(storyId).startsWith(QStringLiteral("Update: ")));
    const qint64 other = storyContaining(QStringLiteral("图书馆"));
    QVERIFY(m_window->selectStory(other));
    QVERIFY(storedText(storyId).startsWith(QStringLiteral("Update: ")));
    QCOMPARE(m_window->archive()->revisions(storyId)->last().action, QStringLiteral("edit text"));
}

void TestStoryEditor::problemsPanelJumpsAcceptsAndIgnores()
{
    const qint64 storyId = storyContaining(QStringLiteral("图书馆 and"));
    QVERIFY(m_window->selectStory(storyId));
    auto *view = m_window->findChild<QTreeWidget *>(QStringLiteral("problemsView"));
    auto *problems = m_window->findChild<ProblemsPanel *>(QStringLiteral("problemsPanel"));
    QVERIFY(view && problems);
    QTRY_VERIFY(!problems->problems().isEmpty());
    int stray = -1;
    for (int i = 0; i < problems->problems().size(); ++i) {
        const FlagDraft &f = problems->problems().at(i);
        QVERIFY2(f.kind != QLatin1String(FlagKind::Spelling), qPrintable(f.text));
        if (f.kind == QLatin1String(FlagKind::StrayLatin) && stray < 0)
            stray = i;
    }
    QVERIFY(stray >= 0);
    const FlagDraft flag = problems->problems().at(stray);

    // Enter jumps to the spot.
    view->setFocus();
    problems->setCurrentRow(stray);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(m_body->textCursor().selectedText(), flag.text);
    QCOMPARE(m_body->textCursor().block().blockNumber(), flag.paragraph);

    // Accept: the suggestion replaces the text, one undo step, one revision.
    const int count = int(problems->problems().size());
    problems->setCurrentRow(stray);
    auto *accept = m_window->findChild<QPushButton *>(QStringLiteral("acceptProblemButton"));
    QVERIFY(accept && accept->isEnabled());
    accept->click();
    QCOMPARE(problems->problems().size(), count - 1);
    QVERIFY(m_body->document()
                ->findBlockByNumber(flag.paragraph)
                .text()
                .contains(QStringLiteral("图书馆") + flag.suggestion));
    QVERIFY(m_window->archive()->revisions(storyId)->last().action.contains(
        QLatin1String(FlagKind::StrayLatin)));

    // Ignore: gone from the list for this session, text unchanged.
    const FlagDraft next = problems->problems().first();
    const QString text = m_body->toPlainText();
    problems->setCurrentRow(0);
    m_window->findChild<QPushButton *>(QStringLiteral("ignoreProblemButton"))->click();
    for (const FlagDraft &f : problems->problems())
        QVERIFY(!(f.kind == next.kind && f.text == next.text));
    QCOMPARE(m_body->toPlainText(), text);
}

void TestStoryEditor::acceptAllOfAKindOnThePage()
{
    const qint64 storyId = storyContaining(QStringLiteral("图书馆 and"));
    const qint64 english = storyContaining(QStringLiteral("recieved"));
    QVERIFY(m_window->selectStory(storyId));
    const int accepted = m_panel->acceptKindOnPage(QString::fromLatin1(FlagKind::StrayLatin));
    QVERIFY(accepted >= 2);
    QVERIFY(!storedText(storyId).contains(QStringLiteral(" and ")));
    // English "and" between Latin words is no stray word.
    QVERIFY(storedText(english).contains(QStringLiteral(" and approved")));
    // One undo step restores both.
    m_window->findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
    QCOMPARE(storedText(storyId).count(QStringLiteral(" and ")), 2);
}

void TestStoryEditor::addedWordIsNoLongerUnderlined()
{
    const qint64 storyId = storyContaining(QStringLiteral("recieved"));
    QVERIFY(m_window->selectStory(storyId));
    SpellHighlighter *highlighter = m_panel->currentHighlighter();
    QVERIFY(highlighter);
    QTextBlock block = m_body->document()->find(QStringLiteral("recieved")).block();
    const auto spelled = [&] {
        int n = 0;
        for (const FlagDraft &f : highlighter->flags(block))
            n += f.kind == QLatin1String(FlagKind::Spelling) && f.text == QLatin1String("recieved");
        return n;
    };
    QCOMPARE(spelled(), 1);
    QMenu *menu = rightClick(pointOf(QStringLiteral("recieved")));
    QVERIFY(menu);
    auto *add = menu->findChild<QAction *>(QStringLiteral("addToDictionary"));
    QVERIFY(add);
    add->trigger();
    menu->close();
    QCOMPARE(spelled(), 0);

    // The desk's personal dictionary is in the archive: after a restart the word is still
    // accepted.
    m_window.reset();
    openWindow();
    QVERIFY(m_window->selectStory(storyId));
    highlighter = m_panel->currentHighlighter();
    QVERIFY(highlighter);
    block = m_body->document()->find(QStringLiteral("recieved")).block();
    QCOMPARE(spelled(), 0);
}

void TestStoryEditor::revisionsCanBeRestored()
{
    const qint64 storyId = storyContaining(QStringLiteral("recieved"));
    QVERIFY(m_window->selectStory(storyId));
    const QString original = storedText(storyId);
    m_body->setFocus();
    m_body->moveCursor(QTextCursor::End);
    QTest::keyClicks(m_body, QStringLiteral(" More."));
    m_panel->commitEdits();
    QVERIFY(storedText(storyId).endsWith(QStringLiteral(" More.")));

    m_window->findChild<QPushButton *>(QStringLiteral("revisionsButton"))->click();
    auto *dialog = m_window->findChild<RevisionsDialog *>(QStringLiteral("revisionsDialog"));
    QVERIFY(dialog);
    const auto revisions = m_window->archive()->revisions(storyId);
    QCOMPARE(dialog->revisionCount(), revisions->size());
    QVERIFY(dialog->selectRevision(revisions->first().id)); // the import
    auto *restore = dialog->findChild<QPushButton *>(QStringLiteral("restoreRevisionButton"));
    QVERIFY(restore && restore->isEnabled());
    restore->click();
    QCOMPARE(storedText(storyId), original);
    QCOMPARE(m_body->toPlainText(), original);
    QCOMPARE(dialog->revisionCount(), revisions->size() + 1);
    QVERIFY(m_window->archive()->revisions(storyId)->last().action.startsWith(
        QStringLiteral("restore revision")));
    m_window->findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
    QVERIFY(storedText(storyId).endsWith(QStringLiteral(" More.")));
    dialog->close();
}

void TestStoryEditor::storedDuplicateFlagIsDecidedFromTheProblemsPanel()
{
    m_window.reset();
    const ImportReport report = TestSupport::importText(m_archive, QStringLiteral("duplicates.txt"),
                                                        TestSupport::duplicatePageText());
    QVERIFY(report.allSucceeded());
    openWindow();
    QVERIFY(m_window->selectPage(report.outcomes.first().pageId));
    auto *problems = m_window->findChild<ProblemsPanel *>(QStringLiteral("problemsPanel"));
    // The story holding the copies: its Problems list has stored duplicate flags.
    qint64 storyId = 0;
    int row = -1;
    for (const StorySummary &s : m_window->archive()->stories(report.outcomes.first().pageId)) {
        QVERIFY(m_window->selectStory(s.id));
        for (int i = 0; i < problems->problems().size(); ++i) {
            if (problems->problems().at(i).flagId > 0 &&
                problems->problems().at(i).kind == QLatin1String(FlagKind::Duplicate)) {
                storyId = s.id;
                row = i;
                break;
            }
        }
        if (row >= 0)
            break;
    }
    QVERIFY(row >= 0);
    const int paragraphs = m_window->archive()->story(storyId)->summary.paragraphCount;
    const int blocks = m_body->document()->blockCount();
    problems->setCurrentRow(row);
    m_window->findChild<QPushButton *>(QStringLiteral("acceptProblemButton"))->click();
    QCOMPARE(m_window->archive()->story(storyId)->summary.paragraphCount, paragraphs - 1);
    QCOMPARE(m_body->document()->blockCount(), blocks - 1);
    m_window->findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
    QCOMPARE(m_window->archive()->story(storyId)->summary.paragraphCount, paragraphs);
    QCOMPARE(m_body->document()->blockCount(), blocks);
}

void TestStoryEditor::draftIsRecoveredOnStart()
{
    const qint64 storyId = storyContaining(QStringLiteral("Work on the piers"));
    QVERIFY(storyId > 0);
    const QString stored = storedText(storyId);
    m_window.reset();
    {
        // An editor types and the autosave runs, then the process dies before storing.
        ArchiveCache cache;
        QVERIFY(cache.open(m_archive, Database::Mode::ReadWrite).ok());
        QUndoStack stack;
        Commands::StorySession session(&cache, storyId, &stack, QStringLiteral("tester"));
        QVERIFY(session.load());
        QTextCursor cursor(session.document()->body());
        cursor.insertText(QStringLiteral("Unsaved words. "));
        QVERIFY(session.saveDraft().ok());
    }
    openWindow();
    QCOMPARE(m_window->currentStoryId(), storyId);
    QVERIFY(m_body->toPlainText().startsWith(QStringLiteral("Unsaved words. ")));
    auto *banner = m_window->findChild<QWidget *>(QStringLiteral("draftBanner"));
    QVERIFY(banner && banner->isVisible());
    QCOMPARE(storedText(storyId), stored); // recovered, not stored yet

    // Discarding goes back to the stored text for good.
    m_window->findChild<QPushButton *>(QStringLiteral("discardDraftButton"))->click();
    QVERIFY(!banner->isVisible());
    QCOMPARE(m_body->toPlainText(), stored);
    m_window.reset();
    openWindow();
    QVERIFY(m_window->currentStoryId() != storyId ||
            !m_body->toPlainText().startsWith(QStringLiteral("Unsaved words. ")));
}

void TestStoryEditor::chineseCheckOffersEveryCandidate()
{
    const qint64 storyId = storyContaining(QStringLiteral("图书馆每天"));
    QVERIFY(m_window->selectStory(storyId));
    // 乾 is a traditional form of 干 but also a simplified character of its own (乾坤): OpenCC
    // offers both, and the proofreader picks.
    QTextCursor cursor = m_body->document()->find(QStringLiteral("图书馆每天"));
    cursor.clearSelection();
    m_body->setTextCursor(cursor);
    m_body->setFocus();
    m_body->insertPlainText(QStringLiteral("馆内的书都保持乾净，")); // as an input method does
    QMenu *menu = rightClick(pointOf(QStringLiteral("乾净"), 0) + QPoint(3, 0));
    QVERIFY(menu);
    QStringList offered;
    QAction *dry = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->objectName().startsWith(QLatin1String("suggestion-"))) {
            offered << action->text();
            if (action->text().contains(QStringLiteral("“干”")))
                dry = action;
        }
    }
    QVERIFY2(offered.size() >= 2, qPrintable(offered.join(QLatin1Char(','))));
    QVERIFY(dry);
    dry->trigger();
    menu->close();
    QVERIFY(m_body->toPlainText().contains(QStringLiteral("保持干净")));
    QVERIFY(storedText(storyId).contains(QStringLiteral("保持干净")));
    QVERIFY(
        m_window->archive()->revisions(storyId)->last().action.contains(QStringLiteral("乾 → 干")));
}

void TestStoryEditor::houseStyleOnDemandIsOneUndoableStep()
{
    const qint64 storyId = storyContaining(QStringLiteral("图书馆每天"));
    QVERIFY(m_window->selectStory(storyId));
    QTextCursor cursor = m_body->document()->find(QStringLiteral("图书馆每天"));
    cursor.clearSelection();
    m_body->setTextCursor(cursor);
    m_body->setFocus();
    m_body->insertPlainText(QStringLiteral("新馆有3.5万册书,还有\"读书角\"。"));
    const QString typed = m_body->toPlainText();
    QAction *apply = m_window->findChild<QAction *>(QStringLiteral("actionApplyHouseStyle"));
    QVERIFY(apply);
    apply->trigger();
    const QString styled = m_body->toPlainText();
    QVERIFY2(styled.contains(QStringLiteral("新馆有3.5万册书，还有“读书角”。")), qPrintable(styled));
    QVERIFY(storedText(storyId).contains(QStringLiteral("万册书，还有“读书角”")));
    QCOMPARE(m_window->archive()->revisions(storyId)->last().action, QStringLiteral("house style"));
    // One step: undo brings back what was typed, numbers untouched all along.
    m_window->undoGroup()->activeStack()->undo();
    QCOMPARE(m_body->toPlainText(), typed);
}

void TestStoryEditor::spellingLanguageIsChosenPerStory()
{
    const qint64 storyId = storyContaining(QStringLiteral("recieved"));
    QVERIFY(m_window->selectStory(storyId));
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("storyLanguageMenu"));
    QVERIFY(menu);
    QMetaObject::invokeMethod(menu, "aboutToShow");
    QAction *english = nullptr;
    QAction *inherit = nullptr;
    for (QAction *a : menu->actions()) {
        if (a->text() == QLatin1String("en_US"))
            english = a;
        else if (!inherit)
            inherit = a;
    }
    QVERIFY(english && inherit);
    QVERIFY(inherit->isChecked()); // nothing chosen for the story yet
    english->trigger();
    QCOMPARE(m_window->archive()->storyLanguage(storyId), QStringLiteral("en_US"));
    // Kept in the archive: a new window sees the choice.
    m_window.reset();
    openWindow();
    QCOMPARE(m_window->archive()->storyLanguage(storyId), QStringLiteral("en_US"));
    QVERIFY(m_window->selectStory(storyId));
    QVERIFY(m_panel->setStoryLanguage(QString()));
    QCOMPARE(m_window->archive()->storyLanguage(storyId), QString());
}

void TestStoryEditor::problemsOfThePageLeadToTheirStory()
{
    const qint64 english = storyContaining(QStringLiteral("recieved"));
    const qint64 chinese = storyContaining(QStringLiteral("图书馆 and"));
    QVERIFY(m_window->selectStory(english));
    auto *problems = m_window->findChild<ProblemsPanel *>(QStringLiteral("problemsPanel"));
    auto *view = m_window->findChild<QTreeWidget *>(QStringLiteral("problemsView"));
    const auto rowOf = [&](qint64 storyId, const char *kind) {
        for (int i = 0; i < problems->problems().size(); ++i) {
            const Problem &p = problems->problems().at(i);
            if (p.storyId == storyId && p.kind == QLatin1String(kind))
                return i;
        }
        return -1;
    };
    QVERIFY(rowOf(english, FlagKind::Spelling) >= 0);
    QCOMPARE(rowOf(chinese, FlagKind::StrayLatin), -1); // this story only
    problems->setPageScope(true);
    QVERIFY(rowOf(english, FlagKind::Spelling) >= 0);
    const int row = rowOf(chinese, FlagKind::StrayLatin);
    QVERIFY(row >= 0);
    const Problem stray = problems->problems().at(row);

    // Enter on the other story's problem opens that story at the spot.
    view->setFocus();
    problems->setCurrentRow(row);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(m_window->currentStoryId(), chinese);
    QCOMPARE(m_body->textCursor().selectedText(), stray.text);

    // Accepting a problem of a story that is not open in the editor corrects that story.
    QVERIFY(m_window->selectStory(english));
    problems->setCurrentRow(rowOf(chinese, FlagKind::StrayLatin));
    m_window->findChild<QPushButton *>(QStringLiteral("acceptProblemButton"))->click();
    QCOMPARE(m_window->currentStoryId(), english);
    QCOMPARE(storedText(chinese).count(QStringLiteral(" and ")), 1);
}

void TestStoryEditor::alwaysCorrectionGrowsTheErrataTable()
{
    const qint64 storyId = storyContaining(QStringLiteral("图书馆每天"));
    QVERIFY(m_window->selectStory(storyId));
    QTextCursor cursor = m_body->document()->find(QStringLiteral("图书馆每天"));
    cursor.clearSelection();
    m_body->setTextCursor(cursor);
    m_body->insertPlainText(QStringLiteral("书架保持乾净，"));
    QMenu *menu = rightClick(pointOf(QStringLiteral("乾净"), 0) + QPoint(3, 0));
    QVERIFY(menu);
    QAction *always = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->objectName().startsWith(QLatin1String("always-")) &&
            action->text().contains(QStringLiteral("“干”")))
            always = action;
    }
    QVERIFY(always);
    always->trigger();
    menu->close();
    QVERIFY(m_body->toPlainText().contains(QStringLiteral("书架保持干净")));
    {
        auto db = Database::open(m_archive);
        auto errata = ErrataRepository(*db.value()).errata();
        QVERIFY(errata.ok());
        QVERIFY(std::any_of(errata->cbegin(), errata->cend(), [](const ErratumRecord &e) {
            return e.wrong == QStringLiteral("乾") && e.right == QStringLiteral("干");
        }));
    }

    // Every later text, after a restart too, gets the errata flag.
    m_window.reset();
    openWindow();
    QVERIFY(m_window->selectStory(storyId));
    cursor = m_body->document()->find(QStringLiteral("图书馆每天"));
    cursor.clearSelection();
    m_body->setTextCursor(cursor);
    m_body->insertPlainText(QStringLiteral("地面乾了，"));
    const QTextBlock block = m_body->document()->find(QStringLiteral("地面乾了")).block();
    const QVector<FlagDraft> flags = m_panel->currentHighlighter()->flags(block);
    QVERIFY(std::any_of(flags.cbegin(), flags.cend(), [](const FlagDraft &f) {
        return f.kind == QLatin1String("errata") && f.text == QStringLiteral("乾") &&
               f.suggestion == QStringLiteral("干");
    }));
}

QTEST_MAIN(TestStoryEditor)
#include "tst_storyeditor.moc"
