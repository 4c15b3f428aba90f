// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/records.h"
#include "common/result.h"
#include "exporting/layoutoptions.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

namespace Copydesk::Exporting {

enum class Format
{
    Pdf,
    Html,
    Odt,
    Docx,
    Text,
    Markdown,
    Json,
    NewsMl
};

// The one entry point for the CLI, the export dialog and the export job: pick a format by
// name, render a selection of pages to bytes, write one file, or write one file per story.
// Stateless; call from any thread (Pdf and Odt need a QGuiApplication to exist, see
// needsGuiApplication()); long batches belong on a worker thread with a progress callback.
class Exporter
{
public:
    // Called after each file of a batch: files done, files in all. Return false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    static QVector<Format> formats();
    // "pdf", "html"/"htm", "odt", "docx", "txt"/"text", "md"/"markdown", "json",
    // "newsml"/"newsml-g2"; case-insensitive.
    static Result<Format> formatFromName(const QString &name);
    static QString
    formatName(Format format); // the CLI spelling: pdf html odt docx txt md json newsml
    static QString fileSuffix(Format format); // without the dot; NewsML is "xml"
    static QString mimeType(Format format);
    static QString displayName(Format format); // translated, for the dialog's format list
    static bool needsGuiApplication(Format format);

    static Result<QByteArray> render(Format format, const QVector<PageRecord> &pages,
                                     const LayoutOptions &options);
    // Renders and saves atomically (QSaveFile).
    static Status writeFile(Format format, const QVector<PageRecord> &pages,
                            const LayoutOptions &options, const QString &path);
    // One file per story in `directory` (created if missing), named by FileNamer from the
    // headline; names already in the directory are never overwritten. Returns the paths
    // written, in story order. On cancel or error the files already written stay.
    static Result<QStringList> writeBatch(Format format, const QVector<PageRecord> &pages,
                                          const LayoutOptions &options, const QString &directory,
                                          const Progress &progress = Progress());
    // The name a story gets in a batch before numbering: headline, else kicker, else the
    // start of its first paragraph.
    static QString batchTitle(const StoryRecord &story);
};

} // namespace Copydesk::Exporting
