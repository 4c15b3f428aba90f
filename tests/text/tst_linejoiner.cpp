// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/linejoiner.h"
#include "text/pagecleaner.h"

#include <QTest>

using namespace Copydesk;
using namespace Copydesk::Text;

// Hard-wrapped layouts (pdftotext) and line-end hyphens.
class TestLineJoiner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hyphens_data();
    void hyphens();
    void hardWrappedColumnsByWidth();
    void indentStartsAParagraph();
    void boxShortByTheIndentStartsAParagraph();
    void spaceInAParagraphsFirstLineMakesNoHeadline();
    void titleCaseLineOpeningABoxIsAHead();
    void spaceInsideAWrappedParagraphIsNoTitle();
    void wrapDecisions_data();
    void wrapDecisions();
    void spansCoverTheSource();
    void justificationSpacesAreDropped();
    void englishStoryHeadAnchoredByByline();
    void englishParagraphEndsWhenNextWordWouldFit();
    void colonBeforeQuotationEndsParagraph();
    void wrappedChineseHeadlineIsRejoined();
    void narrowQuotesAreMeasuredNarrow();
    void fewLinesBetweenTitlesMeasureAcrossThem();
    void chineseTextNamingLatinWordsIsChinese();
    void joinSeparators_data();
    void joinSeparators();
    void dropCapJoinsItsWord();
    void signatureFillingTheColumnEndsTheStory();
    void spreadHeadlineKeepsItsPhraseGap();
    void hyphenAtAColumnBreak();
    void headDeckAndBylineLinesStandApart();
    void paragraphFirstLineIsNoHeadlineLeftover();
    void namesInBracketsInsideALineMakeNoTitle();
    void joinsFollowThePagesSpacing_data();
    void joinsFollowThePagesSpacing();
    void spreadLineLosesSpacesAtMarks();
    void spaceInsideFullWidthBracketsGoes();
    void ocrSpacesAtMarksGo();
    void oneLineHeadlineWrapsInANarrowModule();
    void headlineWrappedAfterItsSecondPhrasesFirstCharacter();
    void asciiMarksWithASpaceAreNarrow();
    void englishHeadsInOneBox();
    void agencyCreditUnderAHeadlineStandsApart();
    void headlineWrappedToOneWordOverItsDeck();
    void shortLineInANarrowEnglishColumnGoesOn();
    void wrappedByLine();
    void headlineWrappedInsideAWordOverItsByline();
    void phraseCutAfterOneCharacterInAVeryNarrowModule();
    void wordAcrossTheBreakSettlesAShortHeadBox();
};

namespace {
QStringList unitTexts(const QString &text)
{
    const LineJoiner joiner(CleanupOptions{}, text);
    QStringList out;
    for (const Unit &u : joiner.units(splitBlocks(text)))
        out << u.text;
    return out;
}
} // namespace

void TestLineJoiner::justificationSpacesAreDropped()
{
    // pdfminer spreads justified lines: the spaces between single ideographs go, the ones
    // next to a Latin word stay, and a spread line never ends a paragraph.
    const QString text = QStringLiteral("大 多 数 Linux 用 户 运 行\nLinux 的一个特定发行版。");
    const QStringList units = unitTexts(text);
    QCOMPARE(units, QStringList{QStringLiteral("大多数 Linux 用户运行 Linux 的一个特定发行版。")});
}

void TestLineJoiner::englishStoryHeadAnchoredByByline()
{
    const QString text = QStringLiteral(
        "were released in the spring.\nRELEASES\nHamm, Slink and\nPotato Arrive\n"
        "By TOM BRANDT\nDebian 2.0 was released in July\nfor the Intel architecture.");
    const QStringList units = unitTexts(text);
    QVERIFY2(units.contains(QStringLiteral("RELEASES")), qPrintable(units.join(u'|')));
    QVERIFY2(units.contains(QStringLiteral("Hamm, Slink and Potato Arrive")),
             qPrintable(units.join(u'|')));
    QVERIFY2(units.contains(QStringLiteral("By TOM BRANDT")), qPrintable(units.join(u'|')));
    // A lower-case line above a By line is running text, not part of the headline.
    const QStringList other = unitTexts(QStringLiteral(
        "there were many more\ndevelopers\nLeadership Passes to Bruce Perens\nBy ANNA WERNER"));
    QVERIFY2(other.contains(QStringLiteral("Leadership Passes to Bruce Perens")),
             qPrintable(other.join(u'|')));
}

void TestLineJoiner::englishParagraphEndsWhenNextWordWouldFit()
{
    // Ragged right: "It" would have fitted after "care.", so the paragraph ended there; the
    // lines of the next paragraph are full.
    const QString text = QStringLiteral(
        "Debian Linux is a brand-new kind of Linux\n"
        "distribution. Rather than being developed by\n"
        "one isolated individual or group, as other\n"
        "distributions of Linux have been developed in\n"
        "maintained and supported with similar care.\n"
        "It is also an attempt to create a non-\n"
        "commercial distribution that will be able to\n"
        "effectively compete in the commercial market.");
    const QStringList units = unitTexts(text);
    QCOMPARE(units.size(), 2);
    QVERIFY(units[0].endsWith(QStringLiteral("similar care.")));
    QVERIFY(units[1].startsWith(QStringLiteral("It is also")));
    QVERIFY(units[1].contains(QStringLiteral("non-commercial")));
}

void TestLineJoiner::colonBeforeQuotationEndsParagraph()
{
    const QStringList units = unitTexts(
        QStringLiteral("between August and December of 1993. Ian Murdock writes:\n"
                       "\"Debian 0.91 was released in January 1994."));
    QCOMPARE(units.size(), 2);
}

void TestLineJoiner::wrappedChineseHeadlineIsRejoined()
{
    const QString text = QStringLiteral("一。（林晓 陈默）\n版本发布\n冻结之后 稳定版\n如期而至\n"
                                        "此系统不是万无一失\n的；在测试版中也经常发\n现软件包的严重错误。");
    const QStringList units = unitTexts(text);
    QVERIFY2(units.contains(QStringLiteral("冻结之后 稳定版如期而至")), qPrintable(units.join(u'|')));
}

