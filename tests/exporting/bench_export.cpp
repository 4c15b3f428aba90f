// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Times the export of many stories: PDF (target < 10 s for 1,000) and HTML (target < 1 s).
// Usage: bench_export [STORIES]   (run offscreen: QT_QPA_PLATFORM=offscreen)
#include "exporting/exporter.h"
#include "samplepages.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextStream>

using namespace Copydesk;
using namespace Copydesk::Exporting;

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;
    const QVector<PageRecord> pages = TestSupport::manyStories(count);
    QTextStream out(stdout);
    if (pages.isEmpty()) {
        out << "cannot read the gold sample (set COPYDESK_SOURCE_DIR)" << Qt::endl;
        return 1;
    }
    int characters = 0;
    for (const StoryRecord &s : pages[0].stories) {
        for (const ParagraphRecord &p : s.paragraphs)
            characters += int(p.text.size());
    }
    out << count << " stories, " << characters << " characters of body text" << Qt::endl;
    struct Target
    {
        Format format;
        double limitSeconds;
    };
    bool allMet = true;
    for (const Target &t :
         {Target{Format::Html, 1.0}, Target{Format::Pdf, 10.0}, Target{Format::Docx, 0},
          Target{Format::Odt, 0}, Target{Format::NewsMl, 0}, Target{Format::Markdown, 0}}) {
        QElapsedTimer timer;
        timer.start();
        const auto bytes = Exporter::render(t.format, pages, LayoutOptions());
        const double seconds = timer.nsecsElapsed() / 1e9;
        if (!bytes) {
            out << Exporter::formatName(t.format) << ": " << bytes.error() << Qt::endl;
            return 1;
        }
        out << qSetFieldWidth(8) << Exporter::formatName(t.format) << qSetFieldWidth(0) << "  "
            << QString::number(seconds, 'f', 3) << " s  "
            << QString::number(bytes->size() / 1024.0 / 1024.0, 'f', 2) << " MB";
        if (t.limitSeconds > 0) {
            const bool met = seconds < t.limitSeconds;
            allMet = allMet && met;
            out << "  (target < " << t.limitSeconds << " s: " << (met ? "met" : "MISSED") << ")";
        }
        out << Qt::endl;
    }
    return allMet ? 0 : 2;
}
