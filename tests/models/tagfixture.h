// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"
#include "storage/pagerepository.h"
#include "storage/storyrepository.h"

#include <QTemporaryDir>

#include <memory>

namespace Copydesk::TestSupport {

// Tag model tests: an archive with six stories whose districts and themes are set by hand,
//   0 上城区 (330102)         medtop:04000000        "社区书屋开放"
//   1 清波街道 (330102001)    medtop:04000000        body mentions 书屋
//   2 西湖区 (330106)         desk:ecology
//   3 舟山市 (3309)           medtop:04000000
//   4 北京市朝阳区 (110105)    medtop:01000000        body mentions 书屋
//   5 no district            no theme
struct TagArchive
{
    std::unique_ptr<QTemporaryDir> dir = std::make_unique<QTemporaryDir>();
    QString path;
    QVector<qint64> stories;

    bool create()
    {
        path = dir->filePath(QStringLiteral("tags.sqlite"));
        auto db = Database::open(path);
        if (!db)
            return false;
        PageDraft draft;
        auto story = [](const QString &headline, const QString &body, const QString &where,
                        const QString &code, const QString &theme) {
            StoryDraft s;
            s.headline = headline;
            s.paragraphs.push_back({body, {}});
            if (!code.isEmpty())
                s.district = DistrictTag{where, code, false, QStringLiteral("test")};
            if (!theme.isEmpty())
                s.themes.push_back(ThemeTag{theme, theme, false, 1.0});
            return s;
        };
        const QString economy = QStringLiteral("medtop:04000000");
        draft.stories
            << story(QStringLiteral("社区书屋开放"), QStringLiteral("新建社区书屋二十家。"),
                     QStringLiteral("浙江省/杭州市/上城区"), QStringLiteral("330102"), economy)
            << story(QStringLiteral("街道夜市"), QStringLiteral("夜市里也有书屋。"),
                     QStringLiteral("浙江省/杭州市/上城区/清波街道"), QStringLiteral("330102001"),
                     economy)
            << story(QStringLiteral("湿地保护"), QStringLiteral("湿地生态持续向好。"),
                     QStringLiteral("浙江省/杭州市/西湖区"), QStringLiteral("330106"),
                     QStringLiteral("desk:ecology"))
            << story(QStringLiteral("港口复航"), QStringLiteral("货运量回升。"),
                     QStringLiteral("浙江省/舟山市"), QStringLiteral("3309"), economy)
            << story(QStringLiteral("城市书房"), QStringLiteral("朝阳的书屋开门了。"),
                     QStringLiteral("北京市/朝阳区"), QStringLiteral("110105"),
                     QStringLiteral("medtop:01000000"))
            << story(QStringLiteral("简讯"), QStringLiteral("其他消息。"), {}, {}, {});
        auto page = PageRepository(*db.value())
                        .storeImport({QStringLiteral("p.txt"), "p", QStringLiteral("sha"),
                                      QStringLiteral("UTF-8"), QStringLiteral("t")},
                                     QStringLiteral("p"), draft);
        if (!page)
            return false;
        stories.clear();
        for (const auto &s : StoryRepository(*db.value()).stories(page.value()).value())
            stories << s.id;
        return stories.size() == 6;
    }
};

} // namespace Copydesk::TestSupport
