// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/importjob.h"
#include "storage/database.h"
#include "storage/pagerepository.h"
#include "storage/storyrepository.h"
#include "testsupport.h"

#include <QDir>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;

// The whole import path: files -> decode -> cleanup -> archive, one transaction per file.
class TestImportJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void importsTheSamplePage();
    void reimportAddsNothing();
    void badFilesAreRefusedOthersImport();
    void gb18030CopyHasTheSameText();
    void invalidBytesRaiseEncodingFlags();
    void sizeLimitRefusesBeforeReading();
    void folderImportsItsTextFiles();
    void cancelStopsBetweenFiles();
    void clipboardTextImports();

private:
    ImportParams params(const QStringList &files) const;
    QString file(const QString &name, const QByteArray &bytes) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_archive;
};

void TestImportJob::initTestCase() { QStandardPaths::setTestModeEnabled(true); }

void TestImportJob::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_archive = m_dir->filePath(QStringLiteral("archive.sqlite"));
}

ImportParams TestImportJob::params(const QStringList &files) const
{
    ImportParams p;
    p.archivePath = m_archive;
    p.user = QStringLiteral("tester");
    const auto collected = Importing::collectInputs(files);
    p.inputs = collected.inputs;
    return p;
}

QString TestImportJob::file(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir->filePath(name);
    TestSupport::writeFile(path, bytes);
    return path;
}

void TestImportJob::importsTheSamplePage()
{
    const ImportReport report = ImportJob::run(params({TestSupport::samplePagePath()}));
    QVERIFY2(report.archiveError.isEmpty(), qPrintable(report.archiveError));
    QCOMPARE(report.outcomes.size(), 1);
    const ImportOutcome &o = report.outcomes[0];
    QCOMPARE(o.kind, ImportOutcome::Kind::Imported);
    QCOMPARE(o.encoding, QStringLiteral("UTF-8"));
    QVERIFY(o.message.contains(QLatin1String("raw.txt")));

    auto db = Database::open(m_archive);
    QVERIFY(db.ok());
    PageRepository pages(*db.value());
    auto page = pages.loadPage(o.pageId);
    QVERIFY2(page.ok(), qPrintable(page.error()));
    QCOMPARE(page->summary.source.importedBy, QStringLiteral("tester"));
    QCOMPARE(page->stories.size(), o.stories);
    // The raw bytes are kept exactly as imported.
    QCOMPARE(pages.rawBytes(o.pageId).value(), TestSupport::readFile(TestSupport::samplePagePath()));
    // Every paragraph's text lies in the normalised page text it was cut from.
    const QString text = pages.normalizedText(o.pageId).value();
    int paragraphs = 0;
    for (const StoryRecord &s : page->stories) {
        for (const ParagraphRecord &p : s.paragraphs) {
            ++paragraphs;
            QVERIFY(!p.spans.isEmpty());
            for (const SourceSpan &span : p.spans)
                QVERIFY(span.start >= 0 && span.start + span.length <= text.size());
        }
        // Each story starts with an import revision.
        auto revisions = StoryRepository(*db.value()).revisions(s.summary.id);
        QVERIFY(revisions.ok());
        QCOMPARE(revisions->size(), 1);
        QCOMPARE(revisions->at(0).action, QStringLiteral("import"));
        QCOMPARE(revisions->at(0).author, QStringLiteral("tester"));
    }
    QCOMPARE(paragraphs, o.paragraphs);
}

void TestImportJob::reimportAddsNothing()
{
    const auto first = ImportJob::run(params({TestSupport::samplePagePath()}));
    QCOMPARE(first.outcomes[0].kind, ImportOutcome::Kind::Imported);
    // Same bytes under another name.
    const QString copy = file(QStringLiteral("renamed.txt"),
                              TestSupport::readFile(TestSupport::samplePagePath()));
    const auto second = ImportJob::run(params({TestSupport::samplePagePath(), copy}));
    QCOMPARE(second.outcomes.size(), 2);
    for (const auto &o : second.outcomes) {
        QCOMPARE(o.kind, ImportOutcome::Kind::AlreadyImported);
        QCOMPARE(o.pageId, first.outcomes[0].pageId);
        QVERIFY2(o.message.contains(QStringLiteral("already imported as page %1")
                                        .arg(o.pageId)),
                 qPrintable(o.message));
    }
    QVERIFY(second.allSucceeded());
    auto db = Database::open(m_archive);
    QCOMPARE(PageRepository(*db.value()).counts()->pages, 1);
}

