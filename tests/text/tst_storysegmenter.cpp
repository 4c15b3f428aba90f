// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/chartraits.h"
#include "text/pagecleaner.h"
#include "text/storysegmenter.h"

#include <QTest>

using namespace Copydesk;
using Text::StorySegmenter;

// Data-driven rules of story segmentation, joins, bylines and jumps. The texts are written
// for these tests; none comes from the sample page.
class TestStorySegmenter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bylines_data();
    void bylines();
    void headlineShapes_data();
    void headlineShapes();
    void kickerHeadlineAndBody();
    void columnBreakIsRejoined();
    void colonEndsTheParagraphAtABoxEnd();
    void headlineAfterAParagraphEndingInAColon();
    void headlineHeadingItsBoxAfterABrokenSentence();
    void doubledCharacterIsDropped_data();
    void doubledCharacterIsDropped();
    void repeatedCharacterInsideABoxStays();
    void jumpFollowsTheBetterJunction();
    void forcedJumpIsFlaggedForReview();
    void interleavedColumnsFollowTheWords();
    void fullLineCutAtColumnFootReadsOnEarlierBox();
    void truncatedCopyWaitsForNoContinuation();
    void captionWithoutHeadline();
    void englishStoryWithByLine();
    void headlineAwayFromItsByLineAndText();
    void sentenceStartClosingABoxIsNoKicker();
    void sentenceCaseHeadlineStackedOverAnother();
    void lineGoingOnInLowerCaseIsNoHeadline();
    void decisionsAreRecorded();
    void mastheadIsFurniture();
    void pageLabelsBetweenStoriesAreFurniture();
    void threePartHeadline();
    void englishDeckUnderTheHeadline();
    void englishHeadlineWrapped_data();
    void englishHeadlineWrapped();
    void englishTitleLineAfterAFunctionWordGoesOn();
    void englishWordAloneIsNoHeadline();
    void boxMovedToItsSentenceTakesItsColumnAlong();
    void headsOfAModuleRowStacked();
    void agencyCreditUnderTheHeadline_data();
    void agencyCreditUnderTheHeadline();
    void columnLabelAboveASinglePhraseHeadline();
    void columnLabelInTheHeadlinesBox_data();
    void columnLabelInTheHeadlinesBox();
    void dropCapPrintedAtThePagesTop();
    void columnFirstLineBetweenHeadAndCredit();
    void stackedHeadOverTheOtherHeadsKicker();
    void mastheadOverAHeadlessContinuation_data();
    void mastheadOverAHeadlessContinuation();
    void mastheadBeforeTheLeadHeadlineIsFurniture();
    void pageFurnitureLines_data();
    void pageFurnitureLines();
    void stackedHeadlinesShareTheText();
    void stackedHeadlinesTakeSignedTexts();
    void stackedHeadlinesPassOverAnotherStorysTail();
    void stackedHeadlinesPassOverAPhotoCaption();
    void threeStackedHeadlinesTakeTheirTexts();
    void headlinePrintedBeforeTheRestOfTheStoryAboveIt();
    void headlinesPrintedOneStoryAheadOfTheirTexts();
    void continuationPrintedBeforeItsParagraph_data();
    void continuationPrintedBeforeItsParagraph();
    void lowerCaseBoxPrintedBeforeTheSentenceItEnds();
    void continuationFurtherBackIsNoGuess();
    void stackedHeadlinesWithAlternatingBlocks();
    void kickerPrintedAwayFromItsHeadline();
    void captionNameOnItsOwnLine();
    void captionNameInItsBoxIsNoKicker();
    void captionBoxStandsApartFromHeadlessText();
    void signedCaptionContinuesNoBrokenSentence();
    void kickerAfterASignedCaption();
    void strayFragmentCompletesDanglingParagraph();
    void sentenceCaseHeadlineAboveByLine();
    void englishCaptionInsideAStory();
    void sentenceEndPrintedBeforeItsParagraph();
    void lowerCaseBoxAfterAFinishedSentenceIsAJump();
    void lineEndingOnAPrepositionIsNoHeadline();
    void labelHeadingABoxWaitsForItsHeadline();
    void headlinesWithCommasAndQuestionMarks();
    void englishHeadsStackedAfterABrokenSentence();
    void signedCaptionClosesInUnbrokenText();
    void signedCaptionBoxStandsApart();
    void subheadsStayInTheirStory();
    void bylineBrokenAcrossLines();
    void chineseBylineLines_data();
    void chineseBylineLines();
    void bylinesOnLinesOfTheirOwn();
    void writersPostUnderTheByLine();
    void numberedHeadingsInsideAStory();
    void photoCaptionAmongTheParagraphs();
    void shortQuestionInRunningTextIsNoHeadline();
    void deckUnderAHeadlineIsNoBrokenSentence();
    void englishBylineLines_data();
    void englishBylineLines();

private:
    static PageDraft clean(const QStringList &blocks)
    {
        return Text::cleanupPage(blocks.join(QStringLiteral("\n\n")));
    }
    static QStringList texts(const StoryDraft &s)
    {
        QStringList out;
        for (const auto &p : s.paragraphs)
            out << p.text;
        return out;
    }
};

void TestStorySegmenter::bylines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("parenthesised");
    QTest::addColumn<QString>("trailingName");
    QTest::newRow("two names") << QStringLiteral("会议圆满结束。(王小明 李华)") << "王小明 李华" << "";
    QTest::newRow("full-width parentheses") << QStringLiteral("活动持续三天。（张伟）") << "张伟" << "";
    QTest::newRow("roles") << QStringLiteral("活动持续三天。(记者 张伟 通讯员 陈静)")
                           << "记者 张伟 通讯员 陈静" << "";
    QTest::newRow("not a byline: a bracketed note") << QStringLiteral("成立了协会(筹)并开展工作")
                                                    << "" << "";
    QTest::newRow("not a byline: mid-paragraph") << QStringLiteral("百盛农业(浙里有花)等单位入选。")
                                                 << "" << "";
    QTest::newRow("not a byline: a word in brackets after an ideograph")
        << QStringLiteral("它的公开部分（网页界面）") << "" << "";
    QTest::newRow("names after an ideograph (OCR dropped the full stop)")
        << QStringLiteral("概念最早的正式定义之(林晓 陈默)") << "林晓 陈默" << "";
    QTest::newRow("caption name") << QStringLiteral("市民在广场观看灯光秀。 刘洋") << "" << "刘洋";
    QTest::newRow("caption two names") << QStringLiteral("雪后的公路。 周明 摄影 王强") << ""
                                       << "周明 摄影 王强";
    QTest::newRow("photographer's credit") << QStringLiteral("图为居民在书屋读书。 张三 摄") << ""
                                           << "张三 摄";
    QTest::newRow("photographer's credit, no space") << QStringLiteral("图为游客在老街拍照。 赵丽摄")
                                                     << "" << "赵丽摄";
    QTest::newRow("photographer's credit in brackets")
        << QStringLiteral("图为游客在老街拍照。（赵丽 摄）") << "赵丽 摄" << "";
    QTest::newRow("English photo credit")
        << QStringLiteral("The renovated street on Wednesday. Photo by JOHN ROE") << ""
        << "JOHN ROE";
    QTest::newRow("English photo credit with a colon")
        << QStringLiteral("Growers plant rice at the farm park. PHOTO: Mary Ann Lee") << ""
        << "Mary Ann Lee";
    QTest::newRow("not a credit: a photo in a sentence")
        << QStringLiteral("She showed a photo by the river to Jane Doe") << ""
        << "";
}

void TestStorySegmenter::bylines()
{
    QFETCH(QString, text);
    QFETCH(QString, parenthesised);
    QFETCH(QString, trailingName);
    QString byline;
    int start = 0;
    QCOMPARE(StorySegmenter::trailingParenthesisedByline(text, &byline, &start),
             !parenthesised.isEmpty());
    if (!parenthesised.isEmpty())
        QCOMPARE(byline, parenthesised);
    QCOMPARE(StorySegmenter::trailingNameByline(text, &byline, &start), !trailingName.isEmpty());
    if (!trailingName.isEmpty())
        QCOMPARE(byline, trailingName);
}

void TestStorySegmenter::headlineShapes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("headlineLike");
    QTest::newRow("two phrases") << QStringLiteral("守护绿水青山 建设美丽乡村") << true;
    QTest::newRow("one phrase") << QStringLiteral("城市书房开到家门口") << true;
    QTest::newRow("sentence") << QStringLiteral("城市书房开到家门口。") << false;
    QTest::newRow("long running text")
        << QStringLiteral("近年来该区持续推进城市书房建设并在各个街道开设了新的阅读空间以方便居民") << false;
    QTest::newRow("fragment") << QStringLiteral("线作用") << false;
    QTest::newRow("ends with comma") << QStringLiteral("据了解,") << false;
    QTest::newRow("english headline") << QStringLiteral("Council Approves Library Budget") << true;
    QTest::newRow("english continuation") << QStringLiteral("and the cost of the reading room") << false;
    QTest::newRow("english headline with a number") << QStringLiteral("Debian 3.0 Reaches Stable") << true;
    QTest::newRow("english headline with a long preposition")
        << QStringLiteral("Debian Moves to a New Home with Friends") << true;
    QTest::newRow("english sentence with capitalised names")
        << QStringLiteral("Bruce Perens was replaced by Ian Jackson as Debian Project") << false;
    QTest::newRow("english line between numbers")
        << QStringLiteral("Debian 0.01 through Debian 0.90") << false;
}

void TestStorySegmenter::headlineShapes()
{
    QFETCH(QString, text);
    QFETCH(bool, headlineLike);
    QCOMPARE(StorySegmenter::shapeOf(text) == Text::UnitShape::HeadlineLike, headlineLike);
}

void TestStorySegmenter::kickerHeadlineAndBody()
{
    const PageDraft page = clean({QStringLiteral("宁波市鄞州区"), QStringLiteral("老街焕新颜 游客回来了"),
                                  QStringLiteral("经过一年的改造,老街重新开放,周末客流明显增加。"),
                                  QStringLiteral("商户们说,生意比去年好了不少。(陈明 赵丽)")});
    QCOMPARE(page.stories.size(), 1);
    QCOMPARE(page.stories[0].kicker, QStringLiteral("宁波市鄞州区"));
    QCOMPARE(page.stories[0].headline, QStringLiteral("老街焕新颜 游客回来了"));
    QCOMPARE(page.stories[0].byline, QStringLiteral("陈明 赵丽"));
    QCOMPARE(page.stories[0].paragraphs.size(), 2);
    QCOMPARE(page.stories[0].paragraphs[1].text, QStringLiteral("商户们说,生意比去年好了不少。"));
}

void TestStorySegmenter::columnBreakIsRejoined()
{
    const PageDraft page = clean({QStringLiteral("老街焕新颜 游客回来了"),
                                  QStringLiteral("经过一年的改造,老街重新开放,周末客流"),
                                  QStringLiteral("明显增加。商户们说,生意好了不少。")});
    QCOMPARE(texts(page.stories[0]),
             QStringList{QStringLiteral("经过一年的改造,老街重新开放,周末客流明显增加。商户们说,生意好了不少。")});
    // Latin words get a space at the join, ideographs none.
    const PageDraft en = clean({QStringLiteral("Council Approves Budget"),
                                QStringLiteral("The council approved the budget after a long"),
                                QStringLiteral("debate about opening hours.")});
    QCOMPARE(texts(en.stories[0]),
             QStringList{QStringLiteral("The council approved the budget after a long debate about opening hours.")});
}

void TestStorySegmenter::colonEndsTheParagraphAtABoxEnd()
{
    // A paragraph that ends in a colon introduces the next one; it does not run on into it.
    const PageDraft page = clean({QStringLiteral("书屋开到家门口 居民借阅更方便"),
                                  QStringLiteral("书屋向居民作出三项承诺，让我们来看一看："),
                                  QStringLiteral("第一项承诺是全年开放，节假日也不闭馆。(吴涛)")});
    QCOMPARE(page.stories.size(), 1);
    QCOMPARE(texts(page.stories[0]),
             (QStringList{QStringLiteral("书屋向居民作出三项承诺，让我们来看一看："),
                          QStringLiteral("第一项承诺是全年开放，节假日也不闭馆。")}));
}

void TestStorySegmenter::headlineAfterAParagraphEndingInAColon()
{
    const PageDraft page = clean({QStringLiteral("老街焕新颜 游客回来了"),
                                  QStringLiteral("老街重新开放，游客可以在网站上看到："),
                                  QStringLiteral("写给读者的话"),
                                  QStringLiteral("感谢读者一直以来的支持。(吴涛)")});
    QCOMPARE(page.stories.size(), 2);
    QCOMPARE(page.stories[1].headline, QStringLiteral("写给读者的话"));
    QCOMPARE(texts(page.stories[1]), QStringList{QStringLiteral("感谢读者一直以来的支持。")});
}

void TestStorySegmenter::headlineHeadingItsBoxAfterABrokenSentence()
{
    // pdftotext: a box that stops mid-sentence (its text goes on elsewhere), then a box headed
    // by a short line over text: that line is a headline, not the sentence's next words.
    const PageDraft page = clean(
        {QStringLiteral("管道与套接字 进程之间传消息"),
         QStringLiteral("命名管道是一个像管道一样的文件，写入的\n过程不会被终止，这两个进程就可以不必在同\n一个命令行，甚至"),
         QStringLiteral("编辑器之选 Vim 与 Emacs\n我认为习惯于使用 Vim 命令是一\n个明智的选择，因为系统里一般都附带了\n这个编辑器。(曹雪)")});
    QCOMPARE(page.stories.size(), 2);
    QCOMPARE(page.stories[1].headline, QStringLiteral("编辑器之选 Vim 与 Emacs"));
    QCOMPARE(page.stories[1].byline, QStringLiteral("曹雪"));
}

