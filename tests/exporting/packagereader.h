// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Copydesk::TestSupport {

// Every XML part of a zip package that does not parse, with the reason ("name: error").
QStringList xmlErrors(const QMap<QString, QByteArray> &parts);
// Texts of the elements `element` in namespace `ns` (text of all descendants), in order.
QStringList elementTexts(const QByteArray &xml, const QString &ns, const QString &element);

} // namespace Copydesk::TestSupport
