// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/records.h"
#include "common/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Copydesk::Tagging {

// One theme: an IPTC Media Topic at the top (medtop:06000000) or a desk sub-theme under one
// (desk:ecology). Keywords are words and phrases of two or more characters; weak keywords
// count for less (教育 also turns up in 警示教育).
struct Theme
{
    QString code;
    QString parent; // empty for a Media Topic
    QString labelZh;
    QString labelEn;
    QStringList keywords;
    QStringList weakKeywords;
    bool retired = false;
    QString mergedInto; // set when the theme was merged into another

    bool isTopic() const { return parent.isEmpty(); }
    bool operator==(const Theme &o) const;
};

// The desk's themes: the 17 top-level IPTC Media Topics, which are fixed (their keywords may
// be edited), and the desk's own sub-themes under them, which editors add, rename, merge and
// retire. Retired and merged themes stay in the taxonomy so tags that use them keep a label
// and resolve() still finds where they went. A plain value: storage persists it as
// toJson(); not thread-safe for writes, copy it to hand it to another thread.
class Taxonomy
{
public:
    enum class Language
    {
        Chinese,
        English
    };

    static Result<Taxonomy> fromJson(const QByteArray &json);
    // The seed taxonomy compiled into the library (:/copydesk/themes/themes.json).
    static Result<Taxonomy> load();
    QByteArray toJson() const;
    // The archive's copy (table `themes`, see ThemeRepository), checked like fromJson().
    static Result<Taxonomy> fromRecords(const QVector<ThemeRecord> &records);
    // Topics get origin "iptc", sub-themes "desk".
    QVector<ThemeRecord> toRecords() const;
    static ThemeRecord toRecord(const Theme &theme);

    const QVector<Theme> &themes() const { return m_themes; }
    const Theme *find(const QString &code) const;
    QVector<Theme> topics() const;
    QVector<Theme> children(const QString &topicCode, bool includeRetired = false) const;
    // Follows merges: the theme a code stands for now (itself if never merged).
    QString resolve(const QString &code) const;
    // The Media Topic a code belongs to (itself for a topic), after resolve().
    QString topicOf(const QString &code) const;
    QString label(const QString &code, Language language = Language::Chinese) const;

    // Editing. Codes of new sub-themes are "desk:" plus the English label as a slug, or a
    // number when there is none. Labels must be unique among active themes.
    Result<QString> addTheme(const QString &topicCode, const QString &labelZh,
                             const QStringList &keywords, const QString &labelEn = {});
    Status rename(const QString &code, const QString &labelZh, const QString &labelEn = {});
    Status setKeywords(const QString &code, const QStringList &keywords,
                       const QStringList &weakKeywords = {});
    // `from` (a sub-theme) is retired and its keywords go to `into` (any active theme).
    Status merge(const QString &from, const QString &into);
    Status retire(const QString &code);
    Status restore(const QString &code);

private:
    Theme *findMutable(const QString &code);
    Status checkLabel(const QString &labelZh, const QString &exceptCode) const;

    QVector<Theme> m_themes;
};

} // namespace Copydesk::Tagging
