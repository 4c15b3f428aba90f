// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporting/fontsetup.h"
#include "exporting/pdfexport.h"
#include "exporting/prooflayout.h"
#include "pdftools.h"
#include "samplepages.h"
#include "testsupport.h"

#include <QPageSize>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;
using namespace Copydesk::Exporting;
using namespace Copydesk::TestSupport;

Q_DECLARE_METATYPE(Copydesk::Exporting::PaperSize)

// The PDF proof: exact text extraction (the Kangxi radical trap), fonts, flow, footer.
class TestPdfExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void extractsEveryParagraphExactly_data();
    void extractsEveryParagraphExactly();
    void neverExtractsKangxiRadicals();
    void embedsItsFonts();
    void footerCarriesSourceDateAndPageNumbers();
    void storiesFlowAcrossPages();
    void chineseLineBreaking_data();
    void chineseLineBreaking();
    void previewDrawsTheFirstPage();
    void refusesBadOptions();

private:
    QString writePdf(const QVector<PageRecord> &pages, const LayoutOptions &options);
    // pdftotext of the type area (the page without its footer margin), whole document.
    // With `raw`, in content-stream order (the order the proof draws, story by story and
    // column by column); without, in poppler's geometric reading order.
    QString extractBody(const QString &pdf, const LayoutOptions &options, bool raw);
    QString extractAll(const QString &pdf);

    QTemporaryDir m_dir;
    QVector<PageRecord> m_pages;
    QString m_pdftotext;
    int m_count = 0;
};

namespace {
LayoutOptions fixedOptions()
{
    LayoutOptions o;
    o.exportDate = QDateTime(QDate(2026, 5, 1), QTime(9, 30), Qt::LocalTime);
    return o;
}

int firstRadical(const QString &text)
{
    for (int i = 0; i < text.size(); ++i) {
        const ushort u = text.at(i).unicode();
        if (u >= 0x2E80 && u <= 0x2FDF)
            return i;
    }
    return -1;
}
} // namespace

void TestPdfExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_pages = goldPages();
    QCOMPARE(m_pages.size(), 1);
    QCOMPARE(m_pages[0].stories.size(), 12);
    const auto fonts = FontSetup::find();
    QVERIFY2(fonts.ok(), qPrintable(fonts.error()));
    QCOMPARE(fonts->bodyFamily(), QStringLiteral("AR PL UMing CN"));
    m_pdftotext = popplerTool(QStringLiteral("pdftotext"));
}

QString TestPdfExport::writePdf(const QVector<PageRecord> &pages, const LayoutOptions &options)
{
    const auto pdf = PdfExport::render(pages, options);
    if (!pdf.ok()) {
        qWarning() << pdf.error();
        return {};
    }
    const QString path = m_dir.filePath(QStringLiteral("proof-%1.pdf").arg(++m_count));
    return writeFile(path, pdf.value()) ? path : QString();
}

QString TestPdfExport::extractBody(const QString &pdf, const LayoutOptions &options, bool raw)
{
    const QSizeF page = ProofLayout::pageSize(options.paperSize).size(QPageSize::Point);
    const qreal footer = options.marginsMm.bottom() * 72 / 25.4;
    const QByteArray out = runTool(
        m_pdftotext,
        {raw ? QStringLiteral("-raw") : QStringLiteral("-nopgbrk"), QStringLiteral("-enc"),
         QStringLiteral("UTF-8"), QStringLiteral("-r"), QStringLiteral("72"), QStringLiteral("-x"),
         QStringLiteral("0"), QStringLiteral("-y"), QStringLiteral("0"), QStringLiteral("-W"),
         QString::number(qCeil(page.width())), QStringLiteral("-H"),
         QString::number(qFloor(page.height() - footer)), pdf, QStringLiteral("-")});
    return QString::fromUtf8(out);
}

QString TestPdfExport::extractAll(const QString &pdf)
{
    return QString::fromUtf8(runTool(
        m_pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}));
}

