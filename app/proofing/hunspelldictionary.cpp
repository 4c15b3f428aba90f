// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hunspelldictionary.h"

#include <QDir>
#include <QFileInfo>

#include <hunspell/hunspell.hxx>

namespace Copydesk::Proofing {

QStringList HunspellDictionary::searchPaths()
{
    QStringList paths;
    const QString env = qEnvironmentVariable("DICPATH");
    if (!env.isEmpty())
        paths += env.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    paths << QStringLiteral("/usr/share/hunspell") << QStringLiteral("/usr/share/myspell")
          << QStringLiteral("/usr/share/myspell/dicts") << QStringLiteral("/usr/local/share/hunspell");
    return paths;
}

QStringList HunspellDictionary::availableLanguages()
{
    QStringList out;
    for (const QString &path : searchPaths()) {
        for (const QFileInfo &f : QDir(path).entryInfoList({QStringLiteral("*.dic")}, QDir::Files)) {
            if (QFileInfo::exists(f.path() + QLatin1Char('/') + f.completeBaseName()
                                  + QStringLiteral(".aff"))
                && !out.contains(f.completeBaseName()))
                out << f.completeBaseName();
        }
    }
    out.sort();
    return out;
}

HunspellDictionary::HunspellDictionary(const QString &language) : m_language(language)
{
    for (const QString &path : searchPaths()) {
        const QString aff = path + QLatin1Char('/') + language + QStringLiteral(".aff");
        const QString dic = path + QLatin1Char('/') + language + QStringLiteral(".dic");
        if (QFileInfo::exists(aff) && QFileInfo::exists(dic)) {
            m_hunspell = std::make_unique<Hunspell>(QFile::encodeName(aff).constData(),
                                                    QFile::encodeName(dic).constData());
            break;
        }
    }
}

HunspellDictionary::~HunspellDictionary() = default;

// The Debian dictionaries are UTF-8 (SET UTF-8), so words pass as UTF-8.
bool HunspellDictionary::check(const QString &word) const
{
    return !m_hunspell || m_hunspell->spell(word.toStdString());
}

QStringList HunspellDictionary::suggestions(const QString &word) const
{
    QStringList out;
    if (!m_hunspell)
        return out;
    for (const std::string &s : m_hunspell->suggest(word.toStdString()))
        out << QString::fromStdString(s);
    return out;
}

void HunspellDictionary::addWord(const QString &word)
{
    if (m_hunspell)
        m_hunspell->add(word.toStdString());
}

} // namespace Copydesk::Proofing
