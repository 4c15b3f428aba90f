// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/types.h"

#include <QHash>
#include <QString>
#include <QVector>

namespace Copydesk::Proofing {

// One entry of the desk's errata table: text that is always wrong and what to write.
struct Erratum
{
    QString wrong;
    QString right;
};

// The house errata table as a check: every occurrence of a `wrong` text is a flag of kind
// "errata" (ErrataCheck::Kind) with `right` as the suggestion. The table grows when a
// proofreader confirms a correction with "always" (ErrataRepository::addErratum) and is loaded
// from the archive by whoever builds the Proofreader. Overlapping entries: the longest match
// at a position wins. Entries that begin or end with a Latin letter match whole words only
// (`teh` is not flagged inside `tehran`). Not thread-safe to modify; check() is const.
class ErrataCheck
{
public:
    static constexpr char Kind[] = "errata";

    void setEntries(const QVector<Erratum> &entries);
    // Adds or replaces one entry.
    void add(const Erratum &entry);
    void remove(const QString &wrong);
    int size() const { return int(m_entries.size()); }
    bool isEmpty() const { return m_entries.isEmpty(); }

    QVector<FlagDraft> check(const QString &text, int paragraph) const;

private:
    void rebuildIndex();
    QVector<Erratum> m_entries;
    // Entries by the first UTF-16 unit of `wrong`, longest first.
    QHash<char16_t, QVector<int>> m_byFirst;
};

} // namespace Copydesk::Proofing
