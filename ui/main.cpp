// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "appicons.h"
#include "common/appidentity.h"
#include "common/version.h"
#include "models/archivecache.h"
#include "models/storylistmodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QImage>
#include <QTimer>

#include <cstring>
#include <memory>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::Main)
};

void setUpParser(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        Tr::tr("Copydesk: clean the raw text of newspaper pages into stories."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), Tr::tr("Open this archive file."), Tr::tr("FILE")});
    parser.addOption({QStringLiteral("read-only"),
                      Tr::tr("Open the archive read-only: no imports, no edits.")});
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  Tr::tr("Save a picture of the window once the files named "
                                         "on the command line are imported (showing the story "
                                         "with the most open flags), then quit."),
                                  Tr::tr("PNG"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshot);
    parser.addPositionalArgument(QStringLiteral("files"),
                                 Tr::tr("Raw page text files or folders to import."),
                                 Tr::tr("[FILE...]"));
}

// --version and --help need no display, so they run under a QCoreApplication.
bool wantsTextOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"--version", "-v", "--help", "-h", "--help-all", "-?"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (wantsTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        Copydesk::initApplicationIdentity();
        Copydesk::installTranslations(app);
        QCommandLineParser parser;
        setUpParser(parser);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    Copydesk::initApplicationIdentity();
    Copydesk::installTranslations(app);
    QGuiApplication::setApplicationDisplayName(Copydesk::applicationName());
    QGuiApplication::setDesktopFileName(Copydesk::applicationId());
    QApplication::setWindowIcon(Copydesk::applicationIcon());

    QCommandLineParser parser;
    setUpParser(parser);
    parser.process(app);

    Copydesk::MainWindow window;
    window.show();
    window.openStartupArchive(parser.value(QStringLiteral("db")),
                              parser.isSet(QStringLiteral("read-only"))
                                  ? Copydesk::MainWindow::Access::ReadOnly
                                  : Copydesk::MainWindow::Access::Auto);
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty() && window.archive()->isOpen())
        window.importPaths(files, /*quietIfKnown=*/true);

    if (parser.isSet(QStringLiteral("screenshot"))) {
        const QString path = parser.value(QStringLiteral("screenshot"));
        const auto grabAndQuit = [&window, path] {
            // Show off the flag marks: the story with the most open flags.
            const Copydesk::StoryListModel *stories = window.storyModel();
            int best = 0;
            for (int row = 1; row < stories->rowCount(); ++row) {
                const auto flags = [stories](int r) {
                    return stories->index(r, Copydesk::StoryListModel::OpenFlagsColumn)
                        .data()
                        .toInt();
                };
                if (flags(row) > flags(best))
                    best = row;
            }
            window.selectStory(stories->storyId(best));
            QTimer::singleShot(600, &window, [&window, path] {
                // A palette image at PNG's strongest compression (quality 0): it goes into the
                // README, where size matters more than the last shade of anti-aliasing.
                const QImage picture = window.grab().toImage().convertToFormat(
                    QImage::Format_Indexed8, Qt::ThresholdDither | Qt::AvoidDither);
                const bool saved = picture.save(path, nullptr, 0);
                QCoreApplication::exit(saved ? 0 : 1);
            });
        };
        if (window.isImportRunning())
            QObject::connect(&window, &Copydesk::MainWindow::importFinished, &window, grabAndQuit);
        else
            grabAndQuit();
    }
    return app.exec();
}
