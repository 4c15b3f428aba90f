// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/textdecoder.h"
#include "testsupport.h"
#include "text/linejoiner.h"
#include "text/pagecleaner.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Copydesk;

// The cleanup stage on every extraction of the generated test pages (tests/data/pages/*/
// raw-*.txt, made by tests/data/make_pages/make_pages.py) and on the bundled sample page,
// scored against the gold expected.json the way ../shared/tools/score_page.py scores an
// export: stories matched by headline (a caption by the start of its first paragraph),
// paragraphs compared after NFKC with white space removed. The sample page must be perfect;
// every test page must stay at or above its floor in tests/data/pages/floors.json, so an
// engine change that loses a story or a paragraph anywhere fails here. The table of figures
// is printed; COPYDESK_PAGE_DETAILS=1 also prints the gold paragraphs each page misses (2: and
// the stories cleanup made).
class TestTestPages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void samplePageIsPerfect();
    void testPage_data();
    void testPage();
    void cleanupTestCase();

private:
    struct Score
    {
        int goldStories = 0;
        int storiesMatched = 0;
        int predictedStories = 0;
        int goldParagraphs = 0;
        int paragraphsExact = 0;
        int paragraphsExtra = 0;
        int kickers = 0;
        int bylines = 0;
    };
    static QString canon(const QString &s);
    static Score score(const QJsonObject &gold, const PageDraft &page, QStringList *missed);
    static PageDraft cleanFile(const QString &path);
    QString row(const QString &name, const Score &s) const;

    QJsonObject m_floors;
    QJsonObject m_reached; // the figures of this run, in floors.json's format
    QStringList m_table;
    Score m_total;
};

QString TestTestPages::canon(const QString &s)
{
    QString t = s.normalized(QString::NormalizationForm_KC);
    static const QRegularExpression stray(
        QStringLiteral("(?<=[\\x{3400}-\\x{9fff}\\x{f900}-\\x{faff}])\\s*\\band\\b\\s*"
                       "(?=[\\x{3400}-\\x{9fff}\\x{f900}-\\x{faff}])"));
    t.replace(stray, QStringLiteral("和"));
    t.replace(QStringLiteral("硤"), QStringLiteral("硖"));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    t.remove(space);
    return t;
}

PageDraft TestTestPages::cleanFile(const QString &path)
{
    // As the import does: decode and normalise, then clean.
    const auto decoded = Importing::TextDecoder::decode(TestSupport::readFile(path));
    if (!decoded)
        return {};
    return Text::cleanupPage(decoded->text);
}

TestTestPages::Score TestTestPages::score(const QJsonObject &gold, const PageDraft &page,
                                          QStringList *missed)
{
    Score r;
    const QJsonArray goldStories = gold.value(QStringLiteral("stories")).toArray();
    QStringList copies; // planted duplicates: the dedup stage flags them, not cleanup
    for (const QJsonValue &d : gold.value(QStringLiteral("duplicates")).toArray())
        copies << canon(d.toObject().value(QStringLiteral("text")).toString());
    r.goldStories = int(goldStories.size());
    r.predictedStories = int(page.stories.size());
    QSet<int> used;
    for (int g = 0; g < goldStories.size(); ++g) {
        const QJsonObject gs = goldStories[g].toObject();
        const QJsonArray paragraphs = gs.value(QStringLiteral("paragraphs")).toArray();
        r.goldParagraphs += int(paragraphs.size());
        const QString headline = canon(gs.value(QStringLiteral("headline")).toString());
        int match = -1;
        for (int p = 0; p < page.stories.size() && match < 0; ++p) {
            if (used.contains(p))
                continue;
            const StoryDraft &s = page.stories[p];
            if (!headline.isEmpty()) {
                if (canon(s.headline) == headline)
                    match = p;
            } else if (canon(s.headline).isEmpty()) {
                const QString first = s.paragraphs.isEmpty() ? QString() : s.paragraphs[0].text;
                if (canon(first).left(20) == canon(paragraphs[0].toString()).left(20))
                    match = p;
            }
        }
        if (match < 0) {
            if (missed)
                *missed << QStringLiteral("story %1 not found: %2")
                               .arg(g)
                               .arg(gs.value(QStringLiteral("headline")).toString());
            continue;
        }
        used.insert(match);
        ++r.storiesMatched;
        const StoryDraft &s = page.stories[match];
        r.kickers += canon(s.kicker) == canon(gs.value(QStringLiteral("kicker")).toString());
        r.bylines += canon(s.byline) == canon(gs.value(QStringLiteral("byline")).toString());
        QStringList mine;
        for (const ParagraphDraft &p : s.paragraphs)
            mine << canon(p.text);
        QStringList goldCanon;
        for (const QJsonValue &v : paragraphs) {
            goldCanon << canon(v.toString());
            if (mine.contains(goldCanon.last()))
                ++r.paragraphsExact;
            else if (missed)
                *missed << QStringLiteral("story %1 misses: %2").arg(g).arg(v.toString());
        }
        for (const QString &m : std::as_const(mine)) {
            if (!goldCanon.contains(m) && !copies.contains(m)) {
                ++r.paragraphsExtra;
                if (missed)
                    *missed << QStringLiteral("story %1 extra: %2").arg(g).arg(m);
            }
        }
    }
    return r;
}

