// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

#include "common/appidentity.h"
#include "common/version.h"
#include "exporting/exporter.h"
#include "exporting/exportselection.h"
#include "exporting/jsonexport.h"
#include "jobs/desktagging.h"
#include "jobs/importjob.h"
#include "jobs/recleanjob.h"
#include "storage/correctionrepository.h"
#include "storage/database.h"
#include "storage/flagrepository.h"
#include "storage/pagerepository.h"
#include "storage/settingsrepository.h"
#include "storage/storyrepository.h"
#include "storage/tagrepository.h"
#include "tagging/tagger.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

namespace Copydesk::Cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::Cli)
};

void printErr(const QString &line)
{
    QTextStream err(stderr);
    err << line << Qt::endl;
}

void printOut(const QString &line)
{
    QTextStream out(stdout);
    out << line << Qt::endl;
}

QString usageText()
{
    return Tr::tr("Usage: copydesk-cli <command> [options]\n"
                  "\n"
                  "Commands:\n"
                  "  import FILE|FOLDER...   import raw page text into the archive\n"
                  "  export                  export pages (--format pdf|html|odt|docx|txt|md|json|"
                  "newsml, -o PATH or -o - for stdout)\n"
                  "  pages                   list the pages in the archive\n"
                  "  review                  list and decide flags (--accept-kind: all of a kind on a "
                  "page)\n"
                  "  tag                     suggest districts and themes again (confirmed tags "
                  "stay)\n"
                  "  themes                  list and edit the desk's themes (add, rename, merge, "
                  "retire)\n"
                  "  reclean                 run cleanup again on stored pages (edited stories "
                  "stay)\n"
                  "  settings                show or change the desk settings kept in the archive\n"
                  "\n"
                  "Run 'copydesk-cli <command> --help' for the options of a command.");
}

void addCommonOptions(QCommandLineParser &parser)
{
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"),
                      Tr::tr("The archive file (default: %1).").arg(defaultArchivePath()),
                      Tr::tr("FILE")});
}

// Parses a command's options: returns the exit code to stop with (help shown, or a usage
// error reported), or -1 to go on.
int parseCommand(QCommandLineParser &parser, const QStringList &args)
{
    if (!parser.parse(args)) {
        printErr(parser.errorText());
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return Success;
    }
    return -1;
}

QString archivePath(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                              : defaultArchivePath();
}

int runImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Import raw page text files or folders of .txt files."));
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("max-size"),
                      Tr::tr("Refuse files larger than this many megabytes (default 256)."),
                      Tr::tr("MB")});
    parser.addOption({QStringLiteral("user"),
                      Tr::tr("Record this name as the importer (default: the login name)."),
                      Tr::tr("NAME")});
    parser.addPositionalArgument(QStringLiteral("paths"), Tr::tr("Files or folders to import."),
                                 Tr::tr("FILE|FOLDER..."));
    if (const int stop = parseCommand(parser, args); stop >= 0)
        return stop;
    if (parser.positionalArguments().isEmpty()) {
        printErr(Tr::tr("import: name at least one file or folder"));
        return Usage;
    }

    ImportParams params;
    params.archivePath = archivePath(parser);
    params.user = parser.isSet(QStringLiteral("user")) ? parser.value(QStringLiteral("user"))
                                                       : currentUserName();
    if (parser.isSet(QStringLiteral("max-size"))) {
        bool ok = false;
        const double mb = parser.value(QStringLiteral("max-size")).toDouble(&ok);
        if (!ok || mb <= 0) {
            printErr(Tr::tr("import: --max-size takes a positive number of megabytes"));
            return Usage;
        }
        params.maxBytes = qint64(mb * 1024 * 1024);
    }

    const Importing::CollectedInputs collected =
        Importing::collectInputs(parser.positionalArguments());
    for (const QString &e : collected.errors)
        printErr(e);
    params.inputs = collected.inputs;

    bool failed = !collected.errors.isEmpty();
    if (!params.inputs.isEmpty()) {
        const ImportReport report = ImportJob::run(params);
        if (!report.archiveError.isEmpty()) {
            printErr(report.archiveError);
            return Failed;
        }
        for (const ImportOutcome &o : report.outcomes) {
            if (o.kind == ImportOutcome::Kind::Refused)
                printErr(o.message);
            else
                printOut(o.message);
            for (const QString &w : o.warnings)
                printErr(Tr::tr("warning: %1").arg(w));
        }
        failed = failed || !report.allSucceeded();
    }
    return failed ? Failed : Success;
}

