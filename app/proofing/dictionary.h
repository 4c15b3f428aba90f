// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Copydesk::Proofing {

// A spelling dictionary for one language. Implementations are not shared across threads.
class Dictionary
{
public:
    virtual ~Dictionary() = default;
    virtual QString language() const = 0;
    virtual bool isValid() const = 0;
    virtual bool check(const QString &word) const = 0;
    virtual QStringList suggestions(const QString &word) const = 0;
    // Accept a word for this session (the personal list in the archive feeds this).
    virtual void addWord(const QString &word) = 0;
};

} // namespace Copydesk::Proofing
