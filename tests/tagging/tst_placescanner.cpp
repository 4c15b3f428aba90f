// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagging/placescanner.h"

#include <QTest>

using namespace Copydesk;
using namespace Copydesk::Tagging;

// Which names in running text are place mentions: roads, companies, schools, villages and
// rivers that carry a place name are not.
class TestPlaceScanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mentions_data();
    void mentions();
    void offsetsPointIntoTheOriginalText();
};

void TestPlaceScanner::mentions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("address chain") << QStringLiteral("宁波市江北区慈城镇召开会议")
                                   << QStringList{"宁波市", "江北区", "慈城镇"};
    QTest::newRow("road named after a province")
        << QStringLiteral("上海市广东路的老建筑") << QStringList{"上海市"};
    QTest::newRow("road with a direction") << QStringLiteral("位于中山北路口") << QStringList();
    QTest::newRow("street but not 街道")
        << QStringLiteral("重庆江北街上,江北街道办") << QStringList{"重庆", "江北街道"};
    QTest::newRow("avenue") << QStringLiteral("沿深圳大道前行") << QStringList();
    QTest::newRow("university") << QStringLiteral("浙江大学的研究团队") << QStringList();
    QTest::newRow("university students are the city's")
        << QStringLiteral("南京市大学生创业") << QStringList{"南京市"};
    QTest::newRow("company a few characters on")
        << QStringLiteral("杭州某某食品有限公司总经理") << QStringList();
    QTest::newRow("company after a full name only blocks next to it")
        << QStringLiteral("慈城镇某某科技股份有限公司") << QStringList{"慈城镇"};
    QTest::newRow("hospital") << QStringLiteral("浙江省肿瘤医院医生") << QStringList{"浙江省"};
    QTest::newRow("numbered school") << QStringLiteral("普陀二中和普陀第三小学") << QStringList();
    QTest::newRow("village of the same name") << QStringLiteral("光明村的村民") << QStringList();
    QTest::newRow("river") << QStringLiteral("步行至钱塘江") << QStringList();
    QTest::newRow("origin of a person") << QStringLiteral("一名温州籍商人") << QStringList();
    QTest::newRow("chain is no road")
        << QStringLiteral("台州市路桥区") << QStringList{"台州市", "路桥区"};
    QTest::newRow("short forms side by side")
        << QStringLiteral("重庆江北区观音桥") << QStringList{"重庆", "江北区"};
}

void TestPlaceScanner::mentions()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const PlaceScanner scanner(Gazetteer::builtIn());
    // Names that only count with context (创业, 中和: towns somewhere, words everywhere) are
    // the suggester's business; here only names that can stand for a place by themselves.
    QStringList found;
    for (const PlaceMention &m : scanner.scan(text)) {
        for (const NameTarget &t : m.targets) {
            if (!t.needsContext) {
                found.append(m.surface);
                break;
            }
        }
    }
    QCOMPARE(found, expected);
}

void TestPlaceScanner::offsetsPointIntoTheOriginalText()
{
    const PlaceScanner scanner(Gazetteer::builtIn());
    const QString text = QStringLiteral("據悉,海寧市硤石街道");
    const QVector<PlaceMention> found = scanner.scan(text);
    QCOMPARE(found.size(), 2);
    QCOMPARE(text.mid(found[1].start, found[1].length), QStringLiteral("硤石街道"));
    QCOMPARE(found[1].surface, QStringLiteral("硖石街道"));
}

QTEST_GUILESS_MAIN(TestPlaceScanner)
#include "tst_placescanner.moc"
