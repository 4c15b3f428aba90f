// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "packagereader.h"

#include <QXmlStreamReader>

namespace Copydesk::TestSupport {

QStringList xmlErrors(const QMap<QString, QByteArray> &parts)
{
    QStringList errors;
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        if (!it.key().endsWith(QLatin1String(".xml")) && !it.key().endsWith(QLatin1String(".rels")))
            continue;
        QXmlStreamReader r(it.value());
        while (!r.atEnd())
            r.readNext();
        if (r.hasError())
            errors << QStringLiteral("%1: %2").arg(it.key(), r.errorString());
    }
    return errors;
}

QStringList elementTexts(const QByteArray &xml, const QString &ns, const QString &element)
{
    QStringList out;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.namespaceUri() == ns && r.name() == element)
            out << r.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    return out;
}

} // namespace Copydesk::TestSupport