void TestStorySegmenter::doubledCharacterIsDropped_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<QString>("joined");
    QTest::addColumn<int>("flags");
    QTest::newRow("repeated at the column top") << QStringLiteral("代表们结合自身工作经历")
                                                << QStringLiteral("历主动发言。")
                                                << QStringLiteral("代表们结合自身工作经历主动发言。") << 1;
    QTest::newRow("a real reduplicated word stays") << QStringLiteral("他一再表示谢")
                                                    << QStringLiteral("谢大家的支持。")
                                                    << QStringLiteral("他一再表示谢谢大家的支持。") << 0;
}

void TestStorySegmenter::doubledCharacterIsDropped()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(QString, joined);
    QFETCH(int, flags);
    const PageDraft page = clean({QStringLiteral("感谢有你 一路同行"), left, right});
    QCOMPARE(page.stories.size(), 1);
    QCOMPARE(texts(page.stories[0]), QStringList{joined});
    int doubled = 0;
    for (const auto &f : page.stories[0].flags)
        doubled += f.kind == QLatin1String(FlagKind::DoubledCharacter);
    QCOMPARE(doubled, flags);
}

void TestStorySegmenter::jumpFollowsTheBetterJunction()
{
    // Story A is cut mid-word by story B's headline; B ends mid-sentence too; then A's
    // continuation is printed first, B's second. Adjacency would glue A's text to B.
    const PageDraft page = clean({
        QStringLiteral("书香满城 阅读成风"),
        QStringLiteral("市图书馆今年新开了十家分馆。馆长说,读者的反馈让大家觉得很有意"),
        QStringLiteral("夜市升级 烟火更浓"),
        QStringLiteral("改造后的夜市增加了摊位。管理方还计划引进"),
        QStringLiteral("义。(孙立)"),
        QStringLiteral("三十多家特色小吃,丰富市民的夜生活。(钱峰)"),
    });
    QCOMPARE(page.stories.size(), 2);
    QCOMPARE(page.stories[0].byline, QStringLiteral("孙立"));
    QVERIFY2(texts(page.stories[0]).last().endsWith(QStringLiteral("很有意义。")),
             qPrintable(texts(page.stories[0]).join(QLatin1Char('|'))));
    QCOMPARE(page.stories[1].byline, QStringLiteral("钱峰"));
    QVERIFY(texts(page.stories[1]).last().endsWith(QStringLiteral("引进三十多家特色小吃,丰富市民的夜生活。")));
}

void TestStorySegmenter::interleavedColumnsFollowTheWords()
{
    // pdftotext's default mode prints the columns of neighbouring stories interleaved: the
    // box after A's cut-off column belongs to B, and A's next column comes after B's. The
    // word counts decide (重启 and 意味着 run across the junctions; adjacency would make
    // 重 + 的 and 意 + 启).
    const PageDraft page = clean({
        QStringLiteral("系统升级 不必重装"),
        QStringLiteral("整个系统可以原地升级,而不必重新格式化,且大多数情况下不需要重"),
        QStringLiteral("版本选择 看清用途"),
        QStringLiteral("答案有点儿复杂,取决于您打算做什么。但这并不意"),
        QStringLiteral("启系统。软件包管理系统格外健壮。(黄蓓)"),
        QStringLiteral("味着您不能独立地作出决定。(冯楠)"),
    });
    QCOMPARE(page.stories.size(), 2);
    QVERIFY2(texts(page.stories[0]).join(QLatin1Char('|')).contains(QStringLiteral("不需要重启系统")),
             qPrintable(texts(page.stories[0]).join(QLatin1Char('|'))));
    QCOMPARE(page.stories[0].byline, QStringLiteral("黄蓓"));
    QVERIFY2(texts(page.stories[1]).join(QLatin1Char('|')).contains(QStringLiteral("并不意味着您")),
             qPrintable(texts(page.stories[1]).join(QLatin1Char('|'))));
    QCOMPARE(page.stories[1].byline, QStringLiteral("冯楠"));
    bool recorded = false;
    for (const Decision &d : page.stories[0].decisions)
        recorded = recorded || (d.kind == QLatin1String("jump") && !d.reason.isEmpty());
    QVERIFY(recorded);
}

void TestStorySegmenter::fullLineCutAtColumnFootReadsOnEarlierBox()
{
    // A paragraph's first line is all that fits at the foot of a column (no punctuation, so
    // it could pass for a title); its text goes on in a box pdfminer printed earlier.
    const PageDraft page = clean({QStringLiteral("社区书屋 开到家门口"),
                                  QStringLiteral("全区新建社区书屋二十家，每家\n藏书三千册以上，居民凭身份证\n即可借阅。"),
                                  QStringLiteral("司的调查显示，居民满意度超过\n九成，借阅人数逐月增加。(吴涛)"),
                                  QStringLiteral("一项针对全市社区书屋服务公")});
    QCOMPARE(page.stories.size(), 1);
    QCOMPARE(page.stories[0].byline, QStringLiteral("吴涛"));
    QCOMPARE(texts(page.stories[0]),
             (QStringList{QStringLiteral("全区新建社区书屋二十家，每家藏书三千册以上，居民凭身份证即可借阅。"),
                          QStringLiteral("一项针对全市社区书屋服务公司的调查显示，居民满意度超过九成，借阅人数逐月增加。")}));
}

void TestStorySegmenter::forcedJumpIsFlaggedForReview()
{
    const PageDraft page = clean({
        QStringLiteral("书香满城 阅读成风"),
        QStringLiteral("市图书馆今年新开了十家分馆,还举办了二十"),
        QStringLiteral("夜市升级 烟火更浓"),
        QStringLiteral("改造后的夜市增加了摊位,客流翻了一番。(钱峰)"),
        QStringLiteral("场读书会,吸引了上千名读者。(孙立)"),
    });
    QCOMPARE(page.stories.size(), 2);
    QCOMPARE(page.stories[0].byline, QStringLiteral("孙立"));
    QVERIFY(texts(page.stories[0]).last().contains(QStringLiteral("二十场读书会")));
    bool joinFlag = false;
    for (const auto &f : page.stories[0].flags)
        joinFlag = joinFlag || f.kind == QLatin1String(FlagKind::Join);
    QVERIFY(joinFlag);
}

void TestStorySegmenter::truncatedCopyWaitsForNoContinuation()
{
    const QString whole = QStringLiteral("工业区位于主城区南大门,是早期建设的工业区之一。随着时间推移,已不适应产业迭代的需要。");
    const PageDraft page = clean({
        QStringLiteral("净化土壤 守护家园"), whole + QStringLiteral("(甲乙)"),
        QStringLiteral("共绘新图景 同心向未来"), QStringLiteral("新的一年,各界人士齐心协力。"),
        whole.left(30),
        QStringLiteral("文化惠民 服务到家"),
        QStringLiteral("社区书屋开放后,居民们有了读书的好去处,"), QStringLiteral("孩子们放学后也常来。(丙丁)"),
    });
    QCOMPARE(page.stories.size(), 3);
    QCOMPARE(texts(page.stories[1]).size(), 2);
    QCOMPARE(texts(page.stories[1]).last(), whole.left(30));
}

void TestStorySegmenter::captionWithoutHeadline()
{
    const PageDraft page = clean({QStringLiteral("老街焕新颜 游客回来了"),
                                  QStringLiteral("老街重新开放。(陈明)"),
                                  QStringLiteral("大雪过后,环卫工人连夜清扫主干道,保障市民出行。 刘洋")});
    QCOMPARE(page.stories.size(), 2);
    QCOMPARE(page.stories[1].headline, QString());
    QCOMPARE(page.stories[1].byline, QStringLiteral("刘洋"));
    QCOMPARE(texts(page.stories[1]),
             QStringList{QStringLiteral("大雪过后,环卫工人连夜清扫主干道,保障市民出行。")});
}

void TestStorySegmenter::englishStoryWithByLine()
{
    const PageDraft page = clean({QStringLiteral("Harbour Reopens After Storm"),
                                  QStringLiteral("By JANE DOE and TOM LEE"),
                                  QStringLiteral("The harbour reopened on Monday after three days of repairs."),
                                  QStringLiteral("Ferries resume their normal timetable today.")});
    QCOMPARE(page.stories.size(), 1);
    QCOMPARE(page.stories[0].headline, QStringLiteral("Harbour Reopens After Storm"));
    QCOMPARE(page.stories[0].byline, QStringLiteral("JANE DOE and TOM LEE"));
    QCOMPARE(page.stories[0].paragraphs.size(), 2);
}

void TestStorySegmenter::sentenceStartClosingABoxIsNoKicker()
{
    // The first word of a sentence that goes on in another column, alone on the last line
    // of its box, is no kicker for the headline in the next box.
    const PageDraft page = clean({QStringLiteral("Harbour Reopens After Storm"),
                                  QStringLiteral("By JANE DOE"),
                                  QStringLiteral("The harbour reopened on Monday after three days of repairs.\nThis"),
                                  QStringLiteral("Council Approves Budget"),
                                  QStringLiteral("By TOM LEE"),
                                  QStringLiteral("The council approved the budget on Tuesday.")});
    QCOMPARE(page.stories.size(), 2);
    QCOMPARE(page.stories[1].headline, QStringLiteral("Council Approves Budget"));
    QCOMPARE(page.stories[1].kicker, QString());
}

void TestStorySegmenter::sentenceCaseHeadlineStackedOverAnother()
{
    // pdftotext stacks the heads of two stories side by side: a sentence-case headline in a
    // box of its own, then the other story's headline and By line; "This" at the end of the
    // box before, after a finished sentence, is no headline.
    const PageDraft page = clean({QStringLiteral("Harbour Reopens After Storm"),
                                  QStringLiteral("By JANE DOE"),
                                  QStringLiteral("The harbour reopened on Monday after three days of repairs.\nThis"),
                                  QStringLiteral("Why libraries matter to the city"),
                                  QStringLiteral("Council approves the budget"),
                                  QStringLiteral("By TOM LEE"),
                                  QStringLiteral("The council approved the budget on Tuesday."),
                                  QStringLiteral("Libraries keep their doors open until nine, the city said.")});
    QStringList heads;
    for (const StoryDraft &s : page.stories)
        heads << s.headline;
    QCOMPARE(heads, (QStringList{QStringLiteral("Harbour Reopens After Storm"),
                                 QStringLiteral("Why libraries matter to the city"),
                                 QStringLiteral("Council approves the budget")}));
}

void TestStorySegmenter::lineGoingOnInLowerCaseIsNoHeadline()
{
    // pdfminer put a paragraph's first line in a box of its own; the next box goes on in
    // lower case, so the line is running text, not a headline.
    const PageDraft page = clean({QStringLiteral("Harbour Reopens After Storm"),
                                  QStringLiteral("By JANE DOE"),
                                  QStringLiteral("The harbour reopened on Monday after three days of repairs."),
                                  QStringLiteral("On 21 April, Harbour Master Jones"),
                                  QStringLiteral("and the ferry company agreed on a new timetable.")});
    QCOMPARE(page.stories.size(), 1);
    QCOMPARE(texts(page.stories[0]),
             (QStringList{QStringLiteral("The harbour reopened on Monday after three days of repairs."),
                          QStringLiteral("On 21 April, Harbour Master Jones and the ferry company "
                                         "agreed on a new timetable.")}));
}

void TestStorySegmenter::headlineAwayFromItsByLineAndText()
{
    // pdfminer printed the second story's headline above the third story's head; its "By"
    // line and text come after the third story.
    const PageDraft page = clean({QStringLiteral("Harbour Reopens After Storm"),
                                  QStringLiteral("By JANE DOE"),
                                  QStringLiteral("The harbour reopened on Monday after three days of repairs."),
                                  QStringLiteral("Library Extends Opening Hours"),
                                  QStringLiteral("Council Approves Budget"),
                                  QStringLiteral("By TOM LEE"),
                                  QStringLiteral("The council approved the budget on Tuesday."),
                                  QStringLiteral("By ANNA WERNER"),
                                  QStringLiteral("The city library will keep its doors open until nine "
                                                 "from next month, the library said.")});
    QCOMPARE(page.stories.size(), 3);
    QCOMPARE(page.stories[0].paragraphs.size(), 1);
    QCOMPARE(page.stories[1].headline, QStringLiteral("Library Extends Opening Hours"));
    QCOMPARE(page.stories[1].byline, QStringLiteral("ANNA WERNER"));
    QCOMPARE(texts(page.stories[1]),
             QStringList{QStringLiteral("The city library will keep its doors open until nine from "
                                        "next month, the library said.")});
    QCOMPARE(page.stories[2].headline, QStringLiteral("Council Approves Budget"));
    QCOMPARE(page.stories[2].byline, QStringLiteral("TOM LEE"));
    QCOMPARE(texts(page.stories[2]),
             QStringList{QStringLiteral("The council approved the budget on Tuesday.")});
}

void TestStorySegmenter::decisionsAreRecorded()
{
    const PageDraft page = clean({QStringLiteral("老街焕新颜 游客回来了"),
                                  QStringLiteral("经过一年的改造,老街重新开放,周末客流"),
                                  QStringLiteral("明显增加。(陈明)")});
    QStringList kinds;
    for (const Decision &d : page.stories[0].decisions) {
        kinds << d.kind;
        QVERIFY(!d.reason.isEmpty());
        QVERIFY(d.confidence > 0 && d.confidence <= 1);
    }
    QVERIFY(kinds.contains(QStringLiteral("join")));
    QVERIFY(kinds.contains(QStringLiteral("byline")));
}

