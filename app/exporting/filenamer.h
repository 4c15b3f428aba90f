// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>

namespace Copydesk::Exporting {

// Safe, distinct file names for a batch export, made from headlines. Pure: it never looks at
// the disk; reserve() the names already in the destination. One instance per batch; any
// thread.
//
// Rules: path separators, characters Windows forbids (<>:"|?*), control and format
// characters become '_' (runs collapse); whitespace becomes single spaces; leading dots,
// dashes and spaces and trailing dots and spaces go; Windows device names (CON, PRN, AUX,
// NUL, COM1-9, LPT1-9, with or without extension) get a trailing '_'; names are cut to
// maxBytes of UTF-8 at a character boundary, suffix included; an empty result falls back to
// the given fallback; collisions, compared case-insensitively, become "name-2", "name-3", ...
class FileNamer
{
public:
    static constexpr int DefaultMaxBytes =
        120; // well under the 255-byte limit of most file systems

    explicit FileNamer(QString suffix, int maxBytes = DefaultMaxBytes);

    // Marks a file name (with suffix) as taken.
    void reserve(const QString &fileName);
    // A new distinct name "<safe title>.<suffix>"; `fallback` (e.g. "story-12") when the
    // title leaves nothing usable.
    QString take(const QString &title, const QString &fallback);

    // The rules without the suffix, length limit or numbering.
    static QString sanitize(const QString &title);
    static bool isReservedName(const QString &baseName);

private:
    QString fit(const QString &base, const QString &tail) const;

    QString m_suffix;
    int m_maxBytes;
    QSet<QString> m_taken; // case-folded
};

} // namespace Copydesk::Exporting
