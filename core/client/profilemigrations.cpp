// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilemigrations.h"

namespace cardinal::client {

namespace {

// Version 1. Sealed columns are BLOBs (see the header for what each holds). Messages keep
// the sender's id for de-duplication and a local `seq` for order: AUTOINCREMENT, so an order
// key handed to the UI is never reused even if messages are deleted one day.
constexpr const char *const schema1[] = {
    "CREATE TABLE schema_version ("
    " id INTEGER PRIMARY KEY CHECK (id = 1),"
    " version INTEGER NOT NULL)",
    "CREATE TABLE meta ("
    " name TEXT PRIMARY KEY,"
    " value BLOB NOT NULL) WITHOUT ROWID",
    "CREATE TABLE conversations ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " lookup BLOB NOT NULL UNIQUE CHECK (length(lookup) = 32),"
    " ref BLOB NOT NULL,"
    " title BLOB,"
    " last_read_seq INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE messages ("
    " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
    " id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),"
    " conversation INTEGER NOT NULL REFERENCES conversations (id),"
    " direction INTEGER NOT NULL CHECK (direction IN (0, 1, 2)),"
    " state INTEGER NOT NULL CHECK (state BETWEEN 0 AND 6),"
    " sent_at_ms INTEGER NOT NULL,"
    " received_at_ms INTEGER NOT NULL,"
    " delivered INTEGER NOT NULL,"
    " total INTEGER NOT NULL,"
    " sender BLOB NOT NULL,"
    " body BLOB NOT NULL,"
    " failure BLOB)",
    // Windows of a conversation walk this backwards from an order key; with `direction` in
    // it, unread counts are answered from the index alone.
    "CREATE INDEX messages_by_conversation ON messages (conversation, seq, direction)",
    // The outbox: holds only outgoing Queued (0) and Held (1) rows, so it stays tiny.
    "CREATE INDEX messages_outbox ON messages (seq) WHERE direction = 1 AND state IN (0, 1)",
    "CREATE TABLE contacts ("
    " lookup BLOB PRIMARY KEY CHECK (length(lookup) = 32),"
    " record BLOB NOT NULL) WITHOUT ROWID",
};

// Version 2. Per-conversation state the app keeps for the person: a draft (sealed, like
// the title), where an empty conversation sits in the list (after the message that was
// newest when it was started, so a chat just opened is listed on top), and which
// conversation was opened last (a counter, so unlocking reopens it).
constexpr const char *const schema2[] = {
    "ALTER TABLE conversations ADD COLUMN draft BLOB",
    "ALTER TABLE conversations ADD COLUMN listed_after_seq INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE conversations ADD COLUMN opened_seq INTEGER NOT NULL DEFAULT 0",
};

// Version 3. What the client knows of the server's key-transparency log (ktstore.h): the
// newest checkpoint it holds and how far it has watched its own address (sealed, one row
// per name), and the evidence of misbehaviour it found, each an alert until acknowledged.
constexpr const char *const schema3[] = {
    "CREATE TABLE kt_state ("
    " name TEXT PRIMARY KEY,"
    " value BLOB NOT NULL) WITHOUT ROWID",
    "CREATE TABLE kt_evidence ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " found_at_ms INTEGER NOT NULL,"
    " open INTEGER NOT NULL CHECK (open IN (0, 1)),"
    " record BLOB NOT NULL)",
};

constexpr storage::Migration migrations[] = {
    {1, schema1},
    {2, schema2},
    {3, schema3},
};

} // namespace

std::span<const storage::Migration> profileMigrations()
{
    return migrations;
}

} // namespace cardinal::client
