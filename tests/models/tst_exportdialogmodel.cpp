// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/types.h"
#include "models/exportdialogmodel.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;
using Exporting::Format;

namespace {
// A page of `stories` stories with two paragraphs each; `openDuplicates` of the flags on the
// first story are open duplicates, plus one dismissed duplicate and one open spelling flag
// that must not count.
PageRecord page(int stories, int openDuplicates)
{
    PageRecord page;
    page.summary.id = 1;
    page.summary.source.fileName = QStringLiteral("page one.txt");
    for (int i = 0; i < stories; ++i) {
        StoryRecord story;
        story.summary.id = i + 1;
        story.summary.pageId = 1;
        story.summary.position = i;
        story.summary.headline = QStringLiteral("Headline %1").arg(i + 1);
        story.paragraphs = {ParagraphRecord{1, 0, QStringLiteral("First paragraph."), {}},
                            ParagraphRecord{2, 1, QStringLiteral("Second paragraph."), {}}};
        page.stories.push_back(story);
    }
    if (page.stories.isEmpty())
        return page;
    auto flag = [](const char *kind, const char *status) {
        FlagRecord f;
        f.kind = QString::fromLatin1(kind);
        f.status = QString::fromLatin1(status);
        f.paragraph = 1;
        return f;
    };
    QVector<FlagRecord> &flags = page.stories.first().flags;
    for (int i = 0; i < openDuplicates; ++i)
        flags.push_back(flag(FlagKind::Duplicate, FlagStatus::Open));
    flags.push_back(flag(FlagKind::Duplicate, FlagStatus::Dismissed));
    flags.push_back(flag(FlagKind::Spelling, FlagStatus::Open));
    return page;
}

bool mentions(const QStringList &messages, const QString &word)
{
    for (const QString &m : messages) {
        if (m.contains(word, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
} // namespace

class TestExportDialogModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void validWhenComplete();
    void emptySelectionIsRefused();
    void columnsOutOfRange_data();
    void columnsOutOfRange();
    void missingDestination();
    void batchNeedsAFolder();
    void singleFileRefusesAFolder();
    void formatSwitchesLayoutOptions();
    void formatChangesTheFileSuffix();
    void openDuplicatesAreCounted();
    void settingsRoundTrip();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestExportDialogModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestExportDialogModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestExportDialogModel::validWhenComplete()
{
    ExportDialogModel model;
    model.setPages({page(2, 0)});
    model.setDestination(m_dir->filePath(QStringLiteral("out.pdf")));
    QVERIFY2(model.canExport(), qPrintable(model.validationMessages().join(QLatin1Char('\n'))));
    QCOMPARE(model.storyCount(), 2);
    QCOMPARE(model.openDuplicateCount(), 0);
    QVERIFY(model.openDuplicateWarning().isEmpty());
}

void TestExportDialogModel::emptySelectionIsRefused()
{
    ExportDialogModel model;
    model.setPages({page(0, 0)});
    model.setDestination(m_dir->filePath(QStringLiteral("out.pdf")));
    QVERIFY(!model.canExport());
    QCOMPARE(model.validationMessages().size(), 1);
    QVERIFY(mentions(model.validationMessages(), QStringLiteral("nothing")));
    QVERIFY(!model.previewAvailable());
}

void TestExportDialogModel::columnsOutOfRange_data()
{
    QTest::addColumn<int>("columns");
    QTest::addColumn<bool>("valid");
    QTest::newRow("zero") << 0 << false;
    QTest::newRow("one") << 1 << true;
    QTest::newRow("six") << 6 << true;
    QTest::newRow("seven") << 7 << false;
    QTest::newRow("negative") << -2 << false;
}

void TestExportDialogModel::columnsOutOfRange()
{
    QFETCH(int, columns);
    QFETCH(bool, valid);
    ExportDialogModel model;
    model.setPages({page(1, 0)});
    model.setDestination(m_dir->filePath(QStringLiteral("out.pdf")));
    QSignalSpy changed(&model, &ExportDialogModel::stateChanged);
    model.setColumns(columns);
    QCOMPARE(model.options().columns, columns); // kept as typed, reported instead
    QCOMPARE(model.canExport(), valid);
    if (!valid) {
        QCOMPARE(model.validationMessages().size(), 1);
        QVERIFY(mentions(model.validationMessages(), QStringLiteral("columns")));
    }
    if (columns != 4) // the default: no change, no signal
        QCOMPARE(changed.count(), 1);
}

void TestExportDialogModel::missingDestination()
{
    ExportDialogModel model;
    model.setPages({page(1, 0)});
    QVERIFY(!model.canExport());
    QVERIFY(mentions(model.validationMessages(), QStringLiteral("file")));
    model.setDestination(QStringLiteral("   "));
    QVERIFY(!model.canExport());
    model.setOneFilePerStory(true);
    QVERIFY(mentions(model.validationMessages(), QStringLiteral("folder")));
    model.setDestination(m_dir->path());
    QVERIFY(model.canExport());
}

void TestExportDialogModel::batchNeedsAFolder()
{
    const QString file = m_dir->filePath(QStringLiteral("existing.html"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();

    ExportDialogModel model;
    model.setPages({page(3, 0)});
    model.setOneFilePerStory(true);
    model.setDestination(file);
    QVERIFY(!model.canExport());
    QCOMPARE(model.validationMessages().size(), 1);
    QVERIFY(mentions(model.validationMessages(), QStringLiteral("folder")));

    // A folder that does not exist yet is fine: writeBatch creates it.
    model.setDestination(m_dir->filePath(QStringLiteral("new/stories")));
    QVERIFY(model.canExport());
    model.setDestination(m_dir->path());
    QVERIFY(model.canExport());

    // Back to one file: the folder gets a file name, so the export can start.
    model.setOneFilePerStory(false);
    QVERIFY(model.destination().endsWith(QStringLiteral(".pdf")));
    QVERIFY(model.canExport());
}

void TestExportDialogModel::singleFileRefusesAFolder()
{
    ExportDialogModel model;
    model.setPages({page(1, 0)});
    model.setDestination(m_dir->path());
    QVERIFY(!model.canExport());
    QVERIFY(mentions(model.validationMessages(), QStringLiteral("folder")));
}

void TestExportDialogModel::formatSwitchesLayoutOptions()
{
    ExportDialogModel model;
    model.setPages({page(1, 0)});
    QSignalSpy formatChanged(&model, &ExportDialogModel::formatChanged);
    QSignalSpy preview(&model, &ExportDialogModel::previewInputsChanged);
    QCOMPARE(model.format(), Format::Pdf);
    QVERIFY(model.layoutOptionsApply());
    QVERIFY(model.previewAvailable());

    const QVector<Format> others{Format::Html,     Format::Odt,  Format::Docx,  Format::Text,
                                 Format::Markdown, Format::Json, Format::NewsMl};
    for (Format f : others) {
        model.setFormat(f);
        QCOMPARE(model.format(), f);
        QVERIFY2(!model.layoutOptionsApply(), qPrintable(Exporting::Exporter::formatName(f)));
        QVERIFY(!model.previewAvailable());
    }
    QCOMPARE(formatChanged.count(), others.size());
    QCOMPARE(preview.count(), 0); // no PDF, nothing to redraw
    model.setColumns(2);
    QCOMPARE(preview.count(), 0);

    model.setFormat(Format::Pdf);
    QVERIFY(model.layoutOptionsApply());
    QCOMPARE(preview.count(), 1);
    model.setColumns(3);
    QCOMPARE(preview.count(), 2);
    QCOMPARE(formatChanged.count(), others.size() + 1);
}

void TestExportDialogModel::formatChangesTheFileSuffix()
{
    ExportDialogModel model;
    model.setPages({page(1, 0)});
    model.setDestination(m_dir->filePath(QStringLiteral("story.pdf")));
    QSignalSpy destination(&model, &ExportDialogModel::destinationChanged);
    model.setFormat(Format::Html);
    QCOMPARE(model.destination(), m_dir->filePath(QStringLiteral("story.html")));
    model.setFormat(Format::NewsMl);
    QCOMPARE(model.destination(), m_dir->filePath(QStringLiteral("story.xml")));
    QCOMPARE(destination.count(), 2);
    // A name the editor typed with another suffix stays as it is.
    model.setDestination(m_dir->filePath(QStringLiteral("wire.out")));
    model.setFormat(Format::Text);
    QCOMPARE(model.destination(), m_dir->filePath(QStringLiteral("wire.out")));
    QVERIFY(model.suggestedFileName().endsWith(QStringLiteral(".txt")));
    QVERIFY(!model.suggestedFileName().contains(QLatin1Char(' ')));
}

void TestExportDialogModel::openDuplicatesAreCounted()
{
    ExportDialogModel model;
    QSignalSpy state(&model, &ExportDialogModel::stateChanged);
    model.setPages({page(2, 1)});
    QCOMPARE(state.count(), 1);
    QCOMPARE(model.openDuplicateCount(), 1);
    QVERIFY(model.openDuplicateWarning().contains(QStringLiteral("1 open duplicate")));
    QVERIFY(model.openDuplicateWarning().contains(QStringLiteral("review first")));

    model.setPages({page(2, 3), page(1, 0)});
    QCOMPARE(model.openDuplicateCount(), 3);
    QVERIFY(model.openDuplicateWarning().startsWith(QStringLiteral("3 open duplicate")));
    // A warning, not an error: the editor may export anyway.
    model.setDestination(m_dir->filePath(QStringLiteral("out.pdf")));
    QVERIFY(model.canExport());

    model.setPages({page(2, 0)});
    QCOMPARE(model.openDuplicateCount(), 0);
    QVERIFY(model.openDuplicateWarning().isEmpty());
}

void TestExportDialogModel::settingsRoundTrip()
{
    QSettings settings(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    {
        ExportDialogModel model;
        model.setFormat(Format::Docx);
        model.setPaperSize(Exporting::PaperSize::Tabloid);
        model.setColumns(6);
        model.setMarginsMm(QMarginsF(10, 12, 14, 20));
        model.setOneFilePerStory(true);
        model.saveSettings(settings);
    }
    ExportDialogModel restored;
    restored.restoreSettings(settings);
    QCOMPARE(restored.format(), Format::Docx);
    QCOMPARE(restored.options().paperSize, Exporting::PaperSize::Tabloid);
    QCOMPARE(restored.options().columns, 6);
    QCOMPARE(restored.options().marginsMm, QMarginsF(10, 12, 14, 20));
    QVERIFY(restored.oneFilePerStory());

    // Nonsense in the file leaves the defaults alone.
    settings.setValue(QStringLiteral("export/format"), QStringLiteral("wordperfect"));
    settings.setValue(QStringLiteral("export/columns"), 40);
    settings.setValue(QStringLiteral("export/marginsMm"), QVariantList{1, 1, 1, 1});
    ExportDialogModel fresh;
    fresh.restoreSettings(settings);
    QCOMPARE(fresh.format(), Format::Pdf);
    QCOMPARE(fresh.options().columns, Exporting::LayoutOptions().columns);
    QCOMPARE(fresh.options().marginsMm, Exporting::LayoutOptions().marginsMm);
}

QTEST_GUILESS_MAIN(TestExportDialogModel)
#include "tst_exportdialogmodel.moc"
