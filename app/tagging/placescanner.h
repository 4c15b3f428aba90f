// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gazetteer.h"

#include <QString>
#include <QStringView>
#include <QVector>

namespace Copydesk::Tagging {

// A place name found in a text, with every unit it may refer to.
struct PlaceMention
{
    int start = 0;
    int length = 0;
    QString surface; // as folded (硤石 reads 硖石)
    QVector<NameTarget> targets;
};

// Finds gazetteer names in running text, longest name first, left to right, and drops the
// ones that belong to something else: a road or street (上海市广东路, 解放路), a company,
// school, hospital or bank (浙江大学, 杭州某某有限公司, 普陀二中), a village or a river
// (光明村, 钱塘江). A name directly followed by another place name is a chain
// (台州市路桥区) and never a road. Holds a copy of the gazetteer (shared data); const
// members are safe from any thread.
class PlaceScanner
{
public:
    explicit PlaceScanner(Gazetteer gazetteer);

    QVector<PlaceMention> scan(const QString &text) const;
    // Why the name at [start, start + length) of folded text is not a place mention, or an
    // empty string if it is one.
    QString guardReason(QStringView foldedText, int start, int length, NameForm form) const;

private:
    bool placeStartsAt(QStringView foldedText, int position) const;

    Gazetteer m_gazetteer;
};

} // namespace Copydesk::Tagging
