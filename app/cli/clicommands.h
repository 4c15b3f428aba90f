// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Copydesk::Cli {

// Exit codes of copydesk-cli.
enum ExitCode { Success = 0, Failed = 1, Usage = 2 };

// Runs `copydesk-cli <command> [options]` (arguments[0] is the program) and returns the exit
// code. Messages go to stderr, one line each, naming the file and the reason.
int run(const QStringList &arguments);

// Whether these arguments ask for an export that lays out text with fonts (PDF, ODT).
bool needsGui(int argc, char *argv[]);

} // namespace Copydesk::Cli
