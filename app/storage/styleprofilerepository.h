// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace Copydesk {

class Database;

// A house-style profile as the archive keeps it. `settings` is the JSON of
// Proofing::HouseStyleProfile::toJson(); storage does not interpret it.
struct StyleProfileRecord
{
    QString name;
    QByteArray settings;
    bool isDefault = false;
    QString updatedBy;
    QDateTime updatedAt; // UTC
};

// House-style profiles, one per publication (table style_profiles). The desk's profile is the
// default one; a page can name another (pages.style_profile), e.g. web copy imported into a
// newspaper desk. Lives on its Database's thread.
class StyleProfileRepository
{
public:
    explicit StyleProfileRepository(const Database &db) : m_db(db) {}

    Result<QVector<StyleProfileRecord>> profiles() const; // by name
    Result<std::optional<StyleProfileRecord>> profile(const QString &name) const;
    // Creates or replaces the profile's settings; `makeDefault` also makes it the desk's.
    Status save(const QString &name, const QByteArray &settings, const QString &user,
                bool makeDefault = false) const;
    // Removes it; pages that named it fall back to the desk's profile.
    Status remove(const QString &name) const;

    // The desk's profile: at most one is the default. An empty name leaves none.
    Status setDefault(const QString &name) const;
    Result<std::optional<StyleProfileRecord>> defaultProfile() const;

    // A page's own choice (empty: the desk's) and the profile that applies to it.
    Status setPageProfile(qint64 pageId, const QString &name) const;
    Result<std::optional<StyleProfileRecord>> profileForPage(qint64 pageId) const;

private:
    const Database &m_db;
};

} // namespace Copydesk
