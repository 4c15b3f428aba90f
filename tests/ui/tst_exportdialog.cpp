// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"
#include "exporting/exporter.h"
#include "mainwindow.h"
#include "models/archivecache.h"
#include "models/exportdialogmodel.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;

class TestExportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void previewShowsTheFirstPdfPage();
    void exportsHtml();
    void batchWritesOneFilePerStory();
    void batchCanBeCancelled();
    void openDuplicatesAskFirst();
    void fileMenuOpensTheDialog();

private:
    bool openWithPages(MainWindow &window, const QVector<Importing::ImportInput> &inputs);
    void choose(QComboBox *combo, int data);
    void setDestination(ExportDialog &dialog, const QString &path);
    QMessageBox *duplicateBox(ExportDialog &dialog) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestExportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        QSKIP("The Qt SQLite driver is not installed");
}

void TestExportDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir->filePath(QStringLiteral("settings")));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir->filePath(QStringLiteral("settings")));
    QSettings().clear();
}

void TestExportDialog::cleanup()
{
    const QList<QWidget *> windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows) {
        if (qobject_cast<QMessageBox *>(w))
            w->close();
    }
}

// An archive in the temporary folder with `inputs` imported (the sample page when empty),
// its first page and story selected.
bool TestExportDialog::openWithPages(MainWindow &window,
                                     const QVector<Importing::ImportInput> &inputs)
{
    if (!window.openArchive(m_dir->filePath(QStringLiteral("archive.sqlite"))))
        return false;
    QSignalSpy finished(&window, &MainWindow::importFinished);
    if (inputs.isEmpty())
        window.importPaths({TestSupport::samplePagePath()});
    else
        window.importInputs(inputs);
    if (finished.isEmpty() && !finished.wait(60000))
        return false;
    return window.lastImportReport().allSucceeded() && window.currentPageId() > 0 &&
           window.currentStoryId() > 0;
}

void TestExportDialog::choose(QComboBox *combo, int data)
{
    const int index = combo->findData(data);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

void TestExportDialog::setDestination(ExportDialog &dialog, const QString &path)
{
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("destinationEdit"));
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, QDir::toNativeSeparators(path));
    QCOMPARE(dialog.model()->destination(), QDir::toNativeSeparators(path));
}

QMessageBox *TestExportDialog::duplicateBox(ExportDialog &dialog) const
{
    auto *box = dialog.findChild<QMessageBox *>(QStringLiteral("duplicateWarningBox"));
    return box && box->isVisible() ? box : nullptr;
}

void TestExportDialog::previewShowsTheFirstPdfPage()
{
    MainWindow window;
    QVERIFY(openWithPages(window, {}));
    ExportDialog dialog(window.archive(), window.currentPageId(), window.currentStoryId(), &window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    auto *format = dialog.findChild<QComboBox *>(QStringLiteral("formatCombo"));
    auto *preview = dialog.findChild<QLabel *>(QStringLiteral("previewLabel"));
    auto *layout = dialog.findChild<QWidget *>(QStringLiteral("layoutGroup"));
    auto *columns = dialog.findChild<QSpinBox *>(QStringLiteral("columnsSpin"));
    QVERIFY(format && preview && layout && columns);

    choose(format, int(Exporting::Format::Html));
    QVERIFY(!layout->isEnabled());
    QVERIFY(preview->pixmap().isNull());

    choose(format, int(Exporting::Format::Pdf));
    QVERIFY(layout->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!preview->pixmap().isNull(), 30000);
    const qint64 first = preview->pixmap().cacheKey();

    // Typing a new column count redraws it.
    columns->setFocus();
    columns->selectAll();
    QTest::keyClicks(columns, QStringLiteral("2"));
    QCOMPARE(dialog.model()->options().columns, 2);
    QTRY_VERIFY_WITH_TIMEOUT(preview->pixmap().cacheKey() != first, 30000);
    QVERIFY(!preview->pixmap().isNull());
}

void TestExportDialog::exportsHtml()
{
    MainWindow window;
    QVERIFY(openWithPages(window, {}));
    const auto story = window.archive()->story(window.currentStoryId());
    QVERIFY(story);
    QVERIFY(!story->summary.headline.isEmpty());
    ExportDialog dialog(window.archive(), window.currentPageId(), window.currentStoryId(), &window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    auto *scope = dialog.findChild<QComboBox *>(QStringLiteral("scopeCombo"));
    auto *format = dialog.findChild<QComboBox *>(QStringLiteral("formatCombo"));
    auto *exportButton = dialog.findChild<QPushButton *>(QStringLiteral("exportButton"));
    QVERIFY(scope && format && exportButton);
    choose(scope, int(ExportDialogModel::Scope::Story));
    QCOMPARE(dialog.model()->storyCount(), 1);
    choose(format, int(Exporting::Format::Html));

    const QString out = m_dir->filePath(QStringLiteral("out/story.html"));
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("out"))));
    setDestination(dialog, out);
    QVERIFY2(exportButton->isEnabled(),
             qPrintable(dialog.model()->validationMessages().join(QLatin1Char('\n'))));
    QSignalSpy succeeded(&dialog, &ExportDialog::exportSucceeded);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    if (QMessageBox *box = duplicateBox(dialog)) { // the sample may carry open duplicates
        auto *anyway = box->findChild<QPushButton *>(QStringLiteral("exportAnywayButton"));
        QVERIFY(anyway);
        QTest::mouseClick(anyway, Qt::LeftButton);
    }
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(out), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(succeeded.count(), 1, 30000);
    QCOMPARE(succeeded.first().first().toStringList(), QStringList{out});
    QVERIFY(!dialog.isVisible());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    QVERIFY(html.contains(QStringLiteral("<h1")));
    QVERIFY(html.contains(story->summary.headline.toHtmlEscaped()));

    // The choice is remembered for the next dialog.
    ExportDialog again(window.archive(), window.currentPageId(), window.currentStoryId(), &window);
    QCOMPARE(again.model()->format(), Exporting::Format::Html);
}

