// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/linejoiner.h"
#include "text/pagecleaner.h"

#include <QTest>

using namespace Copydesk;
using namespace Copydesk::Text;

// Hard-wrapped layouts (pdftotext) and line-end hyphens.
class TestLineJoiner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hyphens_data();
    void hyphens();
    void hardWrappedColumnsByWidth();
    void indentStartsAParagraph();
    void spansCoverTheSource();
};

void TestLineJoiner::hyphens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("dictionary");
    QTest::newRow("dictionary word") << "Officials said they would recog-\nnize the union." << "Officials said they would recognize the union." << true;
    QTest::newRow("real compound") << "It is a well-\nknown fact." << "It is a well-known fact." << true;
    QTest::newRow("word elsewhere on the page, no dictionary")
        << "They recognize it.\n\nOfficials would recog-\nnize the union." << "Officials would recognize the union." << false;
    QTest::newRow("unknown without evidence keeps the hyphen")
        << "The zorbo-\nfied plan." << "The zorbo-fied plan." << true;
}

void TestLineJoiner::hyphens()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(bool, dictionary);
    CleanupOptions options;
    if (dictionary) {
        options.isKnownWord = [](const QString &w) {
            static const QStringList known{QStringLiteral("recognize"), QStringLiteral("well"),
                                           QStringLiteral("known")};
            return known.contains(w.toLower());
        };
    }
    const LineJoiner joiner(options, text);
    const auto units = joiner.units(splitBlocks(text));
    QStringList got;
    for (const auto &u : units)
        got << u.text;
    QVERIFY2(got.contains(expected), qPrintable(got.join(QLatin1Char('|'))));
}

void TestLineJoiner::hardWrappedColumnsByWidth()
{
    // pdftotext style: lines cut at the column width, paragraphs end on short lines, the
    // headline is a short line without a sentence end, no blank lines anywhere.
    const QString text = QStringLiteral(
        "社区书屋开到家门口\n"
        "今年以来,全区新建社区书屋二十家,每家藏\n"
        "书三千册以上,居民凭身份证即可借阅。书屋\n"
        "还定期举办亲子阅读和读书分享活动,受到\n"
        "居民欢迎。\n"
        "据介绍,明年还将新建十五家书屋,并与区图\n"
        "书馆实现通借通还,让居民在家门口就能借\n"
        "到全区的图书。(吴涛)\n");
    const PageDraft page = cleanupPage(text);
    QCOMPARE(page.stories.size(), 1);
    QCOMPARE(page.stories[0].headline, QStringLiteral("社区书屋开到家门口"));
    QCOMPARE(page.stories[0].byline, QStringLiteral("吴涛"));
    QCOMPARE(page.stories[0].paragraphs.size(), 2);
    QCOMPARE(page.stories[0].paragraphs[0].text,
             QStringLiteral("今年以来,全区新建社区书屋二十家,每家藏书三千册以上,居民凭身份证即可借阅。"
                            "书屋还定期举办亲子阅读和读书分享活动,受到居民欢迎。"));
}

void TestLineJoiner::indentStartsAParagraph()
{
    const QString text = QStringLiteral("\u3000\u3000第一段开头,\n这里是第一段的后半部分。\n\u3000\u3000第二段单独成段。");
    const LineJoiner joiner(CleanupOptions{}, text);
    const auto units = joiner.units(splitBlocks(text));
    QCOMPARE(units.size(), 2);
    QCOMPARE(units[0].text, QStringLiteral("第一段开头,这里是第一段的后半部分。"));
    QVERIFY(units[1].indented);
}

void TestLineJoiner::spansCoverTheSource()
{
    const QString text = QStringLiteral("标题一行 副标题\n\n第一段文字,\n继续第一段。");
    const LineJoiner joiner(CleanupOptions{}, text);
    for (const auto &u : joiner.units(splitBlocks(text))) {
        QString fromSpans;
        for (const SourceSpan &s : u.spans)
            fromSpans += text.mid(s.start, s.length);
        QCOMPARE(fromSpans, u.text);
    }
}

QTEST_GUILESS_MAIN(TestLineJoiner)
#include "tst_linejoiner.moc"
