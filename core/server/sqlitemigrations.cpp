// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitemigrations.h"

namespace cardinal::server {

namespace {

// Version 1: everything the Storage interface needs. Ids are BLOBs of their fixed size,
// times are integers (seconds unless the column says _ms). Columns that may legitimately be
// empty are nullable, because QtSql binds an empty QByteArray or QString as NULL.
constexpr const char *const schema1[] = {
    "CREATE TABLE schema_version ("
    " id INTEGER PRIMARY KEY CHECK (id = 1),"
    " version INTEGER NOT NULL)",

    // Rows are never deleted: revoked cards stay resolvable by id.
    "CREATE TABLE cards ("
    " id BLOB PRIMARY KEY CHECK (length(id) = 32),"
    " identity TEXT NOT NULL CHECK (identity <> ''),"
    " card BLOB NOT NULL,"
    " revoked INTEGER NOT NULL DEFAULT 0 CHECK (revoked IN (0, 1)),"
    " created_at INTEGER NOT NULL)",
    "CREATE INDEX cards_by_identity ON cards (identity, revoked)",
    // At most one active card per identity, whatever the caller does.
    "CREATE UNIQUE INDEX cards_one_active ON cards (identity) WHERE revoked = 0",

    // `added` keeps insertion order; ids are never deleted, so never reused.
    "CREATE TABLE devices ("
    " added INTEGER PRIMARY KEY AUTOINCREMENT,"
    " id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),"
    " card_id BLOB NOT NULL REFERENCES cards (id),"
    " record BLOB NOT NULL,"
    " revoked INTEGER NOT NULL DEFAULT 0 CHECK (revoked IN (0, 1)),"
    " revocation BLOB)",
    "CREATE INDEX devices_by_card ON devices (card_id, added)",

    "CREATE TABLE codes ("
    " identity TEXT NOT NULL,"
    " purpose TEXT NOT NULL,"
    " code_hash BLOB NOT NULL,"
    " expires_at INTEGER NOT NULL,"
    " attempts_left INTEGER NOT NULL,"
    " PRIMARY KEY (identity, purpose)) WITHOUT ROWID",
    "CREATE INDEX codes_by_expiry ON codes (expires_at)",

    "CREATE TABLE used_tokens ("
    " nonce BLOB PRIMARY KEY,"
    " expires_at INTEGER NOT NULL) WITHOUT ROWID",
    "CREATE INDEX used_tokens_by_expiry ON used_tokens (expires_at)",

    "CREATE TABLE backups ("
    " identity TEXT PRIMARY KEY,"
    " blob BLOB) WITHOUT ROWID",

    // A rowid table so that groups list in creation order.
    "CREATE TABLE channels ("
    " id BLOB NOT NULL PRIMARY KEY CHECK (length(id) = 16),"
    " kind INTEGER NOT NULL CHECK (kind IN (0, 1)),"
    " name TEXT,"
    " owner TEXT)",

    "CREATE TABLE channel_members ("
    " channel_id BLOB NOT NULL REFERENCES channels (id),"
    " identity TEXT NOT NULL CHECK (identity <> ''),"
    " PRIMARY KEY (channel_id, identity)) WITHOUT ROWID",
    "CREATE INDEX channel_members_by_identity ON channel_members (identity, channel_id)",

    // AUTOINCREMENT: seq is the server-wide order clients resume from, so a deleted
    // message's seq must never be handed out again.
    "CREATE TABLE messages ("
    " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
    " channel_id BLOB NOT NULL REFERENCES channels (id),"
    " sender_card BLOB NOT NULL REFERENCES cards (id),"
    " sender_device BLOB NOT NULL REFERENCES devices (id),"
    " sender_identity TEXT NOT NULL,"
    " message_id BLOB NOT NULL CHECK (length(message_id) = 16),"
    " envelope BLOB NOT NULL,"
    " received_at_ms INTEGER NOT NULL,"
    " total INTEGER NOT NULL,"
    " delivered INTEGER NOT NULL DEFAULT 0)",
    "CREATE UNIQUE INDEX messages_by_sender ON messages (sender_card, message_id)",

    "CREATE TABLE queue ("
    " device_id BLOB NOT NULL REFERENCES devices (id),"
    " seq INTEGER NOT NULL REFERENCES messages (seq),"
    " PRIMARY KEY (device_id, seq)) WITHOUT ROWID",
    // For "is this message still queued anywhere" and the foreign key check on delete.
    "CREATE INDEX queue_by_seq ON queue (seq)",
};

//! 0.5: the key-transparency log (docs/key-transparency.md). Entries are append-only;
//! checkpoints are kept, each the signed statement of the log at its size.
constexpr const char *schema2[] = {
    "CREATE TABLE kt_entries ("
    " idx INTEGER PRIMARY KEY,"
    " entry BLOB NOT NULL,"
    " salt BLOB NOT NULL)",
    "CREATE TABLE kt_checkpoints ("
    " size INTEGER PRIMARY KEY,"
    " note BLOB NOT NULL)",
};

//! 0.5: each change's state (the bundle its commitment opens to) and the card in it, so
//! that the server can show an address's history and a replaced card's last entry.
constexpr const char *schema3[] = {
    "ALTER TABLE kt_entries ADD COLUMN state BLOB NOT NULL DEFAULT x''",
    "ALTER TABLE kt_entries ADD COLUMN card_id BLOB",
    "CREATE INDEX kt_entries_by_card ON kt_entries (card_id, idx) WHERE card_id IS NOT NULL",
};

constexpr storage::Migration migrations[] = {
    {1, schema1},
    {2, schema2},
    {3, schema3},
};

} // namespace

std::span<const storage::Migration> sqliteMigrations()
{
    return migrations;
}

} // namespace cardinal::server