QString TestTestPages::row(const QString &name, const Score &s) const
{
    return QStringLiteral("%1 stories %2/%3 (%4 found) paragraphs %5/%6 extra %7 kickers %8 "
                          "bylines %9")
        .arg(name, -34)
        .arg(s.storiesMatched)
        .arg(s.goldStories)
        .arg(s.predictedStories)
        .arg(s.paragraphsExact, 3)
        .arg(s.goldParagraphs)
        .arg(s.paragraphsExtra)
        .arg(s.kickers)
        .arg(s.bylines);
}

void TestTestPages::initTestCase()
{
    const QByteArray floors = TestSupport::readFile(
        TestSupport::sourceDir() + QStringLiteral("/tests/data/pages/floors.json"));
    QVERIFY(!floors.isEmpty());
    m_floors = QJsonDocument::fromJson(floors).object();
    QVERIFY(!m_floors.isEmpty());
}

void TestTestPages::samplePageIsPerfect()
{
    const QJsonObject gold =
        QJsonDocument::fromJson(TestSupport::readFile(TestSupport::sampleGoldPath())).object();
    QStringList missed;
    const Score s = score(gold, cleanFile(TestSupport::samplePagePath()), &missed);
    m_table << row(QStringLiteral("sample page"), s);
    QVERIFY2(missed.isEmpty(), qPrintable(missed.join(QLatin1Char('\n'))));
    QCOMPARE(s.storiesMatched, 12);
    QCOMPARE(s.predictedStories, 12);
    QCOMPARE(s.paragraphsExact, 47);
    QCOMPARE(s.paragraphsExtra, 0);
    QCOMPARE(s.kickers, 12);
    QCOMPARE(s.bylines, 12);
}

void TestTestPages::testPage_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("file");
    const QDir pages(TestSupport::sourceDir() + QStringLiteral("/tests/data/pages"));
    const QStringList names = pages.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(names.size() >= 4);
    for (const QString &name : names) {
        const QDir dir(pages.filePath(name));
        const QStringList raws =
            dir.entryList({QStringLiteral("raw-*.txt")}, QDir::Files, QDir::Name);
        QVERIFY2(raws.size() >= 3, qPrintable(name));
        for (const QString &raw : raws) {
            const QString key = name + QLatin1Char('/') + raw.mid(4).chopped(4);
            QTest::newRow(qPrintable(key)) << dir.path() << dir.filePath(raw);
        }
    }
}

