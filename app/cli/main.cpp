// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

#include "common/appidentity.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Copydesk::initApplicationIdentity();
    Copydesk::installTranslations(app);
    return Copydesk::Cli::run(QCoreApplication::arguments());
}