void TestLineJoiner::hyphens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("dictionary");
    QTest::newRow("dictionary word") << "Officials said they would recog-\nnize the union." << "Officials said they would recognize the union." << true;
    QTest::newRow("real compound") << "It is a well-\nknown fact." << "It is a well-known fact." << true;
    QTest::newRow("word elsewhere on the page, no dictionary")
        << "They recognize it.\n\nOfficials would recog-\nnize the union." << "Officials would recognize the union." << false;
    QTest::newRow("unknown without evidence keeps the hyphen")
        << "The zorbo-\nfied plan." << "The zorbo-fied plan." << true;
    QTest::newRow("soft hyphen, always a break")
        << QStringLiteral("The zorbo\u00AD\nfied plan.") << "The zorbofied plan." << false;
    QTest::newRow("Unicode hyphen, dictionary word")
        << QStringLiteral("Officials would recog\u2010\nnize the union.")
        << "Officials would recognize the union." << true;
    QTest::newRow("Unicode hyphen, real compound")
        << QStringLiteral("It is a well\u2010\nknown fact.") << QStringLiteral("It is a well\u2010known fact.")
        << true;
}

void TestLineJoiner::hyphens()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(bool, dictionary);
    CleanupOptions options;
    if (dictionary) {
        options.isKnownWord = [](const QString &w) {
            static const QStringList known{QStringLiteral("recognize"), QStringLiteral("well"),
                                           QStringLiteral("known")};
            return known.contains(w.toLower());
        };
    }
    const LineJoiner joiner(options, text);
    const auto units = joiner.units(splitBlocks(text));
    QStringList got;
    for (const auto &u : units)
        got << u.text;
    QVERIFY2(got.contains(expected), qPrintable(got.join(QLatin1Char('|'))));
}

void TestLineJoiner::hardWrappedColumnsByWidth()
{
    // pdftotext style: lines cut at the column width, paragraphs end on short lines, the
    // headline is a short line without a sentence end, no blank lines anywhere.
    const QString text = QStringLiteral(
        "社区书屋开到家门口\n"
        "今年以来,全区新建社区书屋二十家,每家藏\n"
        "书三千册以上,居民凭身份证即可借阅。书屋\n"
        "还定期举办亲子阅读和读书分享活动,受到\n"
        "居民欢迎。\n"
        "据介绍,明年还将新建十五家书屋,并与区图\n"
        "书馆实现通借通还,让居民在家门口就能借\n"
        "到全区的图书。(吴涛)\n");
    const PageDraft page = cleanupPage(text);
    QCOMPARE(page.stories.size(), 1);
    QCOMPARE(page.stories[0].headline, QStringLiteral("社区书屋开到家门口"));
    QCOMPARE(page.stories[0].byline, QStringLiteral("吴涛"));
    QCOMPARE(page.stories[0].paragraphs.size(), 2);
    QCOMPARE(page.stories[0].paragraphs[0].text,
             QStringLiteral("今年以来,全区新建社区书屋二十家,每家藏书三千册以上,居民凭身份证即可借阅。"
                            "书屋还定期举办亲子阅读和读书分享活动,受到居民欢迎。"));
}

void TestLineJoiner::indentStartsAParagraph()
{
    const QString text = QStringLiteral("\u3000\u3000第一段开头,\n这里是第一段的后半部分。\n\u3000\u3000第二段单独成段。");
    const LineJoiner joiner(CleanupOptions{}, text);
    const auto units = joiner.units(splitBlocks(text));
    QCOMPARE(units.size(), 2);
    QCOMPARE(units[0].text, QStringLiteral("第一段开头,这里是第一段的后半部分。"));
    QVERIFY(units[1].indented);
}

void TestLineJoiner::boxShortByTheIndentStartsAParagraph()
{
    // Columns of 10 ideographs, boxes apart. A box whose first line runs on yet is two
    // ideographs short starts a paragraph (the extractor dropped its indent); a box whose
    // first line is full may continue a sentence cut off elsewhere.
    const QString text = QStringLiteral("书屋开放一个多月，读\n者络绎不绝，馆员们很\n\n"
                                        "馆长说，将延长开\n放时间，方便上班族来\n借书看报。\n\n"
                                        "忙碌，但也很开心。读\n者们纷纷表示满意。");
    const LineJoiner joiner(CleanupOptions{}, text);
    const auto units = joiner.units(splitBlocks(text));
    QCOMPARE(units.size(), 3);
    QVERIFY(!units[0].indented);
    QVERIFY(units[1].indented);
    QVERIFY(!units[2].indented);
}

void TestLineJoiner::spaceInAParagraphsFirstLineMakesNoHeadline()
{
    // OCR put a space inside a paragraph's first line, which lost its indent: the line looks
    // like a two-phrase headline, but it is two ideographs short of the full lines under it
    // in its own box. A headline stands in a box of its own.
    const QString text = QStringLiteral("书屋开到家门口 居民借阅更方便\n\n"
                                        "全区新建社 区书屋二十\n家，居民凭证即可借阅了，\n"
                                        "馆员们都很忙碌，但也很开\n心。");
    const LineJoiner joiner(CleanupOptions{}, text);
    const auto units = joiner.units(splitBlocks(text));
    QCOMPARE(units.size(), 2);
    QCOMPARE(units[1].text, QStringLiteral("全区新建社 区书屋二十家，居民凭证即可借阅了，馆员们都很忙碌，但也很开心。"));
}

void TestLineJoiner::titleCaseLineOpeningABoxIsAHead()
{
    // pdftotext prints a head and its text in one box. Measured in the body face, the head
    // looks nearly as wide as the column, but a title-case line over running text at the
    // box's top is a head, not the paragraph's first line.
    const QString text = QStringLiteral("Developers Meet Every Summer\n"
                                        "Debian developers joined formally\n"
                                        "for the first time in an annual meeting\n"
                                        "called DebConf. The first meeting,\n"
                                        "called Debconf0, took place in\n");
    const LineJoiner joiner(CleanupOptions{}, text);
    const auto units = joiner.units(splitBlocks(text));
    QCOMPARE(units.size(), 2);
    QCOMPARE(units[0].text, QStringLiteral("Developers Meet Every Summer"));
}

void TestLineJoiner::spaceInsideAWrappedParagraphIsNoTitle()
{
    // A line the line before wrapped onto is no title, however its space (a quoted title
    // inside the sentence: “端午粽香吟经典 同心共富谱新篇”) gives it two phrases.
    const QString text = QStringLiteral("全区文化传承,举办“端午\n粽香吟经典 同心共富\n"
                                        "谱新篇”等民族传统文化\n节及沙龙活动。");
    const LineJoiner joiner(CleanupOptions{}, text);
    const auto units = joiner.units(splitBlocks(text));
    QCOMPARE(units.size(), 1);
}

