// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;

// copydesk-cli as a batch desk runs it: real process, exit codes and messages.
class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void printsVersion();
    void importExportAndReimport();
    void refusesBadFilesWithExitCode1();
    void gb18030CopyImports();
    void exportsToStdout();
    void refusesForeignArchive();
    void reviewListsAndDecides();
    void reviewAcceptsAllOfAKind();
    void exportsEveryFormat_data();
    void exportsEveryFormat();
    void tagKeepsConfirmedTags();
    void recleanRewritesThePage();
    void usageErrors_data();
    void usageErrors();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &args) const;
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

TestCli::Run TestCli::cli(const QStringList &args) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("xdg")));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("LC_ALL"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(COPYDESK_CLI_PATH), args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void TestCli::init() { m_dir = std::make_unique<QTemporaryDir>(); }

void TestCli::printsVersion()
{
    const Run r = cli({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QLatin1String("copydesk-cli ")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String(COPYDESK_VERSION)));
}

void TestCli::importExportAndReimport()
{
    const QString db = path(QStringLiteral("x.sqlite"));
    Run r = cli({QStringLiteral("import"), TestSupport::samplePagePath(), QStringLiteral("--db"), db});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("raw.txt")), qPrintable(r.out));

    const QString out = path(QStringLiteral("out.json"));
    r = cli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"),
             QStringLiteral("json"), QStringLiteral("-o"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject root = QJsonDocument::fromJson(TestSupport::readFile(out)).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("copydesk"));
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
    const QJsonArray pages = root.value(QStringLiteral("pages")).toArray();
    QCOMPARE(pages.size(), 1);
    QVERIFY(!pages[0].toObject().value(QStringLiteral("stories")).toArray().isEmpty());

    r = cli({QStringLiteral("import"), TestSupport::samplePagePath(), QStringLiteral("--db"), db});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("already imported as page 1")), qPrintable(r.out));
    r = cli({QStringLiteral("pages"), QStringLiteral("--db"), db});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed().split(QLatin1Char('\n')).size(), 1);
}

void TestCli::refusesBadFilesWithExitCode1()
{
    const QString db = path(QStringLiteral("x.sqlite"));
    const QString png = path(QStringLiteral("picture.txt"));
    QVERIFY(TestSupport::writeFile(png, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)));
    const QString empty = path(QStringLiteral("empty.txt"));
    QVERIFY(TestSupport::writeFile(empty, QByteArray()));
    for (const QString &file : {png, empty}) {
        const Run r = cli({QStringLiteral("import"), file, QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 1);
        const QStringList lines = r.err.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines[0].contains(QFileInfo(file).fileName()), qPrintable(lines[0]));
    }
    const Run r = cli({QStringLiteral("pages"), QStringLiteral("--db"), db});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.trimmed().isEmpty());
}

void TestCli::gb18030CopyImports()
{
    const QString db = path(QStringLiteral("x.sqlite"));
    const QString gb = path(QStringLiteral("gb.txt"));
    QStringEncoder toGb("GB18030");
    QVERIFY(TestSupport::writeFile(
        gb, toGb.encode(QString::fromUtf8(TestSupport::readFile(TestSupport::samplePagePath())))));
    const Run r = cli({QStringLiteral("import"), gb, QStringLiteral("--db"), db});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("GB18030")), qPrintable(r.out));
}

void TestCli::exportsToStdout()
{
    const QString db = path(QStringLiteral("x.sqlite"));
    QCOMPARE(cli({QStringLiteral("import"), TestSupport::samplePagePath(), QStringLiteral("--db"), db})
                 .exitCode,
             0);
    const Run r = cli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--page"),
                       QStringLiteral("1"), QStringLiteral("-o"), QStringLiteral("-")});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QVERIFY2(!doc.isNull(), qPrintable(error.errorString()));
    QCOMPARE(doc.object().value(QStringLiteral("pages")).toArray().size(), 1);
    const Run missing = cli({QStringLiteral("export"), QStringLiteral("--db"), db,
                             QStringLiteral("--page"), QStringLiteral("42"), QStringLiteral("-o"),
                             QStringLiteral("-")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QLatin1String("42")));
}