Status writeOutput(const QString &path, const QByteArray &bytes)
{
    if (path == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            return failure(Tr::tr("cannot write to standard output"));
        return success();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(Tr::tr("%1: cannot write: %2").arg(path, file.errorString()));
    file.write(bytes);
    if (!file.commit())
        return failure(Tr::tr("%1: cannot write: %2").arg(path, file.errorString()));
    return success();
}

int runExport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Export pages or stories from the archive."));
    addCommonOptions(parser);
    QStringList formats;
    for (Exporting::Format f : Exporting::Exporter::formats())
        formats << Exporting::Exporter::formatName(f);
    parser.addOption({QStringLiteral("format"),
                      Tr::tr("Output format: %1.").arg(formats.join(QStringLiteral(", "))),
                      Tr::tr("FORMAT"), QStringLiteral("json")});
    parser.addOption({QStringLiteral("page"), Tr::tr("Export only this page (default: all)."),
                      Tr::tr("ID")});
    parser.addOption({QStringLiteral("story"), Tr::tr("Export only this story."), Tr::tr("ID")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      Tr::tr("Write to PATH ('-' for standard output; a folder with --batch)."),
                      Tr::tr("PATH")});
    parser.addOption({QStringLiteral("batch"),
                      Tr::tr("Write one file per story into the folder given with -o.")});
    parser.addOption({QStringLiteral("paper"), Tr::tr("Page size for PDF: a3, a4 or tabloid."),
                      Tr::tr("SIZE"), QStringLiteral("a4")});
    parser.addOption({QStringLiteral("columns"), Tr::tr("Columns on a PDF page (1-6)."),
                      Tr::tr("N"), QStringLiteral("4")});
    if (const int stop = parseCommand(parser, args); stop >= 0)
        return stop;
    const auto format = Exporting::Exporter::formatFromName(parser.value(QStringLiteral("format")));
    if (!format) {
        printErr(Tr::tr("export: %1").arg(format.error()));
        return Usage;
    }
    if (!parser.isSet(QStringLiteral("o"))) {
        printErr(Tr::tr("export: name the output with -o PATH (or -o - for standard output)"));
        return Usage;
    }
    Exporting::LayoutOptions layout;
    const auto paper = Exporting::paperSizeFromName(parser.value(QStringLiteral("paper")));
    if (!paper) {
        printErr(Tr::tr("export: %1").arg(paper.error()));
        return Usage;
    }
    layout.paperSize = paper.value();
    layout.columns = parser.value(QStringLiteral("columns")).toInt();
    if (Status s = Exporting::validateOptions(layout); !s) {
        printErr(Tr::tr("export: %1").arg(s.error()));
        return Usage;
    }
    if (Exporting::Exporter::needsGuiApplication(format.value())
        && !QCoreApplication::instance()->inherits("QGuiApplication")) {
        printErr(Tr::tr("export: this format needs fonts; run with --format given as a "
                        "separate argument"));
        return Usage;
    }

    Database::Options options;
    options.mode = Database::Mode::ReadOnly;
    auto db = Database::open(archivePath(parser), options);
    if (!db) {
        printErr(db.error());
        return Failed;
    }
    PageRepository pages(*db.value());
    QVector<qint64> ids;
    qint64 storyId = 0;
    if (parser.isSet(QStringLiteral("story"))) {
        bool ok = false;
        storyId = parser.value(QStringLiteral("story")).toLongLong(&ok);
        auto story = ok ? StoryRepository(*db.value()).story(storyId)
                        : Result<StoryRecord>::failure(QString());
        if (!ok || !story) {
            printErr(Tr::tr("export: there is no story %1")
                         .arg(parser.value(QStringLiteral("story"))));
            return ok ? Failed : Usage;
        }
        ids << story->summary.pageId;
    } else if (parser.isSet(QStringLiteral("page"))) {
        bool ok = false;
        const qint64 id = parser.value(QStringLiteral("page")).toLongLong(&ok);
        if (!ok) {
            printErr(Tr::tr("export: --page takes a page number"));
            return Usage;
        }
        ids << id;
    } else {
        auto all = pages.pageIds();
        if (!all) {
            printErr(all.error());
            return Failed;
        }
        ids = all.value();
    }
    QVector<PageRecord> records;
    for (qint64 id : std::as_const(ids)) {
        auto page = pages.loadPage(id);
        if (!page) {
            printErr(Tr::tr("export: page %1: %2").arg(id).arg(page.error()));
            return Failed;
        }
        if (storyId > 0) {
            QVector<StoryRecord> only;
            for (const StoryRecord &s : page->stories) {
                if (s.summary.id == storyId)
                    only << s;
            }
            page.value().stories = only;
        }
        records.push_back(page.value());
    }
    // Only accepted text goes out; open duplicates are worth a look first.
    const int openDuplicates = Exporting::ExportSelection::openDuplicateCount(records);
    if (openDuplicates > 0)
        printErr(Tr::tr("warning: %1").arg(Exporting::ExportSelection::openDuplicateWarning(openDuplicates)));

    const QString output = parser.value(QStringLiteral("o"));
    if (parser.isSet(QStringLiteral("batch"))) {
        auto written = Exporting::Exporter::writeBatch(format.value(), records, layout, output);
        if (!written) {
            printErr(Tr::tr("export: %1").arg(written.error()));
            return Failed;
        }
        for (const QString &path : written.value())
            printOut(path);
        return Success;
    }
    auto bytes = Exporting::Exporter::render(format.value(), records, layout);
    if (!bytes) {
        printErr(Tr::tr("export: %1").arg(bytes.error()));
        return Failed;
    }
    if (Status s = writeOutput(output, bytes.value()); !s) {
        printErr(s.error());
        return Failed;
    }
    return Success;
}

