// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteStorage: opening, codes, tokens and backups. The directory is in sqlitedirectory.cpp,
// channels and messages in sqlitechannels.cpp.
#include "sqlitestorage.h"

#include "sqlitemigrations.h"
#include "sqlitesupport.h"
#include "storage/migration.h"

namespace cardinal::server {

Q_LOGGING_CATEGORY(lcStorage, "cardinal.storage", QtInfoMsg)

Result<std::unique_ptr<SqliteStorage>> SqliteStorage::open(const QString &databasePath,
                                                           Durability durability)
{
    storage::SqliteOptions options;
    options.name = QStringLiteral("server database");
    // In WAL mode NORMAL syncs at checkpoints only: a commit survives the process dying but
    // may be lost with the machine. FULL syncs the WAL at every commit.
    options.synchronous = durability;
    // Waits for another connection's write lock rather than failing at once.
    options.busyTimeout = std::chrono::milliseconds(5000);
    options.log = &lcStorage;
    auto database = storage::SqliteDatabase::open(databasePath, options);
    if (!database)
        return fail(database.error());
    Result<int> before = storage::migrate(**database, sqliteMigrations());
    if (!before)
        return fail(before.error());
    std::unique_ptr<SqliteStorage> opened(new SqliteStorage(std::move(*database)));
    qCInfo(lcStorage).nospace() << "opened " << databasePath << " (schema " << *before
                                << (*before == schemaVersion() ? "" : ", migrated") << ", "
                                << (durability == Durability::Full ? "synchronous=FULL"
                                                                   : "synchronous=NORMAL")
                                << ")";
    return opened;
}

SqliteStorage::SqliteStorage(std::unique_ptr<storage::SqliteDatabase> database)
    : m_db(std::move(database))
{
}

SqliteStorage::~SqliteStorage() = default;

int SqliteStorage::schemaVersion()
{
    return sqliteMigrations().back().version;
}

// Identity codes and validation tokens.

Result<void> SqliteStorage::putCode(const QString &identity, const QString &purpose,
                                    const PendingCode &code)
{
    Result<Change> put =
        change(QStringLiteral("INSERT OR REPLACE INTO codes"
                              " (identity, purpose, code_hash, expires_at,"
                              " attempts_left) VALUES (?, ?, ?, ?, ?)"),
               {identity, purpose, code.codeHash, code.expiresAt, code.attemptsLeft});
    return put ? Result<void>() : fail(put.error());
}

Result<std::optional<PendingCode>> SqliteStorage::code(const QString &identity,
                                                       const QString &purpose)
{
    Result<QList<Row>> rows =
        select(QStringLiteral("SELECT code_hash, expires_at, attempts_left"
                              " FROM codes WHERE identity = ? AND purpose = ?"),
               {identity, purpose});
    if (!rows)
        return fail(rows.error());
    if (rows->isEmpty())
        return std::optional<PendingCode>{};
    const Row &row = rows->first();
    return std::optional<PendingCode>{
        PendingCode{row.at(0).toByteArray(), row.at(1).toLongLong(), row.at(2).toInt()}};
}

Result<void> SqliteStorage::setCodeAttempts(const QString &identity, const QString &purpose,
                                            int attemptsLeft)
{
    Result<Change> set = change(QStringLiteral("UPDATE codes SET attempts_left = ?"
                                               " WHERE identity = ? AND purpose = ?"),
                                {attemptsLeft, identity, purpose});
    if (!set)
        return fail(set.error());
    if (set->rows == 0)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("no pending code"));
    return {};
}

Result<void> SqliteStorage::deleteCode(const QString &identity, const QString &purpose)
{
    Result<Change> deleted =
        change(QStringLiteral("DELETE FROM codes WHERE identity = ? AND purpose = ?"),
               {identity, purpose});
    return deleted ? Result<void>() : fail(deleted.error());
}

Result<bool> SqliteStorage::consumeToken(const QByteArray &nonce, qint64 expiresAt)
{
    // OR IGNORE would also swallow a NULL key, so an empty nonce is refused up front.
    if (nonce.isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("empty token nonce"));
    Result<Change> inserted = change(QStringLiteral("INSERT OR IGNORE INTO used_tokens"
                                                    " (nonce, expires_at) VALUES (?, ?)"),
                                     {nonce, expiresAt});
    if (!inserted)
        return fail(inserted.error());
    return inserted->rows == 1;
}

Result<void> SqliteStorage::purgeExpired(qint64 nowSeconds)
{
    Transaction transaction(*this);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun;
    for (const QString &sql : {QStringLiteral("DELETE FROM codes WHERE expires_at < ?"),
                               QStringLiteral("DELETE FROM used_tokens WHERE expires_at < ?")})
        if (Result<Change> purged = change(sql, {nowSeconds}); !purged)
            return fail(purged.error());
    return transaction.commit();
}

// Key backup.

Result<void> SqliteStorage::putBackup(const QString &identity, const QByteArray &blob)
{
    Result<Change> put = change(QStringLiteral("INSERT OR REPLACE INTO backups (identity, blob)"
                                               " VALUES (?, ?)"),
                                {identity, blob});
    return put ? Result<void>() : fail(put.error());
}

Result<std::optional<QByteArray>> SqliteStorage::backup(const QString &identity)
{
    return optionalBytes(QStringLiteral("SELECT blob FROM backups WHERE identity = ?"), {identity});
}

Result<std::optional<QByteArray>>
SqliteStorage::optionalBytes(const QString &sql, std::initializer_list<QVariant> values)
{
    Result<QList<Row>> rows = select(sql, values);
    if (!rows)
        return fail(rows.error());
    if (rows->isEmpty())
        return std::optional<QByteArray>{};
    return std::optional<QByteArray>{rows->first().at(0).toByteArray()};
}

} // namespace cardinal::server
