// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagging/districtsuggester.h"

#include <QTest>

using namespace Copydesk;
using namespace Copydesk::Tagging;

// Choosing the district a story is about: short forms, shared names, hierarchy, guards and
// the weighing of mentions.
class TestDistrictSuggester : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void suggest_data();
    void suggest();
    void reasonNamesTheEvidence();
    void suggestionIsNeverConfirmed();
    void optionsTuneHowFarItGoesDown();
};

namespace {

StoryText story(const QString &headline, const QStringList &paragraphs, const QString &kicker = {})
{
    StoryText s;
    s.headline = headline;
    s.kicker = kicker;
    s.paragraphs = paragraphs;
    return s;
}

} // namespace

void TestDistrictSuggester::suggest_data()
{
    QTest::addColumn<QString>("headline");
    QTest::addColumn<QString>("kicker");
    QTest::addColumn<QStringList>("paragraphs");
    QTest::addColumn<QString>("expected"); // path, empty for no suggestion

    QTest::newRow("short forms with the city")
        << QStringLiteral("上城启动老旧小区改造") << QString()
        << QStringList{"杭州上城今年将改造老旧小区30个。", "上城区住建局表示,改造将在年底前完成。"}
        << QStringLiteral("浙江省/杭州市/上城区");
    QTest::newRow("shared name decided by the city (Beijing)")
        << QStringLiteral("社区食堂开张") << QString()
        << QStringList{"北京市朝阳区首家社区食堂今天开张。", "朝阳区民政局介绍,今年还将新建5家。"}
        << QStringLiteral("北京市/朝阳区");
    QTest::newRow("shared name decided by the city (Changchun)")
        << QStringLiteral("社区食堂开张") << QString()
        << QStringList{"长春市朝阳区首家社区食堂今天开张。", "朝阳区民政局介绍,今年还将新建5家。"}
        << QStringLiteral("吉林省/长春市/朝阳区");
    QTest::newRow("shared name decided by the province")
        << QStringLiteral("江北区开展消防演练") << QString()
        << QStringList{"江北区消防救援大队昨天组织演练。",
                       "据浙江省消防部门统计,今年火灾起数下降。"}
        << QStringLiteral("浙江省/宁波市/江北区");
    QTest::newRow("same name, other province")
        << QStringLiteral("江北区开展消防演练") << QString()
        << QStringList{"重庆江北区消防救援支队昨天组织演练。", "江北区今年火灾起数下降。"}
        << QStringLiteral("重庆市/江北区");
    QTest::newRow("a town implies its county and city")
        << QStringLiteral("慈城镇年糕节开幕") << QString()
        << QStringList{"第十届年糕节在慈城镇开幕。", "慈城镇党委书记介绍了活动安排。"}
        << QStringLiteral("浙江省/宁波市/江北区/慈城镇");
    QTest::newRow("town short form read through its county")
        << QStringLiteral("古县城迎来游客高峰") << QString()
        << QStringList{"国庆期间,宁波市江北区慈城镇古县城游人如织。",
                       "慈城景区负责人说,客流同比增长三成。", "慈城还推出了夜游线路。"}
        << QStringLiteral("浙江省/宁波市/江北区/慈城镇");
    QTest::newRow("road named after a province")
        << QStringLiteral("老街焕新") << QString()
        << QStringList{"上海市广东路沿线老建筑完成修缮。",
                       "上海市黄浦区有关部门表示,将继续推进街区更新。"}
        << QStringLiteral("上海市/黄浦区");
    QTest::newRow("road named after a city")
        << QStringLiteral("道路改造完工") << QString()
        << QStringList{"青岛市市北区杭州路改造工程完工。",
                       "市北区建设局表示,杭州路沿线将增设停车位。"}
        << QStringLiteral("山东省/青岛市/市北区");
    QTest::newRow("road named after a city elsewhere (中山)")
        << QStringLiteral("老街亮灯") << QString()
        << QStringList{"宁波市海曙区中山西路沿线商铺统一亮灯。",
                       "海曙区商务局介绍,中山西路将打造夜间消费街区。"}
        << QStringLiteral("浙江省/宁波市/海曙区");
    QTest::newRow("company named after a city")
        << QStringLiteral("新工厂投产") << QString()
        << QStringList{"宁波某某电器有限公司在慈溪市投资的新工厂投产。",
                       "慈溪市经信局表示,项目年产值可达10亿元。"}
        << QStringLiteral("浙江省/宁波市/慈溪市");
    QTest::newRow("a study trip elsewhere stays a side note")
        << QStringLiteral("余杭区推进垃圾分类") << QString()
        << QStringList{"杭州市余杭区今年新建垃圾分类示范小区40个。",
                       "余杭区城管局介绍,分类准确率达到九成。", "余杭区还将推广智能回收设备。",
                       "此前,考察组赴江苏省苏州市学习经验。"}
        << QStringLiteral("浙江省/杭州市/余杭区");
    QTest::newRow("the whole province")
        << QStringLiteral("全省推进数字化改革") << QString()
        << QStringList{"浙江各地积极推进数字化改革,杭州、宁波、温州等地走在前列。"}
        << QStringLiteral("浙江省");
    QTest::newRow("several districts once each stay with their city")
        << QStringLiteral("地铁新线开通") << QString()
        << QStringList{"杭州市地铁新线今天开通,线路途经上城区、西湖区和滨江区。",
                       "杭州市民出行更加便利。"}
        << QStringLiteral("浙江省/杭州市");
    QTest::newRow("the kicker counts like a headline")
        << QStringLiteral("夜间经济点亮城市") << QStringLiteral("温州市鹿城区")
        << QStringList{"今年以来,当地培育夜间经济街区12个。", "与杭州、宁波相比,当地起步较晚。"}
        << QStringLiteral("浙江省/温州市/鹿城区");
    QTest::newRow("municipality district")
        << QStringLiteral("胡同里的新书店") << QString()
        << QStringList{"北京市东城区一家新书店开业。"} << QStringLiteral("北京市/东城区");
    QTest::newRow("variant characters")
        << QStringLiteral("工厂投产") << QString()
        << QStringList{"海寧市硤石街道一家工厂投产。", "硤石街道表示……"}
        << QStringLiteral("浙江省/嘉兴市/海宁市/硖石街道");
    QTest::newRow("ordinary words are no place")
        << QStringLiteral("同心协力") << QString()
        << QStringList{"绿水青山就是金山银山,大家同心协力推动创业。"} << QString();
    QTest::newRow("no place at all") << QStringLiteral("天气转凉") << QString()
                                     << QStringList{"本周气温下降,注意保暖。"} << QString();
}

