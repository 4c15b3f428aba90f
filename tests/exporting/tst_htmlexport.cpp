// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporting/htmlexport.h"
#include "exporting/xmltext.h"
#include "samplepages.h"

#include <QRegularExpression>
#include <QTest>

using namespace Copydesk;
using namespace Copydesk::Exporting;

// The self-contained HTML page: semantic markup, columns, and nothing unescaped.
class TestHtmlExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void hasOneArticlePerStory();
    void carriesEveryParagraphInOrder();
    void escapesEverything_data();
    void escapesEverything();
    void isSelfContainedWithColumns();

private:
    QVector<PageRecord> m_pages;
    QString m_html;
};

void TestHtmlExport::initTestCase()
{
    m_pages = TestSupport::goldPages();
    QCOMPARE(m_pages.size(), 1);
    m_html = QString::fromUtf8(HtmlExport::render(m_pages, LayoutOptions()));
}

void TestHtmlExport::hasOneArticlePerStory()
{
    QVERIFY(m_html.startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"zh-CN\">")));
    QCOMPARE(m_html.count(QStringLiteral("<article ")), 12);
    QCOMPARE(m_html.count(QStringLiteral("</article>")), 12);
    QCOMPARE(m_html.count(QStringLiteral("<h1>")), 11); // the last story has no headline
    QVERIFY(m_html.contains(QStringLiteral("<h1>凝聚力量 擦亮“知联品牌”</h1>")));
    QVERIFY(m_html.contains(QStringLiteral("<p class=\"kicker\">杭州市上城区</p>")));
    QVERIFY(m_html.contains(QStringLiteral("<p class=\"byline\">周静 严琰</p>")));
    QVERIFY(m_html.contains(QStringLiteral("data-code=\"medtop:11000000\"")));
    QVERIFY(m_html.contains(QStringLiteral("浙江省/杭州市/上城区")));
}

void TestHtmlExport::carriesEveryParagraphInOrder()
{
    qsizetype from = 0;
    for (const QString &p : TestSupport::goldParagraphs()) {
        const QString wanted = QStringLiteral("<p>%1</p>").arg(XmlText::escape(p));
        const qsizetype at = m_html.indexOf(wanted, from);
        QVERIFY2(at >= 0, qPrintable(p.left(20)));
        from = at + wanted.size();
    }
}

void TestHtmlExport::escapesEverything_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("script") << QStringLiteral("<script>alert(1)</script>")
                            << QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;");
    QTest::newRow("ampersand") << QStringLiteral("A&B &amp;")
                               << QStringLiteral("A&amp;B &amp;amp;");
    QTest::newRow("quotes") << QStringLiteral("\"x\" 'y'")
                            << QStringLiteral("&quot;x&quot; &#39;y&#39;");
    QTest::newRow("control") << QStringLiteral("a\x01"
                                               "b")
                             << QStringLiteral("ab");
}

void TestHtmlExport::escapesEverything()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QVector<PageRecord> pages = m_pages;
    StoryRecord &s = pages[0].stories[0];
    s.summary.headline = text;
    s.summary.kicker = text;
    s.summary.byline = text;
    s.paragraphs = {{1, 0, text, {}}};
    s.district = DistrictTag{text, text, true, QString()};
    s.themes = {ThemeTag{text, text, true, 1}};
    pages[0].stories.resize(1);
    LayoutOptions options;
    options.title = text;
    options.sourceLabel = text;
    const QString html = QString::fromUtf8(HtmlExport::render(pages, options));
    QVERIFY(!html.contains(QStringLiteral("<script")));
    QVERIFY(!html.contains(text) || text == escaped);
    QVERIFY(html.contains(QStringLiteral("<h1>%1</h1>").arg(escaped)));
    QVERIFY(html.contains(QStringLiteral("<title>%1</title>").arg(escaped)));
    QVERIFY(html.contains(QStringLiteral("data-code=\"%1\"").arg(escaped)));
    QVERIFY(html.contains(QStringLiteral("<p>%1</p>").arg(escaped)));
}

void TestHtmlExport::isSelfContainedWithColumns()
{
    LayoutOptions options;
    options.columns = 3;
    options.paperSize = PaperSize::A3;
    const QString html = QString::fromUtf8(HtmlExport::render(m_pages, options));
    QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    for (const char *outside :
         {"<script", "<link", "src=", "url(", "@import", "http://", "https://"})
        QVERIFY2(!html.contains(QLatin1String(outside)), outside);
    QVERIFY(html.contains(QStringLiteral("column-count:3")));
    QVERIFY(html.contains(QStringLiteral("@media print{@page{size:A3")));
    QVERIFY(html.contains(QStringLiteral("<main>")));
    QVERIFY(html.contains(QStringLiteral("Source: raw.txt")));
}

QTEST_GUILESS_MAIN(TestHtmlExport)
#include "tst_htmlexport.moc"
