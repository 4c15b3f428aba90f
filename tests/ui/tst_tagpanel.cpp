// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/importjob.h"
#include "mainwindow.h"
#include "models/districttreemodel.h"
#include "models/storysearchmodel.h"
#include "storage/database.h"
#include "storage/pagerepository.h"
#include "storage/storyrepository.h"
#include "storage/tagrepository.h"
#include "storage/themerepository.h"
#include "tagpanel.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace Copydesk;

namespace {
// Chinese comes from an input method: QTest::keyClicks() only types ASCII.
void typeText(QWidget *widget, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}
} // namespace

// Tagging in the window: the story's tag panel (district picker, theme checklist), the
// Browse tab and the Themes dialog, each checked against what the archive then holds.
class TestTagPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void pickAndConfirmDistrict();
    void confirmSuggestedDistrict();
    void confirmCheckedThemes();
    void browseFiltersTheStories();
    void themesDialogAddsASubTheme();

private:
    bool openOnStory(MainWindow &window, int storyIndex);
    StoryTagSet storedTags(qint64 storyId) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_archive;
    QVector<qint64> m_stories;
    qint64 m_pageId = 0;
};

void TestTagPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        QSKIP("The Qt SQLite driver is not installed");
}

void TestTagPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir->filePath(QStringLiteral("settings")));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir->filePath(QStringLiteral("settings")));
    QSettings().clear();
    m_archive = m_dir->filePath(QStringLiteral("archive.sqlite"));
    // The sample page, imported (and tagged) the way the window's import does it.
    ImportParams params;
    params.archivePath = m_archive;
    params.user = QStringLiteral("tester");
    params.inputs = Importing::collectInputs({TestSupport::samplePagePath()}).inputs;
    const ImportReport report = ImportJob::run(params);
    QVERIFY(report.allSucceeded());
    auto db = Database::open(m_archive);
    QVERIFY(db.ok());
    m_pageId = PageRepository(*db.value()).pages()->first().id;
    m_stories.clear();
    for (const StorySummary &s : StoryRepository(*db.value()).stories(m_pageId).value())
        m_stories << s.id;
    QVERIFY(m_stories.size() > 3);
}

bool TestTagPanel::openOnStory(MainWindow &window, int storyIndex)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !window.openArchive(m_archive))
        return false;
    return window.selectPage(m_pageId) && window.selectStory(m_stories[storyIndex])
           && window.findChild<TagPanel *>(QStringLiteral("tagPanel"))->storyId()
                  == m_stories[storyIndex];
}

StoryTagSet TestTagPanel::storedTags(qint64 storyId) const
{
    auto db = Database::open(m_archive);
    if (!db)
        return {};
    auto tags = TagRepository(*db.value()).tags(storyId);
    return tags ? tags.value() : StoryTagSet();
}

