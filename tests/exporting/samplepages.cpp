// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplepages.h"

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Copydesk::TestSupport {

QVector<PageRecord> goldPages()
{
    const QJsonObject gold = QJsonDocument::fromJson(readFile(sampleGoldPath())).object();
    const QJsonArray stories = gold.value(QStringLiteral("stories")).toArray();
    if (stories.isEmpty())
        return {};
    PageRecord page;
    page.summary.id = 1;
    page.summary.source.id = 1;
    page.summary.source.fileName = QStringLiteral("raw.txt");
    page.summary.source.sha256 =
        QStringLiteral("aaf63b251541799d000000000000000000000000000000000000000000000000");
    page.summary.source.encoding = QStringLiteral("UTF-8");
    page.summary.source.importedAt = QDateTime(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC);
    int position = 0;
    for (const QJsonValue &v : stories) {
        const QJsonObject o = v.toObject();
        StoryRecord s;
        s.summary.id = 100 + position;
        s.summary.pageId = page.summary.id;
        s.summary.position = position++;
        s.summary.kicker = o.value(QStringLiteral("kicker")).toString();
        s.summary.headline = o.value(QStringLiteral("headline")).toString();
        s.summary.byline = o.value(QStringLiteral("byline")).toString();
        int p = 0;
        for (const QJsonValue &para : o.value(QStringLiteral("paragraphs")).toArray())
            s.paragraphs.push_back({1000 * position + p, p++, para.toString(), {}});
        s.summary.paragraphCount = s.paragraphs.size();
        const QString district = o.value(QStringLiteral("district")).toString();
        if (!district.isEmpty())
            s.district = DistrictTag{district, QString(), true, QString()};
        for (const QJsonValue &t : o.value(QStringLiteral("themes")).toArray())
            s.themes.push_back(ThemeTag{t.toString(), QString(), true, 1.0});
        page.stories.push_back(s);
    }
    page.summary.storyCount = page.stories.size();
    return {page};
}

QStringList goldParagraphs()
{
    QStringList out;
    for (const PageRecord &page : goldPages()) {
        for (const StoryRecord &s : page.stories) {
            for (const ParagraphRecord &p : s.paragraphs)
                out << p.text;
        }
    }
    return out;
}

QString withoutWhitespace(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

QVector<PageRecord> manyStories(int count)
{
    const QVector<PageRecord> gold = goldPages();
    if (gold.isEmpty())
        return {};
    PageRecord page = gold.first();
    const QVector<StoryRecord> base = page.stories;
    page.stories.clear();
    for (int i = 0; i < count; ++i) {
        StoryRecord s = base[i % base.size()];
        s.summary.id = 10000 + i;
        s.summary.position = i;
        page.stories.push_back(s);
    }
    page.summary.storyCount = count;
    return {page};
}

} // namespace Copydesk::TestSupport