void TestImportJob::badFilesAreRefusedOthersImport()
{
    const QString png = file(QStringLiteral("photo.txt"), QByteArray("\x89PNG\r\n\x1a\n\0\0", 10));
    const QString empty = file(QStringLiteral("empty.txt"), QByteArray());
    const QString good = file(QStringLiteral("good.txt"), "第一段。\n\n第二段。\n");
    const QString missing = m_dir->filePath(QStringLiteral("missing.txt"));
    const QString folder = m_dir->filePath(QStringLiteral("no-text"));
    QDir().mkpath(folder);
    file(QStringLiteral("no-text/picture.png"), "x");

    const auto collected = Importing::collectInputs({png, empty, missing, folder, good});
    QCOMPARE(collected.errors.size(), 2);
    QVERIFY(collected.errors[0].contains(QLatin1String("missing.txt")));
    QVERIFY(collected.errors[1].contains(QLatin1String("no .txt files")));

    ImportParams p = params({});
    p.inputs = collected.inputs;
    const auto report = ImportJob::run(p);
    QCOMPARE(report.outcomes.size(), 3);
    QCOMPARE(report.outcomes[0].kind, ImportOutcome::Kind::Refused);
    QVERIFY2(report.outcomes[0].message.contains(QLatin1String("photo.txt"))
                 && report.outcomes[0].message.contains(QLatin1String("PNG")),
             qPrintable(report.outcomes[0].message));
    QCOMPARE(report.outcomes[1].kind, ImportOutcome::Kind::Refused);
    QVERIFY(report.outcomes[1].message.contains(QLatin1String("empty")));
    QCOMPARE(report.outcomes[2].kind, ImportOutcome::Kind::Imported);
    QVERIFY(!report.allSucceeded());

    auto db = Database::open(m_archive);
    const auto counts = PageRepository(*db.value()).counts();
    QCOMPARE(counts->pages, 1);
}

void TestImportJob::gb18030CopyHasTheSameText()
{
    const QByteArray utf8 = TestSupport::readFile(TestSupport::samplePagePath());
    QStringEncoder toGb("GB18030");
    const QString gbFile = file(QStringLiteral("gb.txt"), toGb.encode(QString::fromUtf8(utf8)));
    const auto report = ImportJob::run(params({TestSupport::samplePagePath(), gbFile}));
    QCOMPARE(report.outcomes.size(), 2);
    QCOMPARE(report.outcomes[0].kind, ImportOutcome::Kind::Imported);
    QCOMPARE(report.outcomes[1].kind, ImportOutcome::Kind::Imported);
    QCOMPARE(report.outcomes[1].encoding, QStringLiteral("GB18030"));

    auto db = Database::open(m_archive);
    PageRepository pages(*db.value());
    auto a = pages.loadPage(report.outcomes[0].pageId);
    auto b = pages.loadPage(report.outcomes[1].pageId);
    QCOMPARE(a->stories.size(), b->stories.size());
    for (int s = 0; s < a->stories.size(); ++s) {
        QCOMPARE(b->stories[s].summary.headline, a->stories[s].summary.headline);
        QCOMPARE(b->stories[s].paragraphs.size(), a->stories[s].paragraphs.size());
        for (int p = 0; p < a->stories[s].paragraphs.size(); ++p)
            QCOMPARE(b->stories[s].paragraphs[p].text, a->stories[s].paragraphs[p].text);
    }
}

