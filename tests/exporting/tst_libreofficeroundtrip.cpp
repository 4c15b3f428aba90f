// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporting/exporter.h"
#include "pdftools.h"
#include "samplepages.h"
#include "testsupport.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Copydesk;
using namespace Copydesk::Exporting;
using namespace Copydesk::TestSupport;

Q_DECLARE_METATYPE(Copydesk::Exporting::Format)

// LibreOffice opens our DOCX and ODT and finds the stories in them. Runs only where
// LibreOffice is installed (it is not a build dependency).
class TestLibreOfficeRoundTrip : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void opensTheDocument_data();
    void opensTheDocument();

private:
    QString m_office;
    QTemporaryDir m_dir;
};

void TestLibreOfficeRoundTrip::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    for (const char *name : {"soffice", "libreoffice"}) {
        m_office = QStandardPaths::findExecutable(QLatin1String(name));
        if (!m_office.isEmpty())
            break;
    }
    if (m_office.isEmpty())
        QSKIP("LibreOffice (soffice) is not installed");
    QVERIFY(m_dir.isValid());
}

void TestLibreOfficeRoundTrip::opensTheDocument_data()
{
    QTest::addColumn<Format>("format");
    QTest::newRow("docx") << Format::Docx;
    QTest::newRow("odt") << Format::Odt;
}

void TestLibreOfficeRoundTrip::opensTheDocument()
{
    QFETCH(Format, format);
    const QString name = QStringLiteral("sample.") + Exporter::fileSuffix(format);
    const QString path = m_dir.filePath(name);
    QVERIFY(Exporter::writeFile(format, goldPages(), LayoutOptions(), path).ok());
    const QString out = m_dir.filePath(Exporter::formatName(format));
    // A private profile so a running LibreOffice of the user is not disturbed.
    const QString profile =
        QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("profile"))).toString();
    const QByteArray log =
        runTool(m_office,
                {QStringLiteral("-env:UserInstallation=") + profile, QStringLiteral("--headless"),
                 QStringLiteral("--convert-to"), QStringLiteral("txt:Text (encoded):UTF8"),
                 QStringLiteral("--outdir"), out, path},
                180000);
    QVERIFY2(!log.isNull(), "soffice failed");
    const QString text = QString::fromUtf8(readFile(out + QStringLiteral("/sample.txt")));
    QVERIFY2(!text.isEmpty(), log.constData());
    const QString flat = withoutWhitespace(text);
    qsizetype from = 0;
    for (const QString &p : goldParagraphs()) {
        const qsizetype at = flat.indexOf(withoutWhitespace(p), from);
        QVERIFY2(at >= 0, qPrintable(p.left(20)));
        from = at + 1;
    }
}

QTEST_MAIN(TestLibreOfficeRoundTrip)
#include "tst_libreofficeroundtrip.moc"