void TestCli::refusesForeignArchive()
{
    const QString notes = path(QStringLiteral("notes.sqlite"));
    QVERIFY(TestSupport::writeFile(notes, "meeting notes\n"));
    const Run r = cli({QStringLiteral("import"), TestSupport::samplePagePath(), QStringLiteral("--db"),
                       notes});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("not a Copydesk archive")), qPrintable(r.err));
    QCOMPARE(TestSupport::readFile(notes), QByteArray("meeting notes\n"));
}

void TestCli::reviewAcceptsAllOfAKind()
{
    const QString db = path(QStringLiteral("k.sqlite"));
    const QString page = path(QStringLiteral("kind.txt"));
    QVERIFY(TestSupport::writeFile(
        page, QStringLiteral("港口管理局表示,新码头已经完成验收,共3,000人参加.\n").toUtf8()));
    QCOMPARE(cli({QStringLiteral("import"), page, QStringLiteral("--db"), db}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("review"), QStringLiteral("--accept-kind"),
                  QStringLiteral("punctuation"), QStringLiteral("--db"), db})
                 .exitCode,
             2); // which page?
    Run r = cli({QStringLiteral("review"), QStringLiteral("--accept-kind"),
                 QStringLiteral("punctuation"), QStringLiteral("--page"), QStringLiteral("1"),
                 QStringLiteral("--user"), QStringLiteral("proofreader"), QStringLiteral("--db"),
                 db});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("3")), qPrintable(r.out));
    r = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("txt"),
             QStringLiteral("--db"), db, QStringLiteral("-o"), QStringLiteral("-")});
    QVERIFY(r.out.contains(QStringLiteral("港口管理局表示，新码头已经完成验收，共3,000人参加。")));
    QCOMPARE(cli({QStringLiteral("review"), QStringLiteral("--accept-kind"),
                  QStringLiteral("spelling"), QStringLiteral("--page"), QStringLiteral("1"),
                  QStringLiteral("--db"), db})
                 .exitCode,
             1); // spelling is decided word by word
}

void TestCli::reviewListsAndDecides()
{
    const QString db = path(QStringLiteral("x.sqlite"));
    const QString page = path(QStringLiteral("page.txt"));
    const QString paragraph = QStringLiteral(
        "港口管理局表示,新码头的第一期工程已经完成验收,下个月起可以停靠万吨级货轮。");
    QVERIFY(TestSupport::writeFile(
        page, (paragraph + QStringLiteral("\n\n其他段落的文字与前面完全不同,讲的是另一件事情。\n\n")
               + paragraph)
                  .toUtf8()));
    QCOMPARE(cli({QStringLiteral("import"), page, QStringLiteral("--db"), db}).exitCode, 0);
    Run r = cli({QStringLiteral("review"), QStringLiteral("--list"), QStringLiteral("--db"), db});
    QCOMPARE(r.exitCode, 0);
    const QStringList rows = r.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(rows.size(), 1);
    const QString flagId = rows[0].section(QLatin1Char('\t'), 0, 0);
    QVERIFY(rows[0].contains(QLatin1String("open")));

    r = cli({QStringLiteral("review"), QStringLiteral("--accept"), flagId, QStringLiteral("--user"),
             QStringLiteral("proofreader"), QStringLiteral("--db"), db});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli({QStringLiteral("review"), QStringLiteral("--list"), QStringLiteral("--db"), db});
    QVERIFY(r.out.trimmed().isEmpty()); // nothing open any more
    r = cli({QStringLiteral("review"), QStringLiteral("--list"), QStringLiteral("--status"),
             QStringLiteral("accepted"), QStringLiteral("--db"), db});
    QVERIFY(r.out.contains(QLatin1String("accepted")));
    // A decided flag cannot be decided again; an unknown one is an error.
    QCOMPARE(cli({QStringLiteral("review"), QStringLiteral("--dismiss"), flagId,
                  QStringLiteral("--db"), db})
                 .exitCode,
             1);
    QCOMPARE(cli({QStringLiteral("review"), QStringLiteral("--dismiss"), QStringLiteral("999"),
                  QStringLiteral("--db"), db})
                 .exitCode,
             1);
    // The export no longer carries the removed copy.
    r = cli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("-o"),
             QStringLiteral("-")});
    const QJsonObject story = QJsonDocument::fromJson(r.out.toUtf8())
                                  .object()[QStringLiteral("pages")][0][QStringLiteral("stories")][0]
                                  .toObject();
    QCOMPARE(story[QStringLiteral("paragraphs")].toArray().size(), 2);
    QJsonObject duplicate; // among the punctuation flags of the half-width commas
    for (const QJsonValue &f : story[QStringLiteral("flags")].toArray()) {
        if (f[QStringLiteral("kind")].toString() == QLatin1String("duplicate"))
            duplicate = f.toObject();
    }
    QCOMPARE(duplicate[QStringLiteral("status")].toString(), QStringLiteral("accepted"));
}