int runTag(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Suggest districts and themes again for every story (or one page's). Tags an "
               "editor confirmed are never changed."));
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("page"), Tr::tr("Only this page."), Tr::tr("ID")});
    if (const int stop = parseCommand(parser, args); stop >= 0)
        return stop;
    auto db = Database::open(archivePath(parser));
    if (!db) {
        printErr(db.error());
        return Failed;
    }
    auto tagger = DeskTagging::tagger(*db.value());
    if (!tagger) {
        printErr(tagger.error());
        return Failed;
    }
    PageRepository pages(*db.value());
    TagRepository tags(*db.value());
    QVector<qint64> ids;
    if (parser.isSet(QStringLiteral("page"))) {
        bool ok = false;
        ids << parser.value(QStringLiteral("page")).toLongLong(&ok);
        if (!ok) {
            printErr(Tr::tr("tag: --page takes a page number"));
            return Usage;
        }
    } else {
        auto all = pages.pageIds();
        if (!all) {
            printErr(all.error());
            return Failed;
        }
        ids = all.value();
    }
    const QString user = currentUserName();
    int stories = 0;
    for (qint64 id : std::as_const(ids)) {
        auto page = pages.loadPage(id);
        if (!page) {
            printErr(Tr::tr("tag: page %1: %2").arg(id).arg(page.error()));
            return Failed;
        }
        for (const StoryRecord &story : page->stories) {
            const Tagging::StoryTags suggested =
                tagger->suggest(Tagging::StoryText::fromRecord(story));
            const StoryTagSet merged{
                Tagging::Tagger::mergeDistrict(story.district, suggested.district),
                Tagging::Tagger::mergeThemes(story.themes, suggested.themes)};
            if (Status s = tags.setTags(story.summary.id, merged, user); !s) {
                printErr(Tr::tr("tag: story %1: %2").arg(story.summary.id).arg(s.error()));
                return Failed;
            }
            ++stories;
        }
    }
    printOut(Tr::tr("%n story/stories tagged", nullptr, stories));
    return Success;
}