void TestStorySegmenter::mastheadIsFurniture()
{
    const PageDraft page = clean({QStringLiteral("开源周刊"), QStringLiteral("第 3 版 · 问答"),
                                  QStringLiteral("星期二"), QStringLiteral("开源视点"),
                                  QStringLiteral("志愿者共建 自由操作系统"),
                                  QStringLiteral("志愿者创造出一个自由的操作系统。(王立群)")});
    QCOMPARE(page.stories.size(), 1);
    QCOMPARE(page.stories[0].kicker, QStringLiteral("开源视点"));
    QCOMPARE(page.stories[0].headline, QStringLiteral("志愿者共建 自由操作系统"));
    QCOMPARE(texts(page.stories[0]), QStringList{QStringLiteral("志愿者创造出一个自由的操作系统。")});
    int furniture = 0;
    for (const Decision &d : page.stories[0].decisions)
        furniture += d.kind == QLatin1String("furniture");
    QCOMPARE(furniture, 3); // recorded, so an editor sees what was left out
}

void TestStorySegmenter::pageLabelsBetweenStoriesAreFurniture()
{
    // pdfminer prints the page's running head where its box falls: here between two stories.
    const PageDraft page = clean({QStringLiteral("老街焕新颜 游客回来了"),
                                  QStringLiteral("老街重新开放。(陈明)"),
                                  QStringLiteral("第 3 版 · 城市生活"),
                                  QStringLiteral("星期二"),
                                  QStringLiteral("书屋开到家门口 居民借阅更方便"),
                                  QStringLiteral("全区新建社区书屋二十家,居民凭证即可借阅。(吴涛)")});
    QCOMPARE(page.stories.size(), 2);
    QCOMPARE(page.stories[1].headline, QStringLiteral("书屋开到家门口 居民借阅更方便"));
    QCOMPARE(page.stories[1].kicker, QString());
    QCOMPARE(texts(page.stories[1]), QStringList{QStringLiteral("全区新建社区书屋二十家,居民凭证即可借阅。")});
    int furniture = 0;
    for (const StoryDraft &s : page.stories) {
        for (const Decision &d : s.decisions)
            furniture += d.kind == QLatin1String("furniture");
    }
    QCOMPARE(furniture, 2);
}

void TestStorySegmenter::threePartHeadline()
{
    // A Chinese paper's head in three parts: the kicker (引题), the main headline of one
    // phrase, and the deck (副题) under it. The main headline is the line above the deck.
    const PageDraft page = clean({QStringLiteral("聚焦共同富裕 建设美好家园"),
                                  QStringLiteral("我市出台十项举措助力乡村振兴"),
                                  QStringLiteral("——全年将投入资金50亿元"),
                                  QStringLiteral("昨天，市政府新闻办召开发布会，介绍\n"
                                                 "我市助力乡村振兴的十项举措。根据举\n"
                                                 "措，全年将投入资金50亿元。"),
                                  QStringLiteral("据介绍，十项举措涵盖产业、人才、文\n"
                                                 "化、生态、组织等五个方面，每一项都\n"
                                                 "明确了责任单位。（记者 张三）")});
    QCOMPARE(page.stories.size(), 1);
    QCOMPARE(page.stories[0].kicker, QStringLiteral("聚焦共同富裕 建设美好家园"));
    QCOMPARE(page.stories[0].headline, QStringLiteral("我市出台十项举措助力乡村振兴"));
    QCOMPARE(page.stories[0].byline, QStringLiteral("记者 张三"));
    // The deck stays apart from the first paragraph.
    QVERIFY(texts(page.stories[0]).contains(
        QStringLiteral("昨天，市政府新闻办召开发布会，介绍我市助力乡村振兴的十项举措。根据举措，"
                       "全年将投入资金50亿元。")));
}

void TestStorySegmenter::englishDeckUnderTheHeadline()
{
    // A deck in sentence case between the headline and the "By" line: the headline is the
    // title-case line above it, and the deck neither signs nor joins the first paragraph.
    const PageDraft page = clean(
        {QStringLiteral("City Council Approves New Budget"),
         QStringLiteral("Spending on parks and libraries rises for the first time in a decade"),
         QStringLiteral("By JANE DOE"),
         QStringLiteral("The city council approved\na $40 million budget on Tuesday, raising\n"
                        "spending on parks for the first time in ten years."),
         QStringLiteral("The vote was 7 to 2.")});
    QCOMPARE(page.stories.size(), 1);
    QCOMPARE(page.stories[0].headline, QStringLiteral("City Council Approves New Budget"));
    QCOMPARE(page.stories[0].kicker, QString());
    QCOMPARE(page.stories[0].byline, QStringLiteral("JANE DOE"));
    QVERIFY(texts(page.stories[0])
                .contains(QStringLiteral("The city council approved a $40 million budget on "
                                         "Tuesday, raising spending on parks for the first time "
                                         "in ten years.")));
}

void TestStorySegmenter::englishHeadlineWrapped_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("kicker");
    QTest::addColumn<QString>("headline");
    QTest::addColumn<QString>("byline");
    const QString text = QStringLiteral("Developers joined formally for the first time in an annual "
                                        "meeting.\n\nThe sixth meeting was held in Espoo.");
    // pdfminer: the headline's two lines in one box.
    QTest::newRow("one box") << QStringLiteral("Developers Meet\nEvery Summer\n\nFrom staff "
                                               "reports\n\n") + text
                             << QString() << QStringLiteral("Developers Meet Every Summer")
                             << QStringLiteral("From staff reports");
    // OCR: a blank line between the headline's lines, a deck under them.
    QTest::newRow("two boxes and a deck")
        << QStringLiteral("THE PROJECT\n\nVolunteers Build a Universal Operating\n\nSystem\n\n"
                          "Thousands of developers keep a free system running on many kinds of "
                          "computers\n\nBy ANNA WERNER\n\n") + text
        << QStringLiteral("THE PROJECT") << QStringLiteral("Volunteers Build a Universal Operating System")
        << QStringLiteral("ANNA WERNER");
    // pdftotext -raw: kicker, headline, deck, "By" line and text without a blank line.
    QTest::newRow("one block")
        << QStringLiteral("EXPLAINER\nFree as in Freedom, Not Price\nWhat the word means for the "
                          "software you install\nBy TOM ASHWORTH\nFor Debian, free has the GNUish "
                          "meaning.\nAs stated in the Social Contract, Debian will remain free.")
        << QStringLiteral("EXPLAINER") << QStringLiteral("Free as in Freedom, Not Price")
        << QStringLiteral("TOM ASHWORTH");
    // pdftotext: the head printed under another story's column that breaks off.
    QTest::newRow("under a broken column")
        << QStringLiteral("Bruce Perens spearheaded the effort. Its aims\nquickly expanded to "
                          "include\n\nFree as in Freedom, Not Price\nWhat the word means for "
                          "the software you install\nBy TOM ASHWORTH\n\nFor Debian, free has "
                          "the GNUish meaning.")
        << QString() << QStringLiteral("Free as in Freedom, Not Price")
        << QStringLiteral("TOM ASHWORTH");
    // pdftotext -raw prints a drop cap first, before the kicker: it leaves no sentence open.
    QTest::newRow("after a drop cap")
        << QStringLiteral("A4 | THURSDAY, MARCH 7, 2024 | THE DEBIAN COURIER\nT\nTHE PROJECT\n"
                          "Volunteers Build a Universal Operating\nSystem\n"
                          "Thousands of developers keep a free system running on many kinds of "
                          "computers\nBy ANNA WERNER\nhe Debian Project is a\nworldwide group of\n"
                          "volunteers who endeavor to\nproduce an operating system\n"
                          "distribution that is composed\nentirely of free software.")
        << QStringLiteral("THE PROJECT")
        << QStringLiteral("Volunteers Build a Universal Operating System")
        << QStringLiteral("ANNA WERNER");
    // A sentence's first word printed apart above a headline is no kicker.
    QTest::newRow("a word above the head")
        << QStringLiteral("the Public Interest, Inc..\nOriginally\nA Student Starts a "
                          "Distribution\nASSOCIATED PRESS\nDebian was begun in August 1993.\n"
                          "It was sponsored by the GNU Project.")
        << QString() << QStringLiteral("A Student Starts a Distribution")
        << QStringLiteral("ASSOCIATED PRESS");
}

void TestStorySegmenter::englishHeadlineWrapped()
{
    QFETCH(QString, page);
    QFETCH(QString, kicker);
    QFETCH(QString, headline);
    QFETCH(QString, byline);
    const PageDraft cleaned = Text::cleanupPage(page);
    const auto story = std::find_if(cleaned.stories.cbegin(), cleaned.stories.cend(),
                                    [&](const StoryDraft &s) { return s.headline == headline; });
    QVERIFY2(story != cleaned.stories.cend(), qPrintable(cleaned.stories.first().headline));
    QCOMPARE(story->kicker, kicker);
    QCOMPARE(story->byline, byline);
}

void TestStorySegmenter::englishTitleLineAfterAFunctionWordGoesOn()
{
    // pdfminer prints the first lines of two columns as boxes of their own: the second,
    // capitalised throughout, goes on from the first ("replaced by"); it is no headline.
    const PageDraft page = clean({QStringLiteral("Leadership Passes to a New Leader"),
                                  QStringLiteral("By LI MEI"),
                                  QStringLiteral("Bruce Perens was replaced by"),
                                  QStringLiteral("Ian Jackson as Debian Project"),
                                  QStringLiteral("Leader at the beginning of January, 1998, after\n"
                                                 "leading the project much of the way.")});
    QCOMPARE(page.stories.size(), 1);
    QCOMPARE(texts(page.stories[0]),
             QStringList{QStringLiteral("Bruce Perens was replaced by Ian Jackson as Debian Project "
                                        "Leader at the beginning of January, 1998, after leading "
                                        "the project much of the way.")});
}

void TestStorySegmenter::englishWordAloneIsNoHeadline()
{
    // pdftotext -raw: a sentence's first word printed apart (its sentence goes on in another
    // column) over a photo caption; it heads nothing, and the next story keeps its headline.
    const PageDraft page = clean({QStringLiteral(
        "Leadership Passes to a New Leader\nBy LI MEI\nBruce Perens also spearheaded the effort "
        "to create\nSoftware in the Public Interest, Inc..\nOriginally\nThe official "
        "pronunciation of Debian is\n'deb ee n'. Photo by MARTA RUIZ\nDevelopers Meet Every "
        "Summer\nFrom staff reports\nDebian developers joined formally for the first time.")});
    QStringList heads;
    for (const StoryDraft &s : page.stories)
        heads << s.headline;
    QVERIFY2(!heads.contains(QStringLiteral("Originally")), qPrintable(heads.join(u'|')));
    QVERIFY2(heads.contains(QStringLiteral("Developers Meet Every Summer")),
             qPrintable(heads.join(u'|')));
}

void TestStorySegmenter::boxMovedToItsSentenceTakesItsColumnAlong()
{
    // pdfminer printed a column's two boxes before the box whose sentence they finish: the
    // first goes on from it (必须妥 / 协), the second from the first (测试版更 / 新必须). Both
    // move; the story printed before them keeps only its own text.
    const PageDraft page = clean(
        {QStringLiteral("用户参与 缺陷报告汇聚众力"),
         QStringLiteral("此工具最初针对开发版本设计，缺陷的修\n复也在开发版本上进行。（赵一帆）"),
         QStringLiteral("协：移除维护者无法更正错误的软件包。\n发布经理声明冻结期间，想被纳入测试版更"),
         QStringLiteral("新必须通过认可的进程。其目标是避免新\n版本及其新错误。"),
         QStringLiteral("冻结之后 稳定版如期而至"),
         QStringLiteral("发布管理员是个重要的职位，责任很重。\n担任此职的人将会处理新稳定版的问题。"),
         QStringLiteral("实际上，还没有真的进入稳定版，必须妥")});
    QCOMPARE(page.stories.size(), 2);
    QCOMPARE(texts(page.stories[0]),
             QStringList{QStringLiteral("此工具最初针对开发版本设计，缺陷的修复也在开发版本上进行。")});
    QCOMPARE(texts(page.stories[1]).last(),
             QStringLiteral("实际上，还没有真的进入稳定版，必须妥协：移除维护者无法更正错误的软件包。"
                            "发布经理声明冻结期间，想被纳入测试版更新必须通过认可的进程。其目标是避"
                            "免新版本及其新错误。"));
}

void TestStorySegmenter::headsOfAModuleRowStacked()
{
    // pdfminer on side-by-side modules (re-set zh-newsroom): a wide head over its deck in one
    // box, then the next module's label and headline, its text, and only then the first
    // story's byline line and text. Further down, after the first story's jump line, a head
    // of one phrase as wide as the column stands over the next module's head.
    const PageDraft page = clean(
        {QStringLiteral("坚持社区路线 赢得长期信赖\n社区发行版成为企业首选\n——调查显示服务公司均提供技术协助"),
         QStringLiteral("短评\n选版本要看用途"),
         QStringLiteral("答案有点儿复杂。回答其实取决于您打算\n做什么。（马骁）"),
         QStringLiteral("本报记者 韩冬 通讯员 许静"),
         QStringLiteral("一旦选择 Linux 系列的话，还需要做出一\n个更加细致，明确的决定。"),
         QStringLiteral("在所有社区发行版中，从许多角度来看，\n它是最重要的。"),
         QStringLiteral("（下转第2版）"),
         QStringLiteral("用户参与让缺陷报告汇聚众力"),
         QStringLiteral("冻结之后 稳定版如期而至"),
         QStringLiteral("此系统不是万无一失的；在测试版中也经\n常发现软件包的严重错误。（陈默）"),
         QStringLiteral("□ 记者 赵一帆"),
         QStringLiteral("有的人可能会感到奇怪，不明白为什么要\n在讨论计划内工作的成员时加入用户。")});
    QStringList heads;
    for (const StoryDraft &s : page.stories)
        heads << s.headline;
    QVERIFY2(heads.contains(QStringLiteral("社区发行版成为企业首选")), qPrintable(heads.join(u'|')));
    QVERIFY2(heads.contains(QStringLiteral("选版本要看用途")), qPrintable(heads.join(u'|')));
    QVERIFY2(heads.contains(QStringLiteral("用户参与让缺陷报告汇聚众力")), qPrintable(heads.join(u'|')));
    for (const StoryDraft &s : page.stories) {
        if (s.headline == QStringLiteral("社区发行版成为企业首选"))
            QCOMPARE(s.kicker, QStringLiteral("坚持社区路线 赢得长期信赖"));
        if (s.headline == QStringLiteral("选版本要看用途")) {
            QCOMPARE(s.kicker, QStringLiteral("短评"));
            QCOMPARE(texts(s), QStringList{QStringLiteral("答案有点儿复杂。回答其实取决于您打算做什么。")});
        }
        for (const QString &t : texts(s))
            QVERIFY2(!t.contains(QStringLiteral("用户参与让缺陷报告汇聚众力")), qPrintable(t));
    }
}

