// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/records.h"
#include "exporting/layoutoptions.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace Copydesk::Exporting {

// One story as every writer sees it: trimmed text, empty paragraphs gone, tags filtered.
struct ExportStory
{
    qint64 id = 0;
    qint64 pageId = 0;
    int position = 0;
    QString kicker;
    QString headline;
    QString byline;
    QStringList paragraphs;
    std::optional<DistrictTag> district;
    QVector<ThemeTag> themes;
    QString source;       // the page's source file name
    QString sourceSha256; // identifies the page for stable NewsML guids
};

// The stories of a selection of pages, in page and story order, as plain values. Only the
// current accepted text is in a PageRecord (removed paragraphs are not), so that is all that
// leaves the desk. Any thread.
class ExportSelection
{
public:
    explicit ExportSelection(const QVector<PageRecord> &pages,
                             const LayoutOptions &options = LayoutOptions());

    const QVector<ExportStory> &stories() const { return m_stories; }
    bool isEmpty() const { return m_stories.isEmpty(); }
    // The footer's source: options.sourceLabel, or the distinct source file names.
    QString sourceLabel() const { return m_sourceLabel; }
    // options.title, or the first headline, or the source label.
    QString title() const { return m_title; }
    // options.exportDate, or the time the selection was made (UTC).
    QDateTime exportDate() const { return m_exportDate; }

    // Open duplicate flags in the pages: the CLI and the dialog warn before exporting.
    static int openDuplicateCount(const QVector<PageRecord> &pages);
    // "3 open duplicates — review first", or an empty string when there are none.
    static QString openDuplicateWarning(int count);
    // Each story alone on a copy of its page, for one-file-per-story exports.
    static QVector<QVector<PageRecord>> splitByStory(const QVector<PageRecord> &pages);

private:
    QVector<ExportStory> m_stories;
    QString m_sourceLabel;
    QString m_title;
    QDateTime m_exportDate;
};

} // namespace Copydesk::Exporting
