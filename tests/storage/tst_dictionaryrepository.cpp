// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/importjob.h"
#include "proofing/hunspelldictionary.h"
#include "proofing/proofreader.h"
#include "storage/database.h"
#include "storage/dictionaryrepository.h"
#include "storage/pagerepository.h"
#include "storage/settingsrepository.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;

namespace {
// An English page with one misspelling (recieve) and a proper name hunspell does not know.
const QString kEnglishPage = QStringLiteral(
    "Harbor plans approved\n\n"
    "The council will recieve the final harbor report from Mayor Zhoushan next week, and the "
    "port authority expects the first ships to dock before the end of the year.\n");
const QString kLanguage = QStringLiteral("en_US");
} // namespace

// The desk's personal dictionary and the spelling language of pages and stories.
class TestDictionaryRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void wordsPerLanguage();
    void languageOfPageAndStory();
    void readOnlyArchiveRefuses();
    void englishPage_data();
    void englishPage();

private:
    std::unique_ptr<Database> open(Database::Mode mode = Database::Mode::ReadWrite);
    qint64 import(const QString &name, const QString &text);
    QStringList spellingFlags(const Database &db, qint64 pageId);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_archive;
};

void TestDictionaryRepository::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDictionaryRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_archive = m_dir->filePath(QStringLiteral("a.sqlite"));
}

std::unique_ptr<Database> TestDictionaryRepository::open(Database::Mode mode)
{
    Database::Options options;
    options.mode = mode;
    auto db = Database::open(m_archive, options);
    return db ? std::move(db).value() : nullptr;
}

qint64 TestDictionaryRepository::import(const QString &name, const QString &text)
{
    ImportParams params;
    params.archivePath = m_archive;
    params.user = QStringLiteral("editor");
    params.inputs.push_back({name, QString(), text.toUtf8()});
    const ImportReport report = ImportJob::run(params);
    return report.allSucceeded() ? report.outcomes.value(0).pageId : 0;
}

QStringList TestDictionaryRepository::spellingFlags(const Database &db, qint64 pageId)
{
    QStringList out;
    auto page = PageRepository(db).loadPage(pageId);
    if (!page)
        return {QStringLiteral("error: ") + page.error()};
    for (const StoryRecord &story : page->stories) {
        for (const FlagRecord &f : story.flags) {
            if (f.kind == QLatin1String(FlagKind::Spelling))
                out << f.text;
        }
    }
    return out;
}

void TestDictionaryRepository::wordsPerLanguage()
{
    auto db = open();
    QVERIFY(db);
    const DictionaryRepository words(*db);
    QVERIFY(words.addWord(kLanguage, QStringLiteral("Zhoushan"), QStringLiteral("ann")).ok());
    QVERIFY(words.addWord(kLanguage, QStringLiteral("Qiantang"), QStringLiteral("bob")).ok());
    QVERIFY(words.addWord(kLanguage, QStringLiteral("Zhoushan"), QStringLiteral("bob")).ok());
    QVERIFY(words.addWord(QStringLiteral("de_DE"), QStringLiteral("Hangzhou"), {}).ok());
    QVERIFY(!words.addWord(kLanguage, QStringLiteral("  "), {}).ok());
    QCOMPARE(words.words(kLanguage).value(),
             (QStringList{QStringLiteral("Qiantang"), QStringLiteral("Zhoushan")}));
    const auto entries = words.entries(kLanguage).value();
    QCOMPARE(entries.last().addedBy, QStringLiteral("ann")); // the first entry stays
    QVERIFY(entries.last().addedAt.isValid());
    QCOMPARE(words.words(QStringLiteral("de_DE")).value(), QStringList{QStringLiteral("Hangzhou")});
    QVERIFY(words.removeWord(kLanguage, QStringLiteral("Qiantang")).ok());
    QCOMPARE(words.words(kLanguage).value(), QStringList{QStringLiteral("Zhoushan")});
}

