// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gazetteer.h"

#include "tagginglog.h"

#include <QFile>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <vector>

namespace Copydesk::Tagging {

using namespace Qt::StringLiterals;

namespace {

// Suffixes that name a unit's kind, longest first within each level.
const QStringList &suffixes(DistrictLevel level)
{
    static const QStringList province{u"特别行政区"_s, u"自治区"_s, u"省"_s, u"市"_s};
    static const QStringList city{u"自治州"_s, u"地区"_s, u"盟"_s, u"市"_s};
    static const QStringList county{u"自治县"_s, u"自治旗"_s, u"林区"_s, u"特区"_s, u"新区"_s,
                                    u"区"_s,     u"县"_s,     u"市"_s,   u"旗"_s};
    static const QStringList town{u"街道办事处"_s, u"街道"_s, u"办事处"_s, u"地区"_s,
                                  u"苏木"_s,       u"镇"_s,   u"乡"_s};
    switch (level) {
    case DistrictLevel::Province:
        return province;
    case DistrictLevel::City:
        return city;
    case DistrictLevel::County:
        return county;
    case DistrictLevel::Town:
        break;
    }
    return town;
}

// Peoples named in autonomous units (广西壮族自治区, 景宁畲族自治县, 伊犁哈萨克自治州),
// longest first so 蒙古 wins over a shorter match. Single-character names are stripped only
// together with 族, since 白/水/土 also end ordinary place names.
const QStringList &peoples()
{
    static const QStringList list = [] {
        QStringList l{
            u"维吾尔"_s, u"柯尔克孜"_s, u"乌孜别克"_s, u"塔吉克"_s, u"哈萨克"_s, u"鄂伦春"_s,
            u"鄂温克"_s, u"达斡尔"_s,   u"俄罗斯"_s,   u"塔塔尔"_s, u"土家"_s,   u"布依"_s,
            u"哈尼"_s,   u"傈僳"_s,     u"拉祜"_s,     u"东乡"_s,   u"纳西"_s,   u"景颇"_s,
            u"仫佬"_s,   u"布朗"_s,     u"撒拉"_s,     u"毛南"_s,   u"仡佬"_s,   u"锡伯"_s,
            u"阿昌"_s,   u"普米"_s,     u"德昂"_s,     u"保安"_s,   u"裕固"_s,   u"独龙"_s,
            u"赫哲"_s,   u"门巴"_s,     u"珞巴"_s,     u"基诺"_s,   u"高山"_s,   u"蒙古"_s,
            u"朝鲜"_s,   u"壮"_s,       u"回"_s,       u"藏"_s,     u"苗"_s,     u"彝"_s,
            u"侗"_s,     u"瑶"_s,       u"白"_s,       u"傣"_s,     u"黎"_s,     u"佤"_s,
            u"畲"_s,     u"水"_s,       u"土"_s,       u"羌"_s,     u"怒"_s,     u"京"_s,
            u"满"_s,     u"各"_s};
        std::stable_sort(l.begin(), l.end(),
                         [](const QString &a, const QString &b) { return a.size() > b.size(); });
        return l;
    }();
    return list;
}

QString stripPeoples(QString stem)
{
    bool stripped = true;
    while (stripped) {
        stripped = false;
        const bool withZu = stem.endsWith(u'族');
        const QString core = withZu ? stem.chopped(1) : stem;
        for (const QString &people : peoples()) {
            if (!withZu && people.size() < 2)
                continue;
            if (core.endsWith(people) && core.size() - people.size() >= 2) {
                stem = core.chopped(people.size());
                stripped = true;
                break;
            }
        }
    }
    return stem;
}

DistrictLevel levelOfCode(qsizetype length)
{
    switch (length) {
    case 2:
        return DistrictLevel::Province;
    case 4:
        return DistrictLevel::City;
    case 6:
        return DistrictLevel::County;
    default:
        return DistrictLevel::Town;
    }
}

quint32 prefixKey(QChar a, QChar b)
{
    return (quint32(a.unicode()) << 16) | b.unicode();
}

QList<QByteArray> dataLines(const QByteArray &bytes)
{
    QList<QByteArray> lines;
    for (const QByteArray &raw : bytes.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (!line.isEmpty() && !line.startsWith('#'))
            lines.append(line);
    }
    return lines;
}

QByteArray readResource(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    return file.readAll();
}

} // namespace

struct Gazetteer::Data
{
    struct NameEntry
    {
        QString text;
        QVector<NameTarget> targets;
    };