void TestLineJoiner::wrapDecisions_data()
{
    // Columns of 10 ideographs as pdftotext prints them: no indents, no blank lines; a
    // paragraph's first line lost its two-ideograph indent and is 8 wide.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("joinFlags");
    QTest::newRow("dropped indent, short last line")
        << QStringLiteral("书屋开放了一个多\n月,读者络绎不绝,馆\n员们很忙。\n馆长表示将延长开\n放时间,方便上班族。\n")
        << QStringList{QStringLiteral("书屋开放了一个多月,读者络绎不绝,馆员们很忙。"),
                       QStringLiteral("馆长表示将延长开放时间,方便上班族。")}
        << 0;
    QTest::newRow("hanging comma keeps the column width")
        << QStringLiteral("今年全区新建书屋\n二十家每家藏书三千册,\n居民凭证即可借阅书籍\n和报刊杂志。\n")
        << QStringList{QStringLiteral("今年全区新建书屋二十家每家藏书三千册,居民凭证即可借阅书籍和报刊杂志。")}
        << 0;
    QTest::newRow("sentence ends at full width, text goes on")
        << QStringLiteral("市民纷纷点赞书屋\n开放后大家都很开心。\n每天都有上百人来借书\n看报。\n")
        << QStringList{QStringLiteral("市民纷纷点赞书屋开放后大家都很开心。每天都有上百人来借书看报。")}
        << 0;
    QTest::newRow("full sentence end before a first line short by its indent")
        << QStringLiteral("读者络绎不绝馆员\n们都很忙,也很开心。\n今年全区新建书屋\n二十家,每家藏书三千\n册。\n")
        << QStringList{QStringLiteral("读者络绎不绝馆员们都很忙,也很开心。"),
                       QStringLiteral("今年全区新建书屋二十家,每家藏书三千册。")}
        << 0;
    QTest::newRow("dropped indent before full lines")
        << QStringLiteral("书屋开放一个多月，读\n者络绎不绝馆员很忙。\n馆长说，将延长开\n放时间，方便上班族来\n借书看报。\n")
        << QStringList{QStringLiteral("书屋开放一个多月，读者络绎不绝馆员很忙。"),
                       QStringLiteral("馆长说，将延长开放时间，方便上班族来借书看报。")}
        << 0;
    QTest::newRow("short line before a no-start mark is running text")
        << QStringLiteral("书屋开放一个多月，读\n者络绎不绝馆员很忙。\n馆长说，延长开放时\n间，方便上班族来借书\n看报。\n")
        << QStringList{QStringLiteral("书屋开放一个多月，读者络绎不绝馆员很忙。馆长说，延长开放时间，方便上班族来借书看报。")}
        << 0;
    QTest::newRow("Latin word that only just fits after a sentence end")
        << QStringLiteral("书屋开放一个多月，读\n者都络绎不绝。\nstable 版本的书屋也开\n放了，居民都很满意。\n")
        << QStringList{QStringLiteral("书屋开放一个多月，读者都络绎不绝。stable 版本的书屋也开放了，居民都很满意。")}
        << 0;
    QTest::newRow("running head is a line of its own")
        << QStringLiteral("开源周刊 第 3 版 · 问答 星期二\n开源视点\n书屋开到家门口 居民借阅更方便\n书屋开放了一个多\n月,读者络绎不绝。\n")
        << QStringList{QStringLiteral("开源周刊第 3 版 · 问答星期二"), QStringLiteral("开源视点"),
                       QStringLiteral("书屋开到家门口 居民借阅更方便"),
                       QStringLiteral("书屋开放了一个多月,读者络绎不绝。")}
        << 0;
    QTest::newRow("lower-case line after a full stop goes on from elsewhere")
        << QStringLiteral("The harbour reopened on Monday after three\ndays of repairs to the quay and the harbour.\nprovides ferries with a new berth and a big\nwaiting room for all the passengers today.\n")
        << QStringList{QStringLiteral("The harbour reopened on Monday after three days of repairs to the quay and the harbour."),
                       QStringLiteral("provides ferries with a new berth and a big waiting room for all the passengers today.")}
        << 0;
    QTest::newRow("headline line ending on a preposition goes on")
        << QStringLiteral("Why distributions matter to the future of\nLinux\n")
        << QStringList{QStringLiteral("Why distributions matter to the future of Linux")}
        << 0;
    QTest::newRow("line ending on a conjunction goes on, spaces or not")
        << QStringLiteral("信息的交换可能会通过\n网络在主机之间完成。\n常见的两种是 互联网 和\n本地套接字。(袁野)\n")
        << QStringList{QStringLiteral("信息的交换可能会通过网络在主机之间完成。常见的两种是 互联网 和本地套接字。(袁野)")}
        << 0;
    QTest::newRow("headline wider than the column stays apart")
        << QStringLiteral("社区书屋开到家门口 居民读书更方便\n今年全区新建书屋\n二十家,每家藏书三千\n册,居民凭证可借阅。\n")
        << QStringList{QStringLiteral("社区书屋开到家门口 居民读书更方便"),
                       QStringLiteral("今年全区新建书屋二十家,每家藏书三千册,居民凭证可借阅。")}
        << 0;
    QTest::newRow("Latin word after an ideograph keeps its space")
        << QStringLiteral("宣传防火设备的重要性\nand 必要性,提升群众\n意识和自救能力。\n")
        << QStringList{QStringLiteral("宣传防火设备的重要性 and 必要性,提升群众意识和自救能力。")}
        << 0;
    QTest::newRow("unsure: kept apart and flagged")
        << QStringLiteral("读者络绎不绝馆员\n们都很忙,也很开心。\n馆长说,\n延长开放时间方便上班\n族。\n")
        << QStringList{QStringLiteral("读者络绎不绝馆员们都很忙,也很开心。"), QStringLiteral("馆长说,"),
                       QStringLiteral("延长开放时间方便上班族。")}
        << 1;
}

void TestLineJoiner::wrapDecisions()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QFETCH(int, joinFlags);
    const LineJoiner joiner(CleanupOptions{}, text);
    const auto units = joiner.units(splitBlocks(text));
    QStringList got;
    int flags = 0;
    for (const auto &u : units) {
        got << u.text;
        for (const FlagDraft &f : u.flags)
            flags += f.kind == QLatin1String(FlagKind::Join);
    }
    QCOMPARE(got, expected);
    QCOMPARE(flags, joinFlags);
}