void TestStorySegmenter::agencyCreditUnderTheHeadline_data()
{
    QTest::addColumn<QString>("credit");
    QTest::newRow("agency in capitals") << QStringLiteral("ASSOCIATED PRESS");
    QTest::newRow("desk") << QStringLiteral("From staff reports");
}

void TestStorySegmenter::agencyCreditUnderTheHeadline()
{
    // In place of a "By" line: the credit signs the story and does not join its first line.
    QFETCH(QString, credit);
    const PageDraft page = clean({QStringLiteral("Harbor Dredging Plan Wins Approval"), credit,
                                  QStringLiteral("The state approved a plan on Friday to dredge "
                                                 "the harbor."),
                                  QStringLiteral("Work is set to begin in the fall.")});
    QCOMPARE(page.stories.size(), 1);
    QCOMPARE(page.stories[0].headline, QStringLiteral("Harbor Dredging Plan Wins Approval"));
    QCOMPARE(page.stories[0].byline, credit);
    QCOMPARE(texts(page.stories[0]),
             (QStringList{QStringLiteral("The state approved a plan on Friday to dredge the harbor."),
                          QStringLiteral("Work is set to begin in the fall.")}));
    // Recorded as a byline decision of its own kind of evidence, with the line it read.
    const auto byline = std::find_if(page.stories[0].decisions.cbegin(),
                                     page.stories[0].decisions.cend(), [](const Decision &d) {
                                         return d.kind == QLatin1String("byline");
                                     });
    QVERIFY(byline != page.stories[0].decisions.cend());
    QCOMPARE(byline->before, credit);
    QVERIFY2(byline->reason.contains(QLatin1String("credit")), qPrintable(byline->reason));
}

void TestStorySegmenter::columnLabelAboveASinglePhraseHeadline()
{
    // After a signed story, a column's label and a headline of one phrase: neither is a
    // sentence broken off, so neither joins the text under them.
    const PageDraft page = clean({QStringLiteral("书屋开到家门口 居民借阅更方便"),
                                  QStringLiteral("全区新建社区书屋二十家，居民凭证即\n"
                                                 "可借阅。（吴涛）"),
                                  QStringLiteral("短评"),
                                  QStringLiteral("让举措落地见效"),
                                  QStringLiteral("出台举措只是第一步，关键在于落实。\n"
                                                 "各地要对照清单逐项推进。（李四）")});
    QCOMPARE(page.stories.size(), 2);
    QCOMPARE(page.stories[1].kicker, QStringLiteral("短评"));
    QCOMPARE(page.stories[1].headline, QStringLiteral("让举措落地见效"));
    QCOMPARE(texts(page.stories[1]),
             QStringList{QStringLiteral("出台举措只是第一步，关键在于落实。各地要对照清单逐项推进。")});
}

void TestStorySegmenter::dropCapPrintedAtThePagesTop()
{
    // pdftotext -raw prints a drop cap at the page's top, far from its word: the text under
    // the "By" line that opens on the word's lower-case rest takes it back.
    const PageDraft page = Text::cleanupPage(QStringLiteral(
        "A4 | THURSDAY, MARCH 7, 2024 | THE RIVERSIDE GAZETTE\nT\nTHE CITY\n"
        "Council Opens a New Library\nBy ANNA WERNER\nhe council opened the new library on\n"
        "Monday. The building has three floors\nand a reading room for children."));
    QCOMPARE(page.stories.size(), 1);
    QCOMPARE(page.stories[0].headline, QStringLiteral("Council Opens a New Library"));
    QCOMPARE(texts(page.stories[0]),
             QStringList{QStringLiteral("The council opened the new library on Monday. The building "
                                        "has three floors and a reading room for children.")});
    // Recorded, as every automatic change is.
    const QVector<Decision> &decisions = page.stories[0].decisions;
    QVERIFY(std::any_of(decisions.cbegin(), decisions.cend(), [](const Decision &d) {
        return d.kind == QStringLiteral("join") && d.paragraph == 0 && d.position == 1;
    }));
}

void TestStorySegmenter::columnFirstLineBetweenHeadAndCredit()
{
    // pdfminer prints a neighbouring column's first line as a box between a headline and its
    // credit: that line goes on after the credit, in lower case, and the credit signs the story.
    const PageDraft page = Text::cleanupPage(QStringLiteral(
        "Council Opens a New Library\n\nHe initiated several important\n\nFrom staff reports\n\n"
        "facets of the project, including the\nfirst reading room for children.\n\n"
        "The library opened on Monday with\nthree floors and a garden."));
    QCOMPARE(page.stories.size(), 1);
    QCOMPARE(page.stories[0].byline, QStringLiteral("From staff reports"));
    QCOMPARE(texts(page.stories[0]).first(),
             QStringLiteral("He initiated several important facets of the project, including the "
                            "first reading room for children."));
}

void TestStorySegmenter::stackedHeadOverTheOtherHeadsKicker()
{
    // pdfminer prints the heads of two modules set side by side together: a one-phrase
    // headline over the other story's kicker and headline. It heads a story of its own.
    const PageDraft page = clean(
        {QStringLiteral("如果您打算运行一台\n服务器，尤其是对稳定性\n有严格要求，或者机器暴\n"
                        "露于互联网的情况下，请\n安装 stable。这很明显是\n最健壮、最安全的选择。\n"
                        "（马骁）"),
         QStringLiteral("用户参与让缺陷报告汇聚众力"), QStringLiteral("系统安全"),
         QStringLiteral("安全更新 只为修\n补漏洞"),
         QStringLiteral("安全更新只有一个目\n的：提供对安全漏洞的修\n补。它们不是绕过正常的\n"
                        "小版本发布过程。（冯楠）"),
         QStringLiteral("有的人可能会感到奇怪，\n不明白为什么要在讨论计\n划内工作的成员时加入用\n"
                        "户。（赵一帆）")});
    const auto story = std::find_if(page.stories.cbegin(), page.stories.cend(),
                                    [](const StoryDraft &s) {
                                        return s.headline ==
                                               QStringLiteral("用户参与让缺陷报告汇聚众力");
                                    });
    QVERIFY(story != page.stories.cend());
    const auto security = std::find_if(page.stories.cbegin(), page.stories.cend(),
                                       [](const StoryDraft &s) {
                                           return s.headline ==
                                                  QStringLiteral("安全更新 只为修补漏洞");
                                       });
    QVERIFY(security != page.stories.cend());
    QCOMPARE(security->kicker, QStringLiteral("系统安全"));
}

void TestStorySegmenter::columnLabelInTheHeadlinesBox_data()
{
    QTest::addColumn<QString>("page");
    // pdfminer: the label and the headline in one box, after the page's date.
    QTest::newRow("one box") << QStringLiteral(
        "2024年3月8日 星期五\n\n短评\n选版本要看用途\n\n答案有点儿复杂。回答其实取\n决于您打算"
        "做什么。\n\n如果您打算运行一台服务器，\n请安装稳定版。（马骁）");
    // pdfminer: the page's masthead right above, before any text.
    QTest::newRow("under the masthead") << QStringLiteral(
        "开源信息报\n\n短评\n选版本要看用途\n\n答案有点儿复杂。回答其实取\n决于您打算"
        "做什么。\n\n如果您打算运行一台服务器，\n请安装稳定版。（马骁）");
    // pdftotext -raw: no boxes at all; a jump line closes the story before.
    QTest::newRow("no boxes") << QStringLiteral(
        "的证明。\n（下转第2版）\n短评\n选版本要看用途\n答案有点儿复杂。回答其实取\n决于您打算"
        "做什么。\n如果您打算运行一台服务器，\n请安装稳定版。（马骁）");
}

void TestStorySegmenter::columnLabelInTheHeadlinesBox()
{
    QFETCH(QString, page);
    const PageDraft cleaned = Text::cleanupPage(page);
    const auto story = std::find_if(cleaned.stories.cbegin(), cleaned.stories.cend(),
                                    [](const StoryDraft &s) {
                                        return s.headline == QStringLiteral("选版本要看用途");
                                    });
    QVERIFY(story != cleaned.stories.cend());
    QCOMPARE(story->kicker, QStringLiteral("短评"));
    QCOMPARE(story->byline, QStringLiteral("马骁"));
    QCOMPARE(texts(*story), (QStringList{QStringLiteral("答案有点儿复杂。回答其实取决于您打算做什么。"),
                                         QStringLiteral("如果您打算运行一台服务器，请安装稳定版。")}));
}

void TestStorySegmenter::mastheadOverAHeadlessContinuation_data()
{
    QTest::addColumn<QStringList>("blocks");
    QTest::addColumn<QString>("firstParagraph");
    QTest::addColumn<QString>("nextHeadline");
    // An inside page opens on the rest of a front-page story, without a headline: the
    // masthead above the date does not read on into it, and the jump line is no text.
    QTest::newRow("Chinese") << QStringList{QStringLiteral("江城晚报"),
                                            QStringLiteral("2024年3月8日 星期五"),
                                            QStringLiteral("第 2 版 · 要闻"),
                                            QStringLiteral("（上接第1版）"),
                                            QStringLiteral("据介绍，新建的城市书房藏书两万余册。"),
                                            QStringLiteral("书房全天开放。（记者 张三）"),
                                            QStringLiteral("老街焕新颜 游客回流"),
                                            QStringLiteral("改造后的老街昨日重新开街。（李四）")}
                             << QStringLiteral("据介绍，新建的城市书房藏书两万余册。")
                             << QStringLiteral("老街焕新颜 游客回流");
    QTest::newRow("English")
        << QStringList{QStringLiteral("THE RIVERSIDE GAZETTE"),
                       QStringLiteral("THURSDAY, MARCH 7, 2024"),
                       QStringLiteral("PAGE A4 · LOCAL NEWS"),
                       QStringLiteral("Continued from Page A1"),
                       QStringLiteral("the council said the library would open in spring."),
                       QStringLiteral("\"We want a place to read,\" the mayor said."),
                       QStringLiteral("Old Market Street Reopens"),
                       QStringLiteral("By JANE DOE"),
                       QStringLiteral("After six months of work, the street reopened.")}
        << QStringLiteral("the council said the library would open in spring.")
        << QStringLiteral("Old Market Street Reopens");
}

void TestStorySegmenter::mastheadOverAHeadlessContinuation()
{
    QFETCH(QStringList, blocks);
    QFETCH(QString, firstParagraph);
    QFETCH(QString, nextHeadline);
    const PageDraft page = clean(blocks);
    QCOMPARE(page.stories.size(), 2);
    QCOMPARE(page.stories[0].headline, QString());
    QCOMPARE(page.stories[0].paragraphs.size(), 2);
    QCOMPARE(page.stories[0].paragraphs[0].text, firstParagraph);
    QCOMPARE(page.stories[1].headline, nextHeadline);
    int furniture = 0;
    for (const Decision &d : page.stories[0].decisions)
        furniture += d.kind == QLatin1String("furniture");
    QCOMPARE(furniture, 4); // masthead, date, page label and jump line, each recorded
}

