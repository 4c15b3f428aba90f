// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/wordfrequencies.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk::Text;

// The word counts (jieba's list from python3-jieba) that judge junctions: a likely word
// across a junction is told from a rare one, and a missing list answers "unknown".
class TestWordFrequencies : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sharedListIsInstalled();
    void junctions_data();
    void junctions();
    void smallList();
    void prepositions_data();
    void prepositions();
    void missingListKnowsNothing();
};

void TestWordFrequencies::sharedListIsInstalled()
{
    QVERIFY2(WordFrequencies::shared().isLoaded(), "install python3-jieba");
    QVERIFY(WordFrequencies::shared().logProbability(QStringLiteral("系统")) < 0);
    QCOMPARE(WordFrequencies::shared().logProbability(QStringLiteral("系统系统系统")), 0.0);
}

void TestWordFrequencies::junctions_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<bool>("strong");
    QTest::addColumn<int>("straddling");
    // A word ICU's dictionary lacks, and one it has.
    QTest::newRow("重启") << QStringLiteral("不需要重") << QStringLiteral("启系统。") << true << 2;
    QTest::newRow("意味着") << QStringLiteral("这并不意") << QStringLiteral("味着您不") << true << 3;
    // Wrong pairings of the same pieces.
    QTest::newRow("重 + 味") << QStringLiteral("不需要重") << QStringLiteral("味着您不") << false
                             << -1;
    QTest::newRow("意 + 启") << QStringLiteral("这并不意") << QStringLiteral("启系统。") << false
                             << -1;
    // A boundary at the junction: nothing runs across.
    QTest::newRow("boundary") << QStringLiteral("服务器") << QStringLiteral("和客户端") << false
                              << 0;
    // Not Chinese on one side: no opinion.
    QTest::newRow("latin") << QStringLiteral("Debian") << QStringLiteral("系统") << false << 0;
}

void TestWordFrequencies::junctions()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(bool, strong);
    QFETCH(int, straddling);
    const WordFrequencies &words = WordFrequencies::shared();
    const double gain = words.junctionGain(left, right);
    QVERIFY2((gain >= 3.0) == strong, qPrintable(QString::number(gain)));
    QVERIFY(gain >= 0);
    if (straddling >= 0)
        QCOMPARE(words.straddlingWord(left, right), straddling);
}

void TestWordFrequencies::smallList()
{
    // The same file format, written here: counts make the probabilities.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dict.txt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("甲乙 900 n\n甲 50 n\n乙 50 n\n丙 1000 n\nLatin 5 eng\nbad line\n");
    f.close();
    const WordFrequencies words(path);
    QVERIFY(words.isLoaded());
    QVERIFY(words.logProbability(QStringLiteral("甲乙")) > words.logProbability(QStringLiteral("甲")));
    QCOMPARE(words.logProbability(QStringLiteral("Latin")), 0.0); // only Chinese words are kept
    // 甲乙 is far likelier than 甲 then 乙.
    QVERIFY(words.junctionGain(QStringLiteral("丙甲"), QStringLiteral("乙丙")) > 3.0);
    QCOMPARE(words.straddlingWord(QStringLiteral("丙甲"), QStringLiteral("乙丙")), 2);
    QCOMPARE(words.junctionGain(QStringLiteral("甲"), QStringLiteral("丙")), 0.0);
}

void TestWordFrequencies::prepositions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("endsOnPreposition");
    QTest::newRow("针对") << QStringLiteral("此工具最初针对") << true;
    QTest::newRow("在") << QStringLiteral("这些软件包都在") << true;
    QTest::newRow("关于") << QStringLiteral("作为他为一本关于") << true;
    QTest::newRow("现在 is no 在") << QStringLiteral("城市书房开到了现在") << false;
    QTest::newRow("存在") << QStringLiteral("问题依然存在") << false;
    QTest::newRow("headline") << QStringLiteral("开箱即用 学校网络一步到位") << false;
    QTest::newRow("Latin") << QStringLiteral("Debian") << false;
}

void TestWordFrequencies::prepositions()
{
    QFETCH(QString, text);
    QFETCH(bool, endsOnPreposition);
    QCOMPARE(WordFrequencies::shared().endsOnPreposition(text), endsOnPreposition);
}

void TestWordFrequencies::missingListKnowsNothing()
{
    const WordFrequencies words(QStringLiteral("/nonexistent/dict.txt"));
    QVERIFY(!words.isLoaded());
    QCOMPARE(words.junctionGain(QStringLiteral("不需要重"), QStringLiteral("启系统")), 0.0);
    QCOMPARE(words.straddlingWord(QStringLiteral("不需要重"), QStringLiteral("启系统")), 0);
}

QTEST_GUILESS_MAIN(TestWordFrequencies)
#include "tst_wordfrequencies.moc"