void TestLineJoiner::spansCoverTheSource()
{
    const QString text = QStringLiteral("标题一行 副标题\n\n第一段文字,\n继续第一段。");
    const LineJoiner joiner(CleanupOptions{}, text);
    for (const auto &u : joiner.units(splitBlocks(text))) {
        QString fromSpans;
        for (const SourceSpan &s : u.spans)
            fromSpans += text.mid(s.start, s.length);
        QCOMPARE(fromSpans, u.text);
    }
}


namespace {
// Sets paragraphs in a column of 13 ideographs as a Latin face sets quotes, ASCII commas and
// the middle dot: about a third of an ideograph each. A paragraph's first line is indented
// by two ideographs (the extractor drops the indent); marks that may not start a line hang.
QStringList setInColumn(const QString &paragraph)
{
    const QString narrow = QStringLiteral(",.;:\u201C\u201D\u00B7()");
    const QString noStart = QStringLiteral(",.;:\u201D)\u3002\u3001");
    QStringList lines;
    QString line;
    double used = 2;
    for (const QChar c : paragraph) {
        const double w = narrow.contains(c) ? 0.3 : 1.0;
        if (used + w > 13 + 1e-9 && !noStart.contains(c)) {
            lines << line;
            line.clear();
            used = 0;
        }
        line += c;
        used += w;
    }
    return lines << line;
}
} // namespace

void TestLineJoiner::narrowQuotesAreMeasuredNarrow()
{
    // Quotes and commas set narrow fill a line with more ideographs than cells() counts for
    // full-width marks: a line with six of them is no wider than the column. The page shows
    // it (lines with two marks hold as many ideographs as lines with one), and a box's first
    // line short of such lines by the dropped indent is a paragraph's first line, not a title.
    const QStringList p = {
        QStringLiteral("市图书馆近日推出“悦读·成长”系列活动,邀请作家、教师和家长走进阅览室,围绕“亲子共读”“经典诵读”等主题开展交流,吸引了众多读者参与。"),
        QStringLiteral("活动负责人介绍,图书馆将结合“书香社区”建设,把“流动书车”开进街道、学校和企业,让更多市民在家门口享受阅读服务,今年已累计服务读者两万余人次。"),
        QStringLiteral("在城东街道的社区书屋里,志愿者每周六组织“故事妈妈”讲读活动,孩子们围坐在一起听故事、画绘本,家长们也在一旁交流育儿心得和阅读体会。"),
        QStringLiteral("据统计,全市共建成城市书房四十二家,农家书屋实现行政村全覆盖,“十五分钟阅读圈”基本形成,群众满意度连续三年保持在百分之九十以上。"),
        QStringLiteral("“云上·书房”线上平台近日正式上线,为读者提供电子图书、有声读物和讲座视频,并开设“好书推荐”专栏。"),
        QStringLiteral("市文化馆以非遗传承打造服务“新品牌”,推出“匠心·传承”研学课程,组织“剪纸·刺绣”体验课,带动青少年走近传统手艺。"),
        QStringLiteral("老街改造坚持修旧如旧,保留青石板路和沿街木构建筑,引入茶馆、书店和手作工坊,游客数量较去年同期明显回升。"),
    };
    QVector<QStringList> set;
    for (const QString &paragraph : p)
        set << setInColumn(paragraph);
    // Boxes as pdfminer prints them; two paragraphs break off at a column's foot.
    QStringList boxes = {QStringLiteral("书香满城 阅读惠民"), set[0].join(u'\n'),
                         set[1].join(u'\n'), set[3].join(u'\n'),
                         set[2].mid(0, 3).join(u'\n'), set[4].join(u'\n'),
                         QStringLiteral("老街焕新 游客回流"), set[6].join(u'\n'),
                         set[5].join(u'\n'), set[2].mid(3).join(u'\n')};
    const QStringList units = unitTexts(boxes.join(QStringLiteral("\n\n")));
    QVERIFY2(units.contains(p[5]), qPrintable(units.join(u'|')));
    QVERIFY2(!units.contains(QStringLiteral("市文化馆以非遗传承打造")), qPrintable(units.join(u'|')));
}


void TestLineJoiner::fewLinesBetweenTitlesMeasureAcrossThem()
{
    // pdftotext, paragraphs on consecutive lines (tests/data/pages/cols-zh-edu). The first
    // lines of paragraphs without punctuation look like titles, and the column is measured
    // between titles; three or four lines between them are too few to tell the column, so
    // the lines across them count. Measured on the lines of one paragraph, the column was
    // too narrow and the sentence-ending full line (…LTSP chroot。) went on into the next
    // paragraph.
    const QString text = QStringLiteral(
        "cron-apt 每天通过电子邮件通知你有关可升\n级的任何软件包。它不安装这些升级，但下载它\n"
        "们（通常在夜间），那么当执行 apt full-upgrade\n时不必等待下载。\n"
        "如果不想手工升级软件包并且信任 Debian\n对于新版本所做的优秀工作，可以配置\n"
        "unattended-upgrades 在每个夜晚自动升级所有\n新软件包。这将不会升级 LTSP chroot。\n"
        "保持运行旧的稳定版数周长而等待一段时间\n也是明智的，那样其他人可以测试升级，并将他\n"
        "们经历的任何问题归档。Debian Edu 的旧稳定版\n在接下来的稳定版发布之后会受到继续支持一段\n"
        "时间，但当 Debian 终止对旧稳定版的支持时，\nDebian Edu 必然会同样做。(马骏)\n\n主服务器\n");
    const QStringList units = unitTexts(text);
    QVERIFY2(std::any_of(units.cbegin(), units.cend(),
                         [](const QString &u) {
                             return u.startsWith(QStringLiteral("保持运行旧的稳定版"));
                         }),
             qPrintable(units.join(u'|')));
    QVERIFY2(std::any_of(units.cbegin(), units.cend(),
                         [](const QString &u) {
                             return u.endsWith(QStringLiteral("这将不会升级 LTSP chroot。"));
                         }),
             qPrintable(units.join(u'|')));
}