void TestDistrictSuggester::suggest()
{
    QFETCH(QString, headline);
    QFETCH(QString, kicker);
    QFETCH(QStringList, paragraphs);
    QFETCH(QString, expected);
    const DistrictSuggester suggester(Gazetteer::builtIn());
    const auto tag = suggester.suggest(story(headline, paragraphs, kicker));
    QCOMPARE(tag ? tag->path : QString(), expected);
    if (tag) {
        const int index = suggester.gazetteer().indexOfCode(tag->code);
        QVERIFY(index >= 0);
        QCOMPARE(suggester.gazetteer().path(index), tag->path);
    }
}

void TestDistrictSuggester::reasonNamesTheEvidence()
{
    const DistrictSuggester suggester(Gazetteer::builtIn());
    const auto tag = suggester.suggest(
        story(QStringLiteral("萧山区推进城市更新"),
              {QStringLiteral("杭州市萧山区今年完成老旧小区改造20个。"),
               QStringLiteral("萧山区住建局表示,明年还将改造30个。"), QStringLiteral("萧山区……")}));
    QVERIFY(tag);
    QCOMPARE(tag->code, QStringLiteral("330109"));
    QCOMPARE(tag->reason, QStringLiteral("萧山区 ×4, 杭州市 ×1"));
}

void TestDistrictSuggester::suggestionIsNeverConfirmed()
{
    const DistrictSuggester suggester(Gazetteer::builtIn());
    const auto tag = suggester.suggest(story(QStringLiteral("浙江新闻"), {}));
    QVERIFY(tag);
    QVERIFY(!tag->confirmed);
    QCOMPARE(tag->code, QStringLiteral("33"));
}

void TestDistrictSuggester::optionsTuneHowFarItGoesDown()
{
    const StoryText s =
        story(QStringLiteral("会议召开"), {QStringLiteral("杭州市召开工作会议,杭州市各部门参加。"),
                                           QStringLiteral("会上,西湖区作了交流发言。")});
    QCOMPARE(DistrictSuggester(Gazetteer::builtIn()).suggest(s)->path,
             QStringLiteral("浙江省/杭州市"));
    DistrictSuggester::Options eager;
    eager.descendRatio = 0.1;
    QCOMPARE(DistrictSuggester(Gazetteer::builtIn(), eager).suggest(s)->path,
             QStringLiteral("浙江省/杭州市/西湖区"));
}

QTEST_GUILESS_MAIN(TestDistrictSuggester)
#include "tst_districtsuggester.moc"
