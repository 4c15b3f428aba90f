// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the story editor, run by hand:
//   build/tests/bench/bench_editor [KEYSTROKES]
// 1. Typing in a 5,000-character story shown in the editor widget with the SpellHighlighter:
//    time per keystroke (edit, incremental re-highlight, layout) and blocks checked per
//    keystroke (1 when highlighting is incremental per block).
// 2. Checking a 20 KB page with every check of the Proofreader (hunspell without suggestions,
//    as the editor runs it), for an English, a Chinese and a mixed page.
#include "proofing/hunspelldictionary.h"
#include "proofing/proofreader.h"
#include "spellhighlighter.h"
#include "storybodyedit.h"
#include "testsupport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>
#include <cstdio>

using namespace Copydesk;

namespace {
QStringList paragraphsOf(const QString &name)
{
    const QString path = TestSupport::sourceDir() +
                         QStringLiteral("/tests/data/pages/%1/raw-pdftotext.txt").arg(name);
    const QString text = QString::fromUtf8(TestSupport::readFile(path));
    QStringList out;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("\\n\\s*\\n")))) {
        QString p = part.simplified();
        if (!p.isEmpty())
            out << p;
    }
    return out;
}

// Paragraphs taken in turn from `sources` until the text holds `bytes` UTF-8 bytes.
QStringList pageOf(const QList<QStringList> &sources, int bytes)
{
    QStringList out;
    int size = 0;
    for (int i = 0; size < bytes; ++i) {
        const QStringList &source = sources.at(i % sources.size());
        const QString p = source.at((i / sources.size()) % source.size());
        out << p;
        size += int(p.toUtf8().size()) + 1;
    }
    return out;
}

double percentile(QVector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.at(std::min(int(values.size()) - 1, int(p * values.size())));
}

double mean(const QVector<double> &values)
{
    double sum = 0;
    for (double v : values)
        sum += v;
    return sum / values.size();
}

std::unique_ptr<Proofing::Proofreader> makeProofreader()
{
    return std::make_unique<Proofing::Proofreader>(
        std::make_unique<Proofing::HunspellDictionary>(QStringLiteral("en_US")), false);
}

void benchTyping(const QStringList &story, int keystrokes)
{
    auto proofreader = makeProofreader();
    QTextDocument doc;
    StoryBodyEdit edit;
    edit.setDocument(&doc);
    edit.resize(700, 900);
    edit.show();
    doc.setPlainText(story.join(QLatin1Char('\n')));
    const int initialCharacters = int(story.join(QLatin1Char('\n')).size());
    SpellHighlighter highlighter(&doc, proofreader.get());
    QElapsedTimer full;
    full.start();
    highlighter.rehighlight();
    const double fullMs = full.nsecsElapsed() / 1e6;
    QApplication::processEvents();

    const int block = doc.blockCount() / 2;
    QVector<double> times;
    int checksBefore = highlighter.checkCount();
    const QString typed = QStringLiteral("the quick brown fox jumps over teh lazy dog 中文 ");
    for (int i = 0; i < keystrokes; ++i) {
        QTextCursor cursor(doc.findBlockByNumber(block));
        cursor.movePosition(QTextCursor::EndOfBlock);
        QElapsedTimer t;
        t.start();
        cursor.insertText(QString(typed.at(i % typed.size())));
        QApplication::processEvents(); // layout and repaint of the editor
        times << t.nsecsElapsed() / 1e6;
    }
    const double checksPerKey = double(highlighter.checkCount() - checksBefore) / keystrokes;
    std::printf("typing: %d characters in %d paragraphs, %d keystrokes into paragraph %d\n",
                initialCharacters, doc.blockCount(), keystrokes, block + 1);
    std::printf("  whole story highlighted once: %.2f ms\n", fullMs);
    std::printf("  per keystroke: mean %.3f ms, median %.3f ms, p95 %.3f ms, max %.3f ms\n",
                mean(times), percentile(times, 0.5), percentile(times, 0.95),
                percentile(times, 1.0));
    std::printf("  blocks checked per keystroke: %.2f (of %d)\n", checksPerKey, doc.blockCount());
}

void benchPage(const char *name, const QStringList &page)
{
    auto proofreader = makeProofreader();
    int bytes = 0;
    for (const QString &p : page)
        bytes += int(p.toUtf8().size()) + 1;
    QVector<double> times;
    int flags = 0;
    for (int run = 0; run < 30; ++run) {
        QElapsedTimer t;
        t.start();
        int found = 0;
        for (int i = 0; i < page.size(); ++i)
            found += int(proofreader->checkParagraph(page.at(i), i).size());
        times << t.nsecsElapsed() / 1e6;
        flags = found;
    }
    std::printf("check %-8s page: %6d bytes, %3d paragraphs, %4d flags: median %.2f ms, "
                "min %.2f ms, max %.2f ms\n",
                name, bytes, int(page.size()), flags, percentile(times, 0.5),
                percentile(times, 0.0), percentile(times, 1.0));
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int keystrokes = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 500;
    if (!Proofing::HunspellDictionary(QStringLiteral("en_US")).isValid()) {
        std::fprintf(stderr, "hunspell-en-us is not installed\n");
        return 1;
    }
    const QStringList english = paragraphsOf(QStringLiteral("en-history"));
    const QStringList chinese = paragraphsOf(QStringLiteral("zh-faq"));
    const QStringList chinese2 = paragraphsOf(QStringLiteral("zh-handbook-people"));
    if (english.isEmpty() || chinese.isEmpty() || chinese2.isEmpty()) {
        std::fprintf(stderr, "test pages not found under %s\n",
                     qPrintable(TestSupport::sourceDir()));
        return 1;
    }

    // A 5,000-character story: paragraphs of both languages.
    QStringList story;
    int characters = 0;
    for (int i = 0; characters < 5000; ++i) {
        const QStringList &source = i % 2 ? english : chinese;
        const QString p = source.at((i / 2) % source.size()).left(5000 - characters - 1);
        story << p;
        characters += int(p.size()) + 1;
    }
    benchTyping(story, keystrokes);

    const int pageBytes = 20 * 1024;
    benchPage("English", pageOf({english}, pageBytes));
    benchPage("Chinese", pageOf({chinese, chinese2}, pageBytes));
    benchPage("mixed", pageOf({english, chinese}, pageBytes));
    return 0;
}
