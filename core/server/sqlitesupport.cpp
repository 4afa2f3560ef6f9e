// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitesupport.h"

#include <QSqlError>

namespace cardinal::server {

Q_LOGGING_CATEGORY(lcStorage, "cardinal.storage", QtInfoMsg)

int sqlitePrimaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

Failure sqliteFailure(const QSqlError &error)
{
    if (sqlitePrimaryCode(error) == SqliteConstraint)
        return fail(ErrorCode::InvalidArgument, error.text());
    return fail(ErrorCode::IoError, error.text());
}

Failure sqliteOpenFailure(const QSqlError &error)
{
    const int code = sqlitePrimaryCode(error);
    if (code == SqliteNotADatabase || code == SqliteCorrupt)
        return fail(
            ErrorCode::CorruptFile,
            QStringLiteral("not an SQLite database, or a damaged one: %1").arg(error.text()));
    return sqliteFailure(error);
}

} // namespace cardinal::server
