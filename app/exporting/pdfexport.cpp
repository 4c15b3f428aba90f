// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfexport.h"

#include "common/version.h"
#include "exporting/exportselection.h"
#include "exporting/fontsetup.h"
#include "exporting/prooflayout.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace Copydesk::Exporting {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::Exporting::PdfExport)
};

Result<FontSetup> prepare(const QVector<PageRecord> &pages, const LayoutOptions &options)
{
    if (Status s = validateOptions(options); !s)
        return Result<FontSetup>::failure(s.error());
    if (ExportSelection(pages, options).isEmpty())
        return Result<FontSetup>::failure(Tr::tr("the selection has no stories to export"));
    return FontSetup::find();
}
} // namespace

Result<QByteArray> PdfExport::render(const QVector<PageRecord> &pages, const LayoutOptions &options)
{
    using R = Result<QByteArray>;
    const auto fonts = prepare(pages, options);
    if (!fonts)
        return R::failure(fonts.error());
    const ExportSelection selection(pages, options);
    const ProofLayout layout(selection, options, fonts.value());

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(ProofLayout::LayoutDpi);
        writer.setPageLayout(QPageLayout(ProofLayout::pageSize(options.paperSize),
                                         QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        writer.setTitle(selection.title());
        writer.setCreator(QStringLiteral("Copydesk %1").arg(versionString()));
        QPainter painter;
        if (!painter.begin(&writer))
            return R::failure(Tr::tr("the PDF writer could not start"));
        for (int i = 0; i < layout.pageCount(); ++i) {
            if (i > 0 && !writer.newPage())
                return R::failure(Tr::tr("the PDF writer could not add page %1").arg(i + 1));
            layout.paintPage(&painter, i);
        }
        if (!painter.end())
            return R::failure(Tr::tr("the PDF writer could not finish the file"));
    }
    return bytes;
}

Result<QImage> PdfExport::preview(const QVector<PageRecord> &pages, const LayoutOptions &options,
                                  int index, qreal dpi)
{
    using R = Result<QImage>;
    const auto fonts = prepare(pages, options);
    if (!fonts)
        return R::failure(fonts.error());
    if (dpi < 10 || dpi > 1200)
        return R::failure(Tr::tr("the preview resolution must be between 10 and 1200 dpi"));
    const ProofLayout layout(ExportSelection(pages, options), options, fonts.value());
    if (index < 0 || index >= layout.pageCount())
        return R::failure(Tr::tr("the proof has no page %1").arg(index + 1));
    return layout.renderPage(index, dpi);
}

} // namespace Copydesk::Exporting