void TestDictionaryRepository::languageOfPageAndStory()
{
    const qint64 pageId = import(QStringLiteral("en.txt"), kEnglishPage);
    QVERIFY(pageId > 0);
    auto db = open();
    auto page = PageRepository(*db).loadPage(pageId);
    QVERIFY(page.ok() && !page->stories.isEmpty());
    const qint64 storyId = page->stories.first().summary.id;
    const DictionaryRepository repo(*db);
    QCOMPARE(repo.pageLanguage(pageId).value(), QString());
    QCOMPARE(repo.effectiveLanguage(storyId).value(), kLanguage); // the default
    QVERIFY(SettingsRepository(*db).setValue(
        QString::fromLatin1(SettingsRepository::SpellingLanguage), QStringLiteral("en_GB")));
    QCOMPARE(repo.effectiveLanguage(storyId).value(), QStringLiteral("en_GB"));
    QVERIFY(repo.setPageLanguage(pageId, QStringLiteral("de_DE")).ok());
    QCOMPARE(repo.pageLanguage(pageId).value(), QStringLiteral("de_DE"));
    QCOMPARE(repo.effectiveLanguage(storyId).value(), QStringLiteral("de_DE"));
    QVERIFY(repo.setStoryLanguage(storyId, QStringLiteral("fr_FR")).ok());
    QCOMPARE(repo.storyLanguage(storyId).value(), QStringLiteral("fr_FR"));
    QCOMPARE(repo.effectiveLanguage(storyId).value(), QStringLiteral("fr_FR"));
    QVERIFY(repo.setStoryLanguage(storyId, QString()).ok());
    QCOMPARE(repo.effectiveLanguage(storyId).value(), QStringLiteral("de_DE"));
    QVERIFY(!repo.setPageLanguage(pageId + 100, kLanguage).ok());
    QVERIFY(!repo.effectiveLanguage(storyId + 100).ok());
}

void TestDictionaryRepository::readOnlyArchiveRefuses()
{
    QVERIFY(open()); // create it
    auto db = open(Database::Mode::ReadOnly);
    QVERIFY(db && db->isReadOnly());
    QVERIFY(!DictionaryRepository(*db).addWord(kLanguage, QStringLiteral("Zhoushan"), {}).ok());
    QVERIFY(DictionaryRepository(*db).words(kLanguage).ok());
}

void TestDictionaryRepository::englishPage_data()
{
    QTest::addColumn<bool>("throughImport"); // flags from the import, or a fresh Proofreader
    QTest::newRow("editor's proofreader") << false;
    QTest::newRow("import of a later page") << true;
}

// Misspellings are flagged; a proper name added to the dictionary stops being flagged, also
// after the archive is closed and opened again (a restart).
void TestDictionaryRepository::englishPage()
{
    QFETCH(bool, throughImport);
    if (!Proofing::HunspellDictionary(kLanguage).isValid())
        QSKIP("hunspell-en-us is not installed");
    const qint64 first = import(QStringLiteral("en.txt"), kEnglishPage);
    QVERIFY(first > 0);
    {
        auto db = open();
        QCOMPARE(spellingFlags(*db, first).join(QLatin1Char(',')),
                 QStringLiteral("recieve,Zhoushan"));
        QVERIFY(DictionaryRepository(*db).addWord(kLanguage, QStringLiteral("Zhoushan"),
                                                  QStringLiteral("editor")));
    } // closed: what follows reads the archive afresh

    auto db = open();
    QStringList flagged;
    if (throughImport) {
        const qint64 later =
            import(QStringLiteral("en2.txt"), kEnglishPage + QStringLiteral("\nMore news.\n"));
        QVERIFY(later > first);
        db = open();
        flagged = spellingFlags(*db, later);
    } else {
        Proofing::Proofreader proofreader(std::make_unique<Proofing::HunspellDictionary>(kLanguage),
                                          false);
        proofreader.addPersonalWords(DictionaryRepository(*db).words(kLanguage).value());
        for (const FlagDraft &f : proofreader.checkParagraph(kEnglishPage, 0))
            flagged << f.text;
    }
    QCOMPARE(flagged, QStringList{QStringLiteral("recieve")});
}

QTEST_GUILESS_MAIN(TestDictionaryRepository)
#include "tst_dictionaryrepository.moc"
