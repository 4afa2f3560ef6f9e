// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileio.h"

#include <QFile>
#include <QSaveFile>

namespace cardinal {

Result<void> writeFileAtomically(const QString &path, QByteArrayView bytes,
                                 QFileDevice::Permissions permissions)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::IoError, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    // Restrict before any byte is written, so the secret never sits in a readable file.
    if (!file.setPermissions(permissions))
        return fail(ErrorCode::IoError, QStringLiteral("cannot restrict %1: %2").arg(path, file.errorString()));
    if (file.write(bytes.data(), bytes.size()) != bytes.size() || !file.commit())
        return fail(ErrorCode::IoError, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

Result<QByteArray> readFileBounded(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::IoError, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > maxBytes)
        return fail(ErrorCode::TooLarge, QStringLiteral("%1 is larger than %2 bytes").arg(path).arg(maxBytes));
    QByteArray bytes = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(ErrorCode::IoError, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    if (bytes.size() > maxBytes)
        return fail(ErrorCode::TooLarge, QStringLiteral("%1 is larger than %2 bytes").arg(path).arg(maxBytes));
    return bytes;
}

} // namespace cardinal
