// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/importjob.h"
#include "storage/database.h"
#include "storage/paragraphrepository.h"
#include "storage/storyrepository.h"
#include "testsupport.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;

// Hand corrections of cleanup's structure, each the exact inverse of another.
class TestParagraphRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void splitThenJoinRestoresTheText();
    void latinWordsJoinWithASpace();
    void moveToAnotherStoryAndBack();
    void revertAndReapplyAnAutomaticJoin();
    void badRequestsChangeNothing();

private:
    StoryRecord story(int index) const;
    QStringList texts(qint64 storyId) const;
    int revisionCount(qint64 storyId, const QString &action) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_page = 0;
};

void TestParagraphRepository::initTestCase() { QStandardPaths::setTestModeEnabled(true); }

void TestParagraphRepository::init()
{
    m_db.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    ImportParams p;
    p.archivePath = m_dir->filePath(QStringLiteral("archive.sqlite"));
    p.user = QStringLiteral("importer");
    p.inputs.push_back({QStringLiteral("page.txt"), QString(),
                        TestSupport::readFile(TestSupport::samplePagePath())});
    // A small English page too, for joins between Latin words.
    p.inputs.push_back({QStringLiteral("en.txt"), QString(),
                        QByteArrayLiteral("Harbour Reopens\n\nThe old harbour reopened on "
                                          "Monday after repairs.\n\nFishermen said the new "
                                          "quay is safer.\n")});
    const ImportReport report = ImportJob::run(p);
    QVERIFY(report.allSucceeded());
    m_page = report.outcomes.first().pageId;
    auto db = Database::open(p.archivePath);
    QVERIFY(db);
    m_db = std::move(db).value();
}

StoryRecord TestParagraphRepository::story(int index) const
{
    const StoryRepository repo(*m_db);
    auto list = repo.stories(m_page);
    if (!list || index >= list->size())
        return {};
    auto s = repo.story(list->at(index).id);
    return s ? s.value() : StoryRecord{};
}

QStringList TestParagraphRepository::texts(qint64 storyId) const
{
    QStringList out;
    auto s = StoryRepository(*m_db).story(storyId);
    if (s) {
        for (const ParagraphRecord &p : s->paragraphs)
            out << p.text;
    }
    return out;
}

int TestParagraphRepository::revisionCount(qint64 storyId, const QString &action) const
{
    auto revisions = StoryRepository(*m_db).revisions(storyId);
    if (!revisions)
        return -1;
    return int(std::count_if(revisions->begin(), revisions->end(),
                             [&](const RevisionRecord &r) { return r.action == action; }));
}

void TestParagraphRepository::splitThenJoinRestoresTheText()
{
    const StoryRecord s = story(0);
    QVERIFY(!s.paragraphs.isEmpty());
    const QStringList before = texts(s.summary.id);
    const ParagraphRecord first = s.paragraphs.first();
    const int cut = int(first.text.size()) / 2;
    const ParagraphRepository repo(*m_db);

    auto newId = repo.split(first.id, cut, QStringLiteral("editor"));
    QVERIFY2(newId, qPrintable(newId.error()));
    QStringList after = texts(s.summary.id);
    QCOMPARE(after.size(), before.size() + 1);
    QCOMPARE(after[0] + after[1], first.text);
    QCOMPARE(repo.place(newId.value())->position, 1);
    QCOMPARE(revisionCount(s.summary.id, QStringLiteral("split")), 1);

    auto offset = repo.joinWithNext(first.id, QStringLiteral("editor"));
    QVERIFY2(offset, qPrintable(offset.error()));
    QCOMPARE(offset.value(), cut); // Chinese: no space at the junction
    QCOMPARE(texts(s.summary.id), before);
    QCOMPARE(revisionCount(s.summary.id, QStringLiteral("join")), 1);
    QVERIFY(!repo.place(newId.value())); // the second half is gone again
}

void TestParagraphRepository::latinWordsJoinWithASpace()
{
    const StoryRepository stories(*m_db);
    auto pages = stories.stories(m_page + 1);
    QVERIFY(pages && !pages->isEmpty());
    auto s = stories.story(pages->first().id);
    QVERIFY(s && s->paragraphs.size() >= 2);
    const QString a = s->paragraphs[0].text;
    const QString b = s->paragraphs[1].text;
    auto offset = ParagraphRepository(*m_db).joinWithNext(s->paragraphs[0].id,
                                                          QStringLiteral("editor"));
    QVERIFY2(offset, qPrintable(offset.error()));
    QCOMPARE(texts(s->summary.id).first(), a + QLatin1Char(' ') + b);
    QCOMPARE(offset.value(), int(a.size()) + 1);
}