void TestTestPages::testPage()
{
    QFETCH(QString, page);
    QFETCH(QString, file);
    const QJsonObject gold =
        QJsonDocument::fromJson(TestSupport::readFile(page + QStringLiteral("/expected.json")))
            .object();
    QVERIFY(!gold.isEmpty());
    QStringList missed;
    const PageDraft draft = cleanFile(file);
    const Score s = score(gold, draft, &missed);
    if (qEnvironmentVariableIntValue("COPYDESK_PAGE_DETAILS") >= 3) {
        // 3: also the paragraph units the line joiner made, before stories are found.
        const auto decoded = Importing::TextDecoder::decode(TestSupport::readFile(file));
        const Text::LineJoiner joiner({}, decoded->text);
        for (const Text::Unit &u : joiner.units(Text::splitBlocks(decoded->text)))
            qInfo("  unit %d%s%s: %s", u.block, u.indented ? " indented" : "",
                  u.fullLine ? " full" : "", qPrintable(u.text));
    }
    if (qEnvironmentVariableIntValue("COPYDESK_PAGE_DETAILS") >= 2) {
        for (const StoryDraft &story : draft.stories) {
            qInfo("== [%s] %s (%s)", qPrintable(story.kicker), qPrintable(story.headline),
                  qPrintable(story.byline));
            for (const ParagraphDraft &p : story.paragraphs)
                qInfo("   | %s", qPrintable(p.text));
        }
    }
    const QString key = QString::fromLatin1(QTest::currentDataTag());
    // COPYDESK_PAGE_DUMP=DIR writes what cleanup made of each page, in the export's shape,
    // for studying the misses with other tools.
    const QString dump = qEnvironmentVariable("COPYDESK_PAGE_DUMP");
    if (!dump.isEmpty()) {
        QJsonArray stories;
        for (const StoryDraft &story : draft.stories) {
            QJsonArray paragraphs;
            for (const ParagraphDraft &p : story.paragraphs)
                paragraphs.append(p.text);
            stories.append(QJsonObject{{QStringLiteral("kicker"), story.kicker},
                                       {QStringLiteral("headline"), story.headline},
                                       {QStringLiteral("byline"), story.byline},
                                       {QStringLiteral("paragraphs"), paragraphs}});
        }
        QString name = key;
        name.replace(QLatin1Char('/'), QLatin1Char('_'));
        TestSupport::writeFile(dump + QLatin1Char('/') + name + QStringLiteral(".json"),
                               QJsonDocument(QJsonObject{{QStringLiteral("stories"), stories}})
                                   .toJson(QJsonDocument::Indented));
    }
    m_table << row(key, s);
    m_total.goldStories += s.goldStories;
    m_total.storiesMatched += s.storiesMatched;
    m_total.predictedStories += s.predictedStories;
    m_total.goldParagraphs += s.goldParagraphs;
    m_total.paragraphsExact += s.paragraphsExact;
    m_total.paragraphsExtra += s.paragraphsExtra;
    m_total.kickers += s.kickers;
    m_total.bylines += s.bylines;
    if (qEnvironmentVariableIntValue("COPYDESK_PAGE_DETAILS")) {
        for (const QString &m : std::as_const(missed))
            qInfo("%s: %s", qPrintable(key), qPrintable(m.left(160)));
    }
    m_reached.insert(key, QJsonObject{{QStringLiteral("stories"), s.storiesMatched},
                                      {QStringLiteral("paragraphs"), s.paragraphsExact}});
    const QJsonObject floor = m_floors.value(key).toObject();
    QVERIFY2(!floor.isEmpty(),
             qPrintable(QStringLiteral("no floor for %1 in floors.json").arg(key)));
    QVERIFY2(s.storiesMatched >= floor.value(QStringLiteral("stories")).toInt(),
             qPrintable(row(key, s)));
    QVERIFY2(s.paragraphsExact >= floor.value(QStringLiteral("paragraphs")).toInt(),
             qPrintable(row(key, s)));
}

void TestTestPages::cleanupTestCase()
{
    for (const QString &line : std::as_const(m_table))
        qInfo("%s", qPrintable(line));
    qInfo("%s", qPrintable(row(QStringLiteral("all test pages"), m_total)));
    // After an improvement: COPYDESK_WRITE_FLOORS=tests/data/pages/floors.json raises the floors.
    const QString out = qEnvironmentVariable("COPYDESK_WRITE_FLOORS");
    if (!out.isEmpty())
        TestSupport::writeFile(out, QJsonDocument(m_reached).toJson(QJsonDocument::Indented));
}

QTEST_GUILESS_MAIN(TestTestPages)
#include "tst_testpages.moc"
