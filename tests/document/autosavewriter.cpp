// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Helper of tst_autosavekill: edits one story the way the editor does until it is killed.
// Usage: autosavewriter ARCHIVE STORY_ID. Types a marker, commits it as a revision and prints
// "committed <first paragraph>", then types one character every few milliseconds and prints
// "draft <first paragraph>" after every autosaved draft.
#include "commands/storysession.h"
#include "models/archivecache.h"

#include <QGuiApplication>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QUndoStack>

#include <cstdio>

using namespace Copydesk;

namespace {
void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}
} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    ArchiveCache cache;
    if (!cache.open(args.at(1), Database::Mode::ReadWrite))
        return 1;
    QUndoStack stack;
    Commands::StorySession session(&cache, args.at(2).toLongLong(), &stack,
                                   QStringLiteral("writer"));
    session.setTiming({100, 300, 600000});
    if (!session.load())
        return 1;
    QTextDocument *body = session.document()->body();
    QTextCursor cursor(body);
    cursor.insertText(QStringLiteral("COMMITTED "));
    if (!session.commit())
        return 1;
    say(QStringLiteral("committed ") + body->firstBlock().text());

    QObject::connect(&session, &Commands::StorySession::draftSaved, &app,
                     [&] { say(QStringLiteral("draft ") + body->firstBlock().text()); });
    int typed = 0;
    QTimer typing;
    QObject::connect(&typing, &QTimer::timeout, &app, [&] {
        QTextCursor end(body->firstBlock());
        end.setPosition(QStringLiteral("COMMITTED ").size() + typed);
        end.insertText(QString(QChar(u'a' + typed % 26)));
        ++typed;
    });
    typing.start(15);
    return app.exec();
}
