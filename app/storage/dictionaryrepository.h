// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Copydesk {

class Database;

struct DictionaryWordRecord
{
    QString language; // hunspell dictionary name, e.g. en_US
    QString word;
    QString addedBy;
    QDateTime addedAt; // UTC
};

// The desk's personal spelling dictionary (table dictionary_words, one list per language)
// and the spelling language of pages and stories. The whole desk shares the list: a word
// added by one editor is accepted for everyone, also after a restart (the Proofreader of
// each process loads words() of its language with addPersonalWords()). Lives on its
// Database's thread.
class DictionaryRepository
{
public:
    explicit DictionaryRepository(const Database &db) : m_db(db) {}

    // Adding a word twice is fine (the first entry stays).
    Status addWord(const QString &language, const QString &word, const QString &user) const;
    Status removeWord(const QString &language, const QString &word) const;
    Result<QStringList> words(const QString &language) const; // sorted
    Result<QVector<DictionaryWordRecord>> entries(const QString &language) const;

    // The spelling language chosen for a page or a story; empty: not chosen (inherit).
    // Setting an empty language clears the choice.
    Result<QString> pageLanguage(qint64 pageId) const;
    Status setPageLanguage(qint64 pageId, const QString &language) const;
    Result<QString> storyLanguage(qint64 storyId) const;
    Status setStoryLanguage(qint64 storyId, const QString &language) const;
    // The language to check a story in: its own, else its page's, else the desk setting
    // spelling.language, else `fallback`.
    Result<QString> effectiveLanguage(qint64 storyId,
                                      const QString &fallback = QStringLiteral("en_US")) const;

private:
    const Database &m_db;
};

} // namespace Copydesk