    QVector<District> districts;
    QHash<QString, int> byCode;
    QVector<QVector<int>> children; // index + 1; [0] holds the provinces
    std::vector<NameEntry> names;
    QHash<QString, int> nameIndex;
    QHash<quint32, QVector<int>> byPrefix; // first two characters -> names, longest first
    std::vector<char16_t> folds;           // 65536 entries, 0 where nothing folds

    void addName(const QString &name, NameTarget target)
    {
        auto it = nameIndex.constFind(name);
        int entry = 0;
        if (it == nameIndex.constEnd()) {
            entry = int(names.size());
            names.push_back({name, {}});
            nameIndex.insert(name, entry);
        } else {
            entry = *it;
        }
        QVector<NameTarget> &targets = names[size_t(entry)].targets;
        for (const NameTarget &t : targets) {
            if (t.district == target.district)
                return; // 吉林市's short form and full name already there
        }
        targets.append(target);
    }
};

Gazetteer::Gazetteer() = default;

QStringList Gazetteer::shortFormsFor(const QString &name, DistrictLevel level)
{
    for (const QString &suffix : suffixes(level)) {
        if (!name.endsWith(suffix) || name.size() <= suffix.size())
            continue;
        QString stem = name.chopped(suffix.size());
        if (suffix.startsWith(u"自治") || level == DistrictLevel::Town)
            stem = stripPeoples(stem);
        if (stem.size() < 2 || stem == name)
            return {};
        // 广东路街道, 中山北路街道: without the suffix the stem is the road itself.
        if (level == DistrictLevel::Town &&
            (stem.endsWith(u'路') || stem.endsWith(u'街') || stem.endsWith(u'道') ||
             stem.endsWith(u'巷') || stem.endsWith(u'弄')))
            return {};
        return {stem};
    }
    return {};
}

Result<Gazetteer> Gazetteer::fromTsv(const QByteArray &divisions, const QByteArray &variants,
                                     const QByteArray &commonWords)
{
    auto data = std::make_shared<Data>();
    const QList<QByteArray> lines = dataLines(divisions);
    data->districts.reserve(lines.size());
    for (const QByteArray &line : lines) {
        const int tab = line.indexOf('\t');
        if (tab <= 0)
            return Result<Gazetteer>::failure(
                QStringLiteral("Bad gazetteer line: %1").arg(QString::fromUtf8(line)));
        District district;
        district.code = QString::fromLatin1(line.left(tab));
        district.name = QString::fromUtf8(line.mid(tab + 1)).trimmed();
        const qsizetype n = district.code.size();
        if (n != 2 && n != 4 && n != 6 && n != 9)
            return Result<Gazetteer>::failure(
                QStringLiteral("Bad district code: %1").arg(district.code));
        district.level = levelOfCode(n);
        data->byCode.insert(district.code, int(data->districts.size()));
        data->districts.append(district);
    }

    data->children.resize(data->districts.size() + 1);
    for (int i = 0; i < data->districts.size(); ++i) {
        District &district = data->districts[i];
        const QString &code = district.code;
        int parent = -1;
        for (int len : {6, 4, 2}) {
            if (len >= code.size())
                continue;
            parent = data->byCode.value(code.left(len), -1);
            if (parent >= 0)
                break;
        }
        if (district.level != DistrictLevel::Province && parent < 0)
            return Result<Gazetteer>::failure(
                QStringLiteral("District %1 has no parent").arg(code));
        district.parent = parent;
        data->children[parent + 1].append(i);
        district.shortForms = shortFormsFor(district.name, district.level);
    }

    QSet<QString> common;
    for (const QByteArray &line : dataLines(commonWords))
        common.insert(QString::fromUtf8(line));

    // A unit called just 街道 or 新区 (the data has a few) would match every such word.
    QSet<QString> bareSuffixes;
    for (DistrictLevel level : {DistrictLevel::Province, DistrictLevel::City, DistrictLevel::County,
                                DistrictLevel::Town}) {
        for (const QString &suffix : suffixes(level))
            bareSuffixes.insert(suffix);
    }
    for (int i = 0; i < data->districts.size(); ++i) {
        const District &district = data->districts[i];
        // Towns named like a phrase (生物医药产业园, 某某农场) rather than 某某镇 read as words
        // more often than as places.
        bool phraseLike = district.level == DistrictLevel::Town;
        for (const QString &suffix : suffixes(DistrictLevel::Town))
            phraseLike = phraseLike && !district.name.endsWith(suffix);
        // Two-character names (古县, 和县, 城区) hide inside ordinary phrases (古县城,
        // 和县领导) too often to count without their city around them.
        const bool tooShort = district.name.size() == 2;
        if (district.name.size() >= 2 && !bareSuffixes.contains(district.name))
            data->addName(
                district.name,
                {i, NameForm::Full, tooShort || phraseLike || common.contains(district.name)});
        for (const QString &form : district.shortForms) {
            const bool needsContext =
                district.level == DistrictLevel::Town || common.contains(form);
            data->addName(form, {i, NameForm::Short, needsContext});
        }
    }
    for (int e = 0; e < int(data->names.size()); ++e) {
        const QString &text = data->names[size_t(e)].text;
        data->byPrefix[prefixKey(text[0], text[1])].append(e);
    }
    for (QVector<int> &entries : data->byPrefix) {
        std::stable_sort(entries.begin(), entries.end(), [&data](int a, int b) {
            return data->names[size_t(a)].text.size() > data->names[size_t(b)].text.size();
        });
    }

    data->folds.assign(0x10000, 0);
    for (const QByteArray &line : dataLines(variants)) {
        const QStringList fields = QString::fromUtf8(line).split(u'\t');
        if (fields.size() != 2 || fields[0].size() != 1 || fields[1].size() != 1)
            continue; // only one-to-one folds inside the BMP keep offsets unchanged
        data->folds[fields[0][0].unicode()] = fields[1][0].unicode();
    }

    Gazetteer gazetteer;
    gazetteer.d = std::move(data);
    return gazetteer;
}

Result<Gazetteer> Gazetteer::load()
{
    QString error;
    const QByteArray divisions = readResource(u":/copydesk/gazetteer/divisions.tsv"_s, &error);
    if (divisions.isEmpty())
        return Result<Gazetteer>::failure(
            QStringLiteral("Cannot read the district gazetteer: %1").arg(error));
    const QByteArray variants = readResource(u":/copydesk/gazetteer/variants.tsv"_s, &error);
    const QByteArray common = readResource(u":/copydesk/gazetteer/common-words.txt"_s, &error);
    return fromTsv(divisions, variants, common);
}

const Gazetteer &Gazetteer::builtIn()
{
    static const Gazetteer instance = [] {
        Result<Gazetteer> loaded = load();
        if (!loaded) {
            qCCritical(lcTagging) << loaded.error();
            return Gazetteer();
        }
        return std::move(loaded).value();
    }();
    return instance;
}

QString Gazetteer::builtInSource()
{
    QString error;
    const QByteArray divisions = readResource(u":/copydesk/gazetteer/divisions.tsv"_s, &error);
    for (const QByteArray &raw : divisions.left(4096).split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.startsWith("# source:"))
            return QString::fromUtf8(line.mid(9)).trimmed();
    }
    return {};
}