void TestParagraphRepository::moveToAnotherStoryAndBack()
{
    const StoryRecord from = story(1);
    const StoryRecord to = story(2);
    QVERIFY(from.paragraphs.size() >= 2 && !to.paragraphs.isEmpty());
    const QStringList fromBefore = texts(from.summary.id);
    const QStringList toBefore = texts(to.summary.id);
    const ParagraphRecord moving = from.paragraphs.last();
    const ParagraphRepository repo(*m_db);

    auto was = repo.move(moving.id, {to.summary.id, 0}, QStringLiteral("editor"));
    QVERIFY2(was, qPrintable(was.error()));
    QCOMPARE(was->storyId, from.summary.id);
    QCOMPARE(was->position, int(from.paragraphs.size()) - 1);
    QCOMPARE(texts(to.summary.id).first(), moving.text);
    QCOMPARE(texts(to.summary.id).size(), toBefore.size() + 1);
    QCOMPARE(texts(from.summary.id).size(), fromBefore.size() - 1);
    QCOMPARE(revisionCount(from.summary.id, QStringLiteral("move")), 1);
    QCOMPARE(revisionCount(to.summary.id, QStringLiteral("move-in")), 1);

    auto back = repo.move(moving.id, was.value(), QStringLiteral("editor"));
    QVERIFY2(back, qPrintable(back.error()));
    QCOMPARE(texts(from.summary.id), fromBefore);
    QCOMPARE(texts(to.summary.id), toBefore);
}

void TestParagraphRepository::revertAndReapplyAnAutomaticJoin()
{
    // Find a story whose cleanup joined text across a column break.
    const StoryRepository stories(*m_db);
    auto list = stories.stories(m_page);
    QVERIFY(list);
    qint64 storyId = 0;
    DecisionRecord join;
    for (const StorySummary &s : list.value()) {
        auto decisions = stories.decisions(s.id);
        QVERIFY(decisions);
        for (const DecisionRecord &d : decisions.value()) {
            if (d.decision.kind == QLatin1String("join") && !d.decision.after.isEmpty()) {
                storyId = s.id;
                join = d;
                break;
            }
        }
        if (storyId)
            break;
    }
    QVERIFY2(storyId, "the sample page has joins at column breaks");
    const QStringList before = texts(storyId);
    const ParagraphRepository repo(*m_db);

    auto newId = repo.revertJoin(join.id, QStringLiteral("proofreader"));
    QVERIFY2(newId, qPrintable(newId.error()));
    const QStringList split = texts(storyId);
    QCOMPARE(split.size(), before.size() + 1);
    auto decisions = stories.decisions(storyId);
    QVERIFY(decisions);
    for (const DecisionRecord &d : decisions.value()) {
        if (d.id == join.id)
            QCOMPARE(d.status, QStringLiteral("reverted"));
    }
    // Reverting twice is refused.
    QVERIFY(!repo.revertJoin(join.id, QStringLiteral("proofreader")));

    const Status again = repo.reapplyJoin(join.id, QStringLiteral("proofreader"));
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(texts(storyId), before);
}

void TestParagraphRepository::badRequestsChangeNothing()
{
    const StoryRecord s = story(0);
    const QStringList before = texts(s.summary.id);
    const ParagraphRepository repo(*m_db);
    const qint64 id = s.paragraphs.first().id;
    QVERIFY(!repo.split(id, 0, QStringLiteral("x")));
    QVERIFY(!repo.split(id, int(s.paragraphs.first().text.size()), QStringLiteral("x")));
    QVERIFY(!repo.joinWithNext(s.paragraphs.last().id, QStringLiteral("x")));
    QVERIFY(!repo.split(999999, 3, QStringLiteral("x")));
    QVERIFY(!repo.reapplyJoin(999999, QStringLiteral("x")));
    QCOMPARE(texts(s.summary.id), before);
    QCOMPARE(revisionCount(s.summary.id, QStringLiteral("split")), 0);
}

QTEST_GUILESS_MAIN(TestParagraphRepository)
#include "tst_paragraphrepository.moc"
