// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "docxexport.h"

#include "common/version.h"
#include "exporting/exportselection.h"
#include "exporting/textexport.h"
#include "exporting/zippackage.h"

#include <QCoreApplication>
#include <QSize>
#include <QXmlStreamWriter>

#include <cmath>

namespace Copydesk::Exporting {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::Exporting::DocxExport)
};

const QString W = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString R =
    QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
const QString Pkg = QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");
const QString Ct = QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types");
const QString RelBase =
    QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");
const QString MainType = QStringLiteral(
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");

int twips(qreal mm)
{
    return int(std::lround(mm * 1440 / 25.4));
}

QSize pageTwips(PaperSize size)
{
    switch (size) {
    case PaperSize::A3:
        return {16838, 23811};
    case PaperSize::A4:
        return {11906, 16838};
    case PaperSize::Tabloid:
        return {15840, 24480};
    }
    return {11906, 16838};
}

// A small helper over QXmlStreamWriter for the w: vocabulary.
class Xml
{
public:
    Xml() : m_w(&m_bytes) { m_w.writeStartDocument(QStringLiteral("1.0"), true); }
    QXmlStreamWriter &w() { return m_w; }
    void start(const QString &ns, const QString &name) { m_w.writeStartElement(ns, name); }
    void end() { m_w.writeEndElement(); }
    // <w:name w:val="value"/>
    void val(const QString &name, const QString &value)
    {
        m_w.writeEmptyElement(W, name);
        m_w.writeAttribute(W, QStringLiteral("val"), value);
    }
    void empty(const QString &name) { m_w.writeEmptyElement(W, name); }
    void attr(const QString &name, const QString &value) { m_w.writeAttribute(W, name, value); }
    QByteArray finish()
    {
        m_w.writeEndDocument();
        return m_bytes;
    }

private:
    QByteArray m_bytes;
    QXmlStreamWriter m_w;
};

void run(Xml &x, const QString &text)
{
    x.start(W, QStringLiteral("r"));
    x.start(W, QStringLiteral("t"));
    if (text != text.trimmed())
        x.w().writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
    x.w().writeCharacters(text);
    x.end();
    x.end();
}

void field(Xml &x, const QString &instruction)
{
    x.start(W, QStringLiteral("fldSimple"));
    x.attr(QStringLiteral("instr"), instruction);
    run(x, QStringLiteral("1"));
    x.end();
}

void paragraph(Xml &x, const QString &style, const QString &text)
{
    x.start(W, QStringLiteral("p"));
    x.start(W, QStringLiteral("pPr"));
    x.val(QStringLiteral("pStyle"), style);
    x.end();
    run(x, TextExport::oneLine(text));
    x.end();
}

// Section properties; `continuous` for every section but the first.
void sectionProperties(Xml &x, const LayoutOptions &o, int columns, bool continuous)
{
    const QSize page = pageTwips(o.paperSize);
    x.start(W, QStringLiteral("sectPr"));
    x.w().writeEmptyElement(W, QStringLiteral("footerReference"));
    x.attr(QStringLiteral("type"), QStringLiteral("default"));
    x.w().writeAttribute(R, QStringLiteral("id"), QStringLiteral("rIdFooter"));
    if (continuous)
        x.val(QStringLiteral("type"), QStringLiteral("continuous"));
    x.empty(QStringLiteral("pgSz"));
    x.attr(QStringLiteral("w"), QString::number(page.width()));
    x.attr(QStringLiteral("h"), QString::number(page.height()));
    x.empty(QStringLiteral("pgMar"));
    x.attr(QStringLiteral("top"), QString::number(twips(o.marginsMm.top())));
    x.attr(QStringLiteral("right"), QString::number(twips(o.marginsMm.right())));
    x.attr(QStringLiteral("bottom"), QString::number(twips(o.marginsMm.bottom())));
    x.attr(QStringLiteral("left"), QString::number(twips(o.marginsMm.left())));
    x.attr(QStringLiteral("header"), QString::number(twips(8)));
    x.attr(QStringLiteral("footer"), QString::number(twips(o.marginsMm.bottom() / 2)));
    x.attr(QStringLiteral("gutter"), QStringLiteral("0"));
    x.empty(QStringLiteral("cols"));
    x.attr(QStringLiteral("num"), QString::number(columns));
    x.attr(QStringLiteral("space"), QString::number(twips(o.gutterMm)));
    if (columns > 1)
        x.attr(QStringLiteral("sep"), QStringLiteral("1"));
    x.end();
}

// Ends a section with an empty paragraph that carries its properties.
void sectionBreak(Xml &x, const LayoutOptions &o, int columns, bool continuous)
{
    x.start(W, QStringLiteral("p"));
    x.start(W, QStringLiteral("pPr"));
    x.val(QStringLiteral("pStyle"), QStringLiteral("SectionEnd"));
    sectionProperties(x, o, columns, continuous);
    x.end();
    x.end();
}

QByteArray documentXml(const ExportSelection &selection, const LayoutOptions &o)
{
    Xml x;
    x.w().writeNamespace(W, QStringLiteral("w"));
    x.w().writeNamespace(R, QStringLiteral("r"));
    x.start(W, QStringLiteral("document"));
    x.start(W, QStringLiteral("body"));
    bool first = true;
    const auto &stories = selection.stories();
    for (int i = 0; i < stories.size(); ++i) {
        const ExportStory &s = stories[i];
        if (!s.kicker.isEmpty())
            paragraph(x, QStringLiteral("Kicker"), s.kicker);
        if (!s.headline.isEmpty())
            paragraph(x, QStringLiteral("Headline"), s.headline);
        if (!s.byline.isEmpty())
            paragraph(x, QStringLiteral("Byline"), s.byline);
        // The head spans the page: it closes a one-column section.
        sectionBreak(x, o, 1, !first);
        first = false;
        for (const QString &p : s.paragraphs)
            paragraph(x, QStringLiteral("BodyText"), p);
        if (i + 1 < stories.size())
            sectionBreak(x, o, o.columns, true);
    }
    sectionProperties(x, o, o.columns, !first); // the last body section
    x.end();
    x.end();
    return x.finish();
}

QByteArray footerXml(const ExportSelection &selection)
{
    Xml x;
    x.w().writeNamespace(W, QStringLiteral("w"));
    x.w().writeNamespace(R, QStringLiteral("r"));
    x.start(W, QStringLiteral("ftr"));
    x.start(W, QStringLiteral("p"));
    x.start(W, QStringLiteral("pPr"));
    x.val(QStringLiteral("pStyle"), QStringLiteral("Footer"));
    x.end();
    run(x, Tr::tr("Source: %1").arg(TextExport::oneLine(selection.sourceLabel())));
    x.start(W, QStringLiteral("r"));
    x.empty(QStringLiteral("tab"));
    x.end();
    // "Page %1 of %2" with the two numbers as fields, in the translation's word order.
    const QString page = Tr::tr("Page %1 of %2");
    QString literal;
    for (int i = 0; i < page.size(); ++i) {
        if (page.at(i) == QLatin1Char('%') && i + 1 < page.size() &&
            (page.at(i + 1) == QLatin1Char('1') || page.at(i + 1) == QLatin1Char('2'))) {
            if (!literal.isEmpty())
                run(x, literal);
            literal.clear();
            field(x, page.at(i + 1) == QLatin1Char('1') ? QStringLiteral(" PAGE ")
                                                        : QStringLiteral(" NUMPAGES "));
            ++i;
        } else {
            literal += page.at(i);
        }
    }
    if (!literal.isEmpty())
        run(x, literal);
    x.start(W, QStringLiteral("r"));
    x.empty(QStringLiteral("tab"));
    x.end();
    const QString date =
        selection.exportDate().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    run(x, Tr::tr("Exported %1").arg(date));
    x.end();
    x.end();
    return x.finish();
}

void style(Xml &x, const QString &id, const QString &name, const QString &font, int halfPoints,
           const QString &align, int before, int after, bool indent, bool bold = false)
{
    x.start(W, QStringLiteral("style"));
    x.attr(QStringLiteral("type"), QStringLiteral("paragraph"));
    x.attr(QStringLiteral("styleId"), id);
    x.val(QStringLiteral("name"), name);
    x.val(QStringLiteral("basedOn"), QStringLiteral("Normal"));
    x.val(QStringLiteral("qFormat"), QStringLiteral("1"));
    x.start(W, QStringLiteral("pPr"));
    if (id == QLatin1String("Headline") || id == QLatin1String("Kicker"))
        x.empty(QStringLiteral("keepNext"));
    x.empty(QStringLiteral("spacing"));
    x.attr(QStringLiteral("before"), QString::number(before));
    x.attr(QStringLiteral("after"), QString::number(after));
    if (indent) {
        x.empty(QStringLiteral("ind"));
        x.attr(QStringLiteral("firstLineChars"), QStringLiteral("200"));
    }
    x.val(QStringLiteral("jc"), align);
    if (id == QLatin1String("Headline"))
        x.val(QStringLiteral("outlineLvl"), QStringLiteral("0"));
    x.end();
    x.start(W, QStringLiteral("rPr"));
    x.empty(QStringLiteral("rFonts"));
    x.attr(QStringLiteral("eastAsia"), font);
    if (bold)
        x.empty(QStringLiteral("b"));
    x.val(QStringLiteral("sz"), QString::number(halfPoints));
    x.val(QStringLiteral("szCs"), QString::number(halfPoints));
    x.end();
    x.end();
}

QByteArray stylesXml(const LayoutOptions &o)
{
    const int body = int(std::lround(o.bodyPointSize * 2));
    const int headline = int(std::lround((o.headlinePointSize > 0 ? o.headlinePointSize : 22) * 2));
    const QString song = QStringLiteral("SimSun");
    const QString hei = QStringLiteral("SimHei");
    Xml x;
    x.w().writeNamespace(W, QStringLiteral("w"));
    x.start(W, QStringLiteral("styles"));
    x.start(W, QStringLiteral("docDefaults"));
    x.start(W, QStringLiteral("rPrDefault"));
    x.start(W, QStringLiteral("rPr"));
    x.empty(QStringLiteral("rFonts"));
    x.attr(QStringLiteral("ascii"), QStringLiteral("Times New Roman"));
    x.attr(QStringLiteral("hAnsi"), QStringLiteral("Times New Roman"));
    x.attr(QStringLiteral("eastAsia"), song);
    x.attr(QStringLiteral("cs"), QStringLiteral("Times New Roman"));
    x.val(QStringLiteral("sz"), QString::number(body));
    x.val(QStringLiteral("szCs"), QString::number(body));
    x.empty(QStringLiteral("lang"));
    x.attr(QStringLiteral("val"), QStringLiteral("en-US"));
    x.attr(QStringLiteral("eastAsia"), o.language);
    x.end();
    x.end();
    x.start(W, QStringLiteral("pPrDefault"));
    x.start(W, QStringLiteral("pPr"));
    x.val(QStringLiteral("kinsoku"), QStringLiteral("1"));
    x.val(QStringLiteral("overflowPunct"), QStringLiteral("1"));
    x.empty(QStringLiteral("spacing"));
    x.attr(QStringLiteral("after"), QStringLiteral("0"));
    x.attr(QStringLiteral("line"), QStringLiteral("300"));
    x.attr(QStringLiteral("lineRule"), QStringLiteral("auto"));
    x.end();
    x.end();
    x.end(); // docDefaults

    x.start(W, QStringLiteral("style"));
    x.attr(QStringLiteral("type"), QStringLiteral("paragraph"));
    x.attr(QStringLiteral("default"), QStringLiteral("1"));
    x.attr(QStringLiteral("styleId"), QStringLiteral("Normal"));
    x.val(QStringLiteral("name"), QStringLiteral("Normal"));
    x.val(QStringLiteral("qFormat"), QStringLiteral("1"));
    x.end();
    style(x, QStringLiteral("Kicker"), QStringLiteral("Kicker"), hei, body + 4,
          QStringLiteral("center"), 240, 0, false);
    style(x, QStringLiteral("Headline"), QStringLiteral("Headline"), hei, headline,
          QStringLiteral("center"), 60, 60, false, true);
    style(x, QStringLiteral("Byline"), QStringLiteral("Byline"), hei, body - 2,
          QStringLiteral("center"), 0, 160, false);
    style(x, QStringLiteral("BodyText"), QStringLiteral("Body Text"), song, body,
          QStringLiteral("both"), 0, 0, true);
    style(x, QStringLiteral("SectionEnd"), QStringLiteral("Section End"), song, 2,
          QStringLiteral("left"), 0, 0, false);
    style(x, QStringLiteral("Footer"), QStringLiteral("footer"), hei, 14, QStringLiteral("left"), 0,
          0, false);
    x.end();
    return x.finish();
}

QByteArray settingsXml()
{
    Xml x;
    x.w().writeNamespace(W, QStringLiteral("w"));
    x.start(W, QStringLiteral("settings"));
    x.val(QStringLiteral("defaultTabStop"), QStringLiteral("420"));
    x.val(QStringLiteral("characterSpacingControl"), QStringLiteral("compressPunctuation"));
    x.end();
    return x.finish();
}

QByteArray relationships(const QVector<std::pair<QString, QString>> &rels)
{
    Xml x;
    x.w().writeDefaultNamespace(Pkg);
    x.start(Pkg, QStringLiteral("Relationships"));
    int n = 0;
    for (const auto &[type, target] : rels) {
        x.w().writeEmptyElement(Pkg, QStringLiteral("Relationship"));
        const QString id = type == QLatin1String("footer") ? QStringLiteral("rIdFooter")
                                                           : QStringLiteral("rId%1").arg(++n);
        x.w().writeAttribute(QStringLiteral("Id"), id);
        x.w().writeAttribute(QStringLiteral("Type"),
                             type.startsWith(QLatin1String("http")) ? type : RelBase + type);
        x.w().writeAttribute(QStringLiteral("Target"), target);
    }
    x.end();
    return x.finish();
}

QByteArray contentTypes()
{
    Xml x;
    x.w().writeDefaultNamespace(Ct);
    x.start(Ct, QStringLiteral("Types"));
    auto def = [&x](const QString &ext, const QString &type) {
        x.w().writeEmptyElement(Ct, QStringLiteral("Default"));
        x.w().writeAttribute(QStringLiteral("Extension"), ext);
        x.w().writeAttribute(QStringLiteral("ContentType"), type);
    };
    auto over = [&x](const QString &part, const QString &type) {
        x.w().writeEmptyElement(Ct, QStringLiteral("Override"));
        x.w().writeAttribute(QStringLiteral("PartName"), part);
        x.w().writeAttribute(QStringLiteral("ContentType"), type);
    };
    const QString wml =
        QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.");
    def(QStringLiteral("rels"),
        QStringLiteral("application/vnd.openxmlformats-package.relationships+xml"));
    def(QStringLiteral("xml"), QStringLiteral("application/xml"));
    over(QStringLiteral("/word/document.xml"), MainType);
    over(QStringLiteral("/word/styles.xml"), wml + QStringLiteral("styles+xml"));
    over(QStringLiteral("/word/settings.xml"), wml + QStringLiteral("settings+xml"));
    over(QStringLiteral("/word/footer1.xml"), wml + QStringLiteral("footer+xml"));
    over(QStringLiteral("/docProps/core.xml"),
         QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml"));
    over(QStringLiteral("/docProps/app.xml"),
         QStringLiteral("application/vnd.openxmlformats-officedocument.extended-properties+xml"));
    x.end();
    return x.finish();
}

QByteArray coreXml(const ExportSelection &selection, const LayoutOptions &o)
{
    const QString cp =
        QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
    const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
    const QString dcterms = QStringLiteral("http://purl.org/dc/terms/");
    const QString xsi = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");
    Xml x;
    x.w().writeNamespace(cp, QStringLiteral("cp"));
    x.w().writeNamespace(dc, QStringLiteral("dc"));
    x.w().writeNamespace(dcterms, QStringLiteral("dcterms"));
    x.w().writeNamespace(xsi, QStringLiteral("xsi"));
    x.start(cp, QStringLiteral("coreProperties"));
    x.w().writeTextElement(dc, QStringLiteral("title"), TextExport::oneLine(selection.title()));
    x.w().writeTextElement(dc, QStringLiteral("creator"), QStringLiteral("Copydesk"));
    x.w().writeTextElement(dc, QStringLiteral("language"), o.language);
    for (const char *name : {"created", "modified"}) {
        x.start(dcterms, QLatin1String(name));
        x.w().writeAttribute(xsi, QStringLiteral("type"), QStringLiteral("dcterms:W3CDTF"));
        x.w().writeCharacters(selection.exportDate().toUTC().toString(Qt::ISODate));
        x.end();
    }
    x.end();
    return x.finish();
}

QByteArray appXml()
{
    const QString ep =
        QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties");
    Xml x;
    x.w().writeDefaultNamespace(ep);
    x.start(ep, QStringLiteral("Properties"));
    x.w().writeTextElement(ep, QStringLiteral("Application"),
                           QStringLiteral("Copydesk %1").arg(versionString()));
    x.end();
    return x.finish();
}
} // namespace

Result<QByteArray> DocxExport::render(const QVector<PageRecord> &pages,
                                      const LayoutOptions &options)
{
    if (Status s = validateOptions(options); !s)
        return Result<QByteArray>::failure(s.error());
    const ExportSelection selection(pages, options);
    return ZipPackage::write({
        {QStringLiteral("[Content_Types].xml"), contentTypes()},
        {QStringLiteral("_rels/.rels"),
         relationships(
             {{QStringLiteral("officeDocument"), QStringLiteral("word/document.xml")},
              {QStringLiteral("http://schemas.openxmlformats.org/package/2006/"
                              "relationships/metadata/core-properties"),
               QStringLiteral("docProps/core.xml")},
              {QStringLiteral("extended-properties"), QStringLiteral("docProps/app.xml")}})},
        {QStringLiteral("word/document.xml"), documentXml(selection, options)},
        {QStringLiteral("word/_rels/document.xml.rels"),
         relationships({{QStringLiteral("styles"), QStringLiteral("styles.xml")},
                        {QStringLiteral("settings"), QStringLiteral("settings.xml")},
                        {QStringLiteral("footer"), QStringLiteral("footer1.xml")}})},
        {QStringLiteral("word/styles.xml"), stylesXml(options)},
        {QStringLiteral("word/settings.xml"), settingsXml()},
        {QStringLiteral("word/footer1.xml"), footerXml(selection)},
        {QStringLiteral("docProps/core.xml"), coreXml(selection, options)},
        {QStringLiteral("docProps/app.xml"), appXml()},
    });
}

} // namespace Copydesk::Exporting
