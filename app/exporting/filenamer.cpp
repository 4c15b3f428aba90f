// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filenamer.h"

#include <QRegularExpression>
#include <QStringList>

namespace Copydesk::Exporting {

FileNamer::FileNamer(QString suffix, int maxBytes)
    : m_suffix(std::move(suffix)), m_maxBytes(std::max(maxBytes, 16))
{
    if (m_suffix.startsWith(QLatin1Char('.')))
        m_suffix.remove(0, 1);
}

void FileNamer::reserve(const QString &fileName)
{
    m_taken.insert(fileName.toCaseFolded());
}

bool FileNamer::isReservedName(const QString &baseName)
{
    // Windows refuses these as names, also with any extension ("nul.txt") and trailing spaces.
    static const QRegularExpression reserved(
        QStringLiteral("^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\\$|conout\\$)(\\..*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    return reserved.match(baseName.trimmed()).hasMatch();
}

QString FileNamer::sanitize(const QString &title)
{
    static const QString forbidden = QStringLiteral("/\\<>:\"|?*");
    QString out;
    out.reserve(title.size());
    bool lastWasSpace = false;
    bool lastWasUnderscore = false;
    for (qsizetype i = 0; i < title.size(); ++i) {
        const QChar c = title.at(i);
        if (c.isHighSurrogate() && i + 1 < title.size() && title.at(i + 1).isLowSurrogate()) {
            out += c;
            out += title.at(++i);
            lastWasSpace = lastWasUnderscore = false;
            continue;
        }
        if (c.isSpace()) {
            if (!lastWasSpace && !out.isEmpty())
                out += QLatin1Char(' ');
            lastWasSpace = true;
            continue;
        }
        const QChar::Category cat = c.category();
        const bool bad = forbidden.contains(c) || cat == QChar::Other_Control ||
                         cat == QChar::Other_Format || cat == QChar::Other_Surrogate ||
                         cat == QChar::Other_NotAssigned || c.unicode() == 0xFFFD;
        if (bad) {
            if (!lastWasUnderscore)
                out += QLatin1Char('_');
            lastWasUnderscore = true;
            lastWasSpace = false;
            continue;
        }
        out += c;
        lastWasSpace = lastWasUnderscore = false;
    }
    // No hidden files, nothing that reads as a command-line option, no trailing dots
    // (Windows drops them).
    while (!out.isEmpty() && (out.front() == QLatin1Char('.') || out.front() == QLatin1Char('-') ||
                              out.front() == QLatin1Char(' ')))
        out.remove(0, 1);
    while (!out.isEmpty() && (out.back() == QLatin1Char('.') || out.back() == QLatin1Char(' ')))
        out.chop(1);
    if (out == QLatin1String("_"))
        out.clear();
    if (isReservedName(out))
        out += QLatin1Char('_');
    return out;
}

QString FileNamer::fit(const QString &base, const QString &tail) const
{
    const int room = m_maxBytes - int(tail.toUtf8().size());
    QString cut = base;
    while (!cut.isEmpty() && cut.toUtf8().size() > room) {
        cut.chop(cut.size() >= 2 && cut.back().isLowSurrogate() ? 2 : 1);
        // Do not leave a combining mark without its base.
        while (!cut.isEmpty() && cut.back().isMark())
            cut.chop(1);
    }
    while (!cut.isEmpty() && (cut.back() == QLatin1Char(' ') || cut.back() == QLatin1Char('.')))
        cut.chop(1);
    return cut + tail;
}

QString FileNamer::take(const QString &title, const QString &fallback)
{
    QString base = sanitize(title);
    if (base.isEmpty())
        base = sanitize(fallback);
    if (base.isEmpty())
        base = QStringLiteral("story");
    const QString ext = m_suffix.isEmpty() ? QString() : QLatin1Char('.') + m_suffix;
    QString name = fit(base, ext);
    for (int n = 2; m_taken.contains(name.toCaseFolded()) || name == ext; ++n)
        name = fit(base, QStringLiteral("-%1").arg(n) + ext);
    m_taken.insert(name.toCaseFolded());
    return name;
}

} // namespace Copydesk::Exporting
