// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "odtexport.h"

#include "exporting/exportselection.h"
#include "exporting/fontsetup.h"
#include "exporting/textexport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace Copydesk::Exporting {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::Exporting::OdtExport)
};

// QTextFormat::FontFamily: hidden by QT_DISABLE_DEPRECATED_BEFORE, yet the only font property
// Qt 6.4's ODF writer reads (it ignores FontFamilies and would write "Sans").
constexpr int LegacyFontFamily = 0x2000;
} // namespace

void OdtExport::fill(QTextDocument *document, const QVector<PageRecord> &pages,
                     const LayoutOptions &options)
{
    const ExportSelection selection(pages, options);
    document->clear();
    document->setMetaInformation(QTextDocument::DocumentTitle, selection.title());
    QTextCursor cursor(document);

    QTextCharFormat body;
    body.setFontFamilies(FontSetup::bodyFamilies());
    body.setProperty(LegacyFontFamily, FontSetup::bodyFamilies().first());
    body.setFontPointSize(options.bodyPointSize + 1);
    QTextCharFormat head = body;
    head.setFontFamilies(FontSetup::headlineFamilies());
    head.setProperty(LegacyFontFamily, FontSetup::headlineFamilies().first());
    QTextCharFormat kicker = head;
    kicker.setFontPointSize(options.bodyPointSize * 1.3);
    QTextCharFormat headline = head;
    headline.setFontPointSize(options.headlinePointSize > 0 ? options.headlinePointSize : 22);
    QTextCharFormat byline = head;
    byline.setFontPointSize(options.bodyPointSize);

    QTextBlockFormat centred;
    centred.setAlignment(Qt::AlignHCenter);
    QTextBlockFormat kickerBlock = centred;
    kickerBlock.setTopMargin(18);
    QTextBlockFormat headlineBlock = centred;
    headlineBlock.setHeadingLevel(1);
    QTextBlockFormat bylineBlock = centred;
    bylineBlock.setBottomMargin(8);
    QTextBlockFormat paragraph;
    paragraph.setAlignment(Qt::AlignJustify);
    paragraph.setTextIndent(2 * (options.bodyPointSize + 1)); // two ideographs
    paragraph.setLineHeight(150, QTextBlockFormat::ProportionalHeight);

    bool first = true;
    auto add = [&](const QTextBlockFormat &block, const QTextCharFormat &chars,
                   const QString &text) {
        if (first)
            cursor.setBlockFormat(block);
        else
            cursor.insertBlock(block);
        cursor.setBlockCharFormat(chars);
        cursor.insertText(TextExport::oneLine(text), chars);
        first = false;
    };
    for (const ExportStory &s : selection.stories()) {
        if (!s.kicker.isEmpty())
            add(kickerBlock, kicker, s.kicker);
        if (!s.headline.isEmpty()) {
            QTextBlockFormat f = headlineBlock;
            if (s.kicker.isEmpty())
                f.setTopMargin(18);
            add(f, headline, s.headline);
        }
        if (!s.byline.isEmpty())
            add(bylineBlock, byline, s.byline);
        for (const QString &p : s.paragraphs)
            add(paragraph, body, p);
    }
}

Result<QByteArray> OdtExport::render(const QVector<PageRecord> &pages, const LayoutOptions &options)
{
    using R = Result<QByteArray>;
    if (Status s = validateOptions(options); !s)
        return R::failure(s.error());
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return R::failure(Tr::tr("ODT export needs the font database of a QGuiApplication"));
    QTextDocument document;
    fill(&document, pages, options);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "ODF");
    if (!writer.write(&document))
        return R::failure(Tr::tr("the ODT writer failed"));
    return bytes;
}

} // namespace Copydesk::Exporting
