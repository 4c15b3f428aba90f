// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textexport.h"

#include "exporting/exportselection.h"
#include "exporting/xmltext.h"

#include <QStringList>

namespace Copydesk::Exporting {

QString TextExport::oneLine(const QString &text)
{
    return XmlText::clean(text).simplified();
}

QByteArray TextExport::render(const QVector<PageRecord> &pages, const LayoutOptions &options)
{
    const ExportSelection selection(pages, options);
    QStringList stories;
    for (const ExportStory &s : selection.stories()) {
        QStringList head;
        for (const QString &line : {s.kicker, s.headline, s.byline}) {
            if (!line.isEmpty())
                head << oneLine(line);
        }
        QStringList blocks;
        if (!head.isEmpty())
            blocks << head.join(QLatin1Char('\n'));
        for (const QString &p : s.paragraphs) {
            const QString line = oneLine(p);
            if (!line.isEmpty())
                blocks << line;
        }
        stories << blocks.join(QStringLiteral("\n\n"));
    }
    if (stories.isEmpty())
        return QByteArray();
    return (stories.join(QStringLiteral("\n\n###\n\n")) + QLatin1Char('\n')).toUtf8();
}

} // namespace Copydesk::Exporting
