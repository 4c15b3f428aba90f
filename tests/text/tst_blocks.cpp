// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/blocks.h"

#include <QTest>

using namespace Copydesk;

class TestBlocks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void splitsAtBlankLines_data();
    void splitsAtBlankLines();
    void spansPointIntoTheSource();
    void singleStoryKeepsEveryBlock();
};

void TestBlocks::splitsAtBlankLines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("blocks");
    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("only blank lines") << QStringLiteral("\n \n\t\n") << QStringList();
    QTest::newRow("one") << QStringLiteral("abc") << QStringList{QStringLiteral("abc")};
    QTest::newRow("two") << QStringLiteral("a\n\nb\n")
                         << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("lines stay together")
        << QStringLiteral("\n\na\nb\n \nc") << QStringList{QStringLiteral("a\nb"), QStringLiteral("c")};
    QTest::newRow("ideographic indent kept inside")
        << QStringLiteral("\u3000\u3000甲\n乙") << QStringList{QStringLiteral("甲\n乙")};
}

void TestBlocks::splitsAtBlankLines()
{
    QFETCH(QString, text);
    QFETCH(QStringList, blocks);
    QStringList got;
    for (const auto &b : Text::splitBlocks(text))
        got << b.text;
    QCOMPARE(got, blocks);
}

void TestBlocks::spansPointIntoTheSource()
{
    const QString text = QStringLiteral("\n  first block\n\nsecond\nline  \n");
    const auto blocks = Text::splitBlocks(text);
    QCOMPARE(blocks.size(), 2);
    for (const auto &b : blocks)
        QCOMPARE(text.mid(b.span.start, b.span.length), b.text);
}

void TestBlocks::singleStoryKeepsEveryBlock()
{
    const PageDraft page = Text::blocksAsSingleStory(QStringLiteral("a\n\nb\n\nc"));
    QCOMPARE(page.stories.size(), 1);
    QCOMPARE(page.stories[0].paragraphs.size(), 3);
    QCOMPARE(page.stories[0].paragraphs[2].text, QStringLiteral("c"));
    QVERIFY(Text::blocksAsSingleStory(QString()).stories.isEmpty());
}

QTEST_GUILESS_MAIN(TestBlocks)
#include "tst_blocks.moc"
