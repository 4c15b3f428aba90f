// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporting/newsmlexport.h"
#include "samplepages.h"

#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace Copydesk;
using namespace Copydesk::Exporting;

namespace {
// What the test reads back from one newsItem.
struct Item
{
    QString guid;
    QString standard;
    QString headline;
    QString by;
    QString located;
    QStringList subjects;
    QStringList keywords;
    QStringList paragraphs; // XHTML <p> in the body, kicker excluded
};

struct Parsed
{
    QString root;
    QVector<Item> items;
    QString error;
};

Parsed parse(const QByteArray &xml)
{
    const QString nar = QLatin1String(NewsMlExport::Namespace);
    const QString xhtml = QLatin1String(NewsMlExport::XhtmlNamespace);
    Parsed out;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        if (r.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (out.root.isEmpty())
            out.root = r.namespaceUri().toString() + QLatin1Char('|') + r.name().toString();
        const QString ns = r.namespaceUri().toString();
        const QString name = r.name().toString();
        if (ns == nar && name == QLatin1String("newsItem")) {
            out.items.push_back({});
            out.items.last().guid = r.attributes().value(QStringLiteral("guid")).toString();
            out.items.last().standard = r.attributes().value(QStringLiteral("standard")).toString();
        } else if (out.items.isEmpty()) {
            continue;
        } else if (ns == nar && name == QLatin1String("headline")) {
            out.items.last().headline = r.readElementText();
        } else if (ns == nar && name == QLatin1String("by")) {
            out.items.last().by = r.readElementText();
        } else if (ns == nar && name == QLatin1String("located")) {
            out.items.last().located = r.attributes().value(QStringLiteral("literal")).toString();
        } else if (ns == nar && name == QLatin1String("subject")) {
            out.items.last().subjects << r.attributes().value(QStringLiteral("qcode")).toString();
        } else if (ns == nar && name == QLatin1String("keyword")) {
            out.items.last().keywords << r.readElementText();
        } else if (ns == xhtml && name == QLatin1String("p") &&
                   r.attributes().value(QStringLiteral("class")) != QLatin1String("kicker")) {
            out.items.last().paragraphs << r.readElementText();
        }
    }
    if (r.hasError())
        out.error = QStringLiteral("%1 at line %2").arg(r.errorString()).arg(r.lineNumber());
    return out;
}
} // namespace

// NewsML-G2: well-formed, namespaced, one newsItem per story with IPTC subjects.
class TestNewsMlExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void isWellFormedWithOneItemPerStory();
    void carriesMetadataAndBody();
    void singleStoryIsANewsItem();
    void escapesAndKeepsDeskThemesAsKeywords();
    void guidsAreStable();
};

void TestNewsMlExport::isWellFormedWithOneItemPerStory()
{
    const QByteArray xml = NewsMlExport::render(TestSupport::goldPages(), LayoutOptions());
    QVERIFY(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    const Parsed p = parse(xml);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QCOMPARE(p.root, QLatin1String(NewsMlExport::Namespace) + QStringLiteral("|newsMessage"));
    QCOMPARE(p.items.size(), 12);
    QSet<QString> guids;
    for (const Item &i : p.items) {
        QCOMPARE(i.standard, QStringLiteral("NewsML-G2"));
        QVERIFY(i.guid.startsWith(QStringLiteral("urn:uuid:")));
        guids.insert(i.guid);
    }
    QCOMPARE(guids.size(), 12);
    QVERIFY(xml.contains("<html xmlns=\"http://www.w3.org/1999/xhtml\">"));
}

void TestNewsMlExport::carriesMetadataAndBody()
{
    const QVector<PageRecord> pages = TestSupport::goldPages();
    const Parsed p = parse(NewsMlExport::render(pages, LayoutOptions()));
    QCOMPARE(p.items.size(), pages[0].stories.size());
    for (int i = 0; i < p.items.size(); ++i) {
        const StoryRecord &s = pages[0].stories[i];
        const Item &item = p.items[i];
        QCOMPARE(item.headline, s.summary.headline);
        QCOMPARE(item.by, s.summary.byline);
        QCOMPARE(item.located, s.district->path);
        QStringList codes;
        for (const ThemeTag &t : s.themes)
            codes << t.code;
        QCOMPARE(item.subjects, codes);
        for (const QString &code : item.subjects)
            QVERIFY(code.startsWith(QStringLiteral("medtop:")));
        QCOMPARE(item.paragraphs.size(), s.paragraphs.size());
        for (int k = 0; k < s.paragraphs.size(); ++k)
            QCOMPARE(item.paragraphs[k], s.paragraphs[k].text);
    }
}

void TestNewsMlExport::singleStoryIsANewsItem()
{
    QVector<PageRecord> pages = TestSupport::goldPages();
    pages[0].stories.resize(1);
    const QByteArray xml = NewsMlExport::render(pages, LayoutOptions());
    const Parsed p = parse(xml);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QCOMPARE(p.root, QLatin1String(NewsMlExport::Namespace) + QStringLiteral("|newsItem"));
    QCOMPARE(p.items.size(), 1);
    QVERIFY(xml.contains("standardversion=\"2.29\""));
    QVERIFY(xml.contains("conformance=\"power\""));
    QVERIFY(xml.contains("xml:lang=\"zh-CN\""));
    QVERIFY(xml.contains("<itemClass qcode=\"ninat:text\"/>"));
    QVERIFY(xml.contains("<pubStatus qcode=\"stat:usable\"/>"));
    QVERIFY(xml.contains("<creator>"));
}

void TestNewsMlExport::escapesAndKeepsDeskThemesAsKeywords()
{
    QVector<PageRecord> pages = TestSupport::goldPages();
    pages[0].stories.resize(1);
    StoryRecord &s = pages[0].stories[0];
    s.summary.headline = QStringLiteral("<script>alert(1)</script> & \x02");
    s.themes = {ThemeTag{QStringLiteral("medtop:20000763"), QStringLiteral("<b>统战</b>"), true, 1},
                ThemeTag{QStringLiteral("desk:宋韵文化"), QStringLiteral("宋韵文化"), true, 1}};
    const QByteArray xml = NewsMlExport::render(pages, LayoutOptions());
    QVERIFY(!xml.contains("<script>"));
    const Parsed p = parse(xml);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QCOMPARE(p.items[0].headline, QStringLiteral("<script>alert(1)</script> &"));
    QCOMPARE(p.items[0].subjects, QStringList{QStringLiteral("medtop:20000763")});
    QCOMPARE(p.items[0].keywords, QStringList{QStringLiteral("宋韵文化")});
}

void TestNewsMlExport::guidsAreStable()
{
    const QVector<PageRecord> pages = TestSupport::goldPages();
    LayoutOptions a;
    a.exportDate = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    LayoutOptions b = a;
    b.exportDate = a.exportDate.addDays(3);
    const Parsed first = parse(NewsMlExport::render(pages, a));
    const Parsed second = parse(NewsMlExport::render(pages, b));
    for (int i = 0; i < first.items.size(); ++i)
        QCOMPARE(first.items[i].guid, second.items[i].guid);
}

QTEST_GUILESS_MAIN(TestNewsMlExport)
#include "tst_newsmlexport.moc"
