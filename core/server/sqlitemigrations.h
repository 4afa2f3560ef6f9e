// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <span>

class QSqlDatabase;

namespace cardinal::server {

//! One schema step: the statements that take the schema from `version - 1` to `version`.
//! QSQLITE runs one statement per exec(), hence a list rather than a script.
struct SqliteMigration
{
    int version;
    std::span<const char *const> statements;
};

//! Every step SqliteStorage knows, in order; the last one's version is the current schema.
[[nodiscard]] std::span<const SqliteMigration> sqliteMigrations();

//! Brings the database on `db` (open, not inside a transaction) up to the last of `steps`,
//! each step in a transaction of its own that also records its version in `schema_version`,
//! so an interrupted upgrade resumes at the step that did not commit. Returns the version
//! found before migrating. UnsupportedVersion if the database is newer than `steps` know,
//! CorruptFile if it is not SQLite or holds tables but no schema version (not ours).
[[nodiscard]] Result<int> migrateSqlite(QSqlDatabase &db, std::span<const SqliteMigration> steps);

} // namespace cardinal::server