void TestImportJob::invalidBytesRaiseEncodingFlags()
{
    QByteArray bytes = "第一段文字写得很完整。\n\n第二段";
    bytes += "\xff";
    bytes += "文字也很完整。\n";
    const auto report = ImportJob::run(params({file(QStringLiteral("bad-bytes.txt"), bytes)}));
    QCOMPARE(report.outcomes[0].kind, ImportOutcome::Kind::Imported);
    QCOMPARE(report.outcomes[0].warnings.size(), 1);
    auto db = Database::open(m_archive);
    auto page = PageRepository(*db.value()).loadPage(report.outcomes[0].pageId);
    int encodingFlags = 0;
    for (const auto &s : page->stories) {
        for (const auto &f : s.flags) {
            if (f.kind == QLatin1String(FlagKind::Encoding)) {
                ++encodingFlags;
                QCOMPARE(f.status, QStringLiteral("open"));
                QVERIFY(f.paragraph >= 0);
                QCOMPARE(s.paragraphs[f.paragraph].text.mid(f.start, f.length),
                         QString(QChar::ReplacementCharacter));
            }
        }
    }
    QCOMPARE(encodingFlags, 1);
    // The raw bytes keep the invalid byte.
    QCOMPARE(PageRepository(*db.value()).rawBytes(report.outcomes[0].pageId).value(), bytes);
}

void TestImportJob::sizeLimitRefusesBeforeReading()
{
    ImportParams p = params({file(QStringLiteral("big.txt"), QByteArray(4096, 'a'))});
    p.maxBytes = 1024;
    const auto report = ImportJob::run(p);
    QCOMPARE(report.outcomes[0].kind, ImportOutcome::Kind::Refused);
    QVERIFY2(report.outcomes[0].message.contains(QLatin1String("too large")),
             qPrintable(report.outcomes[0].message));
}

void TestImportJob::folderImportsItsTextFiles()
{
    const QString folder = m_dir->filePath(QStringLiteral("pages"));
    QDir().mkpath(folder);
    file(QStringLiteral("pages/b.txt"), "乙页第一段。\n");
    file(QStringLiteral("pages/a.txt"), "甲页第一段。\n");
    file(QStringLiteral("pages/notes.md"), "not imported");
    const auto report = ImportJob::run(params({folder}));
    QCOMPARE(report.outcomes.size(), 2);
    QCOMPARE(report.outcomes[0].name, QStringLiteral("a.txt"));
    QCOMPARE(report.outcomes[1].name, QStringLiteral("b.txt"));
    QVERIFY(report.allSucceeded());
}

void TestImportJob::cancelStopsBetweenFiles()
{
    const QStringList files = {file(QStringLiteral("1.txt"), "一。\n"),
                               file(QStringLiteral("2.txt"), "二。\n"),
                               file(QStringLiteral("3.txt"), "三。\n")};
    std::atomic_bool cancel{false};
    int progressCalls = 0;
    const auto report = ImportJob::run(
        params(files),
        [&](int done, int total, const ImportOutcome &) {
            ++progressCalls;
            QCOMPARE(total, 3);
            if (done == 1)
                cancel = true;
        },
        &cancel);
    QVERIFY(report.cancelled);
    QCOMPARE(progressCalls, 1);
    QCOMPARE(report.outcomes.size(), 3);
    QCOMPARE(report.outcomes[0].kind, ImportOutcome::Kind::Imported);
    QCOMPARE(report.outcomes[1].kind, ImportOutcome::Kind::Cancelled);
    auto db = Database::open(m_archive);
    QCOMPARE(PageRepository(*db.value()).counts()->pages, 1);
}

void TestImportJob::clipboardTextImports()
{
    ImportParams p = params({});
    p.inputs.push_back({QStringLiteral("clipboard.txt"), QString(),
                        QStringLiteral("粘贴的一段。\n\n又一段。").toUtf8()});
    const auto report = ImportJob::run(p);
    QCOMPARE(report.outcomes[0].kind, ImportOutcome::Kind::Imported);
    QCOMPARE(report.outcomes[0].paragraphs, 2);
}

QTEST_GUILESS_MAIN(TestImportJob)
#include "tst_importjob.moc"
