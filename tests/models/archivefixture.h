// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/importjob.h"
#include "testsupport.h"

#include <QSqlDatabase>
#include <QString>

namespace Copydesk::TestSupport {

// Model tests: imports files into an archive synchronously, the way the GUI's background
// import does (same ImportJob), and returns the report.
inline ImportReport importFiles(const QString &archivePath, const QStringList &paths)
{
    ImportParams params;
    params.archivePath = archivePath;
    params.user = QStringLiteral("tester");
    params.inputs = Importing::collectInputs(paths).inputs;
    return ImportJob::run(params);
}

inline ImportReport importText(const QString &archivePath, const QString &name,
                               const QByteArray &bytes)
{
    ImportParams params;
    params.archivePath = archivePath;
    params.user = QStringLiteral("tester");
    params.inputs = {Importing::ImportInput{name, QString(), bytes}};
    return ImportJob::run(params);
}

// A page of two stories whose second story reprints both paragraphs of the first, so an
// import flags (at least) two exact duplicates in it.
inline QByteArray duplicatePageText()
{
    return QStringLiteral(
               "湖州市长兴县\n\n"
               "大雪过后 长兴全力保畅通\n\n"
               "近日，湖州市长兴县迎来大范围强降雪天气，对群众出行造成不便。县交通运输局第一时间"
               "启动应急预案，组织人员和机械连夜清扫主干道路积雪，确保道路安全畅通。\n\n"
               "截至目前，全县累计出动除雪人员一千二百余人次，机械设备三百余台次，撒布融雪剂四百"
               "余吨，主要道路已基本恢复正常通行。\n\n"
               "暖心服务 温暖环卫工人\n\n"
               "长兴县各街道为一线环卫工人送去热姜茶和防寒手套，社区志愿者也主动加入清扫队伍，"
               "共同守护市民出行安全。\n\n"
               "近日，湖州市长兴县迎来大范围强降雪天气，对群众出行造成不便。县交通运输局第一时间"
               "启动应急预案，组织人员和机械连夜清扫主干道路积雪，确保道路安全畅通。\n\n"
               "截至目前，全县累计出动除雪人员一千二百余人次，机械设备三百余台次，撒布融雪剂四百"
               "余吨，主要道路已基本恢复正常通行。\n")
        .toUtf8();
}

inline bool sqliteAvailable()
{
    return QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"));
}

} // namespace Copydesk::TestSupport
