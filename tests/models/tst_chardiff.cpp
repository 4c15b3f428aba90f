// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/chardiff.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Copydesk;
using Diff::Segment;
using Op = Diff::Segment::Op;

Q_DECLARE_METATYPE(Copydesk::Diff::Segment)

namespace {
// "=abc" equal, "-abc" removed, "+abc" added: a compact way to write the expected runs.
QVector<Segment> runs(const QStringList &spec)
{
    QVector<Segment> out;
    for (const QString &s : spec) {
        const QChar tag = s.front();
        const Op op = tag == QLatin1Char('=')   ? Op::Equal
                      : tag == QLatin1Char('-') ? Op::Removed
                                                : Op::Added;
        out.push_back(Segment{op, s.mid(1)});
    }
    return out;
}

QString side(const QVector<Segment> &segments, Op skip)
{
    QString text;
    for (const Segment &s : segments) {
        if (s.op != skip)
            text += s.text;
    }
    return text;
}

QString describe(const QVector<Segment> &segments)
{
    QStringList parts;
    for (const Segment &s : segments) {
        const char tag = s.op == Op::Equal ? '=' : s.op == Op::Removed ? '-' : '+';
        parts << QLatin1Char(tag) + s.text;
    }
    return parts.join(QLatin1Char('|'));
}
} // namespace

class TestCharDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void diff_data();
    void diff();
    void sidesRebuildTheTexts();
    void surrogatePairsStayWhole();
    void unrelatedTextsFallBack();
};

void TestCharDiff::diff_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("both empty") << QString() << QString() << QStringList();
    QTest::newRow("equal") << QStringLiteral("湖州市长兴县") << QStringLiteral("湖州市长兴县")
                           << QStringList{QStringLiteral("=湖州市长兴县")};
    QTest::newRow("from empty") << QString() << QStringLiteral("新增")
                                << QStringList{QStringLiteral("+新增")};
    QTest::newRow("to empty") << QStringLiteral("删除") << QString()
                              << QStringList{QStringLiteral("-删除")};
    QTest::newRow("truncated copy") << QStringLiteral("肖谢老旧工业区地处路桥主城区南大门。")
                                    << QStringLiteral("肖谢老旧工业区地处")
                                    << QStringList{QStringLiteral("=肖谢老旧工业区地处"),
                                                   QStringLiteral("-路桥主城区南大门。")};
    QTest::newRow("one character changed")
        << QStringLiteral("县交通运输局第一时间启动应急预案")
        << QStringLiteral("县交通运输局第一吋间启动应急预案")
        << QStringList{QStringLiteral("=县交通运输局第一"), QStringLiteral("-时"),
                       QStringLiteral("+吋"), QStringLiteral("=间启动应急预案")};
    QTest::newRow("doubled character")
        << QStringLiteral("确保道路安全畅通") << QStringLiteral("确保道道路安全畅通")
        << QStringList{QStringLiteral("=确保道"), QStringLiteral("+道"),
                       QStringLiteral("=路安全畅通")};
    QTest::newRow("two separate edits")
        << QStringLiteral("ABCABBA") << QStringLiteral("CBABAC")
        << QStringList{QStringLiteral("-AB"), QStringLiteral("=C"), QStringLiteral("+B"),
                       QStringLiteral("=AB"), QStringLiteral("-B"), QStringLiteral("=A"),
                       QStringLiteral("+C")};
    QTest::newRow("inserted word in latin text")
        << QStringLiteral("the quick fox") << QStringLiteral("the quick brown fox")
        << QStringList{QStringLiteral("=the quick "), QStringLiteral("+brown "),
                       QStringLiteral("=fox")};
    QTest::newRow("punctuation variant")
        << QStringLiteral("近日,湖州市") << QStringLiteral("近日，湖州市")
        << QStringList{QStringLiteral("=近日"), QStringLiteral("-,"), QStringLiteral("+，"),
                       QStringLiteral("=湖州市")};
}

void TestCharDiff::diff()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QStringList, expected);
    const QVector<Segment> actual = Diff::characterDiff(from, to);
    QCOMPARE(describe(actual), describe(runs(expected)));
}

void TestCharDiff::sidesRebuildTheTexts()
{
    // Random near-duplicates: the script is minimal in size only if it is correct, so check
    // what must always hold: both texts come back, and no two neighbours share a kind.
    QRandomGenerator rng(20261128);
    const QString alphabet = QStringLiteral("统战部知联会品牌服务大局,。ab");
    for (int round = 0; round < 200; ++round) {
        QString from;
        const int length = int(rng.bounded(0, 60));
        for (int i = 0; i < length; ++i)
            from += alphabet.at(int(rng.bounded(qsizetype(alphabet.size()))));
        QString to = from;
        const int edits = int(rng.bounded(0, 6));
        for (int e = 0; e < edits; ++e) {
            const int pos = to.isEmpty() ? 0 : int(rng.bounded(qsizetype(to.size())));
            switch (rng.bounded(3)) {
            case 0:
                to.insert(pos, alphabet.at(int(rng.bounded(qsizetype(alphabet.size())))));
                break;
            case 1:
                to.remove(pos, 1);
                break;
            default:
                if (!to.isEmpty())
                    to[pos] = alphabet.at(int(rng.bounded(qsizetype(alphabet.size()))));
            }
        }
        const QVector<Segment> segments = Diff::characterDiff(from, to);
        QCOMPARE(side(segments, Op::Added), from);
        QCOMPARE(side(segments, Op::Removed), to);
        QVERIFY(Diff::editCount(segments) <= 2 * edits);
        for (int i = 1; i < segments.size(); ++i)
            QVERIFY(segments.at(i).op != segments.at(i - 1).op);
    }
}

void TestCharDiff::surrogatePairsStayWhole()
{
    // 𠮷 (U+20BB7) and 𡈽 (U+2123D) are outside the BMP: two UTF-16 units each.
    const QString from = QStringLiteral("吉野家𠮷野家");
    const QString to = QStringLiteral("吉野家𡈽野家");
    const QVector<Segment> segments = Diff::characterDiff(from, to);
    QCOMPARE(describe(segments), QStringLiteral("=吉野家|-𠮷|+𡈽|=野家"));
    QCOMPARE(Diff::editCount(segments), 2);
}

void TestCharDiff::unrelatedTextsFallBack()
{
    const QString from =
        QStringLiteral("前缀") + QString(300, QLatin1Char('a')) + QStringLiteral("后缀");
    const QString to =
        QStringLiteral("前缀") + QString(300, QLatin1Char('b')) + QStringLiteral("后缀");
    const QVector<Segment> limited = Diff::characterDiff(from, to, 10);
    QCOMPARE(describe(limited),
             QStringLiteral("=前缀|-%1|+%2|=后缀")
                 .arg(QString(300, QLatin1Char('a')), QString(300, QLatin1Char('b'))));
    const QVector<Segment> full = Diff::characterDiff(from, to);
    QCOMPARE(Diff::editCount(full), 600);
    QCOMPARE(side(full, Op::Added), from);
    QCOMPARE(side(full, Op::Removed), to);
}

QTEST_GUILESS_MAIN(TestCharDiff)
#include "tst_chardiff.moc"
