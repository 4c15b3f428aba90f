// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonexport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Copydesk::Exporting {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::Exporting::JsonExport)
};

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QJsonObject flagToJson(const FlagRecord &f)
{
    QJsonObject o{{QStringLiteral("id"), f.id},
                  {QStringLiteral("kind"), f.kind},
                  {QStringLiteral("status"), f.status},
                  {QStringLiteral("paragraph"), f.paragraph >= 0 ? QJsonValue(f.paragraph)
                                                                 : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("start"), f.start},
                  {QStringLiteral("length"), f.length},
                  {QStringLiteral("text"), f.text},
                  {QStringLiteral("suggestion"), orNull(f.suggestion)},
                  {QStringLiteral("duplicate_of"), QJsonValue::Null}};
    if (f.duplicateOf) {
        o.insert(QStringLiteral("duplicate_of"),
                 QJsonObject{{QStringLiteral("page"), f.duplicateOf->page},
                             {QStringLiteral("story"), f.duplicateOf->story},
                             {QStringLiteral("paragraph"), f.duplicateOf->paragraph}});
    }
    if (!f.reason.isEmpty())
        o.insert(QStringLiteral("reason"), f.reason);
    if (!f.detail.isEmpty())
        o.insert(QStringLiteral("detail"), f.detail);
    return o;
}

QJsonObject storyToJson(const StoryRecord &s)
{
    QJsonArray paragraphs;
    for (const ParagraphRecord &p : s.paragraphs)
        paragraphs.append(p.text);
    QJsonArray flags;
    for (const FlagRecord &f : s.flags)
        flags.append(flagToJson(f));
    QJsonValue district = QJsonValue::Null;
    if (s.district) {
        QJsonObject d{{QStringLiteral("path"), s.district->path},
                      {QStringLiteral("code"), s.district->code},
                      {QStringLiteral("confirmed"), s.district->confirmed}};
        if (!s.district->reason.isEmpty())
            d.insert(QStringLiteral("reason"), s.district->reason);
        district = d;
    }
    QJsonArray themes;
    for (const ThemeTag &t : s.themes)
        themes.append(QJsonObject{{QStringLiteral("code"), t.code},
                                  {QStringLiteral("label"), t.label},
                                  {QStringLiteral("confirmed"), t.confirmed}});
    return QJsonObject{{QStringLiteral("id"), s.summary.id},
                       {QStringLiteral("position"), s.summary.position},
                       {QStringLiteral("kicker"), orNull(s.summary.kicker)},
                       {QStringLiteral("headline"), s.summary.headline},
                       {QStringLiteral("byline"), orNull(s.summary.byline)},
                       {QStringLiteral("paragraphs"), paragraphs},
                       {QStringLiteral("district"), district},
                       {QStringLiteral("themes"), themes},
                       {QStringLiteral("flags"), flags}};
}

} // namespace