void TestPdfExport::extractsEveryParagraphExactly_data()
{
    QTest::addColumn<PaperSize>("paper");
    QTest::addColumn<int>("columns");
    QTest::addColumn<qreal>("bodySize");
    QTest::addColumn<bool>("raw");
    // Multi-column pages are checked in content-stream order (pdftotext -raw): poppler's
    // geometric order may read a centred headline before the last column of the story above.
    QTest::newRow("A4, 4 columns") << PaperSize::A4 << 4 << 9.5 << true;
    QTest::newRow("A4, 1 column, geometric") << PaperSize::A4 << 1 << 11.0 << false;
    QTest::newRow("A4, 1 column, raw") << PaperSize::A4 << 1 << 11.0 << true;
    QTest::newRow("A4, 2 columns, large") << PaperSize::A4 << 2 << 14.0 << true;
    QTest::newRow("A3, 6 columns") << PaperSize::A3 << 6 << 9.0 << true;
    QTest::newRow("tabloid, 5 columns") << PaperSize::Tabloid << 5 << 9.0 << true;
    QTest::newRow("A4, 3 columns, small") << PaperSize::A4 << 3 << 7.0 << true;
}

void TestPdfExport::extractsEveryParagraphExactly()
{
    if (m_pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QFETCH(PaperSize, paper);
    QFETCH(int, columns);
    QFETCH(qreal, bodySize);
    QFETCH(bool, raw);
    LayoutOptions options = fixedOptions();
    options.paperSize = paper;
    options.columns = columns;
    options.bodyPointSize = bodySize;
    const QString pdf = writePdf(m_pages, options);
    QVERIFY(!pdf.isEmpty());

    const QString all = extractAll(pdf);
    QVERIFY(!all.isEmpty());
    const int radical = firstRadical(all);
    QVERIFY2(radical < 0, qPrintable(QStringLiteral("Kangxi/CJK radical U+%1 in: %2")
                                         .arg(all.at(qMax(0, radical)).unicode(), 4, 16)
                                         .arg(all.mid(qMax(0, radical - 10), 20))));

    const QString body = withoutWhitespace(extractBody(pdf, options, raw));
    qsizetype from = 0;
    const QStringList paragraphs = goldParagraphs();
    QCOMPARE(paragraphs.size(), 47);
    for (int i = 0; i < paragraphs.size(); ++i) {
        const QString wanted = withoutWhitespace(paragraphs[i]);
        const qsizetype at = body.indexOf(wanted, from);
        if (at < 0) {
            // Say how far the paragraph matched, to show where extraction went wrong.
            int best = 0;
            for (int n = 1; n <= wanted.size(); ++n) {
                if (body.indexOf(wanted.left(n), from) < 0)
                    break;
                best = n;
            }
            const qsizetype near = body.indexOf(wanted.left(best), from);
            QFAIL(qPrintable(QStringLiteral("paragraph %1 not found in order; matched %2 of %3 "
                                            "characters, then the PDF has: %4")
                                 .arg(i + 1)
                                 .arg(best)
                                 .arg(wanted.size())
                                 .arg(body.mid(near + best, 30))));
        }
        from = at + wanted.size();
    }
}

void TestPdfExport::neverExtractsKangxiRadicals()
{
    if (m_pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    // Ideographs that fonts such as Noto CJK share with a Kangxi radical's glyph.
    const QString trap = QStringLiteral("力量一人口大女子小山工心手文方日月木水火田目言金長門雨食馬"
                                        "高鬼魚鳥麥黃黑鼓鼠鼻齊齒龍龜");
    QVector<PageRecord> pages = m_pages;
    pages[0].stories.resize(1);
    pages[0].stories[0].summary.headline = trap.left(8);
    pages[0].stories[0].paragraphs = {{1, 0, trap, {}}};
    const QString pdf = writePdf(pages, fixedOptions());
    QVERIFY(!pdf.isEmpty());
    QCOMPARE(firstRadical(extractAll(pdf)), -1);
    const QString body = extractBody(pdf, fixedOptions(), false);
    QVERIFY2(withoutWhitespace(body).contains(trap), qPrintable(body));
}

void TestPdfExport::embedsItsFonts()
{
    const QString pdffonts = popplerTool(QStringLiteral("pdffonts"));
    if (pdffonts.isEmpty())
        QSKIP("pdffonts (poppler-utils) is not installed");
    const QString pdf = writePdf(m_pages, fixedOptions());
    QVERIFY(!pdf.isEmpty());
    const QStringList lines =
        QString::fromUtf8(runTool(pdffonts, {pdf})).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 3); // header, ruler, at least one font
    QStringList names;
    for (const QString &line : lines.mid(2)) {
        const QStringList cells = line.simplified().split(QLatin1Char(' '));
        QVERIFY2(cells.size() >= 7, qPrintable(line));
        // Columns from the right: object id, generation, uni, sub, emb.
        QCOMPARE(cells.at(cells.size() - 5), QStringLiteral("yes"));
        QCOMPARE(cells.at(cells.size() - 3), QStringLiteral("yes"));
        names << cells.first();
    }
    QVERIFY2(names.join(QLatin1Char(' ')).contains(QStringLiteral("UMing")),
             qPrintable(names.join(QLatin1Char(' '))));
    // Subset, not the whole 20 MB font collection.
    QVERIFY(QFileInfo(pdf).size() < 2 * 1024 * 1024);
}

void TestPdfExport::footerCarriesSourceDateAndPageNumbers()
{
    if (m_pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const LayoutOptions options = fixedOptions();
    const QString pdf = writePdf(m_pages, options);
    QVERIFY(!pdf.isEmpty());
    const QStringList pages = extractAll(pdf).split(QLatin1Char('\f'));
    const int count = int(pages.size()) - (pages.last().trimmed().isEmpty() ? 1 : 0);
    QVERIFY(count >= 2);
    for (int i = 0; i < count; ++i) {
        const QString text = pages[i].simplified();
        QVERIFY2(text.contains(QStringLiteral("Source: raw.txt")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Exported 2026-05-01 09:30")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(count)),
                 qPrintable(text));
    }
}

void TestPdfExport::storiesFlowAcrossPages()
{
    const auto fonts = FontSetup::find();
    QVERIFY(fonts.ok());
    LayoutOptions options = fixedOptions();
    const ProofLayout a4(ExportSelection(m_pages, options), options, fonts.value());
    options.paperSize = PaperSize::A3;
    options.columns = 6;
    const ProofLayout a3(ExportSelection(m_pages, options), options, fonts.value());
    QVERIFY(a4.pageCount() >= 2);
    QVERIFY(a3.pageCount() < a4.pageCount());
    QCOMPARE(
        a4.pageSizeUnits().toSize(),
        (QPageSize(QPageSize::A4).size(QPageSize::Point) * ProofLayout::LayoutDpi / 72.0).toSize());
    // One long story must continue over several pages.
    QVector<PageRecord> longStory = m_pages;
    longStory[0].stories.resize(1);
    for (int i = 0; i < 6; ++i)
        longStory[0].stories[0].paragraphs += m_pages[0].stories[0].paragraphs;
    options = fixedOptions();
    options.columns = 2;
    const ProofLayout flowing(ExportSelection(longStory, options), options, fonts.value());
    QVERIFY(flowing.pageCount() >= 2);
}

void TestPdfExport::chineseLineBreaking_data()
{
    QTest::addColumn<qreal>("width");
    QTest::newRow("narrow column") << 60.0;
    QTest::newRow("newspaper column") << 120.0;
    QTest::newRow("half page") << 260.0;
    QTest::newRow("odd width") << 97.3;
}

void TestPdfExport::chineseLineBreaking()
{
    QFETCH(qreal, width);
    const auto fonts = FontSetup::find();
    QVERIFY(fonts.ok());
    QStringList texts = goldParagraphs();
    // Punctuation runs that a naive breaker splits badly.
    texts << QStringLiteral("他说：“我们来了。”她问：“真的吗？！”（完）《人民日报》，“好”。")
                 .repeated(6)
          << QStringLiteral("编制土壤污染风险评估报告,最终确定LLQ080规划管理单元0117-2地块，"
                            "警示教育 and 运河文化，长度为12345678米。")
                 .repeated(5);
    for (const QString &text : std::as_const(texts)) {
        QVector<qreal> widths;
        const qreal em = 9.5;
        const QStringList lines =
            ProofLayout::breakParagraph(text, fonts->bodyFont(em), width, 2 * em, &widths);
        QCOMPARE(lines.join(QString()), text);
        QCOMPARE(widths.size(), lines.size());
        for (int i = 0; i < lines.size(); ++i) {
            // Quotation marks must not leave holes: every line but the last is nearly full
            // (a few characters pushed down by the punctuation rules at most), and closing
            // marks squeezed in overrun by less than an em.
            const qreal measure = width - (i == 0 ? 2 * em : 0);
            QVERIFY2(widths[i] <= measure + em, qPrintable(lines[i]));
            const bool wordFollows = i + 1 < lines.size() &&
                                     lines[i + 1].front().unicode() < 0x2E80 &&
                                     lines[i + 1].front().isLetterOrNumber();
            QVERIFY2(i + 1 == lines.size() || wordFollows || widths[i] >= measure - 3.2 * em,
                     qPrintable(QStringLiteral("short line %1 (%2 of %3 pt): %4")
                                    .arg(i + 1)
                                    .arg(widths[i])
                                    .arg(measure)
                                    .arg(lines[i])));
            // Latin words and numbers stay whole.
            if (i > 0) {
                const QChar before = lines[i - 1].back();
                const QChar after = lines[i].front();
                QVERIFY2(!(before.unicode() < 0x2E80 && before.isLetterOrNumber() &&
                           after.unicode() < 0x2E80 && after.isLetterOrNumber()),
                         qPrintable(lines[i - 1] + QLatin1Char('|') + lines[i]));
            }
            const QString line = lines[i].trimmed();
            QVERIFY(!line.isEmpty());
            QVERIFY2(i == 0 || ProofLayout::mayStartLine(line.front()),
                     qPrintable(QStringLiteral("line %1 starts with '%2': %3")
                                    .arg(i + 1)
                                    .arg(line.front())
                                    .arg(line)));
            QVERIFY2(
                i + 1 == lines.size() || ProofLayout::mayEndLine(line.back()),
                qPrintable(QStringLiteral("line %1 ends with '%2'").arg(i + 1).arg(line.back())));
        }
    }
}

void TestPdfExport::previewDrawsTheFirstPage()
{
    const auto image = PdfExport::preview(m_pages, fixedOptions(), 0, 50);
    QVERIFY2(image.ok(), qPrintable(image.error()));
    const QSize expected = (QPageSize(QPageSize::A4).size(QPageSize::Point) * 50 / 72.0).toSize();
    QVERIFY(qAbs(image->width() - expected.width()) <= 1);
    QVERIFY(qAbs(image->height() - expected.height()) <= 1);
    int dark = 0;
    for (int y = 0; y < image->height(); y += 2) {
        for (int x = 0; x < image->width(); x += 2)
            dark += qGray(image->pixel(x, y)) < 128;
    }
    QVERIFY2(dark > 500, qPrintable(QString::number(dark)));
    QVERIFY(!PdfExport::preview(m_pages, fixedOptions(), 99, 50).ok());
}

void TestPdfExport::refusesBadOptions()
{
    LayoutOptions options = fixedOptions();
    options.columns = 7;
    const auto r = PdfExport::render(m_pages, options);
    QVERIFY(!r.ok());
    QVERIFY(r.error().contains(QStringLiteral("columns")));
    QVERIFY(!PdfExport::render({}, fixedOptions()).ok());
}

QTEST_MAIN(TestPdfExport)
#include "tst_pdfexport.moc"
