// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "proofing/deskproofing.h"
#include "proofing/hunspelldictionary.h"

#include <QTest>

using namespace Copydesk;
using namespace Copydesk::Proofing;

// The desk's own data applied to a checked story at import.
class TestDeskProofing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void personalWords_data();
    void personalWords();
    void appliesProfileErrataAndWords();
    void nothingStoredChangesNothing();
    void systemDictionariesAreFound();
};

void TestDeskProofing::personalWords_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("as written") << "Zhoushan"
                                << "Zhoushan" << true;
    QTest::newRow("capitalised entry, lower-case use") << "Zhoushan"
                                                       << "zhoushan" << false;
    QTest::newRow("lower-case entry, capitalised use") << "hutong"
                                                       << "Hutong" << true;
    QTest::newRow("lower-case entry, capitals") << "hutong"
                                                << "HUTONG" << true;
    QTest::newRow("other word") << "hutong"
                                << "hutongs" << false;
}

void TestDeskProofing::personalWords()
{
    QFETCH(QString, entry);
    QFETCH(QString, word);
    QFETCH(bool, accepted);
    DeskProofingData data;
    data.personalWords = {entry};
    QCOMPARE(DeskProofing(data).personallyAccepted(word), accepted);
}

void TestDeskProofing::appliesProfileErrataAndWords()
{
    StoryDraft story;
    story.paragraphs.push_back({QStringLiteral("市长Zhoushan表示,将再接再励."), {}, {}, 0});
    FlagDraft spelling;
    spelling.kind = QStringLiteral("spelling");
    spelling.paragraph = 0;
    spelling.start = 2;
    spelling.length = 8;
    spelling.text = QStringLiteral("Zhoushan");
    story.flags = {spelling};

    DeskProofingData data;
    HouseStyleProfile profile = HouseStyleProfile::newspaper();
    profile.applyOnImport = true;
    data.profile = profile;
    data.errata = {{QStringLiteral("再接再励"), QStringLiteral("再接再厉")}};
    data.personalWords = {QStringLiteral("Zhoushan")};
    const DeskProofing desk(data);
    QVERIFY(!desk.isEmpty());
    desk.apply(story);

    QCOMPARE(story.paragraphs[0].text, QStringLiteral("市长Zhoushan表示，将再接再励。"));
    QCOMPARE(story.decisions.size(), 2);
    QCOMPARE(story.flags.size(), 1); // the spelling flag went, punctuation was normalised
    QCOMPARE(story.flags[0].kind, QStringLiteral("errata"));
    QCOMPARE(story.paragraphs[0].text.mid(story.flags[0].start, story.flags[0].length),
             QStringLiteral("再接再励"));

    // Without "apply on import" the punctuation is flagged, as the profile wants it.
    StoryDraft unchanged;
    unchanged.paragraphs.push_back({QStringLiteral("他说\"好\",然后走了"), {}, {}, 0});
    profile.applyOnImport = false;
    profile.curlyQuotes = false;
    data.profile = profile;
    DeskProofing(data).apply(unchanged);
    QCOMPARE(unchanged.paragraphs[0].text, QStringLiteral("他说\"好\",然后走了"));
    QCOMPARE(unchanged.flags.size(), 1);
    QCOMPARE(unchanged.flags[0].text, QStringLiteral(","));
}

void TestDeskProofing::nothingStoredChangesNothing()
{
    StoryDraft story;
    story.paragraphs.push_back({QStringLiteral("他说\"好\",然后"), {}, {}, 0});
    FlagDraft f;
    f.kind = QStringLiteral("punctuation");
    f.paragraph = 0;
    f.start = 5;
    f.length = 1;
    f.text = QStringLiteral(",");
    story.flags = {f};
    const DeskProofing desk;
    QVERIFY(desk.isEmpty());
    desk.apply(story);
    QCOMPARE(story.flags.size(), 1);
    QCOMPARE(story.paragraphs[0].text, QStringLiteral("他说\"好\",然后"));
}

void TestDeskProofing::systemDictionariesAreFound()
{
    QVERIFY(HunspellDictionary::searchPaths().contains(QStringLiteral("/usr/share/hunspell")));
    if (!HunspellDictionary(QStringLiteral("en_US")).isValid())
        QSKIP("hunspell-en-us is not installed");
    QVERIFY(HunspellDictionary::availableLanguages().contains(QStringLiteral("en_US")));
}

QTEST_GUILESS_MAIN(TestDeskProofing)
#include "tst_deskproofing.moc"
