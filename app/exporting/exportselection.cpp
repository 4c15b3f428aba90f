// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportselection.h"

#include "common/types.h"

#include <QCoreApplication>

namespace Copydesk::Exporting {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::Exporting::ExportSelection)
};
} // namespace

ExportSelection::ExportSelection(const QVector<PageRecord> &pages, const LayoutOptions &options)
{
    QStringList sources;
    for (const PageRecord &page : pages) {
        const QString source = page.summary.source.fileName;
        if (!source.isEmpty() && !sources.contains(source))
            sources << source;
        for (const StoryRecord &s : page.stories) {
            ExportStory story;
            story.id = s.summary.id;
            story.pageId = page.summary.id;
            story.position = s.summary.position;
            story.kicker = s.summary.kicker.trimmed();
            story.headline = s.summary.headline.trimmed();
            story.byline = s.summary.byline.trimmed();
            for (const ParagraphRecord &p : s.paragraphs) {
                const QString text = p.text.trimmed();
                if (!text.isEmpty())
                    story.paragraphs << text;
            }
            if (s.district && (s.district->confirmed || !options.confirmedTagsOnly) &&
                !s.district->path.isEmpty())
                story.district = s.district;
            for (const ThemeTag &t : s.themes) {
                if ((t.confirmed || !options.confirmedTagsOnly) && !t.code.isEmpty())
                    story.themes << t;
            }
            story.source = source;
            story.sourceSha256 = page.summary.source.sha256;
            if (story.headline.isEmpty() && story.kicker.isEmpty() && story.paragraphs.isEmpty())
                continue;
            m_stories << story;
        }
    }
    m_sourceLabel =
        options.sourceLabel.isEmpty() ? sources.join(QStringLiteral(", ")) : options.sourceLabel;
    m_title = options.title;
    for (int i = 0; m_title.isEmpty() && i < m_stories.size(); ++i)
        m_title = m_stories[i].headline;
    if (m_title.isEmpty())
        m_title = m_sourceLabel;
    m_exportDate =
        options.exportDate.isValid() ? options.exportDate : QDateTime::currentDateTimeUtc();
}

int ExportSelection::openDuplicateCount(const QVector<PageRecord> &pages)
{
    int count = 0;
    for (const PageRecord &page : pages) {
        for (const StoryRecord &s : page.stories) {
            for (const FlagRecord &f : s.flags) {
                if (f.kind == QLatin1String(FlagKind::Duplicate) &&
                    f.status == QLatin1String(FlagStatus::Open))
                    ++count;
            }
        }
    }
    return count;
}

QString ExportSelection::openDuplicateWarning(int count)
{
    if (count <= 0)
        return {};
    return Tr::tr("%n open duplicate(s) — review first", nullptr, count);
}

QVector<QVector<PageRecord>> ExportSelection::splitByStory(const QVector<PageRecord> &pages)
{
    QVector<QVector<PageRecord>> out;
    for (const PageRecord &page : pages) {
        for (const StoryRecord &s : page.stories) {
            PageRecord single;
            single.summary = page.summary;
            single.summary.storyCount = 1;
            single.stories = {s};
            out.push_back({single});
        }
    }
    return out;
}

} // namespace Copydesk::Exporting
