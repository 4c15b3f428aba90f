// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dedup/duplicatefinder.h"

#include <QTest>

using namespace Copydesk;
using namespace Copydesk::Dedup;

Q_DECLARE_METATYPE(Copydesk::Dedup::DuplicateKind)

namespace {
const QString kLong = QStringLiteral(
    "老旧工业区地处主城区南大门,位于街道中心地段,是早期建设的工业区之一。随着时间推移,该工业区"
    "已不适应产业迭代的需要,亟待改造提升。土壤调查表明地块部分区域存在污染。");
const QString kOther = QStringLiteral(
    "驿站将为游客、快递员、外卖小哥等群体提供景区导览、读书看报、避暑躲雨、歇脚充电等即时服务,"
    "同时链接综治、民政、工会等条线为辖区企业和村民提供政策引导。");
const QString kEnglish = QStringLiteral(
    "The council approved the new library budget on Tuesday after a long debate about opening "
    "hours, staffing and the cost of the planned children's reading room.");

QVector<Item> items(const QStringList &texts)
{
    QVector<Item> out;
    for (int i = 0; i < texts.size(); ++i)
        out.push_back({i + 100, i, fingerprint(texts[i])});
    return out;
}
} // namespace

// Data-driven rules of the duplicate finder.
class TestDuplicateFinder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classifiesPairs_data();
    void classifiesPairs();
    void canonicalFormIgnoresWidthSpaceAndPunctuation();
    void lshKeysAgreeForNearCopies();
    void pagePointsCopiesAtTheFirstOriginal();
    void earlierTruncatedFragmentIsTheCopy();
    void copiesPrintedBeforeTheirOriginal();
    void archiveCopyIsAlwaysTheNewParagraph();
    void dismissedPairsAreNotReported();
};

void TestDuplicateFinder::classifiesPairs_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("duplicate");
    QTest::addColumn<DuplicateKind>("kind");

    QTest::newRow("exact") << kLong << kLong << true << DuplicateKind::Exact;
    QTest::newRow("exact but for width and spaces")
        << kLong << QString(kLong).replace(QLatin1Char(','), QChar(0xFF0C)).replace(QStringLiteral("。"), QStringLiteral("。 "))
        << true << DuplicateKind::Exact;
    QString noisy = kLong;
    noisy[10] = QChar(0x6C34);
    noisy[40] = QChar(0x706B);
    noisy.remove(60, 1);
    QTest::newRow("near: three characters differ") << kLong << noisy << true << DuplicateKind::Near;
    QTest::newRow("truncated mid-sentence") << kLong << kLong.left(kLong.size() / 2) << true
                                            << DuplicateKind::Truncated;
    QTest::newRow("truncated at the start") << kLong << kLong.mid(kLong.size() / 3) << true
                                            << DuplicateKind::Truncated;
    QTest::newRow("unrelated") << kLong << kOther << false << DuplicateKind::Exact;
    QTest::newRow("english near") << kEnglish
                                  << QString(kEnglish).replace(QStringLiteral("Tuesday"), QStringLiteral("Tuesdav"))
                                  << true << DuplicateKind::Near;
    QTest::newRow("a quotation inside another paragraph is not a copy")
        << kOther + kLong.mid(20, 30) + kOther.left(40) << kLong.mid(20, 30) << false
        << DuplicateKind::Exact;
    QTest::newRow("short boilerplate") << QStringLiteral("(记者 张三)") << QStringLiteral("(记者 张三)")
                                       << false << DuplicateKind::Exact;
}

void TestDuplicateFinder::classifiesPairs()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, duplicate);
    QFETCH(DuplicateKind, kind);
    DuplicateKind got = DuplicateKind::Exact;
    Similarity sim;
    QCOMPARE(classify(fingerprint(a), fingerprint(b), Options{}, &got, &sim), duplicate);
    if (duplicate)
        QCOMPARE(kindName(got), kindName(kind));
    // Symmetric.
    QCOMPARE(classify(fingerprint(b), fingerprint(a), Options{}, &got, &sim), duplicate);
}

void TestDuplicateFinder::canonicalFormIgnoresWidthSpaceAndPunctuation()
{
    QCOMPARE(canonicalize(QStringLiteral("Ａ b，c。\u3000D")), QStringLiteral("abcd"));
    QCOMPARE(fingerprint(QStringLiteral("数据,文本")).exact,
             fingerprint(QStringLiteral("数据，文本 ")).exact);
}