void TestLineJoiner::chineseTextNamingLatinWordsIsChinese()
{
    // Chinese sentences naming a company in Latin letters, pdfminer boxes of a narrow column
    // (tests/data/pages/zh-handbook-modules). Latin words count as words, not letters, so the
    // box is Chinese text, and its first line, in title case, is no English headline. The
    // spreading pdfminer printed (EQT  Partners  的 子 公 司) leaves one space by a Latin word.
    const QString text = QStringLiteral(
        "严 格 意 义 上 说 ， Linux  只 是 一 个 内\n核，是处于硬件与应用程序之间的核心软\n件。\n\n"
        "EQT  Partners  的 子 公 司   SUSE  Software\nSolutions Germany GmbH 维护并提供商\n"
        "业销售的 SUSE Linux。\n\n"
        "Debian  GNU/Linux  是 一 个 “ 通 用 ” 的\nLinux 发行版本，适合于大多数用户。本\n"
        "书的目的便是介绍它的各个方面，从而帮\n助你在面临选择时作出明智的决定。\n\n"
        "多数 Linux 发行版由商业公司提供了\n支持。这些公司以营利为目的，在特定商\n"
        "业模式下开发并销售 Linux 发行版本。例\n子有 Canonical 公司开发的 Ubuntu、作\n"
        "为 IBM 子公司的 Red Hat, Inc.（红帽）\n公司开发的 Red Hat Enterprise Linux 和");
    const QStringList units = unitTexts(text);
    QVERIFY2(std::any_of(units.cbegin(), units.cend(),
                         [](const QString &u) {
                             return u.startsWith(QStringLiteral("EQT Partners 的子公司 SUSE")) &&
                                    u.endsWith(QStringLiteral("SUSE Linux。"));
                         }),
             qPrintable(units.join(u'|')));
}


void TestLineJoiner::joinSeparators_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<QString>("separator");
    QTest::newRow("ideographs") << QStringLiteral("自身工作经") << QStringLiteral("历主动开讲") << "";
    QTest::newRow("Latin words") << QStringLiteral("the city") << QStringLiteral("opened") << " ";
    QTest::newRow("Latin beside ideographs") << QStringLiteral("重要性") << QStringLiteral("and") << " ";
    QTest::newRow("drop cap") << QStringLiteral("T") << QStringLiteral("he city opened") << "";
    QTest::newRow("a one-letter word") << QStringLiteral("A") << QStringLiteral("lot of people")
                                       << " ";
    QTest::newRow("a capital ending a line") << QStringLiteral("Plan B") << QStringLiteral("was")
                                             << " ";
}

void TestLineJoiner::joinSeparators()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(QString, separator);
    QCOMPARE(joinSeparator(left, right), separator);
}

void TestLineJoiner::dropCapJoinsItsWord()
{
    // pdfminer prints a drop cap as a box of its own, before the rest of the first line.
    const PageDraft page = cleanupPage(
        QStringLiteral("City Opens New Library\n\nBy JANE DOE\n\nT\n\nhe city opened its new "
                       "library on Tuesday, with a reading room for children.\n\n\"We want a "
                       "place to read,\" the mayor said."));
    QCOMPARE(page.stories.size(), 1);
    QCOMPARE(page.stories[0].paragraphs.size(), 2);
    QCOMPARE(page.stories[0].paragraphs[0].text,
             QStringLiteral("The city opened its new library on Tuesday, with a reading room "
                            "for children."));
}

void TestLineJoiner::signatureFillingTheColumnEndsTheStory()
{
    // pdftotext -raw: no blank lines. The story's signature fills its last line; the caption
    // printed under it is no part of that paragraph.
    const QStringList units = unitTexts(QStringLiteral(
        "近日，市郊各农业园区抢抓农时开展春耕\n生产，田间地头一派忙碌景象。现代化的\n"
        "农机设备在田间来回穿梭。（记者 钱七）\n图为农户在田间操作插秧机。 记者 赵六 摄"));
    QCOMPARE(units.size(), 2);
    QCOMPARE(units[1], QStringLiteral("图为农户在田间操作插秧机。 记者 赵六 摄"));
}

void TestLineJoiner::spreadHeadlineKeepsItsPhraseGap()
{
    // A letter-spaced headline: one space between ideographs, a wider gap between phrases.
    // (A justified line has the same gap everywhere: justificationSpacesAreDropped.)
    const QStringList units = unitTexts(QStringLiteral(
        "凝 聚 力 量   擦 亮 品 牌\n\n上城区委统战部充分发挥智力优势、资源\n"
        "优势、人脉优势和渠道优势，持续围绕五\n大行动打造品牌。"));
    QCOMPARE(units, (QStringList{QStringLiteral("凝聚力量 擦亮品牌"),
                                 QStringLiteral("上城区委统战部充分发挥智力优势、资源优势、人脉优"
                                                "势和渠道优势，持续围绕五大行动打造品牌。")}));
}

void TestLineJoiner::hyphenAtAColumnBreak()
{
    // The column ends in a hyphenated word; pdfminer prints the next column as another box.
    CleanupOptions options;
    options.isKnownWord = [](const QString &w) {
        return w.compare(QLatin1String("recognize"), Qt::CaseInsensitive) == 0;
    };
    const QString page = QStringLiteral(
        "Council Approves Budget\n\nBy JANE DOE\n\nThe city council approved a budget on "
        "Tuesday\nthat raises spending on parks and libraries for\nthe first time in ten "
        "years, and officials said\nthey would recog-\n\nnize the union before the end of "
        "the year.\n\nTwo members said the plan did not do enough.");
    const PageDraft cleaned = cleanupPage(page, options);
    QCOMPARE(cleaned.stories.size(), 1);
    QVERIFY2(cleaned.stories[0].paragraphs[0].text.endsWith(
                 QStringLiteral("they would recognize the union before the end of the year.")),
             qPrintable(cleaned.stories[0].paragraphs[0].text));
    // Without the dictionary, and the word nowhere else on the page, the hyphen stays.
    QVERIFY(cleanupPage(page).stories[0].paragraphs[0].text.contains(
        QStringLiteral("recog-nize")));
}

void TestLineJoiner::headDeckAndBylineLinesStandApart()
{
    // pdftotext -raw prints a three-part head, the byline line and the text without a blank
    // line; pdfminer prints kicker, headline and deck as one box.
    const QString text = QStringLiteral(
        "坚持社区路线 赢得长期信赖\n社区发行版成为企业首选\n——调查显示服务公司均提供技术协助\n"
        "本报记者 韩冬 通讯员 许静\n一旦选择 Linux 系列\n的话，还需要做出一个更\n"
        "加细致，明确的决定。再\n重申一次，考虑的准则有\n很多。");
    const QStringList units = unitTexts(text);
    QCOMPARE(units,
             (QStringList{QStringLiteral("坚持社区路线 赢得长期信赖"),
                          QStringLiteral("社区发行版成为企业首选"),
                          QStringLiteral("——调查显示服务公司均提供技术协助"),
                          QStringLiteral("本报记者 韩冬 通讯员 许静"),
                          QStringLiteral("一旦选择 Linux 系列的话，还需要做出一个更加细致，明确的决定。"
                                         "再重申一次，考虑的准则有很多。")}));
}

