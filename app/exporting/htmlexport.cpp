// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlexport.h"

#include "common/version.h"
#include "exporting/exportselection.h"
#include "exporting/xmltext.h"

#include <QCoreApplication>

namespace Copydesk::Exporting {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::Exporting::HtmlExport)
};

QString pageSizeCss(PaperSize size)
{
    switch (size) {
    case PaperSize::A3:
        return QStringLiteral("A3");
    case PaperSize::A4:
        return QStringLiteral("A4");
    case PaperSize::Tabloid:
        return QStringLiteral("11in 17in");
    }
    return QStringLiteral("A4");
}

QString styleSheet(const LayoutOptions &o)
{
    const QMarginsF &m = o.marginsMm;
    return QStringLiteral(
               ":root{color-scheme:light}"
               "body{margin:0 auto;max-width:75rem;padding:1.5rem;color:#111;background:#fff;"
               "font-family:\"AR PL UMing CN\",\"Noto Serif CJK SC\",\"Songti SC\",SimSun,serif;"
               "font-size:%1pt;line-height:1.6}"
               "main>article{border-top:1px solid #222;padding-top:.8rem;margin-bottom:1.6rem}"
               "main>article:first-child{border-top:3px double #222}"
               "header{text-align:center}"
               ".kicker,h1,.byline{font-family:\"WenQuanYi Zen Hei\",\"Noto Sans CJK SC\","
               "\"PingFang SC\",\"Microsoft YaHei\",sans-serif;margin:0}"
               ".kicker{font-size:1.2em}"
               "h1{font-size:2.2em;font-weight:normal;line-height:1.3;margin:.1em 0 .2em}"
               ".byline{font-size:.9em;color:#333;margin-bottom:.6em}"
               ".body{column-count:%2;column-gap:%3mm;column-rule:1px solid #bbb;"
               "text-align:justify;line-break:strict;word-break:normal}"
               ".body p{margin:0;text-indent:2em}"
               ".tags{font-size:.8em;color:#555;margin:.6em 0 0}"
               ".tags span+span::before{content:\" · \"}"
               "body>footer{border-top:1px solid #222;font-size:.75em;color:#333;"
               "display:flex;justify-content:space-between;padding-top:.3em}"
               "@media (max-width:48rem){.body{column-count:1}}"
               "@media print{@page{size:%4;margin:%5mm %6mm %7mm %8mm}"
               "body{max-width:none;padding:0}h1,header{break-after:avoid}"
               ".body{column-count:%2}.body p{orphans:2;widows:2}}")
        .arg(o.bodyPointSize + 1)
        .arg(o.columns)
        .arg(o.gutterMm)
        .arg(pageSizeCss(o.paperSize))
        .arg(m.top())
        .arg(m.right())
        .arg(m.bottom())
        .arg(m.left());
}
} // namespace

QByteArray HtmlExport::render(const QVector<PageRecord> &pages, const LayoutOptions &options)
{
    const ExportSelection selection(pages, options);
    auto e = [](const QString &s) { return XmlText::escape(s); };
    QString html;
    html.reserve(4096 + selection.stories().size() * 3000);
    html +=
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                       "<meta name=\"generator\" content=\"Copydesk %2\">\n"
                       "<title>%3</title>\n<style>%4</style>\n</head>\n<body>\n<main>\n")
            .arg(e(options.language), e(versionString()), e(selection.title()),
                 styleSheet(options));
    for (const ExportStory &s : selection.stories()) {
        html += QStringLiteral("<article id=\"story-%1\">\n<header>\n").arg(s.id);
        if (!s.kicker.isEmpty())
            html += QStringLiteral("<p class=\"kicker\">%1</p>\n").arg(e(s.kicker));
        if (!s.headline.isEmpty())
            html += QStringLiteral("<h1>%1</h1>\n").arg(e(s.headline));
        if (!s.byline.isEmpty())
            html += QStringLiteral("<p class=\"byline\">%1</p>\n").arg(e(s.byline));
        html += QStringLiteral("</header>\n<div class=\"body\">\n");
        for (const QString &p : s.paragraphs)
            html += QStringLiteral("<p>%1</p>\n").arg(e(p));
        html += QStringLiteral("</div>\n");
        if (s.district || !s.themes.isEmpty()) {
            html += QStringLiteral("<footer><p class=\"tags\">");
            if (s.district)
                html += QStringLiteral("<span class=\"district\" data-code=\"%1\">%2</span>")
                            .arg(e(s.district->code), e(s.district->path));
            for (const ThemeTag &t : s.themes)
                html += QStringLiteral("<span class=\"theme\" data-code=\"%1\">%2</span>")
                            .arg(e(t.code), e(t.label.isEmpty() ? t.code : t.label));
            html += QStringLiteral("</p></footer>\n");
        }
        html += QStringLiteral("</article>\n");
    }
    const QString date =
        selection.exportDate().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    html += QStringLiteral("</main>\n<footer><span>%1</span><span>%2</span></footer>\n"
                           "</body>\n</html>\n")
                .arg(e(Tr::tr("Source: %1").arg(selection.sourceLabel())),
                     e(Tr::tr("Exported %1").arg(date)));
    return html.toUtf8();
}

} // namespace Copydesk::Exporting
