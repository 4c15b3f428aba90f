// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "newsmlexport.h"

#include "common/version.h"
#include "exporting/exportselection.h"
#include "exporting/textexport.h"

#include <QRegularExpression>
#include <QUuid>
#include <QXmlStreamWriter>

namespace Copydesk::Exporting {

namespace {
const QString Nar = QLatin1String(NewsMlExport::Namespace);
const QString Xhtml = QLatin1String(NewsMlExport::XhtmlNamespace);
const QString CatalogHref =
    QStringLiteral("http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml");
// Namespace of the name-based (v5) guids; any fixed value would do, this one is ours.
const QUuid GuidNamespace(QStringLiteral("{5c0a4f7e-2d5b-4c7e-9a55-0c0e7d3e5b21}"));

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QString text(const QString &s)
{
    return TextExport::oneLine(s);
}

void writeNewsItem(QXmlStreamWriter &w, const ExportStory &s, const ExportSelection &selection,
                   const LayoutOptions &options)
{
    const QByteArray key = (s.sourceSha256.isEmpty() ? s.source : s.sourceSha256).toUtf8() + ':' +
                           QByteArray::number(s.pageId) + ':' + QByteArray::number(s.id);
    const QString guid = QStringLiteral("urn:uuid:") +
                         QUuid::createUuidV5(GuidNamespace, key).toString(QUuid::WithoutBraces);
    w.writeStartElement(Nar, QStringLiteral("newsItem"));
    w.writeAttribute(QStringLiteral("guid"), guid);
    w.writeAttribute(QStringLiteral("version"), QStringLiteral("1"));
    w.writeAttribute(QStringLiteral("standard"), QStringLiteral("NewsML-G2"));
    w.writeAttribute(QStringLiteral("standardversion"), QStringLiteral("2.29"));
    w.writeAttribute(QStringLiteral("conformance"), QStringLiteral("power"));
    w.writeAttribute(QStringLiteral("xml:lang"), options.language);

    w.writeEmptyElement(Nar, QStringLiteral("catalogRef"));
    w.writeAttribute(QStringLiteral("href"), CatalogHref);

    w.writeStartElement(Nar, QStringLiteral("itemMeta"));
    w.writeEmptyElement(Nar, QStringLiteral("itemClass"));
    w.writeAttribute(QStringLiteral("qcode"), QStringLiteral("ninat:text"));
    w.writeEmptyElement(Nar, QStringLiteral("provider"));
    w.writeAttribute(QStringLiteral("literal"), QStringLiteral("Copydesk"));
    w.writeTextElement(Nar, QStringLiteral("versionCreated"), isoUtc(selection.exportDate()));
    w.writeEmptyElement(Nar, QStringLiteral("pubStatus"));
    w.writeAttribute(QStringLiteral("qcode"), QStringLiteral("stat:usable"));
    w.writeStartElement(Nar, QStringLiteral("generator"));
    w.writeAttribute(QStringLiteral("versioninfo"), versionString());
    w.writeCharacters(QStringLiteral("Copydesk"));
    w.writeEndElement();
    if (!s.headline.isEmpty())
        w.writeTextElement(Nar, QStringLiteral("title"), text(s.headline));
    w.writeEndElement(); // itemMeta

    w.writeStartElement(Nar, QStringLiteral("contentMeta"));
    if (s.district) {
        // Gazetteer paths are not IPTC concepts: a literal, the most specific name, and the
        // larger units as `broader`.
        const QStringList names = s.district->path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        w.writeStartElement(Nar, QStringLiteral("located"));
        w.writeAttribute(QStringLiteral("literal"), text(s.district->path));
        if (!names.isEmpty())
            w.writeTextElement(Nar, QStringLiteral("name"), text(names.last()));
        for (int i = int(names.size()) - 2; i >= 0; --i) {
            w.writeStartElement(Nar, QStringLiteral("broader"));
            w.writeAttribute(QStringLiteral("literal"),
                             text(names.mid(0, i + 1).join(QLatin1Char('/'))));
            w.writeTextElement(Nar, QStringLiteral("name"), text(names[i]));
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    for (const QString &name :
         s.byline.split(QRegularExpression(QStringLiteral("[\\s、，,]+")), Qt::SkipEmptyParts)) {
        w.writeStartElement(Nar, QStringLiteral("creator"));
        w.writeTextElement(Nar, QStringLiteral("name"), text(name));
        w.writeEndElement();
    }
    w.writeEmptyElement(Nar, QStringLiteral("language"));
    w.writeAttribute(QStringLiteral("tag"), options.language);
    for (const ThemeTag &t : s.themes) {
        if (t.code.startsWith(QLatin1String("medtop:"))) {
            w.writeStartElement(Nar, QStringLiteral("subject"));
            w.writeAttribute(QStringLiteral("type"), QStringLiteral("cpnat:abstract"));
            w.writeAttribute(QStringLiteral("qcode"), t.code);
            if (!t.label.isEmpty())
                w.writeTextElement(Nar, QStringLiteral("name"), text(t.label));
            w.writeEndElement();
        }
    }
    for (const ThemeTag &t : s.themes) {
        if (!t.code.startsWith(QLatin1String("medtop:")))
            w.writeTextElement(Nar, QStringLiteral("keyword"),
                               text(t.label.isEmpty() ? t.code : t.label));
    }
    if (!s.headline.isEmpty())
        w.writeTextElement(Nar, QStringLiteral("headline"), text(s.headline));
    if (!s.byline.isEmpty())
        w.writeTextElement(Nar, QStringLiteral("by"), text(s.byline));
    w.writeEndElement(); // contentMeta

    w.writeStartElement(Nar, QStringLiteral("contentSet"));
    w.writeStartElement(Nar, QStringLiteral("inlineXML"));
    w.writeAttribute(QStringLiteral("contenttype"), QStringLiteral("application/xhtml+xml"));
    // The XHTML subtree redeclares the default namespace on <html>. QXmlStreamWriter would
    // put a declaration on the open <inlineXML> tag or invent a prefix, so the elements are
    // written unqualified under an explicit xmlns attribute.
    w.writeStartElement(QStringLiteral("html"));
    w.writeAttribute(QStringLiteral("xmlns"), Xhtml);
    w.writeStartElement(QStringLiteral("head"));
    w.writeTextElement(QStringLiteral("title"), text(s.headline));
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("body"));
    if (!s.kicker.isEmpty()) {
        w.writeStartElement(QStringLiteral("p"));
        w.writeAttribute(QStringLiteral("class"), QStringLiteral("kicker"));
        w.writeCharacters(text(s.kicker));
        w.writeEndElement();
    }
    if (!s.headline.isEmpty())
        w.writeTextElement(QStringLiteral("h1"), text(s.headline));
    for (const QString &p : s.paragraphs)
        w.writeTextElement(QStringLiteral("p"), text(p));
    w.writeEndElement(); // body
    w.writeEndElement(); // html
    w.writeEndElement(); // inlineXML
    w.writeEndElement(); // contentSet
    w.writeEndElement(); // newsItem
}
} // namespace

QByteArray NewsMlExport::render(const QVector<PageRecord> &pages, const LayoutOptions &options)
{
    const ExportSelection selection(pages, options);
    QByteArray bytes;
    QXmlStreamWriter w(&bytes);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(1);
    w.writeStartDocument();
    w.writeDefaultNamespace(Nar);
    if (selection.stories().size() == 1) {
        writeNewsItem(w, selection.stories().first(), selection, options);
    } else {
        w.writeStartElement(Nar, QStringLiteral("newsMessage"));
        w.writeStartElement(Nar, QStringLiteral("header"));
        w.writeTextElement(Nar, QStringLiteral("sent"), isoUtc(selection.exportDate()));
        w.writeTextElement(Nar, QStringLiteral("sender"), QStringLiteral("Copydesk"));
        w.writeEndElement();
        w.writeStartElement(Nar, QStringLiteral("itemSet"));
        for (const ExportStory &s : selection.stories())
            writeNewsItem(w, s, selection, options);
        w.writeEndElement();
        w.writeEndElement();
    }
    w.writeEndDocument();
    return bytes;
}

} // namespace Copydesk::Exporting
