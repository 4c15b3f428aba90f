// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/pagerepository.h"
#include "storage/storyrepository.h"
#include "storage/tagrepository.h"
#include "tagging/tagger.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;

// Tags in the archive: suggestions beside confirmed tags, the district tree's counts and
// full-text search combined with district and theme filters.
class TestTagRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void storesSuggestionsFromTheImport();
    void confirmedTagsSurviveNewSuggestions();
    void searchCombinesTextAndFilters_data();
    void searchCombinesTextAndFilters();
    void districtCountsForTheTree();
    void searchFollowsEdits();
    void searchHitsCarryWhatTheListShows();
    void searchPlansAgree_data();
    void searchPlansAgree();
    void themeCountsForTheFilterList();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QVector<qint64> m_stories;
};

void TestTagRepository::initTestCase() { QStandardPaths::setTestModeEnabled(true); }

void TestTagRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(QStringLiteral("a.sqlite")));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    PageDraft draft;
    auto story = [](const QString &headline, const QString &body, const QString &path,
                    const QString &code, const QString &theme) {
        StoryDraft s;
        s.headline = headline;
        s.paragraphs.push_back({body, {}});
        s.district = DistrictTag{path, code, false, QStringLiteral("test")};
        s.themes.push_back(ThemeTag{theme, QStringLiteral("label"), false, 1.0});
        return s;
    };
    draft.stories << story(QStringLiteral("社区书屋开放"), QStringLiteral("上城区新建社区书屋二十家,居民借阅方便。"),
                           QStringLiteral("浙江省/杭州市/上城区"), QStringLiteral("330102"),
                           QStringLiteral("medtop:01000000"))
                  << story(QStringLiteral("夜市升级"), QStringLiteral("西湖区夜市增加摊位,书屋也进了夜市。"),
                           QStringLiteral("浙江省/杭州市/西湖区"), QStringLiteral("330106"),
                           QStringLiteral("medtop:04000000"))
                  << story(QStringLiteral("港口复航"), QStringLiteral("舟山港恢复航班,货运量回升。"),
                           QStringLiteral("浙江省/舟山市"), QStringLiteral("3309"),
                           QStringLiteral("medtop:04000000"));
    auto page = PageRepository(*m_db).storeImport(
        {QStringLiteral("p.txt"), "p", QStringLiteral("sha"), QStringLiteral("UTF-8"), QStringLiteral("t")},
        QStringLiteral("p"), draft);
    QVERIFY2(page.ok(), qPrintable(page.error()));
    m_stories.clear();
    for (const auto &s : StoryRepository(*m_db).stories(page.value()).value())
        m_stories << s.id;
    QCOMPARE(m_stories.size(), 3);
}

void TestTagRepository::storesSuggestionsFromTheImport()
{
    auto story = StoryRepository(*m_db).story(m_stories[0]);
    QVERIFY(story.ok());
    QVERIFY(story->district.has_value());
    QCOMPARE(story->district->path, QStringLiteral("浙江省/杭州市/上城区"));
    QCOMPARE(story->district->confirmed, false);
    QCOMPARE(story->themes.size(), 1);
    QCOMPARE(story->themes[0].code, QStringLiteral("medtop:01000000"));
}

void TestTagRepository::confirmedTagsSurviveNewSuggestions()
{
    TagRepository tags(*m_db);
    QVERIFY(tags.confirmDistrict(m_stories[0], {QStringLiteral("浙江省/杭州市"), QStringLiteral("3301"), true, {}},
                                 QStringLiteral("editor"))
                .ok());
    auto current = tags.tags(m_stories[0]);
    QVERIFY(current->district->confirmed);
    // A new suggestion, merged the way copydesk-cli tag and the import do.
    const std::optional<DistrictTag> suggested =
        DistrictTag{QStringLiteral("浙江省/杭州市/西湖区"), QStringLiteral("330106"), false, {}};
    const StoryTagSet merged{Tagging::Tagger::mergeDistrict(current->district, suggested),
                             Tagging::Tagger::mergeThemes(current->themes, {})};
    QVERIFY(tags.setTags(m_stories[0], merged, QStringLiteral("tagger")).ok());
    auto after = tags.tags(m_stories[0]);
    QCOMPARE(after->district->code, QStringLiteral("3301"));
    QVERIFY(after->district->confirmed);
}

void TestTagRepository::searchCombinesTextAndFilters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("district");
    QTest::addColumn<QString>("theme");
    QTest::addColumn<QList<int>>("expected");
    QTest::newRow("text in two stories") << "书屋" << "" << "" << QList<int>{0, 1};
    QTest::newRow("text and district") << "书屋" << "330102" << "" << QList<int>{0};
    QTest::newRow("city contains its districts") << "" << "3301" << "" << QList<int>{0, 1};
    QTest::newRow("province") << "" << "33" << "" << QList<int>{0, 1, 2};
    QTest::newRow("theme") << "" << "" << "medtop:04000000" << QList<int>{1, 2};
    QTest::newRow("text, theme and district") << "书屋" << "3301" << "medtop:04000000" << QList<int>{1};
    QTest::newRow("headline text") << "港口复航" << "" << "" << QList<int>{2};
    QTest::newRow("phrase and theme") << "社区书屋" << "" << "medtop:01000000" << QList<int>{0};
    QTest::newRow("phrase, city and theme") << "夜市增加" << "3301" << "medtop:04000000"
                                            << QList<int>{1};
    QTest::newRow("phrase, other theme") << "夜市增加" << "3301" << "medtop:01000000"
                                         << QList<int>{};
    QTest::newRow("query syntax is data") << "书屋\" OR \"港口" << "" << "" << QList<int>{};
}