void TestTagPanel::pickAndConfirmDistrict()
{
    MainWindow window;
    QVERIFY(openOnStory(window, 0));
    const StoryTagSet before = storedTags(m_stories[0]);
    QVERIFY(!before.district || !before.district->confirmed);

    // A district no rule would suggest for this page, found by a short form.
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("districtSearch"));
    auto *results = window.findChild<QListView *>(QStringLiteral("districtResults"));
    auto *confirm = window.findChild<QPushButton *>(QStringLiteral("confirmPickedDistrict"));
    QVERIFY(search && results && confirm);
    QVERIFY(!confirm->isEnabled());
    typeText(search, QStringLiteral("定海"));
    QVERIFY(results->model()->rowCount() > 0);
    QCOMPARE(results->currentIndex().data().toString(), QStringLiteral("浙江省/舟山市/定海区"));
    QVERIFY(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);

    const StoryTagSet after = storedTags(m_stories[0]);
    QVERIFY(after.district.has_value());
    QCOMPARE(after.district->code, QStringLiteral("330902"));
    QCOMPARE(after.district->path, QStringLiteral("浙江省/舟山市/定海区"));
    QVERIFY(after.district->confirmed);
    auto *confirmed = window.findChild<QLabel *>(QStringLiteral("confirmedDistrict"));
    QVERIFY(confirmed->text().contains(QStringLiteral("浙江省/舟山市/定海区")));
    // The suggestion is still shown, apart from the confirmed district.
    auto *suggested = window.findChild<QLabel *>(QStringLiteral("suggestedDistrict"));
    if (before.district)
        QVERIFY(suggested->text().contains(before.district->path));

    // Enter in the search field confirms the highlighted match as well.
    QTest::keyClicks(search, QStringLiteral("330106"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(storedTags(m_stories[0]).district->code, QStringLiteral("330106"));
}

void TestTagPanel::confirmSuggestedDistrict()
{
    int index = -1;
    for (int i = 0; i < m_stories.size() && index < 0; ++i) {
        if (storedTags(m_stories[i]).district)
            index = i;
    }
    QVERIFY(index >= 0);
    const DistrictTag suggestion = *storedTags(m_stories[index]).district;
    MainWindow window;
    QVERIFY(openOnStory(window, index));
    auto *suggested = window.findChild<QLabel *>(QStringLiteral("suggestedDistrict"));
    QVERIFY(suggested->text().contains(suggestion.path));
    auto *confirm = window.findChild<QPushButton *>(QStringLiteral("confirmSuggestedDistrict"));
    QVERIFY(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
    const StoryTagSet after = storedTags(m_stories[index]);
    QCOMPARE(after.district->code, suggestion.code);
    QVERIFY(after.district->confirmed);
}

void TestTagPanel::confirmCheckedThemes()
{
    MainWindow window;
    QVERIFY(openOnStory(window, 1));
    auto *list = window.findChild<QListWidget *>(QStringLiteral("themeChecklist"));
    QVERIFY(list);
    // Check a theme from "Other themes" (weather) and uncheck everything else.
    QListWidgetItem *weather = nullptr;
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem *item = list->item(row);
        if (!(item->flags() & Qt::ItemIsUserCheckable))
            continue;
        const bool isWeather = item->toolTip() == QLatin1String("medtop:17000000");
        item->setCheckState(isWeather ? Qt::Checked : Qt::Unchecked);
        if (isWeather)
            weather = item;
    }
    QVERIFY(weather);
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("confirmThemes")),
                      Qt::LeftButton);
    const StoryTagSet after = storedTags(m_stories[1]);
    QCOMPARE(after.themes.size(), 1);
    QCOMPARE(after.themes[0].code, QStringLiteral("medtop:17000000"));
    QVERIFY(after.themes[0].confirmed);
    // The list now shows it as confirmed and primary, at the top.
    QCOMPARE(list->item(1)->toolTip(), QStringLiteral("medtop:17000000"));
    QCOMPARE(list->item(1)->checkState(), Qt::Checked);

    // Suggesting again keeps the confirmed theme first.
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("suggestAgain")),
                      Qt::LeftButton);
    const StoryTagSet again = storedTags(m_stories[1]);
    QVERIFY(!again.themes.isEmpty());
    QCOMPARE(again.themes[0].code, QStringLiteral("medtop:17000000"));
    QVERIFY(again.themes[0].confirmed);
}

