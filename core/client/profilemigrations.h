// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to ProfileDatabase: its schema, step by step.
#pragma once

#include "storage/migration.h"

#include <span>

namespace cardinal::client {

//! Every step of the profile database's schema, in order (see storage::migrate()); the last
//! one's version is the schema this build creates and understands.
[[nodiscard]] std::span<const storage::Migration> profileMigrations();

} // namespace cardinal::client