void TestStorySegmenter::pageFurnitureLines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("furniture");
    QTest::newRow("page and section") << QStringLiteral("第 3 版 · 人物与企业") << true;
    QTest::newRow("page in Chinese numerals") << QStringLiteral("第十二版") << true;
    QTest::newRow("weekday") << QStringLiteral("星期二") << true;
    QTest::newRow("date alone") << QStringLiteral("2024年5月12日 星期日") << true;
    QTest::newRow("English page") << QStringLiteral("PAGE 4 · HISTORY") << true;
    QTest::newRow("English weekday") << QStringLiteral("THURSDAY") << true;
    QTest::newRow("running head on one line")
        << QStringLiteral("开源周刊 第 3 版 · 问答 星期二") << true;
    QTest::newRow("English running head on one line")
        << QStringLiteral("The Weekly Packager PAGE 4 · HISTORY THURSDAY") << true;
    QTest::newRow("first edition in a sentence") << QStringLiteral("本书的第一版（2004年）填补") << false;
    QTest::newRow("headline") << QStringLiteral("书屋开到家门口 居民借阅更方便") << false;
    QTest::newRow("date in a sentence") << QStringLiteral("2024年5月12日,书屋开放。") << false;
    QTest::newRow("weekday in a headline") << QStringLiteral("星期二的书屋 人来人往") << false;
    QTest::newRow("editors' credits")
        << QStringLiteral("责任编辑：张三  美术编辑：李四  校对：王五") << true;
    QTest::newRow("one editor") << QStringLiteral("本版编辑：张三") << true;
    QTest::newRow("contacts")
        << QStringLiteral("本版邮箱：news@example.com  电话：0571-85310000") << true;
    QTest::newRow("headline with a colon") << QStringLiteral("乡村振兴：让农民富起来") << false;
    QTest::newRow("an event's time and place")
        << QStringLiteral("时间：5月1日  地点：杭州市图书馆") << false;
    QTest::newRow("speaker's turn") << QStringLiteral("记者：书屋什么时候开放？") << false;
    QTest::newRow("a paragraph with a jump line")
        << QStringLiteral("馆长说，书屋让居民读书。（下转第3版）") << false;
    QTest::newRow("an English jump line") << QStringLiteral("Continued on Page 4") << true;
    QTest::newRow("a jump line to a lettered page")
        << QStringLiteral("Continued from Page A1") << true;
    QTest::newRow("a jump line without 'page'") << QStringLiteral("(Continued on B6)") << true;
    QTest::newRow("a Chinese jump line, numerals") << QStringLiteral("（上接第一版）") << true;
    QTest::newRow("a lettered page and section") << QStringLiteral("PAGE A4 · LOCAL NEWS") << true;
    QTest::newRow("an English dateline") << QStringLiteral("THURSDAY, MARCH 7, 2024") << true;
    QTest::newRow("a dateline, day first") << QStringLiteral("Friday 8 March 2024") << true;
    QTest::newRow("a date in a running line")
        << QStringLiteral("the vote is set for March 7, 2024 in the") << false;
    QTest::newRow("an English running head without rules")
        << QStringLiteral("A4 THE DEBIAN COURIER THURSDAY, MARCH 7, 2024") << true;
    QTest::newRow("a dateline in title-case running head")
        << QStringLiteral("The Riverside Gazette · Thursday, March 7, 2024") << true;
    QTest::newRow("a date in a sentence with a weekday")
        << QStringLiteral("the vote is set for Thursday, March 7, 2024") << false;
    QTest::newRow("a running head in parts")
        << QStringLiteral("A4 | THURSDAY, MARCH 7, 2024 | THE RIVERSIDE GAZETTE") << true;
    QTest::newRow("a Chinese running head in parts") << QStringLiteral("江城晚报｜要闻｜8") << true;
    QTest::newRow("a headline in parts") << QStringLiteral("Votes | Voices | Choices") << false;
    QTest::newRow("date with the lunar date")
        << QStringLiteral("2024年3月8日 星期五 农历甲辰年正月廿八") << true;
    QTest::newRow("issue number") << QStringLiteral("总第12345期") << true;
    QTest::newRow("pages today") << QStringLiteral("今日8版") << true;
    QTest::newRow("serial number") << QStringLiteral("国内统一连续出版物号 CN33-0001") << true;
    QTest::newRow("a folio alone") << QStringLiteral("A02") << true;
    QTest::newRow("a year alone is no folio") << QStringLiteral("2024") << false;
    QTest::newRow("a number alone is no folio") << QStringLiteral("85") << false;
    QTest::newRow("a month in a headline")
        << QStringLiteral("May 4th Movement Remembered") << false;
}

void TestStorySegmenter::pageFurnitureLines()
{
    QFETCH(QString, text);
    QFETCH(bool, furniture);
    QCOMPARE(Text::isPageFurniture(text), furniture);
}

void TestStorySegmenter::stackedHeadlinesShareTheText()
{
    // Two stories side by side: both headlines first, then both texts.
    const PageDraft page = clean({QStringLiteral("管理权限 交给有能力的人"),
                                  QStringLiteral("管道与套接字 进程之间传消息"),
                                  QStringLiteral("管理员权限被赋予那些有能力管理工作站的人。"),
                                  QStringLiteral("永远不要让没有授权的人获得管理权限。"),
                                  QStringLiteral("命名管道是一个像管道一样的文件。"),
                                  QStringLiteral("套接字被广泛应用于进程之间的通信。(袁野)")});
    QCOMPARE(page.stories.size(), 2);
    QCOMPARE(page.stories[0].paragraphs.size(), 2);
    QCOMPARE(page.stories[1].paragraphs.size(), 2);
    QCOMPARE(page.stories[1].byline, QStringLiteral("袁野"));
}

void TestStorySegmenter::stackedHeadlinesTakeSignedTexts()
{
    // Both headlines first, then two texts each closed by its byline. The first text's last
    // paragraph shares words with the second headline; the bylines still divide the texts.
    const PageDraft page = clean({QStringLiteral("社区书屋 开到家门口"),
                                  QStringLiteral("公交线路 夜间延长"),
                                  QStringLiteral("全区新建社区书屋二十家，居民凭证即可借阅。"),
                                  QStringLiteral("夜间也有读者来借书，书屋将延长开放时间。(吴涛)"),
                                  QStringLiteral("三条公交线路的末班车推迟到夜里十一点。(陈明)")});
    QCOMPARE(page.stories.size(), 2);
    QCOMPARE(page.stories[0].headline, QStringLiteral("社区书屋 开到家门口"));
    QCOMPARE(page.stories[0].byline, QStringLiteral("吴涛"));
    QCOMPARE(page.stories[0].paragraphs.size(), 2);
    QCOMPARE(page.stories[1].headline, QStringLiteral("公交线路 夜间延长"));
    QCOMPARE(page.stories[1].byline, QStringLiteral("陈明"));
    QCOMPARE(texts(page.stories[1]),
             QStringList{QStringLiteral("三条公交线路的末班车推迟到夜里十一点。")});
}

void TestStorySegmenter::stackedHeadlinesPassOverAnotherStorysTail()
{
    // Both headlines, the first text, then another story's jumped tail (signed), then the
    // second text: the second headline takes the text that shares its words.
    const PageDraft page = clean({QStringLiteral("社区食堂 温暖老人胃"),
                                  QStringLiteral("智慧停车 缓解城区拥堵"),
                                  QStringLiteral("社区食堂开到老人家门口，老人用餐有了好去处。"),
                                  QStringLiteral("食堂每天供应三餐，七十岁以上老人享受优惠。(吴涛)"),
                                  QStringLiteral("工坊还开设传承课程，吸引不少学生报名。(李娜)"),
                                  QStringLiteral("城区新增智慧停车泊位两千个，车主用手机即可找到空位。"),
                                  QStringLiteral("高峰时段主干道拥堵明显缓解。(陈明)")});
    QCOMPARE(page.stories.size(), 3);
    QCOMPARE(page.stories[0].headline, QStringLiteral("社区食堂 温暖老人胃"));
    QCOMPARE(page.stories[0].byline, QStringLiteral("吴涛"));
    QCOMPARE(page.stories[1].headline, QStringLiteral("智慧停车 缓解城区拥堵"));
    QCOMPARE(page.stories[1].byline, QStringLiteral("陈明"));
    QCOMPARE(page.stories[1].paragraphs.size(), 2);
    QCOMPARE(page.stories[2].byline, QStringLiteral("李娜"));
    QVERIFY(page.stories[2].headline.isEmpty());
}

void TestStorySegmenter::stackedHeadlinesPassOverAPhotoCaption()
{
    // Both headlines, the first text, a photo caption signed with a name, the second text.
    const PageDraft page = clean({QStringLiteral("社区食堂 温暖老人胃"),
                                  QStringLiteral("智慧停车 缓解城区拥堵"),
                                  QStringLiteral("社区食堂开到老人家门口，老人用餐有了好去处。"),
                                  QStringLiteral("食堂每天供应三餐，七十岁以上老人享受优惠。(吴涛)"),
                                  QStringLiteral("图为游客在雪后的古镇拍照留念。 赵丽"),
                                  QStringLiteral("城区新增智慧停车泊位两千个，车主用手机即可找到空位。"),
                                  QStringLiteral("高峰时段主干道拥堵明显缓解。(陈明)")});
    QCOMPARE(page.stories.size(), 3);
    QCOMPARE(page.stories[0].byline, QStringLiteral("吴涛"));
    QCOMPARE(page.stories[0].paragraphs.size(), 2);
    QCOMPARE(page.stories[1].headline, QStringLiteral("智慧停车 缓解城区拥堵"));
    QCOMPARE(page.stories[1].byline, QStringLiteral("陈明"));
    QCOMPARE(page.stories[1].paragraphs.size(), 2);
    QCOMPARE(page.stories[2].byline, QStringLiteral("赵丽"));
    QVERIFY(page.stories[2].headline.isEmpty());
}

void TestStorySegmenter::headlinePrintedBeforeTheRestOfTheStoryAboveIt()
{
    // pdfminer printed the second headline (set beside the first story's last column) before
    // that column: under it comes the rest of the broken paragraph (参观学 / 习，…), then the
    // first story's last paragraphs and byline, then the second story's text.
    const PageDraft page = clean({
                                  QStringLiteral("红色教育 走深走实"),
                                  QStringLiteral("今年以来，区委组织部围\n绕党员教育管理，创新学习形\n式，推动党史学习教育常态化\n长效化，取得了明显成效。"),
                                  QStringLiteral("各基层党组织结合实际开\n展主题党日活动，组织党员到\n嘉兴南湖革命纪念馆参观学"),
                                  QStringLiteral("老旧小区 换新颜"),
                                  QStringLiteral("习，重温入党誓词，接受精神\n洗礼。"),
                                  QStringLiteral("区里还建立了党员学习积\n分制度，把学习情况纳入年度\n考核，激发党员参与学习的积\n极性和主动性。"),
                                  QStringLiteral("下一步，区委组织部将继\n续丰富教育载体，推动党员教\n育走深走实。(王磊 李娜)"),
                                  QStringLiteral("今年，全区完成老旧小区\n改造十二个，惠及居民三千余\n户，加装电梯、改造管网、增\n设停车位等工作同步推进。(\n陈明)")});
    QCOMPARE(page.stories.size(), 2);
    QCOMPARE(page.stories[0].headline, QStringLiteral("红色教育 走深走实"));
    QCOMPARE(page.stories[0].byline, QStringLiteral("王磊 李娜"));
    QCOMPARE(page.stories[0].paragraphs.size(), 4);
    QVERIFY(page.stories[0].paragraphs[1].text.endsWith(QStringLiteral("参观学习，重温入党誓词，接受精神洗礼。")));
    QCOMPARE(page.stories[1].headline, QStringLiteral("老旧小区 换新颜"));
    QCOMPARE(page.stories[1].byline, QStringLiteral("陈明"));
    QCOMPARE(page.stories[1].paragraphs.size(), 1);
}

void TestStorySegmenter::threeStackedHeadlinesTakeTheirTexts()
{
    // Three stories side by side: three headlines, then the three texts, each signed, with a
    // photo caption between two of them.
    const PageDraft page = clean({QStringLiteral("社区食堂 温暖老人胃"),
                                  QStringLiteral("智慧停车 缓解城区拥堵"),
                                  QStringLiteral("非遗工坊 传承老手艺"),
                                  QStringLiteral("社区食堂开到老人家门口，老人用餐有了好去处。"),
                                  QStringLiteral("食堂每天供应三餐，七十岁以上老人享受优惠。(吴涛)"),
                                  QStringLiteral("图为游客在雪后的古镇拍照留念。 赵丽"),
                                  QStringLiteral("城区新增智慧停车泊位两千个，车主用手机即可找到空位。"),
                                  QStringLiteral("高峰时段主干道拥堵明显缓解。(陈明)"),
                                  QStringLiteral("非遗工坊里，老艺人手把手教年轻人学手艺。"),
                                  QStringLiteral("工坊还开设传承课程，吸引不少学生报名。(李娜)")});
    QCOMPARE(page.stories.size(), 4);
    QCOMPARE(page.stories[0].headline, QStringLiteral("社区食堂 温暖老人胃"));
    QCOMPARE(page.stories[0].byline, QStringLiteral("吴涛"));
    QCOMPARE(page.stories[0].paragraphs.size(), 2);
    QCOMPARE(page.stories[1].headline, QStringLiteral("智慧停车 缓解城区拥堵"));
    QCOMPARE(page.stories[1].byline, QStringLiteral("陈明"));
    QCOMPARE(page.stories[1].paragraphs.size(), 2);
    QCOMPARE(page.stories[2].headline, QStringLiteral("非遗工坊 传承老手艺"));
    QCOMPARE(page.stories[2].byline, QStringLiteral("李娜"));
    QCOMPARE(page.stories[2].paragraphs.size(), 2);
    QCOMPARE(page.stories[3].byline, QStringLiteral("赵丽"));
}

void TestStorySegmenter::headlinesPrintedOneStoryAheadOfTheirTexts()
{
    // pdfminer on heads set side by side at one height: head, head, the first text, the
    // third head, the second text, then the third text without a head. Each text is signed.
    const PageDraft page = clean({QStringLiteral("社区食堂 温暖老人胃"),
                                  QStringLiteral("智慧停车 缓解城区拥堵"),
                                  QStringLiteral("社区食堂开到老人家门口，老人用餐有了好去处。"),
                                  QStringLiteral("食堂每天供应三餐，七十岁以上老人享受优惠。(吴涛)"),
                                  QStringLiteral("非遗工坊 传承老手艺"),
                                  QStringLiteral("城区新增智慧停车泊位两千个，车主用手机即可找到空位。"),
                                  QStringLiteral("高峰时段主干道拥堵明显缓解。(陈明)"),
                                  QStringLiteral("非遗工坊里，老艺人手把手教年轻人学手艺。"),
                                  QStringLiteral("工坊还开设传承课程，吸引不少学生报名。(李娜)")});
    QCOMPARE(page.stories.size(), 3);
    QCOMPARE(page.stories[0].headline, QStringLiteral("社区食堂 温暖老人胃"));
    QCOMPARE(page.stories[0].byline, QStringLiteral("吴涛"));
    QCOMPARE(page.stories[0].paragraphs.size(), 2);
    QCOMPARE(page.stories[1].headline, QStringLiteral("智慧停车 缓解城区拥堵"));
    QCOMPARE(page.stories[1].byline, QStringLiteral("陈明"));
    QCOMPARE(page.stories[1].paragraphs.size(), 2);
    QCOMPARE(page.stories[2].headline, QStringLiteral("非遗工坊 传承老手艺"));
    QCOMPARE(page.stories[2].byline, QStringLiteral("李娜"));
    QCOMPARE(texts(page.stories[2]),
             (QStringList{QStringLiteral("非遗工坊里，老艺人手把手教年轻人学手艺。"),
                          QStringLiteral("工坊还开设传承课程，吸引不少学生报名。")}));
}