void TestTagRepository::searchCombinesTextAndFilters()
{
    QFETCH(QString, text);
    QFETCH(QString, district);
    QFETCH(QString, theme);
    QFETCH(QList<int>, expected);
    SearchFilter f;
    f.text = text;
    f.districtCode = district;
    f.themeCode = theme;
    auto found = TagRepository(*m_db).search(f);
    QVERIFY2(found.ok(), qPrintable(found.error()));
    QList<qint64> want;
    for (int i : expected)
        want << m_stories[i];
    QList<qint64> got = found.value();
    std::sort(got.begin(), got.end());
    std::sort(want.begin(), want.end());
    QCOMPARE(got, want);
}

void TestTagRepository::districtCountsForTheTree()
{
    auto counts = TagRepository(*m_db).districtCounts();
    QVERIFY(counts.ok());
    QCOMPARE(counts->size(), 3);
    for (const DistrictCount &c : counts.value())
        QCOMPARE(c.stories, 1);
}

void TestTagRepository::searchFollowsEdits()
{
    QVERIFY(StoryRepository(*m_db)
                .updateFields(m_stories[2], {QString(), QStringLiteral("渔港迎来开渔节"), QString()},
                              QStringLiteral("editor"), QStringLiteral("edit headline"))
                .ok());
    SearchFilter f;
    f.text = QStringLiteral("开渔节");
    QCOMPARE(TagRepository(*m_db).search(f).value(), QVector<qint64>{m_stories[2]});
    f.text = QStringLiteral("港口复航");
    QVERIFY(TagRepository(*m_db).search(f)->isEmpty());
}

void TestTagRepository::searchHitsCarryWhatTheListShows()
{
    TagRepository tags(*m_db);
    QVERIFY(tags.confirmDistrict(m_stories[1], {QStringLiteral("浙江省/杭州市/西湖区"),
                                                QStringLiteral("330106"), true, {}},
                                 QStringLiteral("editor"))
                .ok());
    SearchFilter f;
    f.text = QStringLiteral("书屋");
    auto hits = tags.searchHits(f);
    QVERIFY2(hits.ok(), qPrintable(hits.error()));
    QCOMPARE(hits->size(), 2);
    // Same order as search(): page, then position.
    QCOMPARE(hits->at(0).storyId, m_stories[0]);
    QCOMPARE(hits->at(0).headline, QStringLiteral("社区书屋开放"));
    QCOMPARE(hits->at(0).district, QStringLiteral("浙江省/杭州市/上城区"));
    QVERIFY(!hits->at(0).districtConfirmed);
    QCOMPARE(hits->at(1).storyId, m_stories[1]);
    QVERIFY(hits->at(1).districtConfirmed);
    QCOMPARE(hits->at(1).position, 1);
    QVERIFY(hits->at(1).pageId > 0);
    QCOMPARE(hits->at(1).theme, QStringLiteral("label"));
}

// A small limit makes a district "large" (stories scanned newest first, each checked), a
// large one reads the district's tags once: both give the same stories in the same order.
void TestTagRepository::searchPlansAgree_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("district");
    for (const char *text : {"", "书屋", "书屋二十", "夜市"}) {
        for (const char *district : {"33", "3301", "330106", "3309"})
            QTest::addRow("%s in %s", text, district) << QString::fromUtf8(text)
                                                      << QString::fromLatin1(district);
    }
}

void TestTagRepository::searchPlansAgree()
{
    QFETCH(QString, text);
    QFETCH(QString, district);
    SearchFilter f;
    f.text = text;
    f.districtCode = district;
    auto all = TagRepository(*m_db).search(f);
    QVERIFY2(all.ok(), qPrintable(all.error()));
    for (const qint64 id : all.value()) {
        auto tags = TagRepository(*m_db).tags(id);
        QVERIFY(tags->district->code.startsWith(district));
    }
    f.limit = 1;
    auto first = TagRepository(*m_db).search(f);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QCOMPARE(first.value(), all->mid(0, 1));
}

void TestTagRepository::themeCountsForTheFilterList()
{
    auto counts = TagRepository(*m_db).themeCounts();
    QVERIFY(counts.ok());
    QHash<QString, int> byCode;
    for (const ThemeCount &c : counts.value())
        byCode.insert(c.code, c.stories);
    QCOMPARE(byCode.value(QStringLiteral("medtop:01000000")), 1);
    QCOMPARE(byCode.value(QStringLiteral("medtop:04000000")), 2);
    QCOMPARE(byCode.size(), 2);
}

QTEST_GUILESS_MAIN(TestTagRepository)
#include "tst_tagrepository.moc"
