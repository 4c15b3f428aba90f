// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "taxonomy.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace Copydesk::Tagging {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::Tagging::Taxonomy)
};

constexpr char Format[] = "copydesk-taxonomy";
constexpr int FormatVersion = 1;

QStringList cleanKeywords(const QStringList &keywords)
{
    QStringList result;
    for (const QString &k : keywords) {
        const QString word = k.trimmed();
        if (word.size() >= 2 && !result.contains(word))
            result.append(word);
    }
    return result;
}

QJsonArray toArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &s : list)
        array.append(s);
    return array;
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list.append(v.toString());
    return list;
}

bool isTopicCode(const QString &code)
{
    static const QRegularExpression re(QStringLiteral("^medtop:\\d{8}$"));
    return re.match(code).hasMatch();
}

} // namespace

bool Theme::operator==(const Theme &o) const
{
    return code == o.code && parent == o.parent && labelZh == o.labelZh && labelEn == o.labelEn &&
           keywords == o.keywords && weakKeywords == o.weakKeywords && retired == o.retired &&
           mergedInto == o.mergedInto;
}

Result<Taxonomy> Taxonomy::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (doc.isNull())
        return Result<Taxonomy>::failure(
            Tr::tr("The theme list is not valid JSON: %1").arg(error.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(Format) ||
        root.value(QStringLiteral("version")).toInt() > FormatVersion)
        return Result<Taxonomy>::failure(Tr::tr("The theme list has an unknown format."));

    Taxonomy taxonomy;
    QSet<QString> codes;
    for (const QJsonValue &value : root.value(QStringLiteral("themes")).toArray()) {
        const QJsonObject o = value.toObject();
        Theme theme;
        theme.code = o.value(QStringLiteral("code")).toString();
        theme.parent = o.value(QStringLiteral("parent")).toString();
        theme.labelZh = o.value(QStringLiteral("zh")).toString();
        theme.labelEn = o.value(QStringLiteral("en")).toString();
        theme.keywords = cleanKeywords(toStringList(o.value(QStringLiteral("keywords"))));
        theme.weakKeywords = cleanKeywords(toStringList(o.value(QStringLiteral("weakKeywords"))));
        theme.retired = o.value(QStringLiteral("retired")).toBool();
        theme.mergedInto = o.value(QStringLiteral("mergedInto")).toString();
        if (theme.code.isEmpty() || codes.contains(theme.code))
            return Result<Taxonomy>::failure(
                Tr::tr("The theme list has a missing or repeated code: %1").arg(theme.code));
        if (theme.isTopic() != isTopicCode(theme.code))
            return Result<Taxonomy>::failure(
                Tr::tr("Theme %1: only IPTC Media Topics stand at the top.").arg(theme.code));
        codes.insert(theme.code);
        taxonomy.m_themes.append(theme);
    }
    for (const Theme &theme : std::as_const(taxonomy.m_themes)) {
        const Theme *parent = theme.isTopic() ? nullptr : taxonomy.find(theme.parent);
        if (!theme.isTopic() && (!parent || !parent->isTopic()))
            return Result<Taxonomy>::failure(
                Tr::tr("Theme %1 hangs from %2, which is not a Media Topic.")
                    .arg(theme.code, theme.parent));
        if (!theme.mergedInto.isEmpty() && !codes.contains(theme.mergedInto))
            return Result<Taxonomy>::failure(Tr::tr("Theme %1 was merged into an unknown theme %2.")
                                                 .arg(theme.code, theme.mergedInto));
    }
    return taxonomy;
}

