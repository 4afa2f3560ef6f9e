// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the SQLite storage: shared by its source files, not part of the server's API.
#pragma once

#include "common/result.h"

#include <QLoggingCategory>
#include <QVariant>

class QSqlError;

namespace cardinal::server {

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

// SQLite's primary result codes (the low byte of an extended code).
inline constexpr int SqliteCorrupt = 11;
inline constexpr int SqliteConstraint = 19;
inline constexpr int SqliteNotADatabase = 26;

//! The primary SQLite result code behind a driver error, or -1 when there is none.
[[nodiscard]] int sqlitePrimaryCode(const QSqlError &error);

//! A Failure from a driver error: InvalidArgument for a constraint violation (the caller
//! should have checked), IoError otherwise. SQLite's messages name tables and columns, never
//! bound values, so they are also safe to log.
[[nodiscard]] Failure sqliteFailure(const QSqlError &error);

//! sqliteFailure(), except that a file which is not an SQLite database (or is damaged)
//! is CorruptFile: for opening, where that is the likely reason.
[[nodiscard]] Failure sqliteOpenFailure(const QSqlError &error);

//! An id (any FixedBytes) bound as a BLOB.
template<typename Id>
[[nodiscard]] QVariant blobOf(const Id &id)
{
    return QVariant(id.toByteArray());
}

//! An id read back from a BLOB column; IoError if the stored value has the wrong size.
template<typename Id>
[[nodiscard]] Result<Id> idFromColumn(const QVariant &value)
{
    std::optional<Id> id = Id::fromBytes(value.toByteArray());
    if (!id)
        return fail(ErrorCode::IoError,
                    QStringLiteral("the database holds an id of the wrong size"));
    return *id;
}

} // namespace cardinal::server
