// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to ProfileDatabase: the schema, its migrations, and QtSql error mapping.
#pragma once

#include "common/result.h"

#include <QVariant>

class QSqlDatabase;
class QSqlError;

namespace cardinal::client {

//! A Failure from a QtSql error: InvalidArgument for a constraint violation (the caller
//! should have checked), CorruptFile when the file is not SQLite or is damaged, IoError
//! otherwise. SQLite's messages name tables and columns, never bound values, so the detail
//! is safe to show and log.
[[nodiscard]] Failure sqlFailure(const QSqlError &error);

//! Runs one statement without bound values; its first row's first value, if any.
[[nodiscard]] Result<QVariant> execSql(QSqlDatabase &db, const QString &sql);

//! The schema version this build creates and understands.
[[nodiscard]] int profileSchemaVersion();

//! Brings the database on `db` (open, outside a transaction) up to profileSchemaVersion(),
//! each step in a transaction of its own that also records the version, so an interrupted
//! upgrade resumes where it stopped. UnsupportedVersion when the file is newer than this
//! build, CorruptFile when it is not SQLite or holds tables but no schema version.
[[nodiscard]] Result<void> migrateProfileDatabase(QSqlDatabase &db);

} // namespace cardinal::client
