// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilemigrations.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <span>

namespace cardinal::client {

namespace {

Q_LOGGING_CATEGORY(lcMigrations, "cardinal.profile.db", QtInfoMsg)

// SQLite's primary result codes (the low byte of an extended code).
constexpr int SqliteCorrupt = 11;
constexpr int SqliteConstraint = 19;
constexpr int SqliteNotADatabase = 26;

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

struct Migration
{
    int version;
    std::span<const char *const> statements;
};

constexpr Migration migrations[] = {
    {1, schema1},
    {2, schema2},
};

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

// The schema version inside the current transaction: 0 for an empty database.
Result<int> readVersion(QSqlDatabase &db)
{
    Result<QVariant> tables =
        execSql(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                                   " AND name = 'schema_version'"));
    if (!tables)
        return fail(tables.error());
    if (tables->toInt() == 1) {
        Result<QVariant> version =
            execSql(db, QStringLiteral("SELECT version FROM schema_version WHERE id = 1"));
        if (!version)
            return fail(version.error());
        if (!version->isValid())
            return fail(ErrorCode::CorruptFile, QStringLiteral("the schema version is missing"));
        return version->toInt();
    }
    Result<QVariant> others =
        execSql(db, QStringLiteral("SELECT count(*) FROM sqlite_master"
                                   " WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"));
    if (!others)
        return fail(others.error());
    if (others->toInt() != 0)
        return fail(ErrorCode::CorruptFile,
                    QStringLiteral("the file is an SQLite database but not a Cardinal profile"));
    return 0;
}

} // namespace

Failure sqlFailure(const QSqlError &error)
{
    const int code = primaryCode(error);
    if (code == SqliteConstraint)
        return fail(ErrorCode::InvalidArgument, error.text());
    if (code == SqliteNotADatabase || code == SqliteCorrupt)
        return fail(ErrorCode::CorruptFile, QStringLiteral("not an SQLite database, or a damaged"
                                                           " one: %1")
                                                .arg(error.text()));
    return fail(ErrorCode::IoError, error.text());
}

Result<QVariant> execSql(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return sqlFailure(query.lastError());
    return query.next() ? query.value(0) : QVariant();
}

int profileSchemaVersion()
{
    return migrations[std::size(migrations) - 1].version;
}

// Applies the missing steps, each in a transaction that also records its version, so an
// interrupted upgrade resumes at the first step that did not commit.
Result<void> migrateProfileDatabase(QSqlDatabase &db)
{
    const int target = profileSchemaVersion();
    for (;;) {
        // IMMEDIATE: take the write lock before reading the version, so that two processes
        // opening the same old file do not both apply a step.
        if (Result<QVariant> begun = execSql(db, QStringLiteral("BEGIN IMMEDIATE")); !begun)
            return fail(begun.error());
        const auto rollback = [&db](Failure failure) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return failure;
        };
        Result<int> version = readVersion(db);
        if (!version)
            return rollback(fail(version.error()));
        if (*version > target)
            return rollback(fail(ErrorCode::UnsupportedVersion,
                                 QStringLiteral("profile database schema %1 is newer than this"
                                                " version of Cardinal (%2)")
                                     .arg(*version)
                                     .arg(target)));
        if (*version == target) {
            if (Result<QVariant> done = execSql(db, QStringLiteral("COMMIT")); !done)
                return rollback(fail(done.error()));
            return {};
        }
        const Migration &step = migrations[*version]; // versions are 1, 2, ... in order
        for (const char *statement : step.statements)
            if (Result<QVariant> applied = execSql(db, QString::fromLatin1(statement)); !applied)
                return rollback(fail(applied.error()));
        QSqlQuery record(db);
        if (!record.prepare(QStringLiteral("INSERT OR REPLACE INTO schema_version (id, version)"
                                           " VALUES (1, ?)")))
            return rollback(sqlFailure(record.lastError()));
        record.addBindValue(step.version);
        if (!record.exec())
            return rollback(sqlFailure(record.lastError()));
        if (Result<QVariant> done = execSql(db, QStringLiteral("COMMIT")); !done)
            return rollback(fail(done.error()));
        qCInfo(lcMigrations) << "migrated the profile database to schema" << step.version;
    }
}

} // namespace cardinal::client