void TestLineJoiner::paragraphFirstLineIsNoHeadlineLeftover()
{
    // pdftotext -raw: a headline of two phrases, then the text's first line, short by its
    // indent and by a character the next line drags along (失 / 的；). It is no leftover of a
    // wrapped headline: the next line goes on from it.
    const QStringList units = unitTexts(QStringLiteral(
        "地作出决定。事实上，您在阅读\n完本章节后，就应当能作出选\n择。\n"
        "器，尤其是对稳定性有严格要\n求，或者机器暴露于互联网的情\n况下，请安装 stable。这很明显\n"
        "是最健壮、最安全的选择。（马\n骁）\n冻结之后 稳定版如期而至\n此系统不是万无一失\n"
        "的；在测试版中也经常发\n现软件包的严重错误。虽\n然如此，目前的整个流程\n"
        "还是很有效的，且测试版\n的问题远远少于不稳定\n版。"));
    QVERIFY2(units.contains(QStringLiteral("冻结之后 稳定版如期而至")), qPrintable(units.join(u'|')));
}

void TestLineJoiner::namesInBracketsInsideALineMakeNoTitle()
{
    // A dateline with the reporters' names opens the first paragraph (本报讯（记者 …）…): the
    // spaces between the names are no gap between a headline's phrases.
    const QStringList units = unitTexts(QStringLiteral(
        "城南老街改造完工\n\n本报讯（记者 张三 通讯员 李四）昨天上\n午，城南老街改造工程正式完工。经过\n"
        "半年的改造，青石板路重新展现在市民\n面前。"));
    QCOMPARE(units, (QStringList{QStringLiteral("城南老街改造完工"),
                                 QStringLiteral("本报讯（记者 张三 通讯员 李四）昨天上午，城南老街改造"
                                                "工程正式完工。经过半年的改造，青石板路重新展现在市"
                                                "民面前。")}));
}

void TestLineJoiner::joinsFollowThePagesSpacing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    // The page sets numbers apart from ideographs (在 2001 年, 超过 300 人): so does a join.
    QTest::newRow("numbers set apart")
        << QStringLiteral("项目在 2001 年 7 月启动，当时只有不到 300 人参加，如今已经有\n"
                          "1000 人的社区在维护它，每年还有 50 位新人加入。")
        << QStringLiteral("项目在 2001 年 7 月启动，当时只有不到 300 人参加，如今已经有 1000 人的"
                          "社区在维护它，每年还有 50 位新人加入。");
    // A page that sets them tight (2023年) joins tight.
    QTest::newRow("numbers set tight")
        << QStringLiteral("项目在2001年7月启动，当时只有不到300人参加，如今已经有\n"
                          "1000人的社区在维护它，每年还有50位新人加入。")
        << QStringLiteral("项目在2001年7月启动，当时只有不到300人参加，如今已经有1000人的社区在维"
                          "护它，每年还有50位新人加入。");
    // Latin words set tight against ideographs (使用PXE启动) join tight.
    QTest::newRow("Latin set tight")
        << QStringLiteral("机器直接从服务器上使用PXE启动，无需使用本地硬盘，也不用安装Linux\n"
                          "系统或者其他的软件，就能运行LTSP提供的全部程序。")
        << QStringLiteral("机器直接从服务器上使用PXE启动，无需使用本地硬盘，也不用安装Linux系统或者"
                          "其他的软件，就能运行LTSP提供的全部程序。");
    // ASCII commas followed by a space (他在 IRC 上的别名, 这个名字): a line ending on one too.
    QTest::newRow("space after ASCII commas")
        << QStringLiteral("7月11日, 工程以及全部社团, 失去了一位亲爱的朋友. 他在 IRC 上的别名,\n"
                          "这个名字为我们所熟知, 更以其独到的观点而为我们所了解.")
        << QStringLiteral("7月11日, 工程以及全部社团, 失去了一位亲爱的朋友. 他在 IRC 上的别名, "
                          "这个名字为我们所熟知, 更以其独到的观点而为我们所了解.");
}

void TestLineJoiner::joinsFollowThePagesSpacing()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(unitTexts(text), QStringList{expected});
}

void TestLineJoiner::spreadLineLosesSpacesAtMarks()
{
    // Justification spreads the space before a full-width mark after a Latin word, and before
    // an ASCII mark after an ideograph: neither was text. After an ASCII mark one space stays.
    QCOMPARE(unitTexts(QStringLiteral("施 ， 一 个 在   Saint-Étienne ， 另 一 个 在\n"
                                      "Montpellier。前者有着约150名员工。")),
             QStringList{QStringLiteral(
                 "施，一个在 Saint-Étienne，另一个在 Montpellier。前者有着约150名员工。")});
    QCOMPARE(unitTexts(QStringLiteral("病 搏 斗 .  因 为 这 种 疾 病 ,  Joel 自\n"
                                      "幼便坐在轮椅上.")),
             QStringList{QStringLiteral("病搏斗. 因为这种疾病, Joel 自幼便坐在轮椅上.")});
}

void TestLineJoiner::spaceInsideFullWidthBracketsGoes()
{
    // pdftotext spreads a line that opens on a bracket (（ Caldera): the bracket's glyph holds
    // its blank. A space after a full stop is the writer's and stays.
    QCOMPARE(unitTexts(QStringLiteral("一个商业发行版因此将会有更加\n频繁地发行新版本的倾向，从而\n"
                                      "改善市场更新及相关服务。它们\n的未来将与公司的业绩直接相连\n"
                                      "，而且它们当中的许多已经消失\n了（ Caldera Linux, StormLinux,\n"
                                      "Mandriva Linux 等 ）。服务器和\n客户端。 服务器提供信息。")),
             QStringList{QStringLiteral("一个商业发行版因此将会有更加频繁地发行新版本的倾向，从而改善"
                                        "市场更新及相关服务。它们的未来将与公司的业绩直接相连，而且它"
                                        "们当中的许多已经消失了（Caldera Linux, StormLinux, Mandriva "
                                        "Linux 等）。服务器和客户端。 服务器提供信息。")});
}