void TestDuplicateFinder::lshKeysAgreeForNearCopies()
{
    QString noisy = kLong;
    noisy[12] = QChar(0x6C34);
    const auto a = lshKeys(fingerprint(kLong));
    const auto b = lshKeys(fingerprint(noisy));
    const auto c = lshKeys(fingerprint(kOther));
    int sameAB = 0, sameAC = 0;
    for (int i = 0; i < kLshBands; ++i) {
        sameAB += a[i] == b[i];
        sameAC += a[i] == c[i];
    }
    QVERIFY2(sameAB >= 1, "a near copy must share at least one band");
    QCOMPARE(sameAC, 0);
    for (quint64 k : a)
        QVERIFY(k > 0 && k <= quint64(std::numeric_limits<qint64>::max()));
}

void TestDuplicateFinder::pagePointsCopiesAtTheFirstOriginal()
{
    // original, other, exact copy, truncated copy (like a paragraph pasted twice into a story)
    const auto page = items({kLong, kOther, kLong, kLong.left(50)});
    const auto matches = findDuplicates(page, {}, {});
    QCOMPARE(matches.size(), 2);
    QCOMPARE(matches[0].copy, 2);
    QCOMPARE(matches[0].original, 0);
    QCOMPARE(kindName(matches[0].kind), QStringLiteral("exact"));
    QCOMPARE(matches[1].copy, 3);
    QCOMPARE(matches[1].original, 0);
    QCOMPARE(kindName(matches[1].kind), QStringLiteral("truncated"));
    QVERIFY(matches[1].originalInPage);
}

void TestDuplicateFinder::earlierTruncatedFragmentIsTheCopy()
{
    const auto page = items({kLong.left(50), kOther, kLong});
    const auto matches = findDuplicates(page, {}, {});
    QCOMPARE(matches.size(), 1);
    QCOMPARE(matches[0].copy, 0);
    QCOMPARE(matches[0].original, 2);
}

void TestDuplicateFinder::copiesPrintedBeforeTheirOriginal()
{
    // A paragraph pasted twice into another story (whole and truncated), that story printed
    // before the paragraph's own: the copies are the two in the story that holds two.
    QVector<Item> page = items({kLong, kLong.left(50), kOther, kLong});
    page[0].story = 0;
    page[1].story = 0;
    page[2].story = 1;
    page[3].story = 1;
    const auto matches = findDuplicates(page, {}, {});
    QCOMPARE(matches.size(), 2);
    QCOMPARE(matches[0].copy, 0);
    QCOMPARE(matches[0].original, 3);
    QCOMPARE(kindName(matches[0].kind), QStringLiteral("exact"));
    QCOMPARE(matches[1].copy, 1);
    QCOMPARE(matches[1].original, 3);
    // Without stories, the later paragraph is the copy, as before.
    for (Item &item : page)
        item.story = -1;
    const auto plain = findDuplicates(page, {}, {});
    QCOMPARE(plain[0].copy, 1);
    QCOMPARE(plain[1].copy, 3);
}

void TestDuplicateFinder::archiveCopyIsAlwaysTheNewParagraph()
{
    QVector<Item> archive = {{7, -10, fingerprint(kLong.left(50))}, {8, -5, fingerprint(kLong)}};
    const auto page = items({kOther, kLong});
    const auto matches = findDuplicates(page, archive, {});
    QCOMPARE(matches.size(), 1);
    QCOMPARE(matches[0].copy, 1);
    QVERIFY(!matches[0].originalInPage);
    // The earliest original wins, even when it is a fragment of the new paragraph.
    QCOMPARE(matches[0].original, 0);
}

void TestDuplicateFinder::dismissedPairsAreNotReported()
{
    const auto page = items({kLong, kLong});
    QSet<PairKey> dismissed{pairKey(page[0].fingerprint, page[1].fingerprint)};
    QVERIFY(findDuplicates(page, {}, dismissed).isEmpty());
    QCOMPARE(findDuplicates(page, {}, {}).size(), 1);
}

QTEST_GUILESS_MAIN(TestDuplicateFinder)
#include "tst_duplicatefinder.moc"
