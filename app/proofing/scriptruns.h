// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

namespace Copydesk::Proofing {

enum class Script { Han, Latin, Other };

// A maximal run of one script. Checks pick the runs they understand: hunspell sees Latin
// runs only, so Chinese text is never sent to it.
struct ScriptRun
{
    Script script = Script::Other;
    int start = 0;
    int length = 0;
};

bool isHan(char32_t c);
bool isLatinLetter(char32_t c);
QVector<ScriptRun> scriptRuns(QStringView text);

// A Latin word with its place in the text: letters, with inner apostrophes and hyphens.
struct Word
{
    int start = 0;
    int length = 0;
};
QVector<Word> latinWords(QStringView text);

} // namespace Copydesk::Proofing