void TestLineJoiner::ocrSpacesAtMarksGo()
{
    // OCR sets spaces around marks of punctuation in Chinese text now and then, many on a
    // page: they go, but the space after a sentence's end, which sets a signature apart, stays.
    const QString text = QStringLiteral(
        "其工作原理如下 : 服务使用 DHCP 分配地址 ; 账户 , 组和系统信息\n"
        "都保存在目录中 (无盘) 工作站 , 有关学生 , 教师等等。最后\n"
        "感谢为每一章带来的精美图片。 刘畅");
    QCOMPARE(unitTexts(text),
             QStringList{QStringLiteral("其工作原理如下:服务使用 DHCP 分配地址;账户,组和系统信息都"
                                        "保存在目录中(无盘)工作站,有关学生,教师等等。最后感谢为每"
                                        "一章带来的精美图片。 刘畅")});
}

void TestLineJoiner::oneLineHeadlineWrapsInANarrowModule()
{
    // A headline of one phrase fills a narrow module's column and leaves two characters on a
    // line of their own: one headline. A kicker after a one-line headline stays apart.
    const QString column = QStringLiteral(
        "有的人可能会感到奇怪，不明\n白为什么要在讨论计划内工作\n的成员时加入用户。答案是确\n"
        "定的：用户在整个计划中扮演\n了关键的角色。");
    QCOMPARE(unitTexts(QStringLiteral("城区老旧小区改造全面铺开\n惠民\n\n□ 记者 赵一帆\n\n") + column)
                 .first(),
             QStringLiteral("城区老旧小区改造全面铺开惠民"));
    const QStringList apart =
        unitTexts(QStringLiteral("城区老旧小区改造全面铺开\n系统安全\n\n") + column);
    QVERIFY2(apart.size() >= 3 && apart[0] == QStringLiteral("城区老旧小区改造全面铺开") &&
                 apart[1] == QStringLiteral("系统安全"),
             qPrintable(apart.join(u'|')));
}

void TestLineJoiner::headlineWrappedAfterItsSecondPhrasesFirstCharacter()
{
    // A two-phrase headline wraps one character into its second phrase (贡献时间资源 都 /
    // 能帮助计划): one headline.
    const QStringList units = unitTexts(QStringLiteral(
        "后，他们可以用相同的方\n式获得许多应用程序的源\n代码，编译这些程序，然\n后将它们安装到系统中。\n\n"
        "城区老旧小区 全\n面完成改造\n\n贡献时间（开发新的\n软件包、维护现有的软件\n包，或提供用户支持）、\n"
        "资源都可以帮助本计划。"));
    QVERIFY2(units.contains(QStringLiteral("城区老旧小区 全面完成改造")), qPrintable(units.join(u'|')));
}

void TestLineJoiner::asciiMarksWithASpaceAreNarrow()
{
    // Text set with ASCII commas and full stops, each with a space after it (他的别名, 这个),
    // was set in a Latin face: the marks are half a cell wide. Counted as full cells, they made
    // the column look wider than a full line of ideographs, which then passed for a title and
    // ended the paragraph before it (…从未得到怀疑. / 我们中间有幸继续他为我们所).
    const QStringList units = unitTexts(QStringLiteral(
        "他不仅以 \"Espy\", 他在 IRC\n上的别名, 这个名字为我们所熟\n知, 更以其在邮件列表中发\n"
        "表的独到的观点而为我们所了\n解, Joel 从不犹豫用他独特的方\n式, 直捷并充满幽默地说出他的\n"
        "想法. 他为许多关键的 Debian\n软件包确立了优秀的品质. 他的\n专业水平和知识从未得到怀疑.\n"
        "我们中间有幸继续他为我们所\n做工作的人, 将努力以达到他的\n卓越技术水准."));
    QCOMPARE(units.size(), 1);
}

void TestLineJoiner::englishHeadsInOneBox()
{
    // pdftotext -raw prints an English page as one box: an agency's credit under the
    // headline, and a jump line over the next story's wrapped headline, stand apart; a line
    // in which a sentence ends (University. The city) is running text, no title.
    const QStringList units = unitTexts(QStringLiteral(
        "and brought its first report to the\ncouncil in the spring of that year.\n"
        "Continued on Page A6\nCouncil Opens\nNew Library\nFrom staff reports\n"
        "The new library opened in August\n2019 after a campaign led by Ann\nLee, then a student at Riverside\n"
        "University. The city was\nsponsored by a fund that paid for\nthe building and its books.\n"
        "A Student Starts a Campaign\nASSOCIATED PRESS\nThe campaign was begun in August\n"
        "2017 by Ann Lee, then an\nundergraduate at Dalton\nUniversity. Lee was\n"
        "sponsored by the Arts Council of\nRiverside, the city whose library\nshe wanted to open "
        "again."));
    QVERIFY2(units.contains(QStringLiteral("Continued on Page A6")), qPrintable(units.join(u'|')));
    QVERIFY2(units.contains(QStringLiteral("Council Opens New Library")),
             qPrintable(units.join(u'|')));
    QVERIFY2(units.contains(QStringLiteral(
                 "The new library opened in August 2019 after a campaign led by Ann Lee, then a "
                 "student at Riverside University. The city was sponsored by a fund that paid "
                 "for the building and its books.")),
             qPrintable(units.join(u'|')));
    QVERIFY2(units.contains(QStringLiteral("ASSOCIATED PRESS")), qPrintable(units.join(u'|')));
    QVERIFY2(units.contains(QStringLiteral(
                 "The campaign was begun in August 2017 by Ann Lee, then an undergraduate at "
                 "Dalton University. Lee was sponsored by the Arts Council of Riverside, the city "
                 "whose library she wanted to open again.")),
             qPrintable(units.join(u'|')));
}

void TestLineJoiner::agencyCreditUnderAHeadlineStandsApart()
{
    // pdftotext -raw: a caption signed by its photographer, the next story's headline, the
    // agency's credit in capitals, the text. The credit is no first word of the text.
    const QStringList units = unitTexts(QStringLiteral(
        "The new reading room on the first\nfloor of the library, with its\nfounder, Ann Lee, and "
        "her sister,\nRuth. Photo by\nMARTA RUIZ\nA Student Starts a Campaign\nASSOCIATED PRESS\n"
        "Libraries were closed in August\n2017 and Ann Lee, then an\nundergraduate at Dalton\n"
        "University. Lee was\nsponsored by the Arts Council of\nRiverside, the city whose "
        "library\nshe wanted to open again."));
    QVERIFY2(units.contains(QStringLiteral("ASSOCIATED PRESS")), qPrintable(units.join(u'|')));
    QVERIFY2(units.last().startsWith(QStringLiteral("Libraries were closed")),
             qPrintable(units.join(u'|')));
}

