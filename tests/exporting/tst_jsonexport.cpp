// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporting/jsonexport.h"
#include "jobs/importjob.h"
#include "storage/database.h"
#include "storage/pagerepository.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;
using Exporting::JsonExport;

// The JSON contract that every later stage and test reads.
class TestJsonExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void writesTheContract();
    void roundTripsThroughTheArchive();
    void readRejectsForeignJson_data();
    void readRejectsForeignJson();

private:
    QTemporaryDir m_dir;
    QVector<PageRecord> m_pages;
};

void TestJsonExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ImportParams params;
    params.archivePath = m_dir.filePath(QStringLiteral("a.sqlite"));
    params.user = QStringLiteral("tester");
    params.inputs = Importing::collectInputs({TestSupport::samplePagePath()}).inputs;
    QByteArray withBadByte = "第一段。\n\n第二";
    withBadByte += "\xfe";
    withBadByte += "段。\n";
    params.inputs.push_back({QStringLiteral("bad.txt"), QString(), withBadByte});
    const ImportReport report = ImportJob::run(params);
    QVERIFY(report.allSucceeded());
    auto db = Database::open(params.archivePath);
    PageRepository repo(*db.value());
    const QVector<qint64> ids = repo.pageIds().value();
    for (qint64 id : ids)
        m_pages.push_back(repo.loadPage(id).value());
    QCOMPARE(m_pages.size(), 2);
}

void TestJsonExport::writesTheContract()
{
    const QJsonDocument doc = QJsonDocument::fromJson(JsonExport::write(m_pages));
    const QJsonObject root = doc.object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("copydesk"));
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
    const QJsonArray pages = root.value(QStringLiteral("pages")).toArray();
    QCOMPARE(pages.size(), 2);
    const QJsonObject page = pages[0].toObject();
    QCOMPARE(page.value(QStringLiteral("id")).toInteger(), m_pages[0].summary.id);
    QCOMPARE(page.value(QStringLiteral("source")).toString(), QStringLiteral("raw.txt"));
    QCOMPARE(page.value(QStringLiteral("sha256")).toString().size(), 64);
    QCOMPARE(page.value(QStringLiteral("encoding")).toString(), QStringLiteral("UTF-8"));
    const QString at = page.value(QStringLiteral("imported_at")).toString();
    QVERIFY2(QDateTime::fromString(at, Qt::ISODate).isValid() && at.endsWith(QLatin1Char('Z')),
             qPrintable(at));
    const QJsonArray stories = page.value(QStringLiteral("stories")).toArray();
    QCOMPARE(stories.size(), m_pages[0].stories.size());
    int tagged = 0;
    for (const QJsonValue &v : stories) {
        const QJsonObject s = v.toObject();
        for (const char *key : {"id", "position", "kicker", "headline", "byline", "paragraphs",
                                "district", "themes", "flags"})
            QVERIFY2(s.contains(QLatin1String(key)), key);
        QVERIFY(s.value(QStringLiteral("paragraphs")).isArray());
        QVERIFY(s.value(QStringLiteral("headline")).isString());
        QVERIFY(s.value(QStringLiteral("kicker")).isNull() || s.value(QStringLiteral("kicker")).isString());
        const QJsonValue district = s.value(QStringLiteral("district"));
        if (district.isObject()) {
            ++tagged;
            const QJsonObject d = district.toObject();
            QVERIFY(!d.value(QStringLiteral("path")).toString().isEmpty());
            QVERIFY(!d.value(QStringLiteral("code")).toString().isEmpty());
            QCOMPARE(d.value(QStringLiteral("confirmed")).toBool(), false); // a suggestion
        } else {
            QVERIFY(district.isNull());
        }
        const QJsonArray themes = s.value(QStringLiteral("themes")).toArray();
        if (!themes.isEmpty()) {
            // The primary theme comes first and is an IPTC Media Topic.
            QVERIFY(themes[0].toObject().value(QStringLiteral("code")).toString().startsWith(
                QLatin1String("medtop:")));
            for (const QJsonValue &t : themes)
                QVERIFY(t.toObject().contains(QStringLiteral("label")));
        }
    }
    QVERIFY2(tagged > 0, "the sample page's stories get district suggestions");
    // The encoding flag of the second page, in the contract's shape.
    const QJsonObject bad = pages[1].toObject();
    const QJsonArray flags =
        bad.value(QStringLiteral("stories")).toArray()[0].toObject().value(QStringLiteral("flags")).toArray();
    QCOMPARE(flags.size(), 1);
    const QJsonObject f = flags[0].toObject();
    QCOMPARE(f.value(QStringLiteral("kind")).toString(), QStringLiteral("encoding"));
    QCOMPARE(f.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    QVERIFY(f.value(QStringLiteral("paragraph")).isDouble());
    QVERIFY(f.value(QStringLiteral("duplicate_of")).isNull());
    QVERIFY(f.value(QStringLiteral("suggestion")).isNull());
}

void TestJsonExport::roundTripsThroughTheArchive()
{
    const QByteArray first = JsonExport::write(m_pages);
    const auto read = JsonExport::read(first);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read->size(), m_pages.size());
    for (int p = 0; p < m_pages.size(); ++p) {
        QCOMPARE(read->at(p).stories.size(), m_pages[p].stories.size());
        for (int s = 0; s < m_pages[p].stories.size(); ++s) {
            const StoryRecord &a = m_pages[p].stories[s];
            const StoryRecord &b = read->at(p).stories[s];
            QCOMPARE(b.summary.headline, a.summary.headline);
            QCOMPARE(b.paragraphs.size(), a.paragraphs.size());
            for (int i = 0; i < a.paragraphs.size(); ++i)
                QCOMPARE(b.paragraphs[i].text, a.paragraphs[i].text);
            QCOMPARE(b.flags.size(), a.flags.size());
            QCOMPARE(b.district.has_value(), a.district.has_value());
            QCOMPARE(b.themes.size(), a.themes.size());
        }
    }
    QCOMPARE(JsonExport::write(read.value()), first);
}

void TestJsonExport::readRejectsForeignJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not json") << QByteArray("{ nope");
    QTest::newRow("other format") << QByteArray(R"({"format": "other", "version": 1})");
    QTest::newRow("future version") << QByteArray(R"({"format": "copydesk", "version": 99})");
}

void TestJsonExport::readRejectsForeignJson()
{
    QFETCH(QByteArray, json);
    QVERIFY(!JsonExport::read(json).ok());
}

QTEST_GUILESS_MAIN(TestJsonExport)
#include "tst_jsonexport.moc"