QVector<DistrictRecord> Gazetteer::records() const
{
    QVector<DistrictRecord> out;
    if (!d)
        return out;
    out.reserve(d->districts.size());
    for (const District &district : d->districts) {
        DistrictRecord r;
        r.code = district.code;
        r.parentCode = district.parent >= 0 ? d->districts[district.parent].code : QString();
        r.level = int(district.level);
        r.name = district.name;
        r.shortName = district.shortForms.value(0);
        out.append(r);
    }
    return out;
}

QString Gazetteer::publishedCode(const QString &code)
{
    const qsizetype width = code.size() <= 6 ? 6 : 12;
    return code.leftJustified(width, u'0');
}

bool Gazetteer::isEmpty() const
{
    return !d || d->districts.isEmpty();
}

int Gazetteer::size() const
{
    return d ? int(d->districts.size()) : 0;
}

const District &Gazetteer::district(int index) const
{
    Q_ASSERT(d && index >= 0 && index < d->districts.size());
    return d->districts[index];
}

int Gazetteer::indexOfCode(const QString &code) const
{
    return d ? d->byCode.value(code, -1) : -1;
}

QString Gazetteer::fold(const QString &text) const
{
    if (!d)
        return text;
    QString folded = text;
    for (QChar &c : folded) {
        const char16_t to = d->folds[c.unicode()];
        if (to != 0)
            c = QChar(to);
    }
    return folded;
}

