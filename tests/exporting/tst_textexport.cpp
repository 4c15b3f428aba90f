// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporting/textexport.h"
#include "samplepages.h"

#include <QTest>

using namespace Copydesk;
using namespace Copydesk::Exporting;

// Plain text for the wire: the shape other systems parse.
class TestTextExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void isUtf8WithUnixLines();
    void separatesParagraphsByOneBlankLine();
    void keepsHeadTogether();
    void foldsLineBreaksInsideParagraphs();
};

void TestTextExport::isUtf8WithUnixLines()
{
    const QByteArray bytes = TextExport::render(TestSupport::goldPages(), LayoutOptions());
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(!bytes.contains('\r'));
    QVERIFY(bytes.endsWith("\n") && !bytes.endsWith("\n\n"));
    QCOMPARE(QString::fromUtf8(bytes).toUtf8(), bytes); // valid UTF-8 round trip
}

void TestTextExport::separatesParagraphsByOneBlankLine()
{
    const QString text =
        QString::fromUtf8(TextExport::render(TestSupport::goldPages(), LayoutOptions()));
    QVERIFY(!text.contains(QStringLiteral("\n\n\n")));
    const QStringList stories = text.split(QStringLiteral("\n\n###\n\n"));
    QCOMPARE(stories.size(), 12);
    const QVector<PageRecord> pages = TestSupport::goldPages();
    for (int i = 0; i < stories.size(); ++i) {
        const StoryRecord &s = pages[0].stories[i];
        QStringList blocks = stories[i].trimmed().split(QStringLiteral("\n\n"));
        QCOMPARE(blocks.size(), s.paragraphs.size() + 1); // head + paragraphs
        for (int p = 0; p < s.paragraphs.size(); ++p)
            QCOMPARE(blocks[p + 1], s.paragraphs[p].text);
        for (const QString &line : stories[i].split(QLatin1Char('\n')))
            QCOMPARE(line, line.trimmed());
    }
}

void TestTextExport::keepsHeadTogether()
{
    const QString text =
        QString::fromUtf8(TextExport::render(TestSupport::goldPages(), LayoutOptions()));
    QVERIFY(text.startsWith(QStringLiteral("杭州市上城区\n凝聚力量 擦亮“知联品牌”\n周静 严琰\n\n"
                                           "杭州市上城区委统战部")));
}

void TestTextExport::foldsLineBreaksInsideParagraphs()
{
    QVector<PageRecord> pages = TestSupport::goldPages();
    pages[0].stories.resize(1);
    pages[0].stories[0].summary.kicker.clear();
    pages[0].stories[0].summary.byline.clear();
    pages[0].stories[0].paragraphs = {{1, 0, QStringLiteral("第一行\n第二行\r\n  第三行"), {}},
                                      {2, 1, QStringLiteral("   "), {}}};
    QCOMPARE(QString::fromUtf8(TextExport::render(pages, LayoutOptions())),
             QStringLiteral("凝聚力量 擦亮“知联品牌”\n\n第一行 第二行 第三行\n"));
}

QTEST_GUILESS_MAIN(TestTextExport)
#include "tst_textexport.moc"