void TestStorySegmenter::continuationPrintedBeforeItsParagraph_data()
{
    // pdfminer boxes of one story, the indent of each paragraph dropped: a paragraph's first
    // line is short by it. The box after the second paragraph opens with a full line although
    // a sentence ended before it: it is the end of the third paragraph, whose start pdfminer
    // printed after it and which stops mid-sentence over the next paragraph's start.
    QTest::addColumn<QStringList>("boxes");
    QTest::newRow("next paragraph's first line short by the indent") << QStringList{
        QStringLiteral("特色产业 富了农民"),
        QStringLiteral("今年以来，市农业农村局\n围绕乡村振兴目标，推动特色\n产业提档升级，带动农民持续\n增收，全市农村居民人均可支\n配收入同比增长百分之七。"),
        QStringLiteral("在茶叶主产区，技术人员\n手把手指导茶农改良品种、规\n范采摘，推广机械化加工，让\n传统茶园焕发新的生机。"),
        QStringLiteral("发展规划，引导村集体盘活闲\n置资源，发展民宿、研学和农\n产品电商等新业态。"),
        QStringLiteral("针对部分村庄产业基础薄\n弱的问题，市里组织专家深入\n田间地头开展调研，逐村制定"),
        QStringLiteral("各地还建立了农技服务队\n伍，定期走访种植大户和家庭\n农场，及时解决生产中遇到的\n技术难题，确保农民种得好、\n卖得出。"),
        QStringLiteral("下一步，市农业农村局将\n继续加大政策扶持力度，培育\n更多农业龙头企业，让乡村产\n业成为农民增收的主引擎。(\n张明)")};
    // The next paragraph's first line spread to the width (pdfminer prints the spaces) over
    // fewer ideographs than a full line.
    QTest::newRow("next paragraph's first line spread") << QStringList{
        QStringLiteral("特色产业 富了农民"),
        QStringLiteral("今年以来，市农业农村局\n围绕乡村振兴目标，推动特色\n产业提档升级，带动农民持续\n增收，全市农村居民人均可支\n配收入同比增长百分之七。"),
        QStringLiteral("在茶叶主产区，技术人员\n手把手指导茶农改良品种、规\n范采摘，推广机械化加工，让\n传统茶园焕发新的生机。"),
        QStringLiteral("发展规划，引导村集体盘活闲\n置资源，发展民宿、研学和农\n产品电商等新业态。"),
        QStringLiteral("针对部分村庄产业基础薄\n弱的问题，市里组织专家深入\n田间地头开展调研，逐村制定"),
        QStringLiteral("各 地 还 建 立 了 农 技 服 务\n队伍，定期走访种植大户和家\n庭农场，及时解决生产中遇到\n的技术难题，确保农民种得\n好、卖得出。"),
        QStringLiteral("下一步，市农业农村局将\n继续加大政策扶持力度，培育\n更多农业龙头企业，让乡村产\n业成为农民增收的主引擎。(\n张明)")};
}

void TestStorySegmenter::continuationPrintedBeforeItsParagraph()
{
    QFETCH(QStringList, boxes);
    const PageDraft page = clean(boxes);
    QCOMPARE(page.stories.size(), 1);
    QCOMPARE(page.stories[0].byline, QStringLiteral("张明"));
    QCOMPARE(page.stories[0].paragraphs.size(), 5);
    QCOMPARE(page.stories[0].paragraphs[2].text,
             QStringLiteral("针对部分村庄产业基础薄弱的问题，市里组织专家深入田间地头开展调研，逐村制定"
                            "发展规划，引导村集体盘活闲置资源，发展民宿、研学和农产品电商等新业态。"));
    QVERIFY(page.stories[0].paragraphs[3].text.startsWith(QStringLiteral("各地还建立了")));
}

void TestStorySegmenter::lowerCaseBoxPrintedBeforeTheSentenceItEnds()
{
    // pdfminer (tests/data/pages/en-history): a box starting in lower case after a finished
    // sentence, then the box whose sentence it ends, stopping at a column's foot before the
    // next story's "By" line.
    const PageDraft page = clean(
        {QStringLiteral("A Student Starts a Distribution"), QStringLiteral("By PAUL OKAFOR"),
         QStringLiteral("Debian was begun in August 1993 by Ian Murdock, as a new distribution\n"
                        "which would be made openly."),
         QStringLiteral("more effectively contribute, as well as\nworking on dpkg. There were\n"
                        "several internal releases as we worked\nto get the process right."),
         QStringLiteral("Most of 1994 was spent organizing\nthe Debian Project so that others could"),
         QStringLiteral("By ANNA WERNER"),
         QStringLiteral("When Ian Murdock left Debian, he\nchose Bruce Perens to lead the project.")});
    QVERIFY(page.stories.size() >= 2);
    QStringList all;
    for (const auto &story : page.stories)
        all += texts(story);
    QVERIFY2(all.contains(QStringLiteral(
                 "Most of 1994 was spent organizing the Debian Project so that others could more "
                 "effectively contribute, as well as working on dpkg. There were several internal "
                 "releases as we worked to get the process right.")),
             qPrintable(all.join(u'|')));
}

void TestStorySegmenter::continuationFurtherBackIsNoGuess()
{
    // A box going on from a broken sentence (把论文写在大地上，…) printed two paragraphs before a
    // paragraph that stops mid-sentence (…逐村制定) over the next paragraph's start: without a
    // word across, the two are not joined. Only a box right before it is taken on a guess (a
    // column's two boxes printed the other way round); further back, the paragraph more likely
    // jumps to text printed elsewhere.
    const PageDraft page = clean({
        QStringLiteral("特色产业 富了农民"),
        QStringLiteral("今年以来，市农业农村局\n围绕乡村振兴目标，推动特色\n产业提档升级，带动农民持续\n增收，全市农村居民人均可支\n配收入同比增长百分之七。"),
        QStringLiteral("把论文写在大地上，为农业发\n展提供了有力支撑，受到农民\n群众的普遍欢迎。"),
        QStringLiteral("在茶叶主产区，技术人员\n手把手指导茶农改良品种、规\n范采摘，推广机械化加工，让\n传统茶园焕发新的生机。"),
        QStringLiteral("各地还建立了农技服务队\n伍，定期走访种植大户和家庭\n农场，及时解决生产中遇到的\n技术难题，确保农民种得好、\n卖得出。"),
        QStringLiteral("针对部分村庄产业基础薄\n弱的问题，市里组织专家深入\n田间地头开展调研，逐村制定"),
        QStringLiteral("下一步，市农业农村局将\n继续加大政策扶持力度，培育\n更多农业龙头企业，让乡村产\n业成为农民增收的主引擎。(\n张明)")});
    QCOMPARE(page.stories.size(), 1);
    const QStringList paragraphs = texts(page.stories[0]);
    QVERIFY2(paragraphs.contains(QStringLiteral(
                 "针对部分村庄产业基础薄弱的问题，市里组织专家深入田间地头开展调研，逐村制定")),
             qPrintable(paragraphs.join(u'|')));
}

void TestStorySegmenter::stackedHeadlinesWithAlternatingBlocks()
{
    // pdftotext prints two stories side by side as both headlines, then their columns in
    // alternating blocks.
    const PageDraft page = clean({QStringLiteral("管理权限 交给有能力的人"),
                                  QStringLiteral("管道与套接字 进程之间传消息"),
                                  QStringLiteral("管理员权限被赋予那些有能力管理工作站的人。"),
                                  QStringLiteral("命名管道是一个像管道一样的文件。"),
                                  QStringLiteral("永远不要让没有授权的人获得管理权限。"),
                                  QStringLiteral("套接字被广泛应用于进程之间的通信，类似于管道。(袁野)")});
    QCOMPARE(page.stories.size(), 2);
    QCOMPARE(texts(page.stories[0]),
             (QStringList{QStringLiteral("管理员权限被赋予那些有能力管理工作站的人。"),
                          QStringLiteral("永远不要让没有授权的人获得管理权限。")}));
    QCOMPARE(texts(page.stories[1]),
             (QStringList{QStringLiteral("命名管道是一个像管道一样的文件。"),
                          QStringLiteral("套接字被广泛应用于进程之间的通信，类似于管道。")}));
    QCOMPARE(page.stories[1].byline, QStringLiteral("袁野"));
}

void TestStorySegmenter::kickerPrintedAwayFromItsHeadline()
{
    // pdftotext printed the kicker over the story's columns and the headline after them.
    const PageDraft page = clean({QStringLiteral("老街焕新颜 游客回来了"),
                                  QStringLiteral("老街重新开放。(陈明)"),
                                  QStringLiteral("社区书屋"),
                                  QStringLiteral("每到周末，书屋里坐满了读者。(吴涛)"),
                                  QStringLiteral("书屋开到家门口 居民借阅更方便"),
                                  QStringLiteral("全区新建社区书屋二十家，居民凭证即可借阅。")});
    QCOMPARE(page.stories.size(), 2);
    QCOMPARE(page.stories[1].headline, QStringLiteral("书屋开到家门口 居民借阅更方便"));
    QCOMPARE(page.stories[1].kicker, QStringLiteral("社区书屋"));
    QCOMPARE(page.stories[1].byline, QStringLiteral("吴涛"));
    QCOMPARE(texts(page.stories[1]),
             (QStringList{QStringLiteral("全区新建社区书屋二十家，居民凭证即可借阅。"),
                          QStringLiteral("每到周末，书屋里坐满了读者。")}));
}

void TestStorySegmenter::captionNameOnItsOwnLine()
{
    const PageDraft page = clean({QStringLiteral("老街焕新颜 游客回来了"),
                                  QStringLiteral("老街重新开放。(陈明)"),
                                  QStringLiteral("大雪过后,环卫工人连夜清扫主干道,保障市民出行。"),
                                  QStringLiteral("刘洋"),
                                  QStringLiteral("这是另一段文字的开头,不属于图片说明。")});
    QVERIFY(page.stories.size() >= 2);
    QCOMPARE(page.stories[1].byline, QStringLiteral("刘洋"));
    QCOMPARE(texts(page.stories[1]),
             QStringList{QStringLiteral("大雪过后,环卫工人连夜清扫主干道,保障市民出行。")});
}

void TestStorySegmenter::captionBoxStandsApartFromHeadlessText()
{
    // Text printed without a headline (another story's continuation), then a caption box
    // signed by a name on its last line: the caption is a story of its own.
    const PageDraft page = clean({QStringLiteral("老街焕新颜 游客回来了"),
                                  QStringLiteral("老街重新开放。(陈明)"),
                                  QStringLiteral("市民纷纷前来参观老街的新面貌。"),
                                  QStringLiteral("大雪过后,环卫工人连夜清扫主干道,保障市民出行。\n刘洋")});
    const auto caption = std::find_if(page.stories.cbegin(), page.stories.cend(),
                                      [](const StoryDraft &s) { return s.byline == QStringLiteral("刘洋"); });
    QVERIFY(caption != page.stories.cend());
    QCOMPARE(texts(*caption),
             QStringList{QStringLiteral("大雪过后,环卫工人连夜清扫主干道,保障市民出行。")});
}

void TestStorySegmenter::signedCaptionContinuesNoBrokenSentence()
{
    // A paragraph stops mid-sentence (its text goes on elsewhere); the next text is a caption
    // signed with a name: a story of its own, not the paragraph's continuation.
    const PageDraft page = clean({QStringLiteral("老街焕新颜 游客回来了"),
                                  QStringLiteral("老街重新开放以后，游客络绎不绝，街边的商铺也"),
                                  QStringLiteral("最后，感谢摄影师为本版带来的精美图片。 刘畅")});
    QCOMPARE(page.stories.size(), 2);
    QCOMPARE(page.stories[1].headline, QString());
    QCOMPARE(page.stories[1].byline, QStringLiteral("刘畅"));
    QCOMPARE(texts(page.stories[1]),
             QStringList{QStringLiteral("最后，感谢摄影师为本版带来的精美图片。")});
}

void TestStorySegmenter::kickerAfterASignedCaption()
{
    // pdftotext -raw: a caption signed with a name, then a kicker and a headline, all in one
    // block. The caption ends there: the short line is the kicker.
    const PageDraft page = clean({QStringLiteral("老街焕新颜 游客回来了"),
                                  QStringLiteral("老街重新开放。(陈明)"),
                                  QStringLiteral("大雪过后，环卫工人连夜清扫主干道，保障市民出行。 刘洋\n"
                                                 "社区\n"
                                                 "书屋开到家门口 居民借阅更方便\n"
                                                 "全区新建社区书屋二十家，居民凭证即可借阅。(吴涛)")});
    QCOMPARE(page.stories.size(), 3);
    QCOMPARE(page.stories[1].byline, QStringLiteral("刘洋"));
    QCOMPARE(page.stories[2].headline, QStringLiteral("书屋开到家门口 居民借阅更方便"));
    QCOMPARE(page.stories[2].kicker, QStringLiteral("社区"));
}

void TestStorySegmenter::captionNameInItsBoxIsNoKicker()
{
    // pdfminer prints a caption's trailing name on the last line of the caption's own box;
    // the headline box after it has no kicker.
    const PageDraft page = clean({QStringLiteral("老街焕新颜 游客回来了"),
                                  QStringLiteral("老街重新开放。(陈明)"),
                                  QStringLiteral("大雪过后,环卫工人连夜清扫主干道,保障市民出行。\u3000\n刘洋"),
                                  QStringLiteral("书屋开到家门口 居民借阅更方便"),
                                  QStringLiteral("全区新建社区书屋二十家,居民凭证即可借阅。(吴涛)")});
    QCOMPARE(page.stories.size(), 3);
    QCOMPARE(page.stories[1].byline, QStringLiteral("刘洋"));
    QCOMPARE(texts(page.stories[1]),
             QStringList{QStringLiteral("大雪过后,环卫工人连夜清扫主干道,保障市民出行。")});
    QCOMPARE(page.stories[2].headline, QStringLiteral("书屋开到家门口 居民借阅更方便"));
    QCOMPARE(page.stories[2].kicker, QString());
}

