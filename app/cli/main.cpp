// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

#include "common/appidentity.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char *argv[])
{
    // PDF and ODT layout needs fonts, which Qt keeps in QtGui: those exports run a
    // QGuiApplication on the offscreen platform, everything else a plain QCoreApplication.
    std::unique_ptr<QCoreApplication> app;
    if (Copydesk::Cli::needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    Copydesk::initApplicationIdentity();
    Copydesk::installTranslations(*app);
    return Copydesk::Cli::run(QCoreApplication::arguments());
}
