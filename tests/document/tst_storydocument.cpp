// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/storydocument.h"

#include <QSignalSpy>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

using namespace Copydesk;

class TestStoryDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loadGivesOneBlockPerParagraph();
    void loadIsNotUndoable();
    void paragraphsDropEmptyBlocks();
    void replaceTextIsOneUndoStep();
    void replaceTextChecksTheExpectedText();
    void replaceParagraphsIsOneUndoStep();
    void fieldsChangeOnlyWhenDifferent();
    void typingEmitsBodyChanged();
};

void TestStoryDocument::loadGivesOneBlockPerParagraph()
{
    StoryDocument doc(7);
    doc.load({QStringLiteral("眉题"), QStringLiteral("标题"), QStringLiteral("记者 王")},
             {QStringLiteral("第一段。"), QStringLiteral("Second paragraph."),
              QStringLiteral("第三段")});
    QCOMPARE(doc.storyId(), 7);
    QCOMPARE(doc.blockCount(), 3);
    QCOMPARE(doc.blockText(1), QStringLiteral("Second paragraph."));
    QCOMPARE(doc.headline(), QStringLiteral("标题"));
    QCOMPARE(doc.paragraphs().size(), 3);
}

void TestStoryDocument::loadIsNotUndoable()
{
    StoryDocument doc(1);
    doc.load({}, {QStringLiteral("a"), QStringLiteral("b")});
    QVERIFY(!doc.body()->isUndoAvailable());
}

void TestStoryDocument::paragraphsDropEmptyBlocks()
{
    StoryDocument doc(1);
    doc.load({}, {QStringLiteral("one"), QStringLiteral("two")});
    QTextCursor cursor(doc.body());
    cursor.movePosition(QTextCursor::End);
    cursor.insertBlock();
    cursor.insertBlock();
    cursor.insertText(QStringLiteral("three"));
    QCOMPARE(doc.blockCount(), 4);
    QCOMPARE(doc.paragraphs(),
             QStringList({QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")}));
}

void TestStoryDocument::replaceTextIsOneUndoStep()
{
    StoryDocument doc(1);
    doc.load({}, {QStringLiteral("first"), QStringLiteral("teh cat sat")});
    QVERIFY(doc.replaceText(1, 0, 3, QStringLiteral("the")));
    QCOMPARE(doc.blockText(1), QStringLiteral("the cat sat"));
    doc.body()->undo();
    QCOMPARE(doc.blockText(1), QStringLiteral("teh cat sat"));
    QVERIFY(!doc.body()->isUndoAvailable());
    doc.body()->redo();
    QCOMPARE(doc.blockText(1), QStringLiteral("the cat sat"));
}

void TestStoryDocument::replaceTextChecksTheExpectedText()
{
    StoryDocument doc(1);
    doc.load({}, {QStringLiteral("teh cat")});
    QVERIFY(!doc.replaceText(0, 4, 3, QStringLiteral("dog"), QStringLiteral("cow")));
    QVERIFY(!doc.replaceText(0, 5, 9, QStringLiteral("dog"))); // past the block's end
    QVERIFY(!doc.replaceText(3, 0, 1, QStringLiteral("x")));   // no such block
    QCOMPARE(doc.blockText(0), QStringLiteral("teh cat"));
    QVERIFY(doc.replaceText(0, 4, 3, QStringLiteral("dog"), QStringLiteral("cat")));
    QCOMPARE(doc.blockText(0), QStringLiteral("teh dog"));
}

void TestStoryDocument::replaceParagraphsIsOneUndoStep()
{
    StoryDocument doc(1);
    const QStringList before{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    const QStringList after{QStringLiteral("x"), QStringLiteral("y")};
    doc.load({}, before);
    doc.replaceParagraphs(after);
    QCOMPARE(doc.blocks(), after);
    doc.body()->undo();
    QCOMPARE(doc.blocks(), before);
    QVERIFY(!doc.body()->isUndoAvailable());
}

void TestStoryDocument::fieldsChangeOnlyWhenDifferent()
{
    StoryDocument doc(1);
    QSignalSpy fields(&doc, &StoryDocument::fieldsChanged);
    QSignalSpy content(&doc, &StoryDocument::contentChanged);
    doc.setFields({QString(), QStringLiteral("H"), QString()});
    doc.setFields({QString(), QStringLiteral("H"), QString()});
    QCOMPARE(fields.count(), 1);
    QCOMPARE(content.count(), 1);
}

void TestStoryDocument::typingEmitsBodyChanged()
{
    StoryDocument doc(1);
    doc.load({}, {QStringLiteral("abc")});
    QSignalSpy body(&doc, &StoryDocument::bodyChanged);
    QSignalSpy fields(&doc, &StoryDocument::fieldsChanged);
    QTextCursor cursor(doc.body());
    cursor.insertText(QStringLiteral("x"));
    QCOMPARE(body.count(), 1);
    QCOMPARE(fields.count(), 0);
    QCOMPARE(doc.blockText(0), QStringLiteral("xabc"));
}

QTEST_MAIN(TestStoryDocument)
#include "tst_storydocument.moc"