QByteArray JsonExport::write(const QVector<PageRecord> &pages)
{
    QJsonArray jsonPages;
    for (const PageRecord &page : pages) {
        QJsonArray stories;
        for (const StoryRecord &s : page.stories)
            stories.append(storyToJson(s));
        jsonPages.append(QJsonObject{{QStringLiteral("id"), page.summary.id},
                                     {QStringLiteral("source"), page.summary.source.fileName},
                                     {QStringLiteral("sha256"), page.summary.source.sha256},
                                     {QStringLiteral("encoding"), page.summary.source.encoding},
                                     {QStringLiteral("imported_at"),
                                      isoUtc(page.summary.source.importedAt)},
                                     {QStringLiteral("stories"), stories}});
    }
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("copydesk")},
                           {QStringLiteral("version"), FormatVersion},
                           {QStringLiteral("pages"), jsonPages}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<QVector<PageRecord>> JsonExport::read(const QByteArray &json)
{
    using R = Result<QVector<PageRecord>>;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (doc.isNull())
        return R::failure(Tr::tr("not valid JSON: %1").arg(error.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("copydesk"))
        return R::failure(Tr::tr("not a Copydesk export"));
    const int version = root.value(QStringLiteral("version")).toInt();
    if (version < 1 || version > FormatVersion)
        return R::failure(Tr::tr("export format version %1 is not supported").arg(version));

    QVector<PageRecord> pages;
    for (const QJsonValue &pv : root.value(QStringLiteral("pages")).toArray()) {
        const QJsonObject po = pv.toObject();
        PageRecord page;
        page.summary.id = po.value(QStringLiteral("id")).toInteger();
        page.summary.source.fileName = po.value(QStringLiteral("source")).toString();
        page.summary.source.sha256 = po.value(QStringLiteral("sha256")).toString();
        page.summary.source.encoding = po.value(QStringLiteral("encoding")).toString();
        page.summary.source.importedAt = QDateTime::fromString(
            po.value(QStringLiteral("imported_at")).toString(), Qt::ISODate);
        for (const QJsonValue &sv : po.value(QStringLiteral("stories")).toArray()) {
            const QJsonObject so = sv.toObject();
            StoryRecord story;
            story.summary.id = so.value(QStringLiteral("id")).toInteger();
            story.summary.pageId = page.summary.id;
            story.summary.position = so.value(QStringLiteral("position")).toInt();
            story.summary.kicker = so.value(QStringLiteral("kicker")).toString();
            story.summary.headline = so.value(QStringLiteral("headline")).toString();
            story.summary.byline = so.value(QStringLiteral("byline")).toString();
            int position = 0;
            for (const QJsonValue &para : so.value(QStringLiteral("paragraphs")).toArray())
                story.paragraphs.push_back({0, position++, para.toString(), {}});
            story.summary.paragraphCount = story.paragraphs.size();
            const QJsonValue district = so.value(QStringLiteral("district"));
            if (district.isObject()) {
                const QJsonObject d = district.toObject();
                story.district = DistrictTag{d.value(QStringLiteral("path")).toString(),
                                             d.value(QStringLiteral("code")).toString(),
                                             d.value(QStringLiteral("confirmed")).toBool(),
                                             d.value(QStringLiteral("reason")).toString()};
            }
            for (const QJsonValue &tv : so.value(QStringLiteral("themes")).toArray()) {
                const QJsonObject t = tv.toObject();
                story.themes.push_back(ThemeTag{t.value(QStringLiteral("code")).toString(),
                                                t.value(QStringLiteral("label")).toString(),
                                                t.value(QStringLiteral("confirmed")).toBool()});
            }
            for (const QJsonValue &fv : so.value(QStringLiteral("flags")).toArray()) {
                const QJsonObject fo = fv.toObject();
                FlagRecord f;
                f.id = fo.value(QStringLiteral("id")).toInteger();
                f.pageId = page.summary.id;
                f.storyId = story.summary.id;
                f.kind = fo.value(QStringLiteral("kind")).toString();
                f.status = fo.value(QStringLiteral("status")).toString();
                f.paragraph = fo.value(QStringLiteral("paragraph")).toInt(-1);
                f.start = fo.value(QStringLiteral("start")).toInt();
                f.length = fo.value(QStringLiteral("length")).toInt();
                f.text = fo.value(QStringLiteral("text")).toString();
                f.suggestion = fo.value(QStringLiteral("suggestion")).toString();
                f.reason = fo.value(QStringLiteral("reason")).toString();
                f.detail = fo.value(QStringLiteral("detail")).toString();
                const QJsonValue dup = fo.value(QStringLiteral("duplicate_of"));
                if (dup.isObject()) {
                    const QJsonObject d = dup.toObject();
                    f.duplicateOf = ParagraphRef{d.value(QStringLiteral("page")).toInteger(),
                                                 d.value(QStringLiteral("story")).toInteger(),
                                                 d.value(QStringLiteral("paragraph")).toInt()};
                }
                if (f.status == QLatin1String(FlagStatus::Open))
                    ++story.summary.openFlagCount;
                story.flags.push_back(f);
            }
            page.stories.push_back(story);
        }
        page.summary.storyCount = page.stories.size();
        pages.push_back(page);
    }
    return pages;
}

} // namespace Copydesk::Exporting