int runThemes(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("List the desk's themes (IPTC Media Topics and the desk's sub-themes), or add, "
               "rename, merge or retire a sub-theme. Merging moves the stories' tags."));
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("all"), Tr::tr("list: show retired themes too.")});
    parser.addOption({QStringLiteral("under"), Tr::tr("add: the Media Topic (medtop:…)."),
                      Tr::tr("CODE")});
    parser.addOption({QStringLiteral("name"), Tr::tr("add, rename: the Chinese name."),
                      Tr::tr("NAME")});
    parser.addOption({QStringLiteral("english"), Tr::tr("add, rename: the English name."),
                      Tr::tr("NAME")});
    parser.addOption({QStringLiteral("keywords"),
                      Tr::tr("add, rename: keywords and phrases, separated by commas."),
                      Tr::tr("LIST")});
    parser.addOption({QStringLiteral("user"),
                      Tr::tr("Record this name with the change (default: the login name)."),
                      Tr::tr("NAME")});
    parser.addPositionalArgument(QStringLiteral("action"),
                                 Tr::tr("list (default), add, rename CODE, merge FROM INTO, "
                                        "retire CODE"),
                                 Tr::tr("[ACTION] [CODE...]"));
    if (const int stop = parseCommand(parser, args); stop >= 0)
        return stop;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0, QStringLiteral("list"));
    const QStringList codes = positional.mid(1);
    const QHash<QString, int> codeCount{{QStringLiteral("list"), 0}, {QStringLiteral("add"), 0},
                                        {QStringLiteral("rename"), 1},
                                        {QStringLiteral("merge"), 2},
                                        {QStringLiteral("retire"), 1}};
    if (!codeCount.contains(action) || codes.size() != codeCount.value(action)
        || ((action == QLatin1String("add") || action == QLatin1String("rename"))
            && !parser.isSet(QStringLiteral("name")))
        || (action == QLatin1String("add") && !parser.isSet(QStringLiteral("under")))) {
        printErr(Tr::tr("themes: use list, add --under CODE --name NAME, rename CODE --name "
                        "NAME, merge FROM INTO or retire CODE"));
        return Usage;
    }
    auto db = Database::open(archivePath(parser));
    if (!db) {
        printErr(db.error());
        return Failed;
    }
    const QString user = parser.isSet(QStringLiteral("user")) ? parser.value(QStringLiteral("user"))
                                                              : currentUserName();
    QStringList keywords;
    static const QRegularExpression separators(QStringLiteral("[,，、;；]"));
    for (const QString &k : parser.value(QStringLiteral("keywords")).split(separators)) {
        if (!k.trimmed().isEmpty())
            keywords << k.trimmed();
    }
    const QString name = parser.value(QStringLiteral("name"));
    const QString english = parser.value(QStringLiteral("english"));
    Status status = success();
    if (action == QLatin1String("add")) {
        auto code = DeskTagging::addTheme(*db.value(), parser.value(QStringLiteral("under")),
                                          name, keywords, english, user);
        if (code)
            printOut(code.value());
        status = code ? success() : failure(code.error());
    } else if (action == QLatin1String("rename")) {
        status = DeskTagging::renameTheme(*db.value(), codes[0], name, english, user);
        if (status && parser.isSet(QStringLiteral("keywords"))) {
            auto taxonomy = DeskTagging::taxonomy(*db.value());
            const Tagging::Theme *theme = taxonomy ? taxonomy->find(codes[0]) : nullptr;
            status = DeskTagging::setKeywords(*db.value(), codes[0], keywords,
                                              theme ? theme->weakKeywords : QStringList(), user);
        }
    } else if (action == QLatin1String("merge")) {
        status = DeskTagging::mergeThemes(*db.value(), codes[0], codes[1], user);
    } else if (action == QLatin1String("retire")) {
        status = DeskTagging::retireTheme(*db.value(), codes[0], user);
    } else {
        auto taxonomy = DeskTagging::taxonomy(*db.value());
        if (!taxonomy) {
            printErr(taxonomy.error());
            return Failed;
        }
        const bool all = parser.isSet(QStringLiteral("all"));
        for (const Tagging::Theme &topic : taxonomy->topics()) {
            printOut(QStringLiteral("%1\t%2\t%3").arg(topic.code, topic.labelZh, topic.labelEn));
            for (const Tagging::Theme &theme : taxonomy->children(topic.code, all)) {
                QString line = QStringLiteral("  %1\t%2\t%3\t%4")
                                   .arg(theme.code, theme.labelZh, theme.labelEn,
                                        theme.keywords.join(QLatin1Char(',')));
                if (!theme.mergedInto.isEmpty())
                    line += QLatin1Char('\t') + Tr::tr("(merged into %1)").arg(theme.mergedInto);
                else if (theme.retired)
                    line += QLatin1Char('\t') + Tr::tr("(retired)");
                printOut(line);
            }
        }
    }
    if (!status) {
        printErr(Tr::tr("themes: %1").arg(status.error()));
        return Failed;
    }
    return Success;
}