void TestTagPanel::browseFiltersTheStories()
{
    MainWindow window;
    QVERIFY(openOnStory(window, 0));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    auto *browse = window.findChild<QWidget *>(QStringLiteral("browsePanel"));
    tabs->setCurrentWidget(browse);
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("districtTree"));
    auto *results = window.findChild<QTreeView *>(QStringLiteral("searchResults"));
    QVERIFY(tree && results);
    QCOMPARE(results->model()->rowCount(), m_stories.size());
    QVERIFY(tree->model()->rowCount() > 0);

    // A province in the tree: only stories tagged inside it.
    const QModelIndex province = tree->model()->index(0, 0);
    const QString code = province.data(DistrictTreeModel::CodeRole).toString();
    tree->setCurrentIndex(province);
    QCOMPARE(results->model()->rowCount(), province.data(DistrictTreeModel::CountRole).toInt());
    for (int row = 0; row < results->model()->rowCount(); ++row) {
        const qint64 id = results->model()->index(row, 0).data(StorySearchModel::StoryIdRole)
                              .toLongLong();
        QVERIFY(storedTags(id).district->code.startsWith(code));
    }

    // And text: the first story's headline, typed and entered.
    auto db = Database::open(m_archive);
    const QString headline = StoryRepository(*db.value()).stories(m_pageId)->first().headline;
    QVERIFY(headline.size() >= 3);
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("browseSearch"));
    typeText(search, headline.left(3));
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(results->model()->rowCount() >= 1);
    for (int row = 0; row < results->model()->rowCount(); ++row) {
        const qint64 id = results->model()->index(row, 0).data(StorySearchModel::StoryIdRole)
                              .toLongLong();
        QVERIFY(storedTags(id).district->code.startsWith(code));
    }

    // Activating a result opens the story in the Stories tab.
    const QModelIndex first = results->model()->index(0, 0);
    const qint64 id = first.data(StorySearchModel::StoryIdRole).toLongLong();
    Q_EMIT results->activated(first);
    QCOMPARE(window.currentStoryId(), id);
    QVERIFY(tabs->currentWidget() != browse);

    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("clearFilters")),
                      Qt::LeftButton);
    QCOMPARE(results->model()->rowCount(), m_stories.size());
}

void TestTagPanel::themesDialogAddsASubTheme()
{
    MainWindow window;
    QVERIFY(openOnStory(window, 0));
    auto *action = window.findChild<QAction *>(QStringLiteral("actionTaxonomy"));
    QVERIFY(action);
    action->trigger();
    auto *dialog = window.findChild<QDialog *>(QStringLiteral("taxonomyDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("themeTree"));
    QCOMPARE(tree->topLevelItemCount(), 17);
    tree->setCurrentItem(tree->topLevelItem(10)); // medtop:11000000
    typeText(dialog->findChild<QLineEdit *>(QStringLiteral("newThemeLabelZh")),
             QStringLiteral("海洋治理"));
    typeText(dialog->findChild<QLineEdit *>(QStringLiteral("newThemeKeywords")),
             QStringLiteral("湾长制，海洋督察"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addTheme")),
                      Qt::LeftButton);
    auto db = Database::open(m_archive);
    const auto themes = ThemeRepository(*db.value()).themes();
    QVERIFY(themes.ok());
    const auto added = std::find_if(themes->cbegin(), themes->cend(), [](const ThemeRecord &t) {
        return t.labelZh == QStringLiteral("海洋治理");
    });
    QVERIFY(added != themes->cend());
    QCOMPARE(added->parent, QStringLiteral("medtop:11000000"));
    QCOMPARE(added->keywords, (QStringList{QStringLiteral("湾长制"), QStringLiteral("海洋督察")}));
    // Selected in the tree, and offered in the story's checklist.
    QCOMPARE(tree->currentItem()->text(2), added->code);
    auto *list = window.findChild<QListWidget *>(QStringLiteral("themeChecklist"));
    bool listed = false;
    for (int row = 0; row < list->count(); ++row)
        listed = listed || list->item(row)->toolTip() == added->code;
    QVERIFY(listed);

    // Retire it again from the dialog.
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("retireTheme")),
                      Qt::LeftButton);
    const auto after = ThemeRepository(*db.value()).themes();
    const auto retired = std::find_if(after->cbegin(), after->cend(), [&](const ThemeRecord &t) {
        return t.code == added->code;
    });
    QVERIFY(retired->retired);
    dialog->close();
}

QTEST_MAIN(TestTagPanel)
#include "tst_tagpanel.moc"
