// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "placescanner.h"

#include <QStringList>

#include <algorithm>
#include <utility>

namespace Copydesk::Tagging {

using namespace Qt::StringLiterals;

namespace {

// Words that make the name before them part of a road, building or organisation name.
const QStringList &namedThingWords()
{
    static const QStringList words{
        u"大道"_s,   u"大街"_s,   u"公路"_s,   u"东路"_s, u"西路"_s, u"南路"_s, u"北路"_s,
        u"中路"_s,   u"胡同"_s,   u"隧道"_s,   u"大桥"_s, u"路"_s,   u"巷"_s,   u"弄"_s,
        u"公司"_s,   u"集团"_s,   u"大学"_s,   u"学院"_s, u"学校"_s, u"中学"_s, u"小学"_s,
        u"幼儿园"_s, u"银行"_s,   u"医院"_s,   u"大厦"_s, u"宾馆"_s, u"酒店"_s, u"饭店"_s,
        u"商场"_s,   u"火车站"_s, u"高铁站"_s, u"机场"_s, u"码头"_s, u"籍"_s};
    return words;
}

// After a short form only: a village, bridge or river of the same name (光明村, 钱塘江), or a
// team (广东队).
const QStringList &shortFormThingWords()
{
    static const QStringList words{u"社区"_s, u"村"_s, u"桥"_s, u"江"_s,
                                   u"河"_s,   u"湖"_s, u"溪"_s, u"队"_s};
    return words;
}

// Organisation names a short form may open a few characters earlier (杭州某某食品有限公司).
const QStringList &organisationWords()
{
    static const QStringList words{u"公司"_s,   u"集团"_s,   u"大学"_s,   u"学院"_s,
                                   u"医院"_s,   u"银行"_s,   u"研究院"_s, u"研究所"_s,
                                   u"博物馆"_s, u"纪念馆"_s, u"中学"_s,   u"小学"_s,
                                   u"学校"_s,   u"幼儿园"_s, u"酒店"_s,   u"宾馆"_s};
    return words;
}

constexpr int OrganisationWindow = 10;

bool isHan(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF);
}

bool isNumeral(QChar c)
{
    return c.isDigit() || QStringView(u"一二三四五六七八九十〇零").contains(c);
}

} // namespace

PlaceScanner::PlaceScanner(Gazetteer gazetteer) : m_gazetteer(std::move(gazetteer)) {}

bool PlaceScanner::placeStartsAt(QStringView text, int position) const
{
    QVector<NameTarget> targets;
    if (m_gazetteer.matchAt(text, position, &targets) == 0)
        return false;
    // Only a name that stands for a place by itself: 第三 (a 第三街道 somewhere) is no place.
    return std::any_of(targets.cbegin(), targets.cend(),
                       [](const NameTarget &t) { return !t.needsContext; });
}

QString PlaceScanner::guardReason(QStringView text, int start, int length, NameForm form) const
{
    const int end = start + length;
    const QStringView rest = text.mid(end);
    if (rest.isEmpty())
        return {};
    // A chain of places (台州市路桥区, 杭州上城南星) is an address, not a road name.
    if (placeStartsAt(text, end))
        return {};
    for (const QString &word : namedThingWords()) {
        if (!rest.startsWith(word))
            continue;
        if (word == u"大学" && rest.mid(2).startsWith(u'生'))
            continue; // 大学生: students, not a university
        return word;
    }
    if (rest.startsWith(u'街') && !rest.startsWith(u"街道"))
        return u"街"_s;
    // Numbered schools: 某某二中, 某某第四小学.
    int i = rest.startsWith(u'第') ? 1 : 0;
    const int numerals = i;
    while (i < rest.size() && isNumeral(rest[i]))
        ++i;
    if (i > numerals && i < rest.size() && QStringView(u"中小高职幼").contains(rest[i]))
        return u"school"_s;
    if (form != NameForm::Short)
        return {};
    // 重庆江北: a name of any kind right after it means 江 starts a name, not a river.
    const bool nameFollows = m_gazetteer.matchAt(text, end, nullptr) > 0;
    for (const QString &word : shortFormThingWords()) {
        if (rest.startsWith(word) && !nameFollows)
            return word;
    }
    int window = 0;
    while (window < rest.size() && window < OrganisationWindow && isHan(rest[window])) {
        if (window > 0 && placeStartsAt(text, end + window))
            break;
        ++window;
    }
    const QStringView ahead = rest.left(window);
    for (const QString &word : organisationWords()) {
        if (ahead.contains(word))
            return word;
    }
    return {};
}

QVector<PlaceMention> PlaceScanner::scan(const QString &text) const
{
    QVector<PlaceMention> mentions;
    const QString folded = m_gazetteer.fold(text);
    QVector<NameTarget> targets;
    for (int i = 0; i + 1 < folded.size();) {
        const int length = m_gazetteer.matchAt(folded, i, &targets);
        if (length == 0) {
            ++i;
            continue;
        }
        bool allShort = true;
        for (const NameTarget &t : std::as_const(targets))
            allShort = allShort && t.form == NameForm::Short;
        const NameForm form = allShort ? NameForm::Short : NameForm::Full;
        if (guardReason(folded, i, length, form).isEmpty())
            mentions.append({i, length, folded.mid(i, length), targets});
        i += length;
    }
    return mentions;
}

} // namespace Copydesk::Tagging