int runReclean(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Run cleanup again on every page (or one page) from the text kept at import. "
               "Stories an editor or proofreader touched are left as they are."));
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("page"), Tr::tr("Only this page."), Tr::tr("ID")});
    parser.addOption({QStringLiteral("user"),
                      Tr::tr("Name recorded with the new revisions (default: login name)."),
                      Tr::tr("NAME")});
    if (const int stop = parseCommand(parser, args); stop >= 0)
        return stop;
    RecleanParams params;
    params.archivePath = archivePath(parser);
    params.user = parser.value(QStringLiteral("user"));
    if (parser.isSet(QStringLiteral("page"))) {
        bool ok = false;
        params.pageIds << parser.value(QStringLiteral("page")).toLongLong(&ok);
        if (!ok) {
            printErr(Tr::tr("reclean: --page takes a page number"));
            return Usage;
        }
    }
    const RecleanReport report = RecleanJob::run(params);
    for (const QString &line : report.messages)
        printOut(line);
    if (!report.ok()) {
        printErr(Tr::tr("reclean: %1").arg(report.archiveError));
        return Failed;
    }
    return Success;
}

int runPages(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("List the pages in the archive, newest first."));
    addCommonOptions(parser);
    if (const int stop = parseCommand(parser, args); stop >= 0)
        return stop;
    Database::Options options;
    options.mode = Database::Mode::ReadOnly;
    auto db = Database::open(archivePath(parser), options);
    if (!db) {
        printErr(db.error());
        return Failed;
    }
    auto pages = PageRepository(*db.value()).pages();
    if (!pages) {
        printErr(pages.error());
        return Failed;
    }
    for (const PageSummary &p : pages.value()) {
        printOut(Tr::tr("page %1\t%2\t%3\t%n story/stories", nullptr, p.storyCount)
                     .arg(p.id)
                     .arg(p.source.fileName, p.source.importedAt.toLocalTime().toString(
                                                 Qt::ISODate)));
    }
    return Success;
}

QString oneLine(QString text, int max)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.size() > max ? text.left(max - 1) + QChar(0x2026) : text;
}