void TestCli::exportsEveryFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("pdf") << "pdf" << QByteArray("%PDF-");
    QTest::newRow("html") << "html" << QByteArray("<!DOCTYPE html>");
    QTest::newRow("odt") << "odt" << QByteArray("PK");
    QTest::newRow("docx") << "docx" << QByteArray("PK");
    QTest::newRow("txt") << "txt" << QByteArray();
    QTest::newRow("md") << "md" << QByteArray();
    QTest::newRow("newsml") << "newsml" << QByteArray("<?xml");
    QTest::newRow("json") << "json" << QByteArray("{");
}

void TestCli::exportsEveryFormat()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, magic);
    const QString db = path(QStringLiteral("x.sqlite"));
    QCOMPARE(cli({QStringLiteral("import"), TestSupport::samplePagePath(), QStringLiteral("--db"), db})
                 .exitCode,
             0);
    const QString out = path(QStringLiteral("out.") + format);
    const Run r = cli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                       format, QStringLiteral("-o"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QByteArray bytes = TestSupport::readFile(out);
    QVERIFY(bytes.size() > 1000);
    QVERIFY2(bytes.startsWith(magic), bytes.left(20).constData());
    // The sample page has two open duplicates: the export warns about them.
    QVERIFY2(r.err.contains(QLatin1String("duplicate")), qPrintable(r.err));
    QVERIFY(bytes.contains(QStringLiteral("一校一策").toUtf8()) || format == QLatin1String("pdf")
            || format == QLatin1String("odt") || format == QLatin1String("docx"));
}

void TestCli::tagKeepsConfirmedTags()
{
    const QString db = path(QStringLiteral("x.sqlite"));
    QCOMPARE(cli({QStringLiteral("import"), TestSupport::samplePagePath(), QStringLiteral("--db"), db})
                 .exitCode,
             0);
    const Run r = cli({QStringLiteral("tag"), QStringLiteral("--db"), db});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("12")));
    const Run e = cli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("-o"),
                       QStringLiteral("-")});
    const QJsonArray stories = QJsonDocument::fromJson(e.out.toUtf8())
                                   .object()[QStringLiteral("pages")][0][QStringLiteral("stories")]
                                   .toArray();
    int districts = 0;
    for (const QJsonValue &s : stories)
        districts += s[QStringLiteral("district")].isObject();
    QVERIFY(districts >= 11);
}

void TestCli::recleanRewritesThePage()
{
    const QString db = path(QStringLiteral("x.sqlite"));
    QCOMPARE(cli({QStringLiteral("import"), TestSupport::samplePagePath(), QStringLiteral("--db"), db})
                 .exitCode,
             0);
    const Run r = cli({QStringLiteral("reclean"), QStringLiteral("--db"), db,
                       QStringLiteral("--page"), QStringLiteral("1")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("12")), qPrintable(r.out));
    const Run e = cli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("-o"),
                       QStringLiteral("-")});
    QCOMPARE(QJsonDocument::fromJson(e.out.toUtf8())
                 .object()[QStringLiteral("pages")][0][QStringLiteral("stories")]
                 .toArray()
                 .size(),
             12);
    const Run missing = cli({QStringLiteral("reclean"), QStringLiteral("--db"), db,
                             QStringLiteral("--page"), QStringLiteral("99")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(!missing.err.isEmpty());
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no command") << QStringList();
    QTest::newRow("reclean bad page") << QStringList{QStringLiteral("reclean"),
                                                     QStringLiteral("--page"),
                                                     QStringLiteral("first")};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("import without files") << QStringList{QStringLiteral("import")};
    QTest::newRow("export without -o") << QStringList{QStringLiteral("export")};
    QTest::newRow("unknown format") << QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                                                   QStringLiteral("xls"), QStringLiteral("-o"),
                                                   QStringLiteral("-")};
    QTest::newRow("bad paper") << QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                                              QStringLiteral("pdf"), QStringLiteral("--paper"),
                                              QStringLiteral("b9"), QStringLiteral("-o"),
                                              QStringLiteral("-")};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