void TestLineJoiner::headlineWrappedToOneWordOverItsDeck()
{
    // A headline wrapped to one word (Parks as in Gardens, Not / Lawns) over its deck and "By"
    // line: the word is the headline's, the deck a line of its own.
    const QStringList units = unitTexts(QStringLiteral(
        "The council has adopted an extensive set of rules for the care of its parks.\nEXPLAINER\n"
        "Parks as in Gardens, Not\nLawns\nWhat the word means for the city you live in\n"
        "By TOM ASHWORTH\nFor the council, a park is a garden. When we speak of parks, we mean "
        "the trees and the beds."));
    QVERIFY2(units.contains(QStringLiteral("Parks as in Gardens, Not Lawns")),
             qPrintable(units.join(u'|')));
    QVERIFY2(units.contains(QStringLiteral("What the word means for the city you live in")),
             qPrintable(units.join(u'|')));
}

void TestLineJoiner::shortLineInANarrowEnglishColumnGoesOn()
{
    // A narrow English column leaves a line short when the next word is long; a short line
    // in title case there is no headline unless a "By" line, a deck or another head follows.
    const QStringList units = unitTexts(QStringLiteral(
        "The second release came out in\nJuly 1998 for the Intel i386 and\nMotorola 68000 series "
        "of\ncomputers and their clones.\nOn 21 April 1999, Harbor\nCorporation and the K\n"
        "Dockside Trust effectively\nformed an alliance with the\ncity when Harbor announced its\n"
        "plans for the old docks."));
    QVERIFY2(units.last().startsWith(QStringLiteral("On 21 April 1999, Harbor Corporation and "
                                                    "the K Dockside Trust effectively formed")),
             qPrintable(units.join(u'|')));
}

void TestLineJoiner::wrappedByLine()
{
    // A "By" line wrapped in a narrow column leaves the last name's end on a line of its own,
    // in capitals; a drop cap after a "By" line is no name.
    QStringList units = unitTexts(QStringLiteral(
        "Leadership\nPasses to Ann\nLee\nBy ANNA WERNER and LI\nMEI\nWhen the founder left the "
        "club, she\nappointed Ann Lee as the next\nleader of the club."));
    QVERIFY2(units.contains(QStringLiteral("By ANNA WERNER and LI MEI")), qPrintable(units.join(u'|')));
    QVERIFY2(units.last().startsWith(QStringLiteral("When the founder left")),
             qPrintable(units.join(u'|')));
    units = unitTexts(QStringLiteral(
        "Leadership Passes to Ann Lee\nBy ANNA WERNER\nT\nhe founder left the club and\n"
        "appointed Ann Lee as the next\nleader of the club."));
    QVERIFY2(units.contains(QStringLiteral("By ANNA WERNER")), qPrintable(units.join(u'|')));
}

void TestLineJoiner::headlineWrappedInsideAWordOverItsByline()
{
    // A one-phrase headline wrapped inside a word (…改造工作全 / 面铺开) over the byline line is
    // one headline, however long its second line; a kicker over its headline stays apart.
    const QString column = QStringLiteral(
        "\n\n有的人可能会感到奇怪，不明\n白为什么要在讨论计划内工作\n的成员时加入用户。答案是确\n"
        "定的：用户在整个计划中扮演\n了关键的角色。");
    QStringList units =
        unitTexts(QStringLiteral("老旧小区改造工作全\n面铺开惠及万户\n□ 记者 赵一帆") + column);
    QCOMPARE(units.first(), QStringLiteral("老旧小区改造工作全面铺开惠及万户"));
    units = unitTexts(QStringLiteral("坚持社区路线\n社区发行版成为企业首选\n□ 记者 赵一帆") + column);
    QCOMPARE(units.first(), QStringLiteral("坚持社区路线"));
}

void TestLineJoiner::phraseCutAfterOneCharacterInAVeryNarrowModule()
{
    // In a module of a few ideographs a two-phrase headline wraps one character into its
    // second phrase, and the rest is as wide as the first line (城区书屋 开 / 到家门口了).
    const QStringList units = unitTexts(QStringLiteral(
        "将从其他来源获得的\n非自由软件放在同一\n张 CD 上发布。这没\n有什么新奇的：现在\n"
        "很多厂商都将自由软\n件和商业软件放在同\n一张 CD 上发布。（冯\n楠 黄蓓）\n\n系统安全\n\n"
        "城区书屋 开\n到家门口了\n\n这 是 存 放 将 要 发\n布 的 下 一 个 “ 稳 定 版 ”\n"
        "的软件包的地方；它\n们 在 “ 不 稳 定 版 ” 中 进\n\n这一发行版的更新比\n"
        "“ 稳 定 版 ” 更 频 繁 ， 但\n不 如 “ 不 稳 定 版 ” 频\n繁。"));
    QVERIFY2(units.contains(QStringLiteral("城区书屋 开到家门口了")), qPrintable(units.join(u'|')));
}

void TestLineJoiner::wordAcrossTheBreakSettlesAShortHeadBox()
{
    // Heads in a module a few ideographs wide: a phrase cut after one character with a longer
    // rest (书屋 开 / 张迎八方来客), and a line of two characters closing the box (社区书屋自成 /
    // 体系); a word runs across each break.
    const QString text = QStringLiteral(
        "将从其他来源获得的\n非自由软件放在同一\n张 CD 上发布。这没\n有什么新奇的：现在\n"
        "很多厂商都将自由软\n件和商业软件放在同\n一张 CD 上发布。（冯\n楠 黄蓓）\n\n%1\n\n"
        "这是存放将要发布\n的下一个版本的软件\n包的地方；它们在不\n稳定版中进行测试。");
    QStringList units = unitTexts(text.arg(QStringLiteral("书屋 开\n张迎八方来客")));
    QVERIFY2(units.contains(QStringLiteral("书屋 开张迎八方来客")), qPrintable(units.join(u'|')));
    units = unitTexts(text.arg(QStringLiteral("社区书屋自成\n体系")));
    QVERIFY2(units.contains(QStringLiteral("社区书屋自成体系")), qPrintable(units.join(u'|')));
}

QTEST_GUILESS_MAIN(TestLineJoiner)
#include "tst_linejoiner.moc"