QVector<NameTarget> Gazetteer::lookup(QStringView name) const
{
    if (!d)
        return {};
    const int entry = d->nameIndex.value(fold(name.toString()), -1);
    return entry < 0 ? QVector<NameTarget>() : d->names[size_t(entry)].targets;
}

int Gazetteer::matchAt(QStringView text, int position, QVector<NameTarget> *targets) const
{
    if (!d || position + 1 >= text.size())
        return 0;
    const auto it = d->byPrefix.constFind(prefixKey(text[position], text[position + 1]));
    if (it == d->byPrefix.constEnd())
        return 0;
    for (int entry : *it) {
        const Data::NameEntry &name = d->names[size_t(entry)];
        const qsizetype length = name.text.size();
        if (position + length <= text.size() && text.mid(position, length) == name.text) {
            if (targets)
                *targets = name.targets;
            return int(length);
        }
    }
    return 0;
}

QString Gazetteer::path(int index) const
{
    QStringList parts;
    for (int i = index; i >= 0; i = d->districts[i].parent)
        parts.prepend(d->districts[i].name);
    return parts.join(u'/');
}

QVector<int> Gazetteer::ancestors(int index) const
{
    QVector<int> result;
    for (int i = district(index).parent; i >= 0; i = d->districts[i].parent)
        result.append(i);
    return result;
}

bool Gazetteer::isAncestor(int ancestor, int index) const
{
    for (int i = district(index).parent; i >= 0; i = d->districts[i].parent) {
        if (i == ancestor)
            return true;
    }
    return false;
}

int Gazetteer::ancestorAt(int index, DistrictLevel level) const
{
    for (int i = index; i >= 0; i = d->districts[i].parent) {
        if (d->districts[i].level == level)
            return i;
    }
    return -1;
}

QVector<int> Gazetteer::children(int index) const
{
    if (!d || index < -1 || index >= d->districts.size())
        return {};
    return d->children[index + 1];
}

QVector<int> Gazetteer::search(const QString &query, int limit) const
{
    QVector<int> result;
    if (!d)
        return result;
    const QString needle = fold(query.trimmed());
    if (needle.isEmpty())
        return result;
    for (int level = 1; level <= 4 && result.size() < limit; ++level) {
        for (int i = 0; i < d->districts.size() && result.size() < limit; ++i) {
            const District &district = d->districts[i];
            if (int(district.level) == level && district.name.contains(needle))
                result.append(i);
        }
    }
    if (result.isEmpty() && needle.contains(u'/')) {
        for (int i = 0; i < d->districts.size() && result.size() < limit; ++i) {
            if (path(i).contains(needle))
                result.append(i);
        }
    }
    return result;
}

} // namespace Copydesk::Tagging