void TestExportDialog::batchWritesOneFilePerStory()
{
    MainWindow window;
    QVERIFY(openWithPages(window, {}));
    ExportDialog dialog(window.archive(), window.currentPageId(), window.currentStoryId(), &window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    auto *scope = dialog.findChild<QComboBox *>(QStringLiteral("scopeCombo"));
    auto *format = dialog.findChild<QComboBox *>(QStringLiteral("formatCombo"));
    auto *perStory = dialog.findChild<QCheckBox *>(QStringLiteral("perStoryCheck"));
    auto *exportButton = dialog.findChild<QPushButton *>(QStringLiteral("exportButton"));
    QVERIFY(scope && format && perStory && exportButton);
    choose(scope, int(ExportDialogModel::Scope::Page));
    choose(format, int(Exporting::Format::Markdown));
    const int stories = dialog.model()->storyCount();
    QVERIFY(stories > 1);
    // On the box itself: the check box is as wide as the form, its text is not.
    QTest::mouseClick(perStory, Qt::LeftButton, {}, QPoint(8, perStory->height() / 2));
    QVERIFY(dialog.model()->oneFilePerStory());
    const QString folder = m_dir->filePath(QStringLiteral("batch"));
    setDestination(dialog, folder);
    QVERIFY(exportButton->isEnabled());

    QSignalSpy succeeded(&dialog, &ExportDialog::exportSucceeded);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    if (QMessageBox *box = duplicateBox(dialog)) {
        auto *anyway = box->findChild<QPushButton *>(QStringLiteral("exportAnywayButton"));
        QVERIFY(anyway);
        QTest::mouseClick(anyway, Qt::LeftButton);
    }
    QTRY_COMPARE_WITH_TIMEOUT(succeeded.count(), 1, 60000);
    QCOMPARE(succeeded.first().first().toStringList().size(), stories);
    QCOMPARE(QDir(folder).entryList({QStringLiteral("*.md")}, QDir::Files).size(), stories);
}

void TestExportDialog::batchCanBeCancelled()
{
    MainWindow window;
    QVERIFY(openWithPages(window, {}));
    ExportDialog dialog(window.archive(), window.currentPageId(), window.currentStoryId(), &window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *scope = dialog.findChild<QComboBox *>(QStringLiteral("scopeCombo"));
    auto *format = dialog.findChild<QComboBox *>(QStringLiteral("formatCombo"));
    auto *perStory = dialog.findChild<QCheckBox *>(QStringLiteral("perStoryCheck"));
    auto *exportButton = dialog.findChild<QPushButton *>(QStringLiteral("exportButton"));
    auto *cancel = dialog.findChild<QPushButton *>(QStringLiteral("cancelExportButton"));
    auto *progress = dialog.findChild<QProgressBar *>(QStringLiteral("exportProgress"));
    auto *result = dialog.findChild<QLabel *>(QStringLiteral("resultLabel"));
    QVERIFY(scope && format && perStory && exportButton && cancel && progress && result);
    choose(scope, int(ExportDialogModel::Scope::Page));
    choose(format, int(Exporting::Format::Pdf)); // slow enough to stop between files
    perStory->setChecked(true);
    const QString folder = m_dir->filePath(QStringLiteral("cancelled"));
    setDestination(dialog, folder);
    const int stories = dialog.model()->storyCount();
    QVERIFY(stories > 2);
    QVERIFY(!cancel->isVisible() && !progress->isVisible()); // only while exporting

    QTest::mouseClick(exportButton, Qt::LeftButton);
    if (QMessageBox *box = duplicateBox(dialog)) {
        auto *anyway = box->findChild<QPushButton *>(QStringLiteral("exportAnywayButton"));
        QVERIFY(anyway);
        QTest::mouseClick(anyway, Qt::LeftButton);
    }
    QVERIFY(dialog.isExportRunning());
    QVERIFY(progress->isVisible());
    QVERIFY(cancel->isVisible());
    QVERIFY(!exportButton->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isExportRunning(), 60000);

    // Stopped after the file being written; the dialog stays open and says so.
    QVERIFY(dialog.isVisible());
    QVERIFY(!progress->isVisible());
    QVERIFY(!cancel->isVisible());
    QVERIFY(result->text().contains(QStringLiteral("cancel"), Qt::CaseInsensitive));
    const int written = int(QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files).size());
    QVERIFY2(written >= 1 && written < stories, qPrintable(QString::number(written)));
    QVERIFY(exportButton->isEnabled());
}

void TestExportDialog::openDuplicatesAskFirst()
{
    // Two stories, the second reprinting both paragraphs of the first: open duplicates.
    const QByteArray page =
        QStringLiteral(
            "大雪过后 长兴全力保畅通\n\n"
            "近日，湖州市长兴县迎来大范围强降雪天气，对群众出行造成不便。县交通运输局第一时间"
            "启动应急预案，组织人员和机械连夜清扫主干道路积雪，确保道路安全畅通。\n\n"
            "截至目前，全县累计出动除雪人员一千二百余人次，机械设备三百余台次，撒布融雪剂四百"
            "余吨，主要道路已基本恢复正常通行。\n\n"
            "暖心服务 温暖环卫工人\n\n"
            "长兴县各街道为一线环卫工人送去热姜茶和防寒手套，社区志愿者也主动加入清扫队伍，"
            "共同守护市民出行安全。\n\n"
            "近日，湖州市长兴县迎来大范围强降雪天气，对群众出行造成不便。县交通运输局第一时间"
            "启动应急预案，组织人员和机械连夜清扫主干道路积雪，确保道路安全畅通。\n\n"
            "截至目前，全县累计出动除雪人员一千二百余人次，机械设备三百余台次，撒布融雪剂四百"
            "余吨，主要道路已基本恢复正常通行。\n")
            .toUtf8();
    MainWindow window;
    QVERIFY(openWithPages(window,
                          {Importing::ImportInput{QStringLiteral("dup.txt"), QString(), page}}));
    ExportDialog dialog(window.archive(), window.currentPageId(), window.currentStoryId(), &window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *scope = dialog.findChild<QComboBox *>(QStringLiteral("scopeCombo"));
    auto *format = dialog.findChild<QComboBox *>(QStringLiteral("formatCombo"));
    auto *warning = dialog.findChild<QLabel *>(QStringLiteral("duplicateLabel"));
    auto *exportButton = dialog.findChild<QPushButton *>(QStringLiteral("exportButton"));
    QVERIFY(scope && format && warning && exportButton);
    choose(scope, int(ExportDialogModel::Scope::Page));
    choose(format, int(Exporting::Format::Text));
    const int open = dialog.model()->openDuplicateCount();
    QVERIFY(open >= 2);
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(QStringLiteral("%1 open duplicate").arg(open)));
    const QString out = m_dir->filePath(QStringLiteral("dup.txt"));
    setDestination(dialog, out);

    // Review first: nothing is written, the window is asked to show the review queue.
    QSignalSpy review(&dialog, &ExportDialog::reviewRequested);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QMessageBox *box = duplicateBox(dialog);
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("review first")));
    auto *reviewFirst = box->findChild<QPushButton *>(QStringLiteral("reviewFirstButton"));
    QVERIFY(reviewFirst);
    QTest::mouseClick(reviewFirst, Qt::LeftButton);
    QCOMPARE(review.count(), 1);
    QVERIFY(!dialog.isVisible());
    QVERIFY(!QFileInfo::exists(out));

    // Export anyway: written.
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(exportButton, Qt::LeftButton);
    box = duplicateBox(dialog);
    QVERIFY(box);
    auto *anyway = box->findChild<QPushButton *>(QStringLiteral("exportAnywayButton"));
    QVERIFY(anyway);
    QTest::mouseClick(anyway, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(out), 30000);
}

void TestExportDialog::fileMenuOpensTheDialog()
{
    MainWindow window;
    auto *action = window.findChild<QAction *>(QStringLiteral("actionExport"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QVERIFY(openWithPages(window, {}));
    QVERIFY(action->isEnabled());
    action->trigger();
    auto *dialog = window.findChild<ExportDialog *>(QStringLiteral("exportDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->model()->scope(), ExportDialogModel::Scope::Story);
    QCOMPARE(dialog->model()->storyCount(), 1);
    auto *scope = dialog->findChild<QComboBox *>(QStringLiteral("scopeCombo"));
    QVERIFY(scope);
    QCOMPARE(scope->count(), 3); // this story, the selected page, all pages

    // All pages are read on the pool; Export waits for them.
    choose(scope, int(ExportDialogModel::Scope::AllPages));
    const int stories = window.archive()->page(window.currentPageId())->storyCount;
    QTRY_COMPARE_WITH_TIMEOUT(dialog->model()->storyCount(), stories, 30000);
    QCOMPARE(dialog->model()->pages().size(), 1);
    dialog->reject();
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