void TestStorySegmenter::strayFragmentCompletesDanglingParagraph()
{
    // pdfminer printed the last line of a column ("会的措辞。") before the paragraph it ends;
    // a word (领会) runs across the junction, not across the adjacent one.
    const PageDraft page = clean({QStringLiteral("开箱即用 学校网络一步到位"),
                                  QStringLiteral("服务器和客户端是相互交互的软件。"),
                                  QStringLiteral("会的措辞。"),
                                  QStringLiteral("两个项目合为一体，而维持了两者的名称，正是两个好领"),
                                  QStringLiteral("一个网络需要一台主服务器。(马骏)")});
    QCOMPARE(page.stories.size(), 1);
    const QStringList got = texts(page.stories[0]);
    QVERIFY2(got.contains(QStringLiteral("两个项目合为一体，而维持了两者的名称，正是两个好领会的措辞。")),
             qPrintable(got.join(u'|')));
    QVERIFY(!got.contains(QStringLiteral("会的措辞。")));
}

void TestStorySegmenter::sentenceCaseHeadlineAboveByLine()
{
    const PageDraft page = clean({QStringLiteral("FROM THE ARCHIVE\nWhy distributions matter to the\n"
                                                 "future of Linux\nBy IAN A. MURDOCK"),
                                  QStringLiteral("Distributions are essential to the future of Linux.")});
    QCOMPARE(page.stories.size(), 1);
    QCOMPARE(page.stories[0].kicker, QStringLiteral("FROM THE ARCHIVE"));
    QCOMPARE(page.stories[0].headline, QStringLiteral("Why distributions matter to the future of Linux"));
    QCOMPARE(page.stories[0].byline, QStringLiteral("IAN A. MURDOCK"));
}

void TestStorySegmenter::englishCaptionInsideAStory()
{
    const PageDraft page = clean({QStringLiteral("Harbour Reopens After Storm\nBy JANE DOE"),
                                  QStringLiteral("The harbour reopened on Monday after repairs."),
                                  QStringLiteral("Fishing boats return to the quay at dawn. MARTA RUIZ"),
                                  QStringLiteral("Ferries resume their normal timetable today.")});
    QCOMPARE(page.stories.size(), 2);
    QCOMPARE(page.stories[0].byline, QStringLiteral("JANE DOE"));
    QCOMPARE(page.stories[0].paragraphs.size(), 2);
    QCOMPARE(page.stories[1].headline, QString());
    QCOMPARE(page.stories[1].byline, QStringLiteral("MARTA RUIZ"));
    QCOMPARE(texts(page.stories[1]),
             QStringList{QStringLiteral("Fishing boats return to the quay at dawn.")});
}

void TestStorySegmenter::sentenceEndPrintedBeforeItsParagraph()
{
    // Columns of 10 ideographs. pdfminer printed a column's last line (配置。) before the
    // paragraph it ends; no word runs across 设定|配置, but the box after the paragraph lost
    // its indent (its first line is two short): the sentence ends in the fragment.
    const PageDraft page = clean({QStringLiteral("书屋开到家门口 居民借阅更方便"),
                                  QStringLiteral("全区新建社区书屋二十\n家，居民凭证即可借阅。"),
                                  QStringLiteral("配置。"),
                                  QStringLiteral("馆员们说，书屋还需\n要一台电脑和工作站的\n设定"),
                                  QStringLiteral("馆长说，将延长开\n放时间，方便上班族来\n借书看报。(吴涛)")});
    QCOMPARE(page.stories.size(), 1);
    const QStringList got = texts(page.stories[0]);
    QVERIFY2(got.contains(QStringLiteral("馆员们说，书屋还需要一台电脑和工作站的设定配置。")),
             qPrintable(got.join(u'|')));
    QVERIFY(!got.contains(QStringLiteral("配置。")));
    const auto &flags = page.stories[0].flags;
    QVERIFY(std::any_of(flags.cbegin(), flags.cend(), [](const FlagDraft &f) {
        return f.kind == QLatin1String(FlagKind::Join) && f.text.contains(QStringLiteral("设定配置"));
    }));
}

void TestStorySegmenter::lowerCaseBoxAfterAFinishedSentenceIsAJump()
{
    // The first story breaks off mid-sentence at its column's foot and goes on in the next
    // column, after the second story's head and first paragraph. An English paragraph never
    // starts in lower case, so that box goes on from the broken sentence, and the text after
    // it with it.
    const PageDraft page = clean(
        {QStringLiteral("Harbour Reopens After Storm\nBy JANE DOE"),
         QStringLiteral("The harbour reopened on Monday after three\ndays of work by crews who "
                        "had to rebuild the\nold wall that the storm damaged"),
         QStringLiteral("Library Extends Its Hours\nBy TOM LEE"),
         QStringLiteral("The library now opens at seven every morning,\ntwo hours earlier than "
                        "it did last year."),
         QStringLiteral("the quay and the lighthouse beside it."),
         QStringLiteral("Fishermen welcomed the news on Tuesday.")});
    QCOMPARE(page.stories.size(), 2);
    QCOMPARE(texts(page.stories[0]),
             (QStringList{QStringLiteral("The harbour reopened on Monday after three days of work "
                                         "by crews who had to rebuild the old wall that the storm "
                                         "damaged the quay and the lighthouse beside it."),
                          QStringLiteral("Fishermen welcomed the news on Tuesday.")}));
    QCOMPARE(texts(page.stories[1]),
             QStringList{QStringLiteral("The library now opens at seven every morning, two hours "
                                        "earlier than it did last year.")});
}

void TestStorySegmenter::lineEndingOnAPrepositionIsNoHeadline()
{
    // pdftotext without blank lines: a paragraph's short first line (its indent dropped)
    // looks like a headline, but a headline never ends on a preposition (针对).
    const PageDraft page = clean({QStringLiteral("书屋开到家门口 居民借阅更方便\n"
                                                 "标签，等等。用户也可以\n在线浏览与这些问题相关\n"
                                                 "的所有讨论的历史记录。\n此工具最初针对\n"
                                                 "Debian 的开发版本设\n计，缺陷的修复也在开发\n"
                                                 "版本上进行。(吴涛)")});
    QCOMPARE(page.stories.size(), 1);
    QCOMPARE(page.stories[0].headline, QStringLiteral("书屋开到家门口 居民借阅更方便"));
    QCOMPARE(texts(page.stories[0]),
             (QStringList{QStringLiteral("标签，等等。用户也可以在线浏览与这些问题相关的所有讨论的历史记录。"),
                          QStringLiteral("此工具最初针对 Debian 的开发版本设计，缺陷的修复也在开发版本上进行。")}));
}

void TestStorySegmenter::labelHeadingABoxWaitsForItsHeadline()
{
    // pdftotext printed a kicker (编者按) at the head of a box of another story's text, with
    // its headline further on. The text under the label does not read on from it: it
    // completes a sentence broken before (前|面), and the label is the next headline's kicker.
    const PageDraft page =
        clean({QStringLiteral("书屋开到家门口 居民借阅更方便"),
               QStringLiteral("全区新建社区书屋二十家，建议你最好阅读一下前"),
               QStringLiteral("大雪过后,环卫工人连夜清扫主干道。 刘洋"),
               QStringLiteral("编者按\n面的说明。居民凭证即可借阅。"),
               QStringLiteral("系统在变 文档也在变"),
               QStringLiteral("文档难于及时更新并且正确。(吴涛)")});
    QCOMPARE(page.stories.size(), 3);
    QCOMPARE(texts(page.stories[0]),
             QStringList{QStringLiteral("全区新建社区书屋二十家，建议你最好阅读一下前面的说明。"
                                        "居民凭证即可借阅。")});
    QCOMPARE(page.stories[2].headline, QStringLiteral("系统在变 文档也在变"));
    QCOMPARE(page.stories[2].kicker, QStringLiteral("编者按"));
}

void TestStorySegmenter::headlinesWithCommasAndQuestionMarks()
{
    // Headlines that read like short sentences: a comma between two phrases under a kicker
    // as wide as the kicker, a question after a signed story, an English question above its
    // "By" line.
    const PageDraft page =
        clean({QStringLiteral("宁波市鄞州区"), QStringLiteral("奋斗吧！青年"),
               QStringLiteral("经过一年的改造,老街重新开放,周末客流明显增加。"),
               QStringLiteral("商户们说,生意比去年好了不少。(陈明 赵丽)"),
               QStringLiteral("为什么要建城市书房？"),
               QStringLiteral("全区新建社区书屋二十家,居民凭证即可借阅。(吴涛)"),
               QStringLiteral("老街焕新颜，游客回来了"),
               QStringLiteral("周末客流明显增加,商户生意好了不少。(赵丽)"),
               QStringLiteral("Why Does the Harbour Matter?\nBy JANE DOE"),
               QStringLiteral("The harbour reopened on Monday after three days of repairs.")});
    QCOMPARE(page.stories.size(), 4);
    QCOMPARE(page.stories[0].kicker, QStringLiteral("宁波市鄞州区"));
    QCOMPARE(page.stories[0].headline, QStringLiteral("奋斗吧！青年"));
    QCOMPARE(page.stories[0].paragraphs.size(), 2);
    QCOMPARE(page.stories[1].headline, QStringLiteral("为什么要建城市书房？"));
    QCOMPARE(page.stories[2].headline, QStringLiteral("老街焕新颜，游客回来了"));
    QCOMPARE(page.stories[3].headline, QStringLiteral("Why Does the Harbour Matter?"));
    QCOMPARE(page.stories[3].byline, QStringLiteral("JANE DOE"));
}

void TestStorySegmenter::shortQuestionInRunningTextIsNoHeadline()
{
    // A question standing as a paragraph inside a story, and a speaker's turn in an
    // interview, stay running text: no kicker above them, no signed story before them.
    const PageDraft page =
        clean({QStringLiteral("书屋开到家门口 居民借阅更方便"),
               QStringLiteral("全区新建社区书屋二十家,居民凭证即可借阅。"),
               QStringLiteral("为什么要建城市书房？"),
               QStringLiteral("馆长说,书屋让居民在家门口就能读书。"),
               QStringLiteral("问：书屋开放时间？"),
               QStringLiteral("答：每天早上八点到晚上九点。(吴涛)")});
    QCOMPARE(page.stories.size(), 1);
    QCOMPARE(page.stories[0].paragraphs.size(), 5);
}

void TestStorySegmenter::englishBylineLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("byline"); // empty: not a byline line
    QTest::newRow("capitals") << QStringLiteral("By JANE DOE") << QStringLiteral("JANE DOE");
    QTest::newRow("two names") << QStringLiteral("By Jane Doe and Tom Lee")
                               << QStringLiteral("Jane Doe and Tom Lee");
    QTest::newRow("post") << QStringLiteral("By Jane Doe, Staff Writer")
                          << QStringLiteral("Jane Doe, Staff Writer");
    QTest::newRow("agency") << QStringLiteral("BY JANE DOE, The New York Times")
                            << QStringLiteral("JANE DOE, The New York Times");
    QTest::newRow("sentence") << QStringLiteral("By the end of the year, the port reopened.")
                              << QString();
    QTest::newRow("sentence after a name") << QStringLiteral("By Monday, repairs were done")
                                           << QString();
}

void TestStorySegmenter::englishBylineLines()
{
    QFETCH(QString, line);
    QFETCH(QString, byline);
    QString got;
    QCOMPARE(StorySegmenter::englishBylineLine(line, &got), !byline.isEmpty());
    if (!byline.isEmpty())
        QCOMPARE(got, byline);
}

void TestStorySegmenter::deckUnderAHeadlineIsNoBrokenSentence()
{
    // A deck under the headline (——记…) has no full stop, yet the text under it does not
    // continue it.
    const PageDraft page = clean({QStringLiteral("书屋开到家门口 居民借阅更方便"),
                                  QStringLiteral("——记鄞州区社区书屋建设"),
                                  QStringLiteral("全区新建社区书屋二十家,居民凭证即可借阅。(吴涛)")});
    QCOMPARE(page.stories.size(), 1);
    QCOMPARE(texts(page.stories[0]),
             (QStringList{QStringLiteral("——记鄞州区社区书屋建设"),
                          QStringLiteral("全区新建社区书屋二十家,居民凭证即可借阅。")}));
}

void TestStorySegmenter::mastheadBeforeTheLeadHeadlineIsFurniture()
{
    // pdfminer printed the lead story's kicker and headline right under the masthead and the
    // page label after them: the masthead is no headline of an empty story.
    const PageDraft page = clean({QStringLiteral("电脑生活报"),
                                  QStringLiteral("问与答\n社区开发 自由分发"),
                                  QStringLiteral("第 7 版 · 问与答"), QStringLiteral("星期五"),
                                  QStringLiteral("所有软件包都可以自由分发。(黄蓓)")});
    QCOMPARE(page.stories.size(), 1);
    QCOMPARE(page.stories[0].kicker, QStringLiteral("问与答"));
    QCOMPARE(page.stories[0].headline, QStringLiteral("社区开发 自由分发"));
}

void TestStorySegmenter::repeatedCharacterInsideABoxStays()
{
    // Boxes of hard-wrapped lines (pdfminer): a column break is a box break. A character
    // repeated across a line break inside a box is the text's own (创新 / 新高地); across
    // boxes it is the extractor's (经历 / 历主动).
    const PageDraft page = clean({QStringLiteral("书屋开到家门口 居民借阅更方便"),
                                  QStringLiteral("全区将会打造科技创新\n新高地，代表们结合自\n身工作经历"),
                                  QStringLiteral("历主动发言，居民凭证\n即可借阅。"),
                                  QStringLiteral("馆长说，书屋让居民\n在家门口读书。(吴涛)")});
    QCOMPARE(page.stories.size(), 1);
    QCOMPARE(texts(page.stories[0]),
             (QStringList{QStringLiteral("全区将会打造科技创新新高地，代表们结合自身工作经历主"
                                         "动发言，居民凭证即可借阅。"),
                          QStringLiteral("馆长说，书屋让居民在家门口读书。")}));
}