Result<Taxonomy> Taxonomy::fromRecords(const QVector<ThemeRecord> &records)
{
    // One validation path for both sources: the records go through the JSON form.
    QJsonArray themes;
    for (const ThemeRecord &r : records) {
        QJsonObject o;
        o.insert(QStringLiteral("code"), r.code);
        if (!r.parent.isEmpty())
            o.insert(QStringLiteral("parent"), r.parent);
        o.insert(QStringLiteral("zh"), r.labelZh);
        o.insert(QStringLiteral("en"), r.labelEn);
        o.insert(QStringLiteral("keywords"), toArray(r.keywords));
        o.insert(QStringLiteral("weakKeywords"), toArray(r.weakKeywords));
        o.insert(QStringLiteral("retired"), r.retired);
        if (!r.mergedInto.isEmpty())
            o.insert(QStringLiteral("mergedInto"), r.mergedInto);
        themes.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), QLatin1String(Format));
    root.insert(QStringLiteral("version"), FormatVersion);
    root.insert(QStringLiteral("themes"), themes);
    return fromJson(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

ThemeRecord Taxonomy::toRecord(const Theme &theme)
{
    ThemeRecord r;
    r.code = theme.code;
    r.parent = theme.parent;
    r.labelZh = theme.labelZh;
    r.labelEn = theme.labelEn;
    r.keywords = theme.keywords;
    r.weakKeywords = theme.weakKeywords;
    r.origin = theme.isTopic() ? QStringLiteral("iptc") : QStringLiteral("desk");
    r.retired = theme.retired;
    r.mergedInto = theme.mergedInto;
    return r;
}

QVector<ThemeRecord> Taxonomy::toRecords() const
{
    QVector<ThemeRecord> records;
    records.reserve(m_themes.size());
    for (const Theme &theme : m_themes)
        records.append(toRecord(theme));
    return records;
}

Result<Taxonomy> Taxonomy::load()
{
    QFile file(QStringLiteral(":/copydesk/themes/themes.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Result<Taxonomy>::failure(
            Tr::tr("Cannot read the built-in theme list: %1").arg(file.errorString()));
    return fromJson(file.readAll());
}

QByteArray Taxonomy::toJson() const
{
    QJsonArray themes;
    for (const Theme &theme : m_themes) {
        QJsonObject o;
        o.insert(QStringLiteral("code"), theme.code);
        if (!theme.parent.isEmpty())
            o.insert(QStringLiteral("parent"), theme.parent);
        o.insert(QStringLiteral("zh"), theme.labelZh);
        o.insert(QStringLiteral("en"), theme.labelEn);
        o.insert(QStringLiteral("keywords"), toArray(theme.keywords));
        o.insert(QStringLiteral("weakKeywords"), toArray(theme.weakKeywords));
        if (theme.retired)
            o.insert(QStringLiteral("retired"), true);
        if (!theme.mergedInto.isEmpty())
            o.insert(QStringLiteral("mergedInto"), theme.mergedInto);
        themes.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), QLatin1String(Format));
    root.insert(QStringLiteral("version"), FormatVersion);
    root.insert(QStringLiteral("themes"), themes);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

const Theme *Taxonomy::find(const QString &code) const
{
    for (const Theme &theme : m_themes) {
        if (theme.code == code)
            return &theme;
    }
    return nullptr;
}

Theme *Taxonomy::findMutable(const QString &code)
{
    for (Theme &theme : m_themes) {
        if (theme.code == code)
            return &theme;
    }
    return nullptr;
}

QVector<Theme> Taxonomy::topics() const
{
    QVector<Theme> result;
    for (const Theme &theme : m_themes) {
        if (theme.isTopic())
            result.append(theme);
    }
    return result;
}

QVector<Theme> Taxonomy::children(const QString &topicCode, bool includeRetired) const
{
    QVector<Theme> result;
    for (const Theme &theme : m_themes) {
        if (theme.parent == topicCode && (includeRetired || !theme.retired))
            result.append(theme);
    }
    return result;
}

QString Taxonomy::resolve(const QString &code) const
{
    QString current = code;
    // A chain of merges is short; the bound guards against a hand-edited cycle.
    for (int hops = 0; hops < m_themes.size(); ++hops) {
        const Theme *theme = find(current);
        if (!theme || theme->mergedInto.isEmpty())
            return theme ? current : QString();
        current = theme->mergedInto;
    }
    return {};
}

QString Taxonomy::topicOf(const QString &code) const
{
    const Theme *theme = find(resolve(code));
    if (!theme)
        return {};
    return theme->isTopic() ? theme->code : theme->parent;
}

QString Taxonomy::label(const QString &code, Language language) const
{
    const Theme *theme = find(code);
    if (!theme)
        return {};
    if (language == Language::English && !theme->labelEn.isEmpty())
        return theme->labelEn;
    return theme->labelZh;
}

Status Taxonomy::checkLabel(const QString &labelZh, const QString &exceptCode) const
{
    if (labelZh.trimmed().isEmpty())
        return failure(Tr::tr("A theme needs a name."));
    for (const Theme &theme : m_themes) {
        if (!theme.retired && theme.code != exceptCode && theme.labelZh == labelZh.trimmed())
            return failure(Tr::tr("There is already a theme called %1.").arg(labelZh.trimmed()));
    }
    return success();
}

Result<QString> Taxonomy::addTheme(const QString &topicCode, const QString &labelZh,
                                   const QStringList &keywords, const QString &labelEn)
{
    const Theme *topic = find(topicCode);
    if (!topic || !topic->isTopic())
        return Result<QString>::failure(
            Tr::tr("New themes go under one of the Media Topics, not under %1.").arg(topicCode));
    if (Status ok = checkLabel(labelZh, {}); !ok)
        return Result<QString>::failure(ok.error());

    QString slug = labelEn.trimmed().toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    while (slug.startsWith(u'-'))
        slug.remove(0, 1);
    while (slug.endsWith(u'-'))
        slug.chop(1);
    const QString base = slug.isEmpty() ? QString() : QStringLiteral("desk:") + slug;
    QString code = base;
    for (int n = 1; code.isEmpty() || find(code); ++n) {
        code = base.isEmpty() ? QStringLiteral("desk:%1").arg(n)
                              : QStringLiteral("%1-%2").arg(base).arg(n + 1);
    }

    Theme theme;
    theme.code = code;
    theme.parent = topicCode;
    theme.labelZh = labelZh.trimmed();
    theme.labelEn = labelEn.trimmed();
    theme.keywords = cleanKeywords(keywords);
    m_themes.append(theme);
    return code;
}

Status Taxonomy::rename(const QString &code, const QString &labelZh, const QString &labelEn)
{
    Theme *theme = findMutable(code);
    if (!theme)
        return failure(Tr::tr("There is no theme %1.").arg(code));
    if (theme->isTopic())
        return failure(Tr::tr("IPTC Media Topics keep their names."));
    if (Status ok = checkLabel(labelZh, code); !ok)
        return ok;
    theme->labelZh = labelZh.trimmed();
    if (!labelEn.trimmed().isEmpty())
        theme->labelEn = labelEn.trimmed();
    return success();
}

Status Taxonomy::setKeywords(const QString &code, const QStringList &keywords,
                             const QStringList &weakKeywords)
{
    Theme *theme = findMutable(code);
    if (!theme)
        return failure(Tr::tr("There is no theme %1.").arg(code));
    theme->keywords = cleanKeywords(keywords);
    theme->weakKeywords = cleanKeywords(weakKeywords);
    return success();
}

Status Taxonomy::merge(const QString &from, const QString &into)
{
    Theme *source = findMutable(from);
    Theme *target = findMutable(into);
    if (!source || !target)
        return failure(Tr::tr("There is no theme %1.").arg(source ? into : from));
    if (source->isTopic())
        return failure(Tr::tr("IPTC Media Topics cannot be merged away."));
    if (from == into || source->retired || target->retired)
        return failure(Tr::tr("Only two different active themes can be merged."));
    target->keywords = cleanKeywords(target->keywords + source->keywords);
    target->weakKeywords = cleanKeywords(target->weakKeywords + source->weakKeywords);
    source->retired = true;
    source->mergedInto = into;
    return success();
}

Status Taxonomy::retire(const QString &code)
{
    Theme *theme = findMutable(code);
    if (!theme)
        return failure(Tr::tr("There is no theme %1.").arg(code));
    if (theme->isTopic())
        return failure(Tr::tr("IPTC Media Topics cannot be retired."));
    theme->retired = true;
    return success();
}

Status Taxonomy::restore(const QString &code)
{
    Theme *theme = findMutable(code);
    if (!theme)
        return failure(Tr::tr("There is no theme %1.").arg(code));
    if (!theme->mergedInto.isEmpty())
        return failure(Tr::tr("%1 was merged into another theme.").arg(theme->labelZh));
    if (Status ok = checkLabel(theme->labelZh, code); !ok)
        return ok;
    theme->retired = false;
    return success();
}

} // namespace Copydesk::Tagging
