// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporting/exporter.h"
#include "exporting/exportselection.h"
#include "exporting/jsonexport.h"
#include "samplepages.h"
#include "testsupport.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;
using namespace Copydesk::Exporting;
using namespace Copydesk::TestSupport;

Q_DECLARE_METATYPE(Copydesk::Exporting::Format)

// The entry point the CLI and the dialog call: names, rendering, batches, warnings.
class TestExporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void formatFromName_data();
    void formatFromName();
    void rejectsUnknownFormats();
    void namesRoundTrip();
    void rendersEveryFormat_data();
    void rendersEveryFormat();
    void writesOneFilePerStory();
    void neverOverwritesExistingFiles();
    void cancelsBatches();
    void countsOpenDuplicates();
    void exportsOnlyCurrentText();

private:
    QVector<PageRecord> m_pages;
};

void TestExporter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_pages = goldPages();
    QCOMPARE(m_pages.size(), 1);
}

void TestExporter::formatFromName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Format>("format");
    QTest::newRow("pdf") << "pdf" << Format::Pdf;
    QTest::newRow("PDF") << "PDF" << Format::Pdf;
    QTest::newRow("html") << "html" << Format::Html;
    QTest::newRow("htm") << "htm" << Format::Html;
    QTest::newRow("odt") << "odt" << Format::Odt;
    QTest::newRow("docx") << " docx " << Format::Docx;
    QTest::newRow("txt") << "txt" << Format::Text;
    QTest::newRow("text") << "text" << Format::Text;
    QTest::newRow("md") << "md" << Format::Markdown;
    QTest::newRow("markdown") << "markdown" << Format::Markdown;
    QTest::newRow("json") << "json" << Format::Json;
    QTest::newRow("newsml") << "newsml" << Format::NewsMl;
    QTest::newRow("newsml-g2") << "NewsML-G2" << Format::NewsMl;
}

void TestExporter::formatFromName()
{
    QFETCH(QString, name);
    QFETCH(Format, format);
    const auto f = Exporter::formatFromName(name);
    QVERIFY2(f.ok(), qPrintable(f.error()));
    QCOMPARE(f.value(), format);
}

void TestExporter::rejectsUnknownFormats()
{
    const auto f = Exporter::formatFromName(QStringLiteral("rtf"));
    QVERIFY(!f.ok());
    QVERIFY(f.error().contains(QStringLiteral("rtf")));
    QVERIFY(f.error().contains(QStringLiteral("newsml")));
}

void TestExporter::namesRoundTrip()
{
    QCOMPARE(Exporter::formats().size(), 8);
    for (Format f : Exporter::formats()) {
        QCOMPARE(Exporter::formatFromName(Exporter::formatName(f)).value(), f);
        QVERIFY(!Exporter::fileSuffix(f).isEmpty());
        QVERIFY(!Exporter::mimeType(f).isEmpty());
        QVERIFY(!Exporter::displayName(f).isEmpty());
    }
    QCOMPARE(Exporter::fileSuffix(Format::NewsMl), QStringLiteral("xml"));
}

void TestExporter::rendersEveryFormat_data()
{
    QTest::addColumn<Format>("format");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("pdf") << Format::Pdf << QByteArray("%PDF-");
    QTest::newRow("html") << Format::Html << QByteArray("<!DOCTYPE html>");
    QTest::newRow("odt") << Format::Odt << QByteArray("PK\x03\x04");
    QTest::newRow("docx") << Format::Docx << QByteArray("PK\x03\x04");
    QTest::newRow("txt") << Format::Text << QByteArray("杭州市上城区\n");
    QTest::newRow("md") << Format::Markdown << QByteArray("*杭州市上城区*");
    QTest::newRow("json") << Format::Json << QByteArray("{");
    QTest::newRow("newsml") << Format::NewsMl << QByteArray("<?xml");
}

void TestExporter::rendersEveryFormat()
{
    QFETCH(Format, format);
    QFETCH(QByteArray, magic);
    const auto bytes = Exporter::render(format, m_pages, LayoutOptions());
    QVERIFY2(bytes.ok(), qPrintable(bytes.error()));
    QVERIFY2(bytes->startsWith(magic), bytes->left(20).constData());
    LayoutOptions bad;
    bad.columns = 0;
    QVERIFY(!Exporter::render(format, m_pages, bad).ok());
}

