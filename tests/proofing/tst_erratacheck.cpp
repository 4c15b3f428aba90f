// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "proofing/erratacheck.h"

#include <QTest>

using namespace Copydesk;
using namespace Copydesk::Proofing;

// The desk's errata table as a check.
class TestErrataCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void check_data();
    void check();
    void addReplacesAndRemoveForgets();
};

namespace {
QVector<Erratum> table()
{
    return {{QStringLiteral("既使"), QStringLiteral("即使")},
            {QStringLiteral("再接再励"), QStringLiteral("再接再厉")},
            {QStringLiteral("接再"), QStringLiteral("should lose to the longer entry")},
            {QStringLiteral("teh"), QStringLiteral("the")},
            {QStringLiteral("Hang Zhou"), QStringLiteral("Hangzhou")}};
}
} // namespace

void TestErrataCheck::check_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("flagged");
    QTest::addColumn<QStringList>("suggestions");
    QTest::newRow("chinese") << QStringLiteral("既使下雨也要去") << QStringList{"既使"}
                             << QStringList{"即使"};
    QTest::newRow("every occurrence") << QStringLiteral("既使如此,既使那样")
                                      << QStringList{"既使", "既使"} << QStringList{"即使", "即使"};
    QTest::newRow("longest match wins")
        << QStringLiteral("大家再接再励") << QStringList{"再接再励"} << QStringList{"再接再厉"};
    QTest::newRow("latin whole word")
        << QStringLiteral("teh report") << QStringList{"teh"} << QStringList{"the"};
    QTest::newRow("latin inside a word is no match")
        << QStringLiteral("Tehran and tehran") << QStringList() << QStringList();
    QTest::newRow("phrase with a space") << QStringLiteral("visit Hang Zhou today")
                                         << QStringList{"Hang Zhou"} << QStringList{"Hangzhou"};
    QTest::newRow("nothing") << QStringLiteral("即使下雨") << QStringList() << QStringList();
}

void TestErrataCheck::check()
{
    QFETCH(QString, text);
    QFETCH(QStringList, flagged);
    QFETCH(QStringList, suggestions);
    ErrataCheck errata;
    errata.setEntries(table());
    QStringList got, suggested;
    for (const FlagDraft &f : errata.check(text, 1)) {
        QCOMPARE(f.kind, QStringLiteral("errata"));
        QCOMPARE(f.paragraph, 1);
        QCOMPARE(text.mid(f.start, f.length), f.text);
        got << f.text;
        suggested << f.suggestion;
    }
    QCOMPARE(got, flagged);
    QCOMPARE(suggested, suggestions);
}

void TestErrataCheck::addReplacesAndRemoveForgets()
{
    ErrataCheck errata;
    QVERIFY(errata.check(QStringLiteral("既使"), 0).isEmpty());
    errata.add({QStringLiteral("既使"), QStringLiteral("即便")});
    errata.add({QStringLiteral("既使"), QStringLiteral("即使")});
    errata.add({QStringLiteral("同"), QStringLiteral("同")}); // no change: ignored
    QCOMPARE(errata.size(), 1);
    QCOMPARE(errata.check(QStringLiteral("既使"), 0).value(0).suggestion, QStringLiteral("即使"));
    errata.remove(QStringLiteral("既使"));
    QVERIFY(errata.check(QStringLiteral("既使"), 0).isEmpty());
}

QTEST_GUILESS_MAIN(TestErrataCheck)
#include "tst_erratacheck.moc"
