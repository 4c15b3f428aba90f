// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporter.h"

#include "exporting/docxexport.h"
#include "exporting/exportselection.h"
#include "exporting/filenamer.h"
#include "exporting/htmlexport.h"
#include "exporting/jsonexport.h"
#include "exporting/markdownexport.h"
#include "exporting/newsmlexport.h"
#include "exporting/odtexport.h"
#include "exporting/pdfexport.h"
#include "exporting/textexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QSaveFile>

namespace Copydesk::Exporting {

Q_LOGGING_CATEGORY(lcExport, "copydesk.exporting", QtWarningMsg)

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::Exporting::Exporter)
};
} // namespace

QVector<Format> Exporter::formats()
{
    return {Format::Pdf,  Format::Html,     Format::Odt,  Format::Docx,
            Format::Text, Format::Markdown, Format::Json, Format::NewsMl};
}

Result<Format> Exporter::formatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (Format f : formats()) {
        if (n == formatName(f))
            return f;
    }
    if (n == QLatin1String("htm"))
        return Format::Html;
    if (n == QLatin1String("text"))
        return Format::Text;
    if (n == QLatin1String("markdown"))
        return Format::Markdown;
    if (n == QLatin1String("newsml-g2") || n == QLatin1String("newsmlg2"))
        return Format::NewsMl;
    QStringList names;
    for (Format f : formats())
        names << formatName(f);
    return Result<Format>::failure(Tr::tr("unknown format '%1' (choose from: %2)")
                                       .arg(name, names.join(QStringLiteral(", "))));
}

QString Exporter::formatName(Format format)
{
    switch (format) {
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Html:
        return QStringLiteral("html");
    case Format::Odt:
        return QStringLiteral("odt");
    case Format::Docx:
        return QStringLiteral("docx");
    case Format::Text:
        return QStringLiteral("txt");
    case Format::Markdown:
        return QStringLiteral("md");
    case Format::Json:
        return QStringLiteral("json");
    case Format::NewsMl:
        return QStringLiteral("newsml");
    }
    return {};
}

QString Exporter::fileSuffix(Format format)
{
    return format == Format::NewsMl ? QStringLiteral("xml") : formatName(format);
}

QString Exporter::mimeType(Format format)
{
    switch (format) {
    case Format::Pdf:
        return QStringLiteral("application/pdf");
    case Format::Html:
        return QStringLiteral("text/html");
    case Format::Odt:
        return QStringLiteral("application/vnd.oasis.opendocument.text");
    case Format::Docx:
        return QStringLiteral(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    case Format::Text:
        return QStringLiteral("text/plain");
    case Format::Markdown:
        return QStringLiteral("text/markdown");
    case Format::Json:
        return QStringLiteral("application/json");
    case Format::NewsMl:
        return QStringLiteral("application/vnd.iptc.g2.newsitem+xml");
    }
    return {};
}

QString Exporter::displayName(Format format)
{
    switch (format) {
    case Format::Pdf:
        return Tr::tr("PDF proof");
    case Format::Html:
        return Tr::tr("Web page (HTML)");
    case Format::Odt:
        return Tr::tr("OpenDocument text (ODT)");
    case Format::Docx:
        return Tr::tr("Word document (DOCX)");
    case Format::Text:
        return Tr::tr("Plain text for the wire");
    case Format::Markdown:
        return Tr::tr("Markdown");
    case Format::Json:
        return Tr::tr("Copydesk JSON");
    case Format::NewsMl:
        return Tr::tr("NewsML-G2 (IPTC)");
    }
    return {};
}

bool Exporter::needsGuiApplication(Format format)
{
    return format == Format::Pdf || format == Format::Odt;
}

Result<QByteArray> Exporter::render(Format format, const QVector<PageRecord> &pages,
                                    const LayoutOptions &options)
{
    using R = Result<QByteArray>;
    if (Status s = validateOptions(options); !s)
        return R::failure(s.error());
    switch (format) {
    case Format::Pdf:
        return PdfExport::render(pages, options);
    case Format::Html:
        return HtmlExport::render(pages, options);
    case Format::Odt:
        return OdtExport::render(pages, options);
    case Format::Docx:
        return DocxExport::render(pages, options);
    case Format::Text:
        return TextExport::render(pages, options);
    case Format::Markdown:
        return MarkdownExport::render(pages, options);
    case Format::Json:
        return JsonExport::write(pages);
    case Format::NewsMl:
        return NewsMlExport::render(pages, options);
    }
    return R::failure(Tr::tr("unknown format"));
}

namespace {
Status save(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(Tr::tr("%1: cannot write: %2").arg(path, file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return failure(Tr::tr("%1: cannot write: %2").arg(path, file.errorString()));
    return success();
}
} // namespace

Status Exporter::writeFile(Format format, const QVector<PageRecord> &pages,
                           const LayoutOptions &options, const QString &path)
{
    const auto bytes = render(format, pages, options);
    if (!bytes)
        return failure(bytes.error());
    return save(path, bytes.value());
}

QString Exporter::batchTitle(const StoryRecord &story)
{
    if (!story.summary.headline.trimmed().isEmpty())
        return story.summary.headline;
    if (!story.summary.kicker.trimmed().isEmpty())
        return story.summary.kicker;
    for (const ParagraphRecord &p : story.paragraphs) {
        const QString text = p.text.simplified();
        if (!text.isEmpty())
            return text.left(20);
    }
    return {};
}

Result<QStringList> Exporter::writeBatch(Format format, const QVector<PageRecord> &pages,
                                         const LayoutOptions &options, const QString &directory,
                                         const Progress &progress)
{
    using R = Result<QStringList>;
    if (Status s = validateOptions(options); !s)
        return R::failure(s.error());
    QDir dir(directory);
    if (!dir.mkpath(QStringLiteral(".")))
        return R::failure(Tr::tr("%1: cannot create the folder").arg(directory));
    FileNamer namer(fileSuffix(format));
    const QStringList existing =
        dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &name : existing)
        namer.reserve(name);

    const QVector<QVector<PageRecord>> single = ExportSelection::splitByStory(pages);
    QStringList written;
    for (int i = 0; i < single.size(); ++i) {
        const StoryRecord &story = single[i].first().stories.first();
        const QString name =
            namer.take(batchTitle(story), QStringLiteral("story-%1").arg(story.summary.id));
        const auto bytes = render(format, single[i], options);
        if (!bytes)
            return R::failure(Tr::tr("%1: %2").arg(name, bytes.error()));
        const QString path = dir.filePath(name);
        if (Status s = save(path, bytes.value()); !s)
            return R::failure(s.error());
        written << path;
        qCDebug(lcExport) << "wrote" << path;
        if (progress && !progress(i + 1, int(single.size())))
            return R::failure(
                Tr::tr("export cancelled after %n file(s)", nullptr, int(written.size())));
    }
    return written;
}

} // namespace Copydesk::Exporting
