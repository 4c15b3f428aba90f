// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporting/markdownexport.h"
#include "samplepages.h"

#include <QRegularExpression>
#include <QTest>

using namespace Copydesk;
using namespace Copydesk::Exporting;

// Markdown: headings, emphasis for kicker and byline, literal text everywhere else.
class TestMarkdownExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hasTheStoryShape();
    void escapesMarkdownSyntax_data();
    void escapesMarkdownSyntax();
};

void TestMarkdownExport::hasTheStoryShape()
{
    const QString md =
        QString::fromUtf8(MarkdownExport::render(TestSupport::goldPages(), LayoutOptions()));
    QVERIFY(md.startsWith(
        QStringLiteral("*杭州市上城区*\n\n# 凝聚力量 擦亮“知联品牌”\n\n*周静 严琰*\n\n"
                       "杭州市上城区委统战部")));
    QCOMPARE(md.count(QStringLiteral("\n\n---\n\n")), 11);
    QCOMPARE(
        md.count(QRegularExpression(QStringLiteral("^# "), QRegularExpression::MultilineOption)),
        11);
    QVERIFY(!md.contains(QStringLiteral("\n\n\n")));
    QVERIFY(md.endsWith(QLatin1Char('\n')));
    for (const QString &p : TestSupport::goldParagraphs())
        QVERIFY2(md.contains(QStringLiteral("\n\n%1\n").arg(MarkdownExport::escape(p))),
                 qPrintable(p.left(20)));
}

void TestMarkdownExport::escapesMarkdownSyntax_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("markdown");
    QTest::newRow("plain chinese")
        << QStringLiteral("凝聚力量,擦亮品牌。") << QStringLiteral("凝聚力量,擦亮品牌。");
    QTest::newRow("emphasis") << QStringLiteral("*重要* _很_")
                              << QStringLiteral("\\*重要\\* \\_很\\_");
    QTest::newRow("html") << QStringLiteral("<script>alert(1)</script>")
                          << QStringLiteral("\\<script\\>alert(1)\\</script\\>");
    QTest::newRow("heading") << QStringLiteral("# 不是标题") << QStringLiteral("\\# 不是标题");
    QTest::newRow("list") << QStringLiteral("- 不是列表") << QStringLiteral("\\- 不是列表");
    QTest::newRow("ordered list") << QStringLiteral("2023. 年") << QStringLiteral("2023\\. 年");
    QTest::newRow("number inside") << QStringLiteral("增长3.5%") << QStringLiteral("增长3.5%");
    QTest::newRow("link") << QStringLiteral("[链接](http://x)")
                          << QStringLiteral("\\[链接\\](http://x)");
    QTest::newRow("entity") << QStringLiteral("&amp;") << QStringLiteral("\\&amp;");
    QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("a\\\\b");
}

void TestMarkdownExport::escapesMarkdownSyntax()
{
    QFETCH(QString, text);
    QFETCH(QString, markdown);
    QCOMPARE(MarkdownExport::escape(text), markdown);
}

QTEST_GUILESS_MAIN(TestMarkdownExport)
#include "tst_markdownexport.moc"