int runReview(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("List duplicate flags or decide one: accept removes the copy from its story, "
               "dismiss keeps both and never flags the pair again, swap makes the other "
               "paragraph the copy, reopen takes a decision back."));
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("list"), Tr::tr("List duplicate flags (default: open ones).")});
    parser.addOption({QStringLiteral("page"), Tr::tr("Only flags on this page."), Tr::tr("ID")});
    parser.addOption({QStringLiteral("status"),
                      Tr::tr("With --list: open, accepted, dismissed or all."), Tr::tr("STATUS"),
                      QStringLiteral("open")});
    parser.addOption({QStringLiteral("accept"), Tr::tr("Remove the copy of this flag."),
                      Tr::tr("FLAG_ID")});
    parser.addOption({QStringLiteral("dismiss"), Tr::tr("Keep both paragraphs of this flag."),
                      Tr::tr("FLAG_ID")});
    parser.addOption({QStringLiteral("swap"), Tr::tr("Make the other paragraph the copy."),
                      Tr::tr("FLAG_ID")});
    parser.addOption({QStringLiteral("reopen"), Tr::tr("Take the decision on this flag back."),
                      Tr::tr("FLAG_ID")});
    parser.addOption({QStringLiteral("accept-kind"),
                      Tr::tr("Accept every open flag of this kind on the page given with --page "
                             "(punctuation, stray-latin, variant-character, errata, duplicate, "
                             "...): each flagged text takes its suggestion."),
                      Tr::tr("KIND")});
    parser.addOption({QStringLiteral("user"),
                      Tr::tr("Record this name with the decision (default: the login name)."),
                      Tr::tr("NAME")});
    if (const int stop = parseCommand(parser, args); stop >= 0)
        return stop;
    const QStringList actions{QStringLiteral("accept"), QStringLiteral("dismiss"),
                              QStringLiteral("swap"), QStringLiteral("reopen"),
                              QStringLiteral("accept-kind")};
    QString action;
    for (const QString &a : actions) {
        if (parser.isSet(a)) {
            if (!action.isEmpty()) {
                printErr(Tr::tr("review: give one decision at a time"));
                return Usage;
            }
            action = a;
        }
    }
    const bool list = parser.isSet(QStringLiteral("list")) || action.isEmpty();

    Database::Options options;
    options.mode = action.isEmpty() ? Database::Mode::ReadOnly : Database::Mode::ReadWrite;
    auto db = Database::open(archivePath(parser), options);
    if (!db) {
        printErr(db.error());
        return Failed;
    }
    FlagRepository flags(*db.value());

    if (action == QLatin1String("accept-kind")) {
        bool ok = false;
        const qint64 pageId = parser.value(QStringLiteral("page")).toLongLong(&ok);
        if (!ok) {
            printErr(Tr::tr("review: --accept-kind needs --page with a page number"));
            return Usage;
        }
        const QString kind = parser.value(QStringLiteral("accept-kind"));
        const QString user = parser.isSet(QStringLiteral("user"))
                                 ? parser.value(QStringLiteral("user"))
                                 : currentUserName();
        auto outcome = CorrectionRepository(*db.value()).acceptKind(pageId, kind, user);
        if (!outcome) {
            printErr(Tr::tr("review: page %1, %2: %3").arg(pageId).arg(kind, outcome.error()));
            return Failed;
        }
        printOut(Tr::tr("page %1: %n %2 flag(s) accepted", nullptr, outcome->accepted)
                     .arg(pageId)
                     .arg(kind));
        if (outcome->skipped > 0)
            printOut(Tr::tr("page %1: %n %2 flag(s) left open (the text changed since, or no "
                            "suggestion)",
                            nullptr, outcome->skipped)
                         .arg(pageId)
                         .arg(kind));
        return Success;
    }

    if (!action.isEmpty()) {
        bool ok = false;
        const qint64 id = parser.value(action).toLongLong(&ok);
        if (!ok) {
            printErr(Tr::tr("review: --%1 takes a flag number").arg(action));
            return Usage;
        }
        const QString user = parser.isSet(QStringLiteral("user"))
                                 ? parser.value(QStringLiteral("user"))
                                 : currentUserName();
        Status s = action == QLatin1String("accept")    ? flags.accept(id, user)
                   : action == QLatin1String("dismiss") ? flags.dismiss(id, user)
                   : action == QLatin1String("swap")    ? flags.swap(id, user)
                                                        : flags.reopen(id, user);
        if (!s) {
            printErr(Tr::tr("review: flag %1: %2").arg(id).arg(s.error()));
            return Failed;
        }
        printOut(Tr::tr("flag %1: %2").arg(id).arg(action));
        if (!parser.isSet(QStringLiteral("list")))
            return Success;
    }

    if (list) {
        ReviewFilter filter;
        const QString status = parser.value(QStringLiteral("status"));
        if (status != QLatin1String("all"))
            filter.status = status;
        if (parser.isSet(QStringLiteral("page"))) {
            bool ok = false;
            filter.pageId = parser.value(QStringLiteral("page")).toLongLong(&ok);
            if (!ok) {
                printErr(Tr::tr("review: --page takes a page number"));
                return Usage;
            }
        }
        auto items = flags.reviewQueue(filter);
        if (!items) {
            printErr(items.error());
            return Failed;
        }
        for (const ReviewItem &r : items.value()) {
            const QString original =
                r.flag.duplicateOf ? Tr::tr("page %1 story %2 paragraph %3")
                                         .arg(r.flag.duplicateOf->page)
                                         .arg(r.flag.duplicateOf->story)
                                         .arg(r.flag.duplicateOf->paragraph + 1)
                                   : Tr::tr("(original gone)");
            printOut(QStringLiteral("%1\t%2\t%3\t%4%\t%5\t%6\t%7")
                         .arg(r.flag.id)
                         .arg(r.flag.status, r.flag.detail)
                         .arg(qRound(r.flag.confidence * 100))
                         .arg(Tr::tr("page %1 story %2").arg(r.flag.pageId).arg(r.flag.storyId),
                              original, oneLine(r.copyText, 40)));
        }
    }
    return Success;
}

