// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "zippackage.h"

#include <QCoreApplication>
#include <QStringList>

#include <zip.h>

#include <memory>

namespace Copydesk::Exporting {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::Exporting::ZipPackage)
};

QString zipError(zip_error_t *error)
{
    return QString::fromLocal8Bit(zip_error_strerror(error));
}

struct SourceFree
{
    void operator()(zip_source_t *s) const { zip_source_free(s); }
};
using SourcePtr = std::unique_ptr<zip_source_t, SourceFree>;

constexpr time_t FixedTime = 1767225600; // 2026-01-01 00:00 UTC

// Opens a read-only archive over `zip` (which must outlive it).
zip_t *openForReading(const QByteArray &zip, QString *message)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source =
        zip_source_buffer_create(zip.constData(), zip_uint64_t(zip.size()), 0, &error);
    if (!source) {
        *message = zipError(&error);
        zip_error_fini(&error);
        return nullptr;
    }
    zip_t *archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!archive) {
        *message = zipError(&error);
        zip_source_free(source);
    }
    zip_error_fini(&error);
    return archive;
}
} // namespace

Result<QByteArray> ZipPackage::write(const QVector<Entry> &entries)
{
    using R = Result<QByteArray>;
    zip_error_t error;
    zip_error_init(&error);
    SourcePtr buffer(zip_source_buffer_create(nullptr, 0, 0, &error));
    if (!buffer) {
        const QString message = zipError(&error);
        zip_error_fini(&error);
        return R::failure(Tr::tr("cannot create the zip package: %1").arg(message));
    }
    zip_t *archive = zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error);
    if (!archive) {
        const QString message = zipError(&error);
        zip_error_fini(&error);
        return R::failure(Tr::tr("cannot create the zip package: %1").arg(message));
    }
    zip_error_fini(&error);
    zip_source_keep(buffer.get()); // the archive releases its reference on close

    auto fail = [archive](const QString &what) {
        const QString message = QString::fromLocal8Bit(zip_strerror(archive));
        zip_discard(archive);
        return R::failure(Tr::tr("cannot write %1 into the zip package: %2").arg(what, message));
    };
    for (const Entry &e : entries) {
        // libzip reads the data when the archive is closed; `entries` outlives that.
        zip_source_t *data =
            zip_source_buffer(archive, e.data.constData(), zip_uint64_t(e.data.size()), 0);
        if (!data)
            return fail(e.name);
        const zip_int64_t index =
            zip_file_add(archive, e.name.toUtf8().constData(), data, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(data);
            return fail(e.name);
        }
        if (zip_set_file_compression(archive, zip_uint64_t(index),
                                     e.stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0) < 0)
            return fail(e.name);
        // A fixed time keeps packages of the same content byte-identical.
        zip_file_set_mtime(archive, zip_uint64_t(index), FixedTime, 0);
    }
    if (zip_close(archive) < 0)
        return fail(Tr::tr("the package"));

    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_source_stat(buffer.get(), &stat) < 0 || zip_source_open(buffer.get()) < 0)
        return R::failure(Tr::tr("cannot read the zip package back from memory"));
    QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
    const zip_int64_t got = zip_source_read(buffer.get(), bytes.data(), stat.size);
    zip_source_close(buffer.get());
    if (got < 0 || zip_uint64_t(got) != stat.size)
        return R::failure(Tr::tr("cannot read the zip package back from memory"));
    return bytes;
}

Result<QStringList> ZipPackage::names(const QByteArray &zip)
{
    using R = Result<QStringList>;
    QString message;
    zip_t *archive = openForReading(zip, &message);
    if (!archive)
        return R::failure(Tr::tr("not a zip package: %1").arg(message));
    QStringList out;
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < count; ++i)
        out << QString::fromUtf8(zip_get_name(archive, zip_uint64_t(i), ZIP_FL_ENC_GUESS));
    zip_discard(archive);
    return out;
}

Result<QMap<QString, QByteArray>> ZipPackage::read(const QByteArray &zip)
{
    using R = Result<QMap<QString, QByteArray>>;
    QString message;
    zip_t *archive = openForReading(zip, &message);
    if (!archive)
        return R::failure(Tr::tr("not a zip package: %1").arg(message));
    QMap<QString, QByteArray> out;
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        if (zip_stat_index(archive, zip_uint64_t(i), 0, &stat) < 0)
            continue;
        const QString name = QString::fromUtf8(stat.name);
        zip_file_t *file = zip_fopen_index(archive, zip_uint64_t(i), 0);
        if (!file) {
            message = QString::fromLocal8Bit(zip_strerror(archive));
            zip_discard(archive);
            return R::failure(Tr::tr("%1: cannot open: %2").arg(name, message));
        }
        QByteArray data(qsizetype(stat.size), Qt::Uninitialized);
        const zip_int64_t got = zip_fread(file, data.data(), stat.size);
        zip_fclose(file);
        if (got < 0 || zip_uint64_t(got) != stat.size) {
            zip_discard(archive);
            return R::failure(Tr::tr("%1: damaged entry").arg(name));
        }
        out.insert(name, data);
    }
    zip_discard(archive);
    return out;
}

} // namespace Copydesk::Exporting