void TestStorySegmenter::englishHeadsStackedAfterABrokenSentence()
{
    // pdftotext printed two stories' heads together after a column that stops mid-sentence:
    // one head in a box of its own, the other opening the box of its text. Both are heads
    // (the first one's text is printed elsewhere), and neither joins the broken sentence.
    const PageDraft page = clean(
        {QStringLiteral("Harbour Reopens After Storm\nBy JANE DOE\n"
                        "The harbour reopened on Monday after three days of\n"
                        "repairs to the quay, and the ferries are due to run on"),
         QStringLiteral("Library Extends Its Hours"),
         QStringLiteral("Council Approves New Budget\n"
                        "The council approved the budget on Monday after a\n"
                        "long debate about the new reading room and its costs.")});
    QStringList heads;
    for (const StoryDraft &s : page.stories)
        heads << s.headline;
    QCOMPARE(heads, (QStringList{QStringLiteral("Harbour Reopens After Storm"),
                                 QStringLiteral("Library Extends Its Hours"),
                                 QStringLiteral("Council Approves New Budget")}));
    QCOMPARE(texts(page.stories[2]),
             QStringList{QStringLiteral("The council approved the budget on Monday after a long "
                                        "debate about the new reading room and its costs.")});
}

void TestStorySegmenter::signedCaptionClosesInUnbrokenText()
{
    // pdftotext -raw: one block, columns of 13 ideographs. A caption signed with a name ends
    // there (…清扫主干道。 刘洋); the text after it completes the sentence the first story
    // broke off (软件 / 包), it does not go on from the caption.
    const PageDraft page = clean({QStringLiteral(
        "书屋开到家门口 居民借阅更方便\n"
        "全区新建社区书屋二十家，居民\n凭证即可借阅。馆员们都很忙碌\n"
        "，居民还可以借到各种各样的软件\n"
        "老街焕新颜 游客回来了\n"
        "周末客流明显增加，商户生意好\n了不少。（赵丽）\n"
        "大雪过后，环卫工人连夜清扫主\n干道，保障市民出行。 刘洋\n"
        "包、光盘和电子书。（吴涛）")});
    QCOMPARE(page.stories.size(), 3);
    QCOMPARE(page.stories[0].byline, QStringLiteral("吴涛"));
    QVERIFY2(texts(page.stories[0]).last().endsWith(QStringLiteral("各种各样的软件包、光盘和电子书。")),
             qPrintable(texts(page.stories[0]).join(u'|')));
    QCOMPARE(page.stories[2].byline, QStringLiteral("刘洋"));
    QCOMPARE(texts(page.stories[2]),
             QStringList{QStringLiteral("大雪过后，环卫工人连夜清扫主干道，保障市民出行。")});
}

void TestStorySegmenter::signedCaptionBoxStandsApart()
{
    // A box of one paragraph signed with a name is a caption of its own, not more of the
    // headless text printed before it.
    const PageDraft page = clean({QStringLiteral("书屋开到家门口 居民借阅更方便"),
                                  QStringLiteral("全区新建社区书屋二十家，居民凭证即可借阅。(吴涛)"),
                                  QStringLiteral("馆员们说，书屋还需要一台电脑。"),
                                  QStringLiteral("大雪过后，环卫工人连夜清扫主干道。 刘洋")});
    QCOMPARE(page.stories.size(), 3);
    QCOMPARE(texts(page.stories[1]), QStringList{QStringLiteral("馆员们说，书屋还需要一台电脑。")});
    QCOMPARE(page.stories[1].byline, QString());
    QCOMPARE(page.stories[2].byline, QStringLiteral("刘洋"));
}

void TestStorySegmenter::subheadsStayInTheirStory()
{
    // Every story on the page closes with a byline. A one-phrase head shorter than the
    // story's own, after a finished paragraph of a story not signed yet, is a subhead: the
    // story goes on under it. A two-phrase head after a signed story opens the next story.
    const PageDraft page = clean(
        {QStringLiteral("杭州市上城区"), QStringLiteral("凝聚力量 擦亮品牌"),
         QStringLiteral("上城区委统战部充分发挥智力优势,持续围绕五大行动,打造五大品牌。"),
         QStringLiteral("打造红色阵地"),
         QStringLiteral("上城区以思想教育把好方向盘,打造学习品牌,积极搭建理论学习课堂。"),
         QStringLiteral("服务群众实事"),
         QStringLiteral("上城区以履职实践把握落脚点,聚焦发展大局深入调研。(周静 严琰)"),
         QStringLiteral("突出服务功能 赋能乡村"),
         QStringLiteral("近日,在西湖区双浦镇下杨村的党群服务中心,红色驿站正式启用。(沈茹洁)"),
         QStringLiteral("净土控源 筑牢防线"),
         QStringLiteral("近年来,台州市路桥区切实履行生态环境保护责任。(周静 许旭敏)")});
    QCOMPARE(page.stories.size(), 3);
    QCOMPARE(page.stories[0].headline, QStringLiteral("凝聚力量 擦亮品牌"));
    QCOMPARE(page.stories[0].byline, QStringLiteral("周静 严琰"));
    QCOMPARE(page.stories[0].paragraphs.size(), 5);
    QCOMPARE(page.stories[0].paragraphs[1].text, QStringLiteral("打造红色阵地"));
    QCOMPARE(page.stories[1].headline, QStringLiteral("突出服务功能 赋能乡村"));

    // Where stories do not close with bylines, a short head opens a story of its own.
    const PageDraft briefs = clean(
        {QStringLiteral("凝聚力量 擦亮品牌"),
         QStringLiteral("上城区委统战部充分发挥智力优势,持续围绕五大行动,打造五大品牌。"),
         QStringLiteral("书屋延长开放"), QStringLiteral("全区社区书屋从下月起每天开放到晚上九点。"),
         QStringLiteral("老街重新开放"), QStringLiteral("经过一年的改造,老街重新开放。(陈明)")});
    QCOMPARE(briefs.stories.size(), 3);
}

void TestStorySegmenter::bylineBrokenAcrossLines()
{
    // A line break inside the closing names: between two names it is a space (许静 / 吴桐),
    // inside a name it is nothing (周 / 宁).
    const PageDraft page = clean({QStringLiteral("书屋开到家门口 居民借阅更方便"),
                                  QStringLiteral("全区新建社区书屋二十家，居\n民凭证即可借阅。(许静\n吴桐 钱程)"),
                                  QStringLiteral("老街焕新颜 游客回来了"),
                                  QStringLiteral("周末客流明显增加，商户生\n意好了不少。（周\n宁 林晓）")});
    QCOMPARE(page.stories.size(), 2);
    QCOMPARE(page.stories[0].byline, QStringLiteral("许静 吴桐 钱程"));
    QCOMPARE(page.stories[1].byline, QStringLiteral("周宁 林晓"));
}

void TestStorySegmenter::chineseBylineLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("byline"); // empty: not a byline line
    QTest::newRow("reporter and correspondent")
        << QStringLiteral("本报记者 张三 通讯员 李四") << QStringLiteral("本报记者 张三 通讯员 李四");
    QTest::newRow("bullet") << QStringLiteral("□ 记者 王五") << QStringLiteral("记者 王五");
    QTest::newRow("words and pictures") << QStringLiteral("文/张三 图/李四")
                                        << QStringLiteral("文/张三 图/李四");
    QTest::newRow("a sentence") << QStringLiteral("记者了解到，书屋下月开放。") << QString();
    QTest::newRow("a headline") << QStringLiteral("记者节里的 新闻故事") << QString();
    QTest::newRow("another bullet") << QStringLiteral("◎融媒体记者 张三")
                                    << QStringLiteral("融媒体记者 张三");
    QTest::newRow("commentator, no name") << QStringLiteral("□本报评论员")
                                          << QStringLiteral("本报评论员");
    QTest::newRow("words and pictures by one") << QStringLiteral("文/图 张三")
                                               << QStringLiteral("文/图 张三");
    QTest::newRow("commentary in a sentence") << QStringLiteral("评论员文章发表") << QString();
}

void TestStorySegmenter::chineseBylineLines()
{
    QFETCH(QString, line);
    QFETCH(QString, byline);
    QString got;
    QCOMPARE(StorySegmenter::chineseBylineLine(line, &got), !byline.isEmpty());
    if (!byline.isEmpty())
        QCOMPARE(got, byline);
}

void TestStorySegmenter::bylinesOnLinesOfTheirOwn()
{
    // A byline under the headline is no headline of a story of its own; the names closing a
    // story in a box of their own are no kicker of the next story.
    const PageDraft page = clean({QStringLiteral("书屋开到家门口 居民借阅更方便"),
                                  QStringLiteral("本报记者 张三 通讯员 李四"),
                                  QStringLiteral("全区新建社区书屋二十家,居民凭证即可借阅。"),
                                  QStringLiteral("老街焕新颜 游客回来了"),
                                  QStringLiteral("周末客流明显增加,商户生意好了不少。"),
                                  QStringLiteral("(周静 严琰)"),
                                  QStringLiteral("净土控源 筑牢防线"),
                                  QStringLiteral("近年来,台州市路桥区切实履行生态环境保护责任。(许旭敏)")});
    QCOMPARE(page.stories.size(), 3);
    QCOMPARE(page.stories[0].byline, QStringLiteral("本报记者 张三 通讯员 李四"));
    QCOMPARE(texts(page.stories[0]),
             QStringList{QStringLiteral("全区新建社区书屋二十家,居民凭证即可借阅。")});
    QCOMPARE(page.stories[1].byline, QStringLiteral("周静 严琰"));
    QCOMPARE(page.stories[2].kicker, QString());
}

void TestStorySegmenter::writersPostUnderTheByLine()
{
    // The writer's post on the line under the "By" line belongs to the byline, not to the
    // first paragraph.
    const PageDraft page = clean({QStringLiteral("Council Approves Library Budget"),
                                  QStringLiteral("By JANE DOE\nStaff Writer"),
                                  QStringLiteral("SPRINGFIELD — The council approved the budget on Monday."),
                                  QStringLiteral("The library will open two new branches next year.")});
    QCOMPARE(page.stories.size(), 1);
    QCOMPARE(page.stories[0].byline, QStringLiteral("JANE DOE, Staff Writer"));
    QCOMPARE(texts(page.stories[0]).first(),
             QStringLiteral("SPRINGFIELD — The council approved the budget on Monday."));
    // pdftotext prints the head and the indented text in one box.
    const PageDraft box = clean({QStringLiteral(
        "Council Approves Library Budget\nBy JANE DOE\nStaff Writer\n   SPRINGFIELD — The "
        "council approved the budget\non Monday.\n   The library will open two new branches.")});
    QCOMPARE(box.stories.size(), 1);
    QCOMPARE(box.stories[0].byline, QStringLiteral("JANE DOE, Staff Writer"));
    QCOMPARE(texts(box.stories[0]).first(),
             QStringLiteral("SPRINGFIELD — The council approved the budget on Monday."));
}

void TestStorySegmenter::numberedHeadingsInsideAStory()
{
    // Numbered or marked headings inside a story have no full stop, yet the paragraph after
    // them does not continue them.
    const PageDraft page = clean({QStringLiteral("凝聚力量 擦亮品牌"),
                                  QStringLiteral("上城区委统战部持续围绕五大行动,打造五大品牌。"),
                                  QStringLiteral("十一、打造红色阵地"),
                                  QStringLiteral("上城区以思想教育把好方向盘,积极搭建学习课堂。"),
                                  QStringLiteral("（二）服务群众实事"),
                                  QStringLiteral("上城区聚焦发展大局深入调研。"),
                                  QStringLiteral("■ 办好民生小事"),
                                  QStringLiteral("上城区走访群众百余户。(周静 严琰)")});
    QCOMPARE(page.stories.size(), 1);
    QCOMPARE(texts(page.stories[0]),
             (QStringList{QStringLiteral("上城区委统战部持续围绕五大行动,打造五大品牌。"),
                          QStringLiteral("十一、打造红色阵地"),
                          QStringLiteral("上城区以思想教育把好方向盘,积极搭建学习课堂。"),
                          QStringLiteral("（二）服务群众实事"),
                          QStringLiteral("上城区聚焦发展大局深入调研。"),
                          QStringLiteral("■ 办好民生小事"),
                          QStringLiteral("上城区走访群众百余户。")}));
}

void TestStorySegmenter::photoCaptionAmongTheParagraphs()
{
    // A photo's caption with its photographer's credit, printed among a story's paragraphs,
    // is a caption of its own: it does not sign the story, which goes on after it.
    const PageDraft page = clean({QStringLiteral("书屋开到家门口 居民借阅更方便"),
                                  QStringLiteral("全区新建社区书屋二十家,居民凭证即可借阅。"),
                                  QStringLiteral("图为居民在书屋读书。(张三 摄)"),
                                  QStringLiteral("馆长说,书屋让居民在家门口就能读书。(吴涛)")});
    QCOMPARE(page.stories.size(), 2);
    QCOMPARE(page.stories[0].byline, QStringLiteral("吴涛"));
    QCOMPARE(page.stories[0].paragraphs.size(), 2);
    QCOMPARE(page.stories[1].byline, QStringLiteral("张三 摄"));
    QCOMPARE(texts(page.stories[1]), QStringList{QStringLiteral("图为居民在书屋读书。")});
}

QTEST_GUILESS_MAIN(TestStorySegmenter)
#include "tst_storysegmenter.moc"
