// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/records.h"
#include "exporting/exporter.h"
#include "exporting/layoutoptions.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVector>

class QSettings;

namespace Copydesk {

// The export dialog's state without widgets: what is exported (the pages of the selection,
// already loaded as values), the format, the layout options, the destination and whether
// each story gets its own file. It validates the lot, counts the open duplicate flags the
// editor should review first and remembers format and options in QSettings. The dialog
// mirrors it; tests drive it directly. QtCore only; GUI thread.
class ExportDialogModel : public QObject
{
    Q_OBJECT
public:
    enum class Scope
    {
        Story,    // the story selected in the main window
        Page,     // the page selected in the main window
        AllPages, // every page of the archive, oldest first
    };

    explicit ExportDialogModel(QObject *parent = nullptr);

    Scope scope() const { return m_scope; }
    void setScope(Scope scope);

    // The pages to export, with only the stories of the scope in them.
    const QVector<PageRecord> &pages() const { return m_pages; }
    void setPages(const QVector<PageRecord> &pages);
    int storyCount() const;
    int openDuplicateCount() const { return m_openDuplicates; }
    // "3 open duplicates — review first", empty when there are none.
    QString openDuplicateWarning() const;

    Exporting::Format format() const { return m_format; }
    void setFormat(Exporting::Format format);
    // Paper, columns and margins only shape the PDF proof; the other formats ignore them.
    bool layoutOptionsApply() const { return m_format == Exporting::Format::Pdf; }
    bool previewAvailable() const { return layoutOptionsApply() && storyCount() > 0; }

    const Exporting::LayoutOptions &options() const { return m_options; }
    void setOptions(const Exporting::LayoutOptions &options);
    void setPaperSize(Exporting::PaperSize size);
    void setColumns(int columns); // stored as given: validation reports a bad value
    void setMarginsMm(const QMarginsF &margins);

    QString destination() const { return m_destination; }
    void setDestination(const QString &path);
    // One file per story (Exporter::writeBatch): the destination is then a folder.
    bool oneFilePerStory() const { return m_oneFilePerStory; }
    void setOneFilePerStory(bool on);
    // A file name for the save dialog: the selection's title and the format's suffix.
    QString suggestedFileName() const;

    // What stops the export, in the order an editor fixes it; empty when it can start.
    QStringList validationMessages() const;
    bool canExport() const { return validationMessages().isEmpty(); }

    // The last format, options and per-story choice; the selection and destination are not
    // remembered (they belong to the moment).
    void restoreSettings(const QSettings &settings);
    void saveSettings(QSettings &settings) const;

Q_SIGNALS:
    void scopeChanged(Copydesk::ExportDialogModel::Scope scope);
    void pagesChanged();
    void formatChanged(Copydesk::Exporting::Format format);
    void optionsChanged();
    void destinationChanged();
    // Anything changed: re-read validationMessages() and the enabled states.
    void stateChanged();
    // The selection or the layout changed while the PDF is chosen: time for a new preview.
    void previewInputsChanged();

private:
    void emitOptionsChanged();

    Scope m_scope = Scope::Page;
    QVector<PageRecord> m_pages;
    int m_openDuplicates = 0;
    Exporting::Format m_format = Exporting::Format::Pdf;
    Exporting::LayoutOptions m_options;
    QString m_destination;
    bool m_oneFilePerStory = false;
};

} // namespace Copydesk