int runSettings(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Show or change the desk settings kept in the archive: %1 (0-1), %2 "
               "(characters), %3 (hunspell language, e.g. en_US).")
            .arg(QLatin1String(SettingsRepository::DuplicateThreshold),
                 QLatin1String(SettingsRepository::DuplicateMinLength),
                 QLatin1String(SettingsRepository::SpellingLanguage)));
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("set"), Tr::tr("Set a value."), Tr::tr("KEY=VALUE")});
    parser.addOption({QStringLiteral("unset"), Tr::tr("Go back to the default."), Tr::tr("KEY")});
    if (const int stop = parseCommand(parser, args); stop >= 0)
        return stop;
    const bool change = parser.isSet(QStringLiteral("set")) || parser.isSet(QStringLiteral("unset"));
    Database::Options options;
    options.mode = change ? Database::Mode::ReadWrite : Database::Mode::ReadOnly;
    auto db = Database::open(archivePath(parser), options);
    if (!db) {
        printErr(db.error());
        return Failed;
    }
    SettingsRepository settings(*db.value());
    if (parser.isSet(QStringLiteral("set"))) {
        const QString kv = parser.value(QStringLiteral("set"));
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            printErr(Tr::tr("settings: --set takes KEY=VALUE"));
            return Usage;
        }
        if (Status s = settings.setValue(kv.left(eq).trimmed(), kv.mid(eq + 1).trimmed()); !s) {
            printErr(s.error());
            return Failed;
        }
    }
    if (parser.isSet(QStringLiteral("unset"))) {
        if (Status s = settings.remove(parser.value(QStringLiteral("unset"))); !s) {
            printErr(s.error());
            return Failed;
        }
    }
    auto all = settings.all();
    if (!all) {
        printErr(all.error());
        return Failed;
    }
    QStringList keys = all->keys();
    keys.sort();
    for (const QString &k : std::as_const(keys))
        printOut(QStringLiteral("%1=%2").arg(k, all->value(k)));
    return Success;
}

} // namespace

bool needsGui(int argc, char *argv[])
{
    if (argc < 2 || qstrcmp(argv[1], "export") != 0)
        return false;
    for (int i = 2; i < argc; ++i) {
        QString value;
        if (qstrcmp(argv[i], "--format") == 0 && i + 1 < argc)
            value = QString::fromLocal8Bit(argv[i + 1]);
        else if (qstrncmp(argv[i], "--format=", 9) == 0)
            value = QString::fromLocal8Bit(argv[i] + 9);
        else
            continue;
        const auto format = Exporting::Exporter::formatFromName(value);
        return format && Exporting::Exporter::needsGuiApplication(format.value());
    }
    return false;
}

int run(const QStringList &arguments)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        printErr(usageText());
        return Usage;
    }
    const QString command = args.first();
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        printOut(QStringLiteral("copydesk-cli %1").arg(versionString()));
        return Success;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        printOut(usageText());
        return Success;
    }
    // QCommandLineParser expects the program name first.
    const QStringList rest = QStringList{arguments.first()} + args.mid(1);
    if (command == QLatin1String("import"))
        return runImport(rest);
    if (command == QLatin1String("export"))
        return runExport(rest);
    if (command == QLatin1String("pages"))
        return runPages(rest);
    if (command == QLatin1String("review"))
        return runReview(rest);
    if (command == QLatin1String("settings"))
        return runSettings(rest);
    if (command == QLatin1String("tag"))
        return runTag(rest);
    if (command == QLatin1String("themes"))
        return runThemes(rest);
    if (command == QLatin1String("reclean"))
        return runReclean(rest);
    printErr(Tr::tr("Unknown command '%1'.").arg(command));
    printErr(usageText());
    return Usage;
}

} // namespace Copydesk::Cli
