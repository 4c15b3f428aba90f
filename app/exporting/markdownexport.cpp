// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownexport.h"

#include "exporting/exportselection.h"
#include "exporting/textexport.h"

#include <QStringList>

namespace Copydesk::Exporting {

QString MarkdownExport::escape(const QString &text)
{
    // Inline syntax anywhere; block syntax ("- ", "+ ", "1. ", "2) ", "=") only at the start.
    static const QString always = QStringLiteral("\\`*_[]<>#|~&");
    const QString line = TextExport::oneLine(text);
    QString out;
    out.reserve(line.size() + 8);
    bool leading = true; // still in the run of ASCII digits that opens the line
    int digits = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        bool escape = always.contains(c);
        if (i == 0 && (c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('=')))
            escape = true;
        if (leading) {
            if (c.unicode() >= '0' && c.unicode() <= '9') {
                ++digits;
            } else {
                escape = escape || (digits > 0 && (c == QLatin1Char('.') || c == QLatin1Char(')')));
                leading = false;
            }
        }
        if (escape)
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QByteArray MarkdownExport::render(const QVector<PageRecord> &pages, const LayoutOptions &options)
{
    const ExportSelection selection(pages, options);
    QStringList stories;
    for (const ExportStory &s : selection.stories()) {
        QStringList blocks;
        if (!s.kicker.isEmpty())
            blocks << QStringLiteral("*%1*").arg(escape(s.kicker));
        if (!s.headline.isEmpty())
            blocks << QStringLiteral("# %1").arg(escape(s.headline));
        if (!s.byline.isEmpty())
            blocks << QStringLiteral("*%1*").arg(escape(s.byline));
        for (const QString &p : s.paragraphs) {
            const QString line = escape(p);
            if (!line.isEmpty())
                blocks << line;
        }
        stories << blocks.join(QStringLiteral("\n\n"));
    }
    if (stories.isEmpty())
        return QByteArray();
    return (stories.join(QStringLiteral("\n\n---\n\n")) + QLatin1Char('\n')).toUtf8();
}

} // namespace Copydesk::Exporting
