// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Copydesk::Importing {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::Importing::InputFiles)
};
} // namespace

CollectedInputs collectInputs(const QStringList &paths)
{
    CollectedInputs out;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            out.errors << Tr::tr("%1: no such file or folder").arg(path);
        } else if (info.isDir()) {
            const QDir dir(path);
            const QFileInfoList files =
                dir.entryInfoList({QStringLiteral("*.txt"), QStringLiteral("*.TXT")},
                                  QDir::Files | QDir::Readable, QDir::Name);
            if (files.isEmpty())
                out.errors << Tr::tr("%1: the folder holds no .txt files").arg(path);
            for (const QFileInfo &f : files)
                out.inputs.push_back({f.fileName(), f.filePath(), {}});
        } else {
            out.inputs.push_back({info.fileName(), info.filePath(), {}});
        }
    }
    return out;
}

Result<QByteArray> readInputFile(const QString &path, qint64 maxBytes)
{
    using R = Result<QByteArray>;
    const QFileInfo info(path);
    if (!info.exists())
        return R::failure(Tr::tr("no such file"));
    if (info.isDir())
        return R::failure(Tr::tr("it is a folder"));
    if (maxBytes > 0 && info.size() > maxBytes)
        return R::failure(Tr::tr("the file is too large (%1 MB; the limit is %2 MB)")
                              .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                              .arg(double(maxBytes) / (1024 * 1024), 0, 'f', 0));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return R::failure(Tr::tr("cannot read the file: %1").arg(f.errorString()));
    QByteArray bytes = f.readAll();
    if (f.error() != QFileDevice::NoError)
        return R::failure(Tr::tr("cannot read the file: %1").arg(f.errorString()));
    // The file may have grown between the size check and the read.
    if (maxBytes > 0 && bytes.size() > maxBytes)
        return R::failure(Tr::tr("the file is too large (the limit is %1 MB)")
                              .arg(double(maxBytes) / (1024 * 1024), 0, 'f', 0));
    return bytes;
}

} // namespace Copydesk::Importing
