// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporting/filenamer.h"

#include <QTest>

using namespace Copydesk::Exporting;

// File names for batch exports: safe on Linux, Windows and macOS, distinct, bounded.
class TestFileNamer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void makesSafeNames_data();
    void makesSafeNames();
    void numbersCollisions();
    void avoidsReservedNames();
    void limitsLengthAtCharacterBoundaries_data();
    void limitsLengthAtCharacterBoundaries();
};

void TestFileNamer::makesSafeNames_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("expected");
    QTest::newRow("chinese") << QStringLiteral("凝聚力量 擦亮“知联品牌”")
                             << QStringLiteral("凝聚力量 擦亮“知联品牌”.pdf");
    QTest::newRow("slash") << QStringLiteral("上城区/西湖区")
                           << QStringLiteral("上城区_西湖区.pdf");
    QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("a_b.pdf");
    QTest::newRow("traversal") << QStringLiteral("../../etc/passwd")
                               << QStringLiteral("_.._etc_passwd.pdf");
    QTest::newRow("windows forbidden")
        << QStringLiteral("a<b>c:d\"e|f?g*h") << QStringLiteral("a_b_c_d_e_f_g_h.pdf");
    QTest::newRow("runs collapse") << QStringLiteral("a///b") << QStringLiteral("a_b.pdf");
    QTest::newRow("control") << QStringLiteral("a\tb\nc\x01"
                                               "d")
                             << QStringLiteral("a b c_d.pdf");
    QTest::newRow("zero width") << QStringLiteral("a\u200Bb") << QStringLiteral("a_b.pdf");
    QTest::newRow("hidden") << QStringLiteral(".bashrc") << QStringLiteral("bashrc.pdf");
    QTest::newRow("option") << QStringLiteral("-rf 标题") << QStringLiteral("rf 标题.pdf");
    QTest::newRow("trailing dots") << QStringLiteral("标题...") << QStringLiteral("标题.pdf");
    QTest::newRow("spaces") << QStringLiteral("  标题   副题 ") << QStringLiteral("标题 副题.pdf");
    QTest::newRow("empty") << QString() << QStringLiteral("story-7.pdf");
    QTest::newRow("only separators") << QStringLiteral("///") << QStringLiteral("story-7.pdf");
    QTest::newRow("dots only") << QStringLiteral("..") << QStringLiteral("story-7.pdf");
    QTest::newRow("emoji") << QStringLiteral("好消息😀") << QStringLiteral("好消息😀.pdf");
    QTest::newRow("script tag") << QStringLiteral("<script>alert(1)</script>")
                                << QStringLiteral("_script_alert(1)_script_.pdf");
}

void TestFileNamer::makesSafeNames()
{
    QFETCH(QString, title);
    QFETCH(QString, expected);
    FileNamer namer(QStringLiteral("pdf"));
    const QString name = namer.take(title, QStringLiteral("story-7"));
    QCOMPARE(name, expected);
    QVERIFY(!name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\')));
}

void TestFileNamer::numbersCollisions()
{
    FileNamer namer(QStringLiteral(".txt"));
    namer.reserve(QStringLiteral("通知.txt"));
    QCOMPARE(namer.take(QStringLiteral("通知"), QString()), QStringLiteral("通知-2.txt"));
    QCOMPARE(namer.take(QStringLiteral("通知"), QString()), QStringLiteral("通知-3.txt"));
    QCOMPARE(namer.take(QStringLiteral("News"), QString()), QStringLiteral("News.txt"));
    // Case-insensitive file systems (Windows, macOS) would merge these.
    QCOMPARE(namer.take(QStringLiteral("NEWS"), QString()), QStringLiteral("NEWS-2.txt"));
    QCOMPARE(namer.take(QStringLiteral("a/b"), QString()), QStringLiteral("a_b.txt"));
    QCOMPARE(namer.take(QStringLiteral("a:b"), QString()), QStringLiteral("a_b-2.txt"));
    QCOMPARE(namer.take(QString(), QStringLiteral("story-1")), QStringLiteral("story-1.txt"));
    QCOMPARE(namer.take(QString(), QStringLiteral("story-1")), QStringLiteral("story-1-2.txt"));
}

void TestFileNamer::avoidsReservedNames()
{
    for (const char *name : {"CON", "con", "PRN", "AUX", "NUL", "COM1", "com9", "LPT1", "lpt9"}) {
        QVERIFY2(FileNamer::isReservedName(QLatin1String(name)), name);
        FileNamer namer(QStringLiteral("docx"));
        const QString safe = namer.take(QLatin1String(name), QString());
        QCOMPARE(safe, QLatin1String(name) + QStringLiteral("_.docx"));
        QVERIFY(!FileNamer::isReservedName(safe.chopped(5)));
    }
    QVERIFY(FileNamer::isReservedName(QStringLiteral("nul.txt")));
    QCOMPARE(FileNamer::sanitize(QStringLiteral("nul.txt")), QStringLiteral("nul.txt_"));
    QVERIFY(!FileNamer::isReservedName(QStringLiteral("CONSOLE")));
    QVERIFY(!FileNamer::isReservedName(QStringLiteral("COM10")));
    QVERIFY(!FileNamer::isReservedName(QStringLiteral("通知")));
}

void TestFileNamer::limitsLengthAtCharacterBoundaries_data()
{
    QTest::addColumn<QString>("title");
    QTest::newRow("chinese") << QStringLiteral("乡贤情深报桑梓").repeated(20);
    QTest::newRow("latin") << QStringLiteral("headline ").repeated(40);
    QTest::newRow("emoji") << QStringLiteral("😀").repeated(80);
    QTest::newRow("combining") << QStringLiteral("e\u0301").repeated(100);
}

void TestFileNamer::limitsLengthAtCharacterBoundaries()
{
    QFETCH(QString, title);
    FileNamer namer(QStringLiteral("pdf"), 60);
    const QString first = namer.take(title, QString());
    const QString second = namer.take(title, QString());
    for (const QString &name : {first, second}) {
        QVERIFY2(name.toUtf8().size() <= 60, qPrintable(name));
        QVERIFY(name.endsWith(QStringLiteral(".pdf")));
        QVERIFY(!name.contains(QChar(QChar::ReplacementCharacter)));
        QCOMPARE(QString::fromUtf8(name.toUtf8()), name); // no broken surrogate pair
        const QString base = name.chopped(4);
        QVERIFY(!base.endsWith(QLatin1Char(' ')));
    }
    QVERIFY(first != second);
    QVERIFY(second.endsWith(QStringLiteral("-2.pdf")));
    QVERIFY(title.startsWith(first.chopped(4)) || first.startsWith(QStringLiteral("headline")));
}

QTEST_GUILESS_MAIN(TestFileNamer)
#include "tst_filenamer.moc"
