// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporting/odtexport.h"
#include "exporting/zippackage.h"
#include "packagereader.h"
#include "samplepages.h"

#include <QTest>

using namespace Copydesk;
using namespace Copydesk::Exporting;
using namespace Copydesk::TestSupport;

namespace {
const QString TextNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
}

// The ODT: a valid OpenDocument package (read back with libzip) with the stories in order.
class TestOdtExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void isAnOpenDocumentPackage();
    void everyPartParses();
    void carriesEveryParagraphInOrder();
    void escapesText();

private:
    QMap<QString, QByteArray> m_parts;
    QByteArray m_odt;
};

void TestOdtExport::initTestCase()
{
    const auto odt = OdtExport::render(goldPages(), LayoutOptions());
    QVERIFY2(odt.ok(), qPrintable(odt.error()));
    m_odt = odt.value();
    const auto parts = ZipPackage::read(m_odt);
    QVERIFY2(parts.ok(), qPrintable(parts.error()));
    m_parts = parts.value();
}

void TestOdtExport::isAnOpenDocumentPackage()
{
    const auto names = ZipPackage::names(m_odt);
    QVERIFY(names.ok());
    QCOMPARE(names->first(), QStringLiteral("mimetype"));
    QCOMPARE(m_parts.value(QStringLiteral("mimetype")),
             QByteArray("application/vnd.oasis.opendocument.text"));
    QVERIFY(m_parts.contains(QStringLiteral("content.xml")));
    QVERIFY(m_parts.contains(QStringLiteral("META-INF/manifest.xml")));
}

void TestOdtExport::everyPartParses()
{
    const QStringList errors = xmlErrors(m_parts);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
}

void TestOdtExport::carriesEveryParagraphInOrder()
{
    const QByteArray content = m_parts.value(QStringLiteral("content.xml"));
    const QStringList paragraphs = elementTexts(content, TextNs, QStringLiteral("p"));
    qsizetype at = 0;
    for (const QString &p : goldParagraphs()) {
        at = paragraphs.indexOf(p, at);
        QVERIFY2(at >= 0, qPrintable(p.left(20)));
        ++at;
    }
    QStringList headlines = elementTexts(content, TextNs, QStringLiteral("h"));
    if (headlines.isEmpty()) // Qt versions that write headings as styled paragraphs
        headlines = paragraphs;
    QVERIFY(headlines.contains(QStringLiteral("凝聚力量 擦亮“知联品牌”")));
    QVERIFY(QString::fromUtf8(content).contains(QStringLiteral("AR PL UMing CN")));
}

void TestOdtExport::escapesText()
{
    QVector<PageRecord> pages = goldPages();
    pages[0].stories.resize(1);
    pages[0].stories[0].summary.headline = QStringLiteral("<script>alert(1)</script> & \x04");
    const auto odt = OdtExport::render(pages, LayoutOptions());
    QVERIFY(odt.ok());
    const auto parts = ZipPackage::read(odt.value());
    QVERIFY(parts.ok());
    QVERIFY(xmlErrors(parts.value()).isEmpty());
    const QByteArray content = parts->value(QStringLiteral("content.xml"));
    QVERIFY(!content.contains("<script>"));
    const QStringList all = elementTexts(content, TextNs, QStringLiteral("h")) +
                            elementTexts(content, TextNs, QStringLiteral("p"));
    QVERIFY(all.contains(QStringLiteral("<script>alert(1)</script> &")));
}

QTEST_MAIN(TestOdtExport)
#include "tst_odtexport.moc"
