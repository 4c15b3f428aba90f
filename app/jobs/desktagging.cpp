// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktagging.h"

#include "storage/database.h"
#include "storage/districtrepository.h"
#include "storage/themerepository.h"
#include "tagging/gazetteer.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>

namespace Copydesk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::DeskTagging)
};

bool sameRecord(const ThemeRecord &a, const ThemeRecord &b)
{
    return a.code == b.code && a.parent == b.parent && a.labelZh == b.labelZh &&
           a.labelEn == b.labelEn && a.keywords == b.keywords &&
           a.weakKeywords == b.weakKeywords && a.retired == b.retired &&
           a.mergedInto == b.mergedInto;
}

struct Loaded
{
    QVector<ThemeRecord> records;
    Tagging::Taxonomy taxonomy;
};

Result<Loaded> load(const Database &db)
{
    if (Status s = DeskTagging::ensureThemesSeeded(db); !s)
        return Result<Loaded>::failure(s.error());
    auto records = ThemeRepository(db).themes();
    if (!records)
        return Result<Loaded>::failure(records.error());
    if (records->isEmpty()) {
        auto seed = Tagging::Taxonomy::load();
        if (!seed)
            return Result<Loaded>::failure(seed.error());
        return Loaded{{}, std::move(seed).value()};
    }
    auto taxonomy = Tagging::Taxonomy::fromRecords(records.value());
    if (!taxonomy)
        return Result<Loaded>::failure(
            Tr::tr("The archive's theme list is damaged: %1").arg(taxonomy.error()));
    return Loaded{records.value(), std::move(taxonomy).value()};
}

// Runs `edit` on the archive's taxonomy and stores the themes it changed (origin kept).
Status applyEdit(const Database &db, const QString &user,
                 const std::function<Status(Tagging::Taxonomy &)> &edit)
{
    if (db.isReadOnly())
        return failure(Tr::tr("The archive is open read-only."));
    auto loaded = load(db);
    if (!loaded)
        return failure(loaded.error());
    Tagging::Taxonomy taxonomy = loaded->taxonomy;
    if (Status s = edit(taxonomy); !s)
        return s;
    QVector<ThemeRecord> changed;
    for (ThemeRecord record : taxonomy.toRecords()) {
        const auto old = std::find_if(loaded->records.cbegin(), loaded->records.cend(),
                                      [&record](const ThemeRecord &r) { return r.code == record.code; });
        if (old != loaded->records.cend()) {
            if (sameRecord(*old, record))
                continue;
            record.origin = old->origin;
        }
        changed.append(record);
    }
    return ThemeRepository(db).save(changed, user);
}
} // namespace

Status DeskTagging::ensureSeeded(const Database &db, const QString &user)
{
    if (Status s = ensureThemesSeeded(db, user); !s)
        return s;
    return ensureDistrictsSeeded(db);
}

Status DeskTagging::ensureThemesSeeded(const Database &db, const QString &user)
{
    if (db.isReadOnly())
        return success();
    const ThemeRepository themes(db);
    auto themeCount = themes.count();
    if (!themeCount)
        return failure(themeCount.error());
    if (themeCount.value() == 0) {
        auto seed = Tagging::Taxonomy::load();
        if (!seed)
            return failure(seed.error());
        QVector<ThemeRecord> records = seed->toRecords();
        for (ThemeRecord &r : records) {
            if (!r.parent.isEmpty())
                r.origin = QStringLiteral("seed");
        }
        if (Status s = themes.seed(records, user); !s)
            return s;
    }
    return success();
}

Status DeskTagging::ensureDistrictsSeeded(const Database &db)
{
    if (db.isReadOnly())
        return success();
    const DistrictRepository districts(db);
    auto districtCount = districts.count();
    if (!districtCount)
        return failure(districtCount.error());
    if (districtCount.value() == 0) {
        const Tagging::Gazetteer &gazetteer = Tagging::Gazetteer::builtIn();
        if (gazetteer.isEmpty())
            return failure(Tr::tr("The district gazetteer is missing."));
        if (Status s = districts.seed(gazetteer.records(), Tagging::Gazetteer::builtInSource());
            !s)
            return s;
    }
    return success();
}

Result<Tagging::Taxonomy> DeskTagging::taxonomy(const Database &db)
{
    auto loaded = load(db);
    if (!loaded)
        return Result<Tagging::Taxonomy>::failure(loaded.error());
    return std::move(loaded).value().taxonomy;
}

Result<Tagging::Tagger> DeskTagging::tagger(const Database &db)
{
    const Tagging::Gazetteer &gazetteer = Tagging::Gazetteer::builtIn();
    if (gazetteer.isEmpty())
        return Result<Tagging::Tagger>::failure(Tr::tr("The district gazetteer is missing."));
    auto taxonomy = DeskTagging::taxonomy(db);
    if (!taxonomy)
        return Result<Tagging::Tagger>::failure(taxonomy.error());
    return Tagging::Tagger(gazetteer, taxonomy.value());
}

Result<QString> DeskTagging::addTheme(const Database &db, const QString &topicCode,
                                      const QString &labelZh, const QStringList &keywords,
                                      const QString &labelEn, const QString &user)
{
    QString code;
    const Status s = applyEdit(db, user, [&](Tagging::Taxonomy &taxonomy) {
        auto added = taxonomy.addTheme(topicCode, labelZh, keywords, labelEn);
        if (!added)
            return failure(added.error());
        code = added.value();
        return success();
    });
    if (!s)
        return Result<QString>::failure(s.error());
    return code;
}

Status DeskTagging::renameTheme(const Database &db, const QString &code, const QString &labelZh,
                                const QString &labelEn, const QString &user)
{
    return applyEdit(db, user, [&](Tagging::Taxonomy &taxonomy) {
        return taxonomy.rename(code, labelZh, labelEn);
    });
}

Status DeskTagging::setKeywords(const Database &db, const QString &code,
                                const QStringList &keywords, const QStringList &weakKeywords,
                                const QString &user)
{
    return applyEdit(db, user, [&](Tagging::Taxonomy &taxonomy) {
        return taxonomy.setKeywords(code, keywords, weakKeywords);
    });
}

Status DeskTagging::mergeThemes(const Database &db, const QString &from, const QString &into,
                                const QString &user)
{
    if (db.isReadOnly())
        return failure(Tr::tr("The archive is open read-only."));
    auto loaded = load(db);
    if (!loaded)
        return failure(loaded.error());
    Tagging::Taxonomy taxonomy = loaded->taxonomy;
    if (Status s = taxonomy.merge(from, into); !s)
        return s;
    auto recordOf = [&](const QString &code) {
        ThemeRecord record = Tagging::Taxonomy::toRecord(*taxonomy.find(code));
        for (const ThemeRecord &old : loaded->records) {
            if (old.code == code)
                record.origin = old.origin;
        }
        return record;
    };
    return ThemeRepository(db).merge(recordOf(from), recordOf(into), user);
}

Status DeskTagging::retireTheme(const Database &db, const QString &code, const QString &user)
{
    return applyEdit(db, user,
                     [&](Tagging::Taxonomy &taxonomy) { return taxonomy.retire(code); });
}

Status DeskTagging::restoreTheme(const Database &db, const QString &code, const QString &user)
{
    return applyEdit(db, user,
                     [&](Tagging::Taxonomy &taxonomy) { return taxonomy.restore(code); });
}

} // namespace Copydesk
