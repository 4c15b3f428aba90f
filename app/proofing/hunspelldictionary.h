// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dictionary.h"

#include <memory>

class Hunspell;

namespace Copydesk::Proofing {

// A hunspell dictionary found in the system folders (/usr/share/hunspell, myspell).
class HunspellDictionary : public Dictionary
{
public:
    explicit HunspellDictionary(const QString &language = QStringLiteral("en_US"));
    ~HunspellDictionary() override;

    static QStringList searchPaths();
    static QStringList availableLanguages();

    QString language() const override { return m_language; }
    bool isValid() const override { return m_hunspell != nullptr; }
    bool check(const QString &word) const override;
    QStringList suggestions(const QString &word) const override;
    void addWord(const QString &word) override;

private:
    QString m_language;
    std::unique_ptr<Hunspell> m_hunspell;
};

} // namespace Copydesk::Proofing
