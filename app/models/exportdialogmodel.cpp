// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialogmodel.h"

#include "exporting/exportselection.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace Copydesk {

namespace {
const QString kFormatKey = QStringLiteral("export/format");
const QString kPaperKey = QStringLiteral("export/paperSize");
const QString kColumnsKey = QStringLiteral("export/columns");
const QString kMarginsKey = QStringLiteral("export/marginsMm");
const QString kPerStoryKey = QStringLiteral("export/oneFilePerStory");

// File names must not carry path separators or characters Windows desks refuse.
QString safeBaseName(QString name)
{
    static const QString bad = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : name) {
        if (bad.contains(c) || c.isSpace() || c.category() == QChar::Other_Control)
            c = QLatin1Char('-');
    }
    name = name.left(60);
    while (name.startsWith(QLatin1Char('.')) || name.startsWith(QLatin1Char('-')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char('-')))
        name.chop(1);
    return name.isEmpty() ? QStringLiteral("export") : name;
}
} // namespace

ExportDialogModel::ExportDialogModel(QObject *parent) : QObject(parent) {}

void ExportDialogModel::setScope(Scope scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    Q_EMIT scopeChanged(scope);
    Q_EMIT stateChanged();
}

void ExportDialogModel::setPages(const QVector<PageRecord> &pages)
{
    m_pages = pages;
    m_openDuplicates = Exporting::ExportSelection::openDuplicateCount(m_pages);
    Q_EMIT pagesChanged();
    Q_EMIT stateChanged();
    if (layoutOptionsApply())
        Q_EMIT previewInputsChanged();
}

int ExportDialogModel::storyCount() const
{
    int count = 0;
    for (const PageRecord &page : m_pages)
        count += int(page.stories.size());
    return count;
}

QString ExportDialogModel::openDuplicateWarning() const
{
    return Exporting::ExportSelection::openDuplicateWarning(m_openDuplicates);
}

void ExportDialogModel::setFormat(Exporting::Format format)
{
    if (format == m_format)
        return;
    // A file named for the old format follows the new one: report.pdf becomes report.html.
    const QString oldSuffix = Exporting::Exporter::fileSuffix(m_format);
    m_format = format;
    const QFileInfo dest(m_destination);
    if (!m_oneFilePerStory && !m_destination.isEmpty() &&
        dest.suffix().compare(oldSuffix, Qt::CaseInsensitive) == 0) {
        m_destination.chop(oldSuffix.size());
        m_destination += Exporting::Exporter::fileSuffix(format);
        Q_EMIT destinationChanged();
    }
    Q_EMIT formatChanged(format);
    Q_EMIT stateChanged();
    if (layoutOptionsApply())
        Q_EMIT previewInputsChanged();
}

void ExportDialogModel::setOptions(const Exporting::LayoutOptions &options)
{
    m_options = options;
    emitOptionsChanged();
}

void ExportDialogModel::setPaperSize(Exporting::PaperSize size)
{
    if (size == m_options.paperSize)
        return;
    m_options.paperSize = size;
    emitOptionsChanged();
}

void ExportDialogModel::setColumns(int columns)
{
    if (columns == m_options.columns)
        return;
    m_options.columns = columns;
    emitOptionsChanged();
}

void ExportDialogModel::setMarginsMm(const QMarginsF &margins)
{
    if (margins == m_options.marginsMm)
        return;
    m_options.marginsMm = margins;
    emitOptionsChanged();
}

void ExportDialogModel::emitOptionsChanged()
{
    Q_EMIT optionsChanged();
    Q_EMIT stateChanged();
    if (layoutOptionsApply())
        Q_EMIT previewInputsChanged();
}

void ExportDialogModel::setDestination(const QString &path)
{
    if (path == m_destination)
        return;
    m_destination = path;
    Q_EMIT destinationChanged();
    Q_EMIT stateChanged();
}

