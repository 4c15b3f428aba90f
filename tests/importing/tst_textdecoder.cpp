// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/textdecoder.h"
#include "testsupport.h"

#include <QStringEncoder>
#include <QTest>

using namespace Copydesk;
using Importing::TextDecoder;

class TestTextDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decodesEveryEncoding_data();
    void decodesEveryEncoding();
    void samplePageInGb18030();
    void refusesBadInput_data();
    void refusesBadInput();
    void invalidSequencesBecomeReplacementCharacters();
    void normalizes_data();
    void normalizes();

private:
    static QByteArray fixture(const QString &name)
    {
        return TestSupport::readFile(TestSupport::sourceDir() + QStringLiteral("/tests/data/encodings/")
                                     + name);
    }
};

void TestTextDecoder::decodesEveryEncoding_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expectedText");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("utf-8") << "simplified.txt" << "simplified.txt" << "UTF-8";
    QTest::newRow("utf-8 with bom") << "simplified.utf8-bom.txt" << "simplified.txt" << "UTF-8";
    QTest::newRow("utf-16le bom") << "simplified.utf16le-bom.txt" << "simplified.txt"
                                  << "UTF-16LE";
    QTest::newRow("utf-16be bom") << "simplified.utf16be-bom.txt" << "simplified.txt"
                                  << "UTF-16BE";
    QTest::newRow("gb18030") << "simplified.gb18030.txt" << "simplified.txt" << "GB18030";
    QTest::newRow("big5") << "traditional.big5.txt" << "traditional.txt" << "Big5";
    QTest::newRow("crlf") << "simplified.crlf.txt" << "simplified.txt" << "UTF-8";
}

void TestTextDecoder::decodesEveryEncoding()
{
    QFETCH(QString, file);
    QFETCH(QString, expectedText);
    QFETCH(QString, encoding);
    const QByteArray bytes = fixture(file);
    QVERIFY2(!bytes.isEmpty(), qPrintable(file));
    const auto decoded = TextDecoder::decode(bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
    QCOMPARE(decoded->encoding, encoding);
    QCOMPARE(decoded->text, QString::fromUtf8(fixture(expectedText)));
    QCOMPARE(decoded->invalidSequences, 0);
}

void TestTextDecoder::samplePageInGb18030()
{
    const QByteArray utf8 = TestSupport::readFile(TestSupport::samplePagePath());
    QVERIFY(!utf8.isEmpty());
    QStringEncoder toGb("GB18030");
    QVERIFY2(toGb.isValid(), "Qt lacks GB18030 (built without ICU?)");
    const QByteArray gb = toGb.encode(QString::fromUtf8(utf8));
    QVERIFY(gb != utf8);
    const auto decoded = TextDecoder::decode(gb);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
    QCOMPARE(decoded->encoding, QStringLiteral("GB18030"));
    QCOMPARE(decoded->text, TextDecoder::normalize(QString::fromUtf8(utf8)));
}

void TestTextDecoder::refusesBadInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reasonContains");
    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << "PNG";
    QTest::newRow("pdf") << QByteArray("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n") << "PDF";
    QTest::newRow("zip") << QByteArray("PK\x03\x04\x14\0\0\0", 8) << "ZIP";
    QByteArray noise;
    for (int i = 0; i < 4096; ++i)
        noise.append(char((i * 7919 + 13) % 256));
    QTest::newRow("random bytes") << noise << "binary";
    QTest::newRow("white space only") << QByteArray(" \n\r\n\t \n") << "no text";
    QTest::newRow("only control characters") << QByteArray("\x01\x02\x03\x04\x05", 5)
                                             << "binary";
}

void TestTextDecoder::refusesBadInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reasonContains);
    const auto decoded = TextDecoder::decode(bytes);
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error().contains(reasonContains, Qt::CaseInsensitive),
             qPrintable(decoded.error()));
}

void TestTextDecoder::invalidSequencesBecomeReplacementCharacters()
{
    QByteArray bytes = fixture(QStringLiteral("simplified.txt"));
    bytes.insert(bytes.indexOf('\n'), "\xff");
    const auto decoded = TextDecoder::decode(bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
    QCOMPARE(decoded->encoding, QStringLiteral("UTF-8"));
    QCOMPARE(decoded->invalidSequences, 1);
    QCOMPARE(decoded->text.count(QChar::ReplacementCharacter), 1);
}

void TestTextDecoder::normalizes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("removed");
    QTest::newRow("crlf") << QStringLiteral("a\r\nb\rc\n") << QStringLiteral("a\nb\nc\n") << 0;
    QTest::newRow("nul and controls") << QStringLiteral("a") + QChar(0) + QStringLiteral("b\x07" "c")
                                      << QStringLiteral("abc") << 2;
    QTest::newRow("zero width") << QStringLiteral("新\u200b闻\ufeff稿\u200d")
                                << QStringLiteral("新闻稿") << 3;
    QTest::newRow("nbsp folded") << QStringLiteral("1\u00a0000\u202fkm") << QStringLiteral("1 000 km")
                                 << 0;
    QTest::newRow("ideographic space kept") << QStringLiteral("\u3000\u3000正文")
                                            << QStringLiteral("\u3000\u3000正文") << 0;
    QTest::newRow("line separator") << QStringLiteral("a\u2028b") << QStringLiteral("a\nb") << 0;
    QTest::newRow("tab kept") << QStringLiteral("a\tb") << QStringLiteral("a\tb") << 0;
}

void TestTextDecoder::normalizes()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(int, removed);
    int count = -1;
    QCOMPARE(TextDecoder::normalize(input, &count), expected);
    QCOMPARE(count, removed);
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
