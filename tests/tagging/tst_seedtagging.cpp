// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagging/districtsuggester.h"
#include "tagging/gazetteer.h"
#include "tagging/taxonomy.h"
#include "tagging/themesuggester.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Copydesk;
using namespace Copydesk::Tagging;

// The quality bar on the sample page: the gold stories' text goes in, the district
// path must equal the gold for at least 11 of 12 stories.
class TestSeedTagging : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void districts();
    void themes();

private:
    struct GoldStory
    {
        StoryText text;
        QString district;
        QStringList themes;
    };
    QVector<GoldStory> m_gold;
};

void TestSeedTagging::initTestCase()
{
    const QByteArray bytes = TestSupport::readFile(TestSupport::sampleGoldPath());
    QVERIFY(!bytes.isEmpty());
    const QJsonArray stories = QJsonDocument::fromJson(bytes).object().value("stories").toArray();
    QCOMPARE(stories.size(), 12);
    for (const QJsonValue &v : stories) {
        const QJsonObject o = v.toObject();
        GoldStory gold;
        gold.text.kicker = o.value("kicker").toString();
        gold.text.headline = o.value("headline").toString();
        for (const QJsonValue &p : o.value("paragraphs").toArray())
            gold.text.paragraphs.append(p.toString());
        gold.district = o.value("district").toString();
        for (const QJsonValue &t : o.value("themes").toArray())
            gold.themes.append(t.toString());
        m_gold.append(gold);
    }
    QVERIFY(!Gazetteer::builtIn().isEmpty());
}

void TestSeedTagging::districts()
{
    const DistrictSuggester suggester(Gazetteer::builtIn());
    int exact = 0;
    for (int i = 0; i < m_gold.size(); ++i) {
        const auto tag = suggester.suggest(m_gold[i].text);
        const QString path = tag ? tag->path : QString();
        if (path == m_gold[i].district)
            ++exact;
        else
            qWarning().noquote() << "story" << i + 1 << "district" << path << "gold"
                                 << m_gold[i].district << (tag ? tag->reason : QString());
        qInfo().noquote() << "story" << i + 1 << path << "|" << (tag ? tag->reason : QString());
        if (qEnvironmentVariableIsSet("COPYDESK_TAG_DEBUG")) {
            const DistrictAnalysis a = suggester.analyse(m_gold[i].text);
            for (const ResolvedMention &m : a.mentions)
                qInfo().noquote() << "   " << m.part << m.mention.surface
                                  << (m.district >= 0 ? suggester.gazetteer().path(m.district)
                                                      : QStringLiteral("-"))
                                  << m.weight << m.mention.targets.size();
            for (const DistrictScore &s : a.scores)
                qInfo().noquote() << "    score" << suggester.gazetteer().path(s.district) << s.own
                                  << s.subtree;
        }
    }
    qInfo() << "districts exact" << exact << "of" << m_gold.size();
    QVERIFY2(exact >= 11, qPrintable(QStringLiteral("%1 of 12").arg(exact)));
}

void TestSeedTagging::themes()
{
    const Result<Taxonomy> taxonomy = Taxonomy::load();
    QVERIFY2(taxonomy.ok(), qPrintable(taxonomy.error()));
    const ThemeSuggester suggester(*taxonomy);
    int inGold = 0;
    for (int i = 0; i < m_gold.size(); ++i) {
        const QVector<ThemeTag> tags = suggester.suggest(m_gold[i].text);
        QVERIFY(!tags.isEmpty());
        QVERIFY(tags.first().code.startsWith(QLatin1String("medtop:")));
        QStringList shown;
        for (const ThemeTag &t : tags)
            shown.append(QStringLiteral("%1 %2 %3").arg(t.code, t.label).arg(t.score, 0, 'f', 1));
        if (m_gold[i].themes.contains(tags.first().code))
            ++inGold;
        else
            qWarning().noquote() << "story" << i + 1 << "primary theme not in gold"
                                 << m_gold[i].themes.join(u',');
        qInfo().noquote() << "story" << i + 1 << shown.join(QStringLiteral(" | "));
    }
    qInfo() << "primary theme in gold" << inGold << "of" << m_gold.size();
    QVERIFY2(inGold >= 10, qPrintable(QStringLiteral("%1 of 12").arg(inGold)));
}

QTEST_GUILESS_MAIN(TestSeedTagging)
#include "tst_seedtagging.moc"