void ExportDialogModel::setOneFilePerStory(bool on)
{
    if (on == m_oneFilePerStory)
        return;
    m_oneFilePerStory = on;
    // Keep the destination meaningful: a batch goes to the file's folder, a single file
    // gets a name in the folder.
    const QString dest = m_destination.trimmed();
    if (!dest.isEmpty()) {
        const QFileInfo info(dest);
        if (on && !info.isDir())
            m_destination = QDir::toNativeSeparators(info.absolutePath());
        else if (!on && info.isDir())
            m_destination = QDir::toNativeSeparators(QDir(dest).filePath(suggestedFileName()));
        if (m_destination != dest)
            Q_EMIT destinationChanged();
    }
    Q_EMIT stateChanged();
}

QString ExportDialogModel::suggestedFileName() const
{
    QString title;
    if (m_scope == Scope::AllPages) {
        title = tr("all-pages");
    } else if (!m_pages.isEmpty()) {
        const PageRecord &page = m_pages.first();
        if (m_scope == Scope::Story && !page.stories.isEmpty())
            title = Exporting::Exporter::batchTitle(page.stories.first());
        else
            title = QFileInfo(page.summary.source.fileName).completeBaseName();
    }
    return safeBaseName(title) + QLatin1Char('.') + Exporting::Exporter::fileSuffix(m_format);
}

QStringList ExportDialogModel::validationMessages() const
{
    QStringList messages;
    if (storyCount() == 0)
        messages << tr("There is nothing to export: the selection has no stories.");
    const Status options = Exporting::validateOptions(m_options);
    if (!options)
        messages << tr("Layout: %1.").arg(options.error());
    const QString dest = m_destination.trimmed();
    if (dest.isEmpty()) {
        messages << (m_oneFilePerStory ? tr("Choose a folder to export to.")
                                       : tr("Choose a file to export to."));
    } else {
        const QFileInfo info(dest);
        if (m_oneFilePerStory && info.exists() && !info.isDir())
            messages
                << tr("One file per story needs a folder, not the file %1.").arg(info.fileName());
        else if (!m_oneFilePerStory && info.isDir())
            messages << tr("%1 is a folder: choose a file name, or one file per story.")
                            .arg(info.fileName().isEmpty() ? dest : info.fileName());
    }
    return messages;
}

void ExportDialogModel::restoreSettings(const QSettings &settings)
{
    const auto format = Exporting::Exporter::formatFromName(settings.value(kFormatKey).toString());
    if (format)
        setFormat(format.value());
    Exporting::LayoutOptions options = m_options;
    const auto paper = Exporting::paperSizeFromName(settings.value(kPaperKey).toString());
    if (paper)
        options.paperSize = paper.value();
    bool ok = false;
    const int columns = settings.value(kColumnsKey).toInt(&ok);
    if (ok && columns >= 1 && columns <= 6)
        options.columns = columns;
    const QVariantList margins = settings.value(kMarginsKey).toList();
    if (margins.size() == 4) {
        const QMarginsF m(margins.at(0).toDouble(), margins.at(1).toDouble(),
                          margins.at(2).toDouble(), margins.at(3).toDouble());
        Exporting::LayoutOptions probe = options;
        probe.marginsMm = m;
        if (Exporting::validateOptions(probe))
            options.marginsMm = m;
    }
    setOptions(options);
    setOneFilePerStory(settings.value(kPerStoryKey, false).toBool());
}

void ExportDialogModel::saveSettings(QSettings &settings) const
{
    settings.setValue(kFormatKey, Exporting::Exporter::formatName(m_format));
    settings.setValue(kPaperKey, Exporting::paperSizeName(m_options.paperSize));
    settings.setValue(kColumnsKey, m_options.columns);
    const QMarginsF &m = m_options.marginsMm;
    settings.setValue(kMarginsKey, QVariantList{m.left(), m.top(), m.right(), m.bottom()});
    settings.setValue(kPerStoryKey, m_oneFilePerStory);
}

} // namespace Copydesk
