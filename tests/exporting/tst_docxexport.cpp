// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporting/docxexport.h"
#include "exporting/zippackage.h"
#include "packagereader.h"
#include "samplepages.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace Copydesk;
using namespace Copydesk::Exporting;
using namespace Copydesk::TestSupport;

namespace {
const QString W = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
}

// The Word package: a valid OOXML zip whose parts parse and carry the stories.
class TestDocxExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void isARealPackage();
    void everyPartParses();
    void relationshipsResolve();
    void carriesEveryParagraphInOrder();
    void laysOutSectionsAndColumns();
    void escapesText();

private:
    QVector<PageRecord> m_pages;
    LayoutOptions m_options;
    QByteArray m_docx;
    QMap<QString, QByteArray> m_parts;
};

void TestDocxExport::initTestCase()
{
    m_pages = goldPages();
    m_options.columns = 3;
    m_options.paperSize = PaperSize::A3;
    m_options.exportDate = QDateTime(QDate(2026, 5, 1), QTime(9, 30), Qt::UTC);
    const auto docx = DocxExport::render(m_pages, m_options);
    QVERIFY2(docx.ok(), qPrintable(docx.error()));
    m_docx = docx.value();
    const auto parts = ZipPackage::read(m_docx);
    QVERIFY2(parts.ok(), qPrintable(parts.error()));
    m_parts = parts.value();
}

void TestDocxExport::isARealPackage()
{
    QVERIFY(m_docx.startsWith("PK\x03\x04"));
    const auto names = ZipPackage::names(m_docx);
    QVERIFY(names.ok());
    QCOMPARE(names->first(), QStringLiteral("[Content_Types].xml"));
    for (const char *part : {"[Content_Types].xml", "_rels/.rels", "word/document.xml",
                             "word/_rels/document.xml.rels", "word/styles.xml", "word/settings.xml",
                             "word/footer1.xml", "docProps/core.xml", "docProps/app.xml"})
        QVERIFY2(m_parts.contains(QLatin1String(part)), part);
    const QString types = QString::fromUtf8(m_parts.value(QStringLiteral("[Content_Types].xml")));
    QVERIFY(types.contains(QStringLiteral(
        "PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
        "officedocument.wordprocessingml.document.main+xml\"")));
    // Same input, same bytes: fixed entry times make exports reproducible.
    QCOMPARE(DocxExport::render(m_pages, m_options).value(), m_docx);
}

void TestDocxExport::everyPartParses()
{
    const QStringList errors = xmlErrors(m_parts);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
}

void TestDocxExport::relationshipsResolve()
{
    for (const QString &rels :
         {QStringLiteral("_rels/.rels"), QStringLiteral("word/_rels/document.xml.rels")}) {
        const QString base =
            rels.startsWith(QLatin1String("word/")) ? QStringLiteral("word/") : QString();
        QXmlStreamReader r(m_parts.value(rels));
        int count = 0;
        while (!r.atEnd()) {
            r.readNext();
            if (r.isStartElement() && r.name() == QLatin1String("Relationship")) {
                const QString target = r.attributes().value(QStringLiteral("Target")).toString();
                QVERIFY2(m_parts.contains(base + target), qPrintable(base + target));
                ++count;
            }
        }
        QVERIFY(count >= 3);
    }
}

void TestDocxExport::carriesEveryParagraphInOrder()
{
    const QStringList texts =
        elementTexts(m_parts.value(QStringLiteral("word/document.xml")), W, QStringLiteral("p"));
    qsizetype at = 0;
    for (const QString &p : goldParagraphs()) {
        at = texts.indexOf(p, at);
        QVERIFY2(at >= 0, qPrintable(p.left(20)));
        ++at;
    }
    QVERIFY(texts.contains(QStringLiteral("凝聚力量 擦亮“知联品牌”")));
    QVERIFY(texts.contains(QStringLiteral("周静 严琰")));
    const QString footer =
        elementTexts(m_parts.value(QStringLiteral("word/footer1.xml")), W, QStringLiteral("p"))
            .join(QString());
    QVERIFY2(footer.startsWith(QStringLiteral("Source: raw.txtPage 1 of 1Exported ")),
             qPrintable(footer));
}

void TestDocxExport::laysOutSectionsAndColumns()
{
    const QString doc = QString::fromUtf8(m_parts.value(QStringLiteral("word/document.xml")));
    // Per story a one-column head section and a body section in three columns.
    QCOMPARE(doc.count(QStringLiteral("<w:sectPr>")), 24);
    QCOMPARE(doc.count(QStringLiteral("<w:cols w:num=\"3\"")), 12);
    QCOMPARE(doc.count(QStringLiteral("<w:cols w:num=\"1\"")), 12);
    QCOMPARE(doc.count(QStringLiteral("<w:type w:val=\"continuous\"/>")), 23);
    QVERIFY(doc.contains(QStringLiteral("<w:pgSz w:w=\"16838\" w:h=\"23811\"/>")));
    QVERIFY(doc.contains(QStringLiteral("w:instr")) == false); // fields live in the footer
    const QString footer = QString::fromUtf8(m_parts.value(QStringLiteral("word/footer1.xml")));
    QVERIFY(footer.contains(QStringLiteral("w:instr=\" PAGE \"")));
    QVERIFY(footer.contains(QStringLiteral("w:instr=\" NUMPAGES \"")));
}

void TestDocxExport::escapesText()
{
    QVector<PageRecord> pages = m_pages;
    pages[0].stories.resize(1);
    pages[0].stories[0].summary.headline = QStringLiteral("<script>alert(1)</script> & \"q\"\x03");
    const auto docx = DocxExport::render(pages, LayoutOptions());
    QVERIFY(docx.ok());
    const auto parts = ZipPackage::read(docx.value());
    QVERIFY(parts.ok());
    QVERIFY(xmlErrors(parts.value()).isEmpty());
    const QStringList texts =
        elementTexts(parts->value(QStringLiteral("word/document.xml")), W, QStringLiteral("p"));
    QVERIFY(texts.contains(QStringLiteral("<script>alert(1)</script> & \"q\"")));
}

QTEST_GUILESS_MAIN(TestDocxExport)
#include "tst_docxexport.moc"
