// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/tagcache.h"
#include "models/themefiltermodel.h"
#include "tagfixture.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTest>

using namespace Copydesk;

// The theme filter list: Media Topics with their sub-themes, story counts, and the desk's
// edits of the taxonomy.
class TestThemeFilterModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void topicsWithTheirSubThemesAndCounts();
    void addedThemeAppearsUnderItsTopic();
    void mergeMovesTheCount();
    void retiredThemeWithoutStoriesIsHidden();

private:
    int count(const ThemeFilterModel &model, const QString &code) const;

    TestSupport::TagArchive m_archive;
    std::unique_ptr<TagCache> m_cache;
};

void TestThemeFilterModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestThemeFilterModel::init()
{
    m_archive = TestSupport::TagArchive();
    QVERIFY(m_archive.create());
    m_cache = std::make_unique<TagCache>();
    QVERIFY(m_cache->open(m_archive.path, Database::Mode::ReadWrite).ok());
}

int TestThemeFilterModel::count(const ThemeFilterModel &model, const QString &code) const
{
    const int row = model.rowOfCode(code);
    return row < 0 ? -1 : model.index(row).data(ThemeFilterModel::CountRole).toInt();
}

void TestThemeFilterModel::topicsWithTheirSubThemesAndCounts()
{
    ThemeFilterModel model(m_cache.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    int topics = 0;
    QString currentTopic;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex i = model.index(row);
        const QString code = i.data(ThemeFilterModel::CodeRole).toString();
        if (i.data(ThemeFilterModel::IsTopicRole).toBool()) {
            ++topics;
            currentTopic = code;
        } else {
            // Every sub-theme follows its own topic.
            QCOMPARE(m_cache->taxonomy().find(code)->parent, currentTopic);
        }
    }
    QCOMPARE(topics, 17);
    QCOMPARE(model.index(0).data(ThemeFilterModel::CodeRole).toString(),
             QStringLiteral("medtop:01000000"));
    QCOMPARE(count(model, QStringLiteral("medtop:04000000")), 3);
    QCOMPARE(count(model, QStringLiteral("medtop:01000000")), 1);
    QCOMPARE(count(model, QStringLiteral("desk:ecology")), 1);
    QCOMPARE(count(model, QStringLiteral("medtop:17000000")), 0);
    const QModelIndex economy = model.index(model.rowOfCode(QStringLiteral("medtop:04000000")));
    QCOMPARE(economy.data().toString(),
             QStringLiteral("%1 (3)").arg(m_cache->themeLabel(QStringLiteral("medtop:04000000"))));
}

void TestThemeFilterModel::addedThemeAppearsUnderItsTopic()
{
    ThemeFilterModel model(m_cache.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int before = model.rowCount();
    auto code = m_cache->addTheme(QStringLiteral("medtop:11000000"), QStringLiteral("海洋治理"),
                                  {QStringLiteral("湾长制")}, {});
    QVERIFY(code.ok());
    QCOMPARE(model.rowCount(), before + 1);
    const int row = model.rowOfCode(code.value());
    QVERIFY(row > model.rowOfCode(QStringLiteral("medtop:11000000")));
    QVERIFY(row < model.rowOfCode(QStringLiteral("medtop:12000000")));
    QCOMPARE(model.index(row).data(ThemeFilterModel::LabelRole).toString(),
             QStringLiteral("海洋治理"));
}

void TestThemeFilterModel::mergeMovesTheCount()
{
    ThemeFilterModel model(m_cache.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString into = QStringLiteral("medtop:06000000");
    QCOMPARE(count(model, into), 0);
    QVERIFY(m_cache->mergeThemes(QStringLiteral("desk:ecology"), into).ok());
    QCOMPARE(count(model, into), 1);
    QCOMPARE(model.rowOfCode(QStringLiteral("desk:ecology")), -1);
}

void TestThemeFilterModel::retiredThemeWithoutStoriesIsHidden()
{
    ThemeFilterModel model(m_cache.get());
    const QVector<Tagging::Theme> politics =
        m_cache->taxonomy().children(QStringLiteral("medtop:11000000"));
    QVERIFY(!politics.isEmpty());
    const QString idle = politics.first().code;
    QVERIFY(model.rowOfCode(idle) >= 0);
    QVERIFY(m_cache->retireTheme(idle).ok());
    QCOMPARE(model.rowOfCode(idle), -1);
    // A retired theme that stories still carry stays, marked, so they can be found.
    QVERIFY(m_cache->retireTheme(QStringLiteral("desk:ecology")).ok());
    const int row = model.rowOfCode(QStringLiteral("desk:ecology"));
    QVERIFY(row >= 0);
    QVERIFY(model.index(row).data(ThemeFilterModel::RetiredRole).toBool());
}

QTEST_GUILESS_MAIN(TestThemeFilterModel)
#include "tst_themefiltermodel.moc"
