// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <span>

namespace cardinal::storage {

class SqliteDatabase;

//! One schema step: the statements that take a schema from `version - 1` to `version`.
//! QSQLITE runs one statement per exec(), hence a list rather than a script.
//!
//! The version lives in the file, in a table every owner creates in its step 1:
//!
//!     CREATE TABLE schema_version (id INTEGER PRIMARY KEY CHECK (id = 1),
//!                                  version INTEGER NOT NULL)
//!
//! Its one row holds the version of the last step that committed.
struct Migration
{
    int version;
    std::span<const char *const> statements;
};

//! Brings `database` (not inside a transaction) up to the last of `steps` (versions 1, 2, ...
//! in order), each step in a write transaction of its own that also records its version, so
//! that an interrupted upgrade leaves the previous version and resumes at the step that did
//! not commit. The write lock is taken before the version is read, so two processes opening
//! one old file do not both apply a step. Returns the version found before migrating (0 for
//! a file without tables). UnsupportedVersion when the file is newer than `steps` know;
//! CorruptFile when it holds tables but no schema version (it is not ours).
[[nodiscard]] Result<int> migrate(SqliteDatabase &database, std::span<const Migration> steps);

} // namespace cardinal::storage
