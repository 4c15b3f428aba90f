// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storysearchmodel.h"
#include "models/tagcache.h"
#include "tagfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Copydesk;

// The browse result list: full text AND district subtree AND theme.
class TestStorySearchModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void filtersCombine_data();
    void filtersCombine();
    void rowsCarryWhatTheListShows();
    void followsTagChanges();

private:
    TestSupport::TagArchive m_archive;
    std::unique_ptr<TagCache> m_cache;
};

void TestStorySearchModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestStorySearchModel::init()
{
    m_archive = TestSupport::TagArchive();
    QVERIFY(m_archive.create());
    m_cache = std::make_unique<TagCache>();
    QVERIFY(m_cache->open(m_archive.path, Database::Mode::ReadWrite).ok());
}

void TestStorySearchModel::filtersCombine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("district");
    QTest::addColumn<QString>("theme");
    QTest::addColumn<QList<int>>("expected");
    QTest::newRow("nothing: every story") << "" << "" << "" << QList<int>{0, 1, 2, 3, 4, 5};
    QTest::newRow("two-character text") << "书屋" << "" << "" << QList<int>{0, 1, 4};
    QTest::newRow("three-character text") << "社区书屋" << "" << "" << QList<int>{0};
    QTest::newRow("text and province") << "书屋" << "33" << "" << QList<int>{0, 1};
    QTest::newRow("county holds its towns") << "" << "330102" << "" << QList<int>{0, 1};
    QTest::newRow("city") << "" << "3301" << "" << QList<int>{0, 1, 2};
    QTest::newRow("theme") << "" << "" << "medtop:04000000" << QList<int>{0, 1, 3};
    QTest::newRow("all three") << "书屋" << "3301" << "medtop:04000000" << QList<int>{0, 1};
    QTest::newRow("all three, none") << "书屋" << "3309" << "medtop:04000000" << QList<int>{};
    QTest::newRow("sub-theme") << "" << "33" << "desk:ecology" << QList<int>{2};
}

void TestStorySearchModel::filtersCombine()
{
    QFETCH(QString, text);
    QFETCH(QString, district);
    QFETCH(QString, theme);
    QFETCH(QList<int>, expected);
    StorySearchModel model(m_cache.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy searched(&model, &StorySearchModel::searched);
    model.setText(text);
    model.setDistrictCode(district);
    model.setThemeCode(theme);
    QVERIFY(model.lastError().isEmpty());
    QList<qint64> got;
    for (int row = 0; row < model.rowCount(); ++row)
        got << model.storyId(row);
    QList<qint64> want;
    for (int i : expected)
        want << m_archive.stories[i];
    QCOMPARE(got, want); // one page: story order
    if (!searched.isEmpty())
        QCOMPARE(searched.last().first().toInt(), int(want.size()));
}

void TestStorySearchModel::rowsCarryWhatTheListShows()
{
    StorySearchModel model(m_cache.get());
    model.setText(QStringLiteral("湿地"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(StorySearchModel::ColumnCount));
    QCOMPARE(model.index(0, StorySearchModel::HeadlineColumn).data().toString(),
             QStringLiteral("湿地保护"));
    QCOMPARE(model.index(0, StorySearchModel::DistrictColumn).data().toString(),
             QStringLiteral("浙江省/杭州市/西湖区"));
    QCOMPARE(model.index(0, StorySearchModel::ThemeColumn).data().toString(),
             QStringLiteral("desk:ecology")); // the fixture's label
    QCOMPARE(model.index(0, 0).data(StorySearchModel::StoryIdRole).toLongLong(),
             m_archive.stories[2]);
    QVERIFY(model.index(0, 0).data(StorySearchModel::PageIdRole).toLongLong() > 0);
    QVERIFY(!model.index(0, 0).data(StorySearchModel::DistrictConfirmedRole).toBool());
}

void TestStorySearchModel::followsTagChanges()
{
    StorySearchModel model(m_cache.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDistrictCode(QStringLiteral("3309"));
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(m_cache->confirmDistrict(m_archive.stories[5],
                                     {QStringLiteral("浙江省/舟山市/定海区"),
                                      QStringLiteral("330902"), true, {}})
                .ok());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.storyId(1), m_archive.stories[5]);
    QVERIFY(model.index(1, 0).data(StorySearchModel::DistrictConfirmedRole).toBool());
}

QTEST_GUILESS_MAIN(TestStorySearchModel)
#include "tst_storysearchmodel.moc"