void TestExporter::writesOneFilePerStory()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("out/batch"));
    QVector<int> seen;
    const auto written = Exporter::writeBatch(Format::Markdown, m_pages, LayoutOptions(), target,
                                              [&seen](int done, int total) {
                                                  seen << done;
                                                  return total == 12;
                                              });
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QCOMPARE(written->size(), 12);
    QCOMPARE(seen.size(), 12);
    QCOMPARE(seen.last(), 12);
    QCOMPARE(QFileInfo(written->first()).fileName(), QStringLiteral("凝聚力量 擦亮“知联品牌”.md"));
    // The last story has no headline or kicker: its name comes from its first words.
    QVERIFY(QFileInfo(written->last()).fileName().startsWith(QStringLiteral("近日")));
    for (int i = 0; i < written->size(); ++i) {
        const QString text = QString::fromUtf8(readFile(written->at(i)));
        QVERIFY(text.contains(m_pages[0].stories[i].paragraphs.last().text.left(10)));
        QVERIFY(!text.contains(QStringLiteral("\n---\n"))); // one story per file
    }
}

void TestExporter::neverOverwritesExistingFiles()
{
    QTemporaryDir dir;
    const QString existing = dir.filePath(QStringLiteral("凝聚力量 擦亮“知联品牌”.json"));
    QVERIFY(writeFile(existing, "keep me"));
    QVector<PageRecord> two = m_pages;
    two[0].stories.resize(2);
    two[0].stories[1].summary.headline = two[0].stories[0].summary.headline;
    const auto written = Exporter::writeBatch(Format::Json, two, LayoutOptions(), dir.path());
    QVERIFY(written.ok());
    QCOMPARE(readFile(existing), QByteArray("keep me"));
    QCOMPARE(QFileInfo(written->at(0)).fileName(),
             QStringLiteral("凝聚力量 擦亮“知联品牌”-2.json"));
    QCOMPARE(QFileInfo(written->at(1)).fileName(),
             QStringLiteral("凝聚力量 擦亮“知联品牌”-3.json"));
    const auto back = JsonExport::read(readFile(written->at(1)));
    QVERIFY(back.ok());
    QCOMPARE(back->first().stories.size(), 1);
}

void TestExporter::cancelsBatches()
{
    QTemporaryDir dir;
    const auto written = Exporter::writeBatch(Format::Text, m_pages, LayoutOptions(), dir.path(),
                                              [](int done, int) { return done < 3; });
    QVERIFY(!written.ok());
    QVERIFY(written.error().contains(QStringLiteral("cancel")));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 3);
}

void TestExporter::countsOpenDuplicates()
{
    QVector<PageRecord> pages = m_pages;
    QCOMPARE(ExportSelection::openDuplicateCount(pages), 0);
    QVERIFY(ExportSelection::openDuplicateWarning(0).isEmpty());
    auto flag = [](const char *kind, const char *status) {
        FlagRecord f;
        f.kind = QLatin1String(kind);
        f.status = QLatin1String(status);
        return f;
    };
    pages[0].stories[3].flags = {flag(FlagKind::Duplicate, FlagStatus::Open),
                                 flag(FlagKind::Duplicate, FlagStatus::Open),
                                 flag(FlagKind::Duplicate, FlagStatus::Dismissed),
                                 flag(FlagKind::Spelling, FlagStatus::Open)};
    pages[0].stories[5].flags = {flag(FlagKind::Duplicate, FlagStatus::Open),
                                 flag(FlagKind::Duplicate, FlagStatus::Accepted)};
    QCOMPARE(ExportSelection::openDuplicateCount(pages), 3);
    // The English plural forms come from translations/copydesk_en.ts once lupdate has run.
    const QString warning = ExportSelection::openDuplicateWarning(3);
    QVERIFY2(warning.startsWith(QStringLiteral("3 open duplicate")), qPrintable(warning));
    QVERIFY(warning.endsWith(QStringLiteral("review first")));
}

void TestExporter::exportsOnlyCurrentText()
{
    // The archive hands over current paragraphs only; blank ones and empty stories drop out.
    QVector<PageRecord> pages = m_pages;
    pages[0].stories.resize(2);
    pages[0].stories[1] = StoryRecord();
    pages[0].stories[0].paragraphs.insert(1, ParagraphRecord{9, 1, QStringLiteral("  \n "), {}});
    const ExportSelection selection(pages, LayoutOptions());
    QCOMPARE(selection.stories().size(), 1);
    QCOMPARE(selection.stories()[0].paragraphs.size(), m_pages[0].stories[0].paragraphs.size());
    QCOMPARE(selection.title(), m_pages[0].stories[0].summary.headline);
    QCOMPARE(selection.sourceLabel(), QStringLiteral("raw.txt"));
    LayoutOptions confirmed;
    confirmed.confirmedTagsOnly = true;
    pages[0].stories[0].themes[0].confirmed = false;
    QCOMPARE(ExportSelection(pages, confirmed).stories()[0].themes.size(),
             m_pages[0].stories[0].themes.size() - 1);
}

QTEST_MAIN(TestExporter)
#include "tst_exporter.moc"
