// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileio.h"

#include <QFile>
#include <QSaveFile>

namespace cardinal {

Result<void> writeFileAtomically(const QString &path, QByteArrayView bytes,
                                 QFileDevice::Permissions permissions)
{
    QSaveFile file(path);
    const auto ioError = [&](const char *what) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(ErrorCode::IoError,
                    QStringLiteral("%1 %2: %3").arg(QLatin1StringView(what), path, reason));
    };
    if (!file.open(QIODevice::WriteOnly))
        return ioError("cannot create");
    // Applies to the temporary file before any byte is in it; QSaveFile would otherwise
    // copy a replaced file's (possibly wider) permissions.
    if (!file.setPermissions(permissions))
        return ioError("cannot restrict permissions of");
    if (file.write(bytes.data(), bytes.size()) != bytes.size())
        return ioError("cannot write");
    if (!file.commit())
        return fail(ErrorCode::IoError, QStringLiteral("cannot commit %1: %2").arg(path, file.errorString()));
    return {};
}

Result<QByteArray> readFileBounded(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::IoError, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    // Read one byte past the bound rather than trusting size(), which a pipe or a file still
    // being written can misreport.
    QByteArray bytes = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(ErrorCode::IoError, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    if (bytes.size() > maxBytes)
        return fail(ErrorCode::TooLarge, QStringLiteral("%1 is larger than %2 bytes").arg(path).arg(maxBytes));
    return bytes;
}

} // namespace cardinal
