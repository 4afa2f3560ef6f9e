// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteStorage: opening, statements and transactions, codes, tokens and backups. The
// directory is in sqlitedirectory.cpp, channels and messages in sqlitechannels.cpp.
#include "sqlitestorage.h"

#include "common/fileio.h"
#include "sqlitemigrations.h"
#include "sqlitesupport.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <atomic>

namespace cardinal::server {

namespace {

//! Runs a one-off PRAGMA and returns its first row's value, if it has one.
Result<QVariant> pragma(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return sqliteOpenFailure(query.lastError());
    return query.next() ? query.value(0) : QVariant();
}

//! Statement texts hold placeholders only, and SQLite's messages name columns, not values.
void logFailure(const QString &sql, const QSqlError &error)
{
    // A constraint violation is the caller's mistake, reported to it as InvalidArgument,
    // and a client can provoke it at will: not worth a warning.
    if (sqlitePrimaryCode(error) == SqliteConstraint)
        qCDebug(lcStorage) << "constraint violated:" << sql << ":" << error.text();
    else
        qCWarning(lcStorage) << "statement failed:" << sql << ":" << error.text();
}

} // namespace

Result<std::unique_ptr<SqliteStorage>> SqliteStorage::open(const QString &databasePath,
                                                           Durability durability)
{
    if (databasePath.isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("no database path"));
    if (!QFileInfo::exists(databasePath)) {
        // Created here because SQLite would create it per the umask, typically 0644, and the
        // database records who talks to whom. SQLite gives its -wal and -shm files the mode
        // of the database file.
        QFile file(databasePath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnly) &&
            !QFileInfo::exists(databasePath))
            return fail(
                ErrorCode::IoError,
                QStringLiteral("cannot create %1: %2").arg(databasePath, file.errorString()));
    }

    static std::atomic<quint64> instances{0};
    const QString name = QStringLiteral("cardinal.storage.%1").arg(++instances);
    std::unique_ptr<SqliteStorage> storage(new SqliteStorage(name));
    if (!storage->m_db.isValid())
        return fail(ErrorCode::IoError, QStringLiteral("the Qt SQLite driver is not available: %1")
                                            .arg(storage->m_db.lastError().text()));
    storage->m_db.setDatabaseName(databasePath);
    if (!storage->m_db.open())
        return sqliteOpenFailure(storage->m_db.lastError());
    if (Result<void> configured = storage->configure(durability); !configured)
        return fail(configured.error());
    Result<int> before = migrateSqlite(storage->m_db, sqliteMigrations());
    if (!before)
        return fail(before.error());
    qCInfo(lcStorage).nospace() << "opened " << databasePath << " (schema " << *before
                                << (*before == schemaVersion() ? "" : ", migrated") << ", "
                                << (durability == Durability::Full ? "synchronous=FULL"
                                                                   : "synchronous=NORMAL")
                                << ")";
    return storage;
}

SqliteStorage::SqliteStorage(const QString &connectionName)
    : m_connectionName(connectionName),
      m_db(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName))
{
}

SqliteStorage::~SqliteStorage()
{
    // removeDatabase() wants no query and no QSqlDatabase handle of the connection alive:
    // the statements go first, then our handle, then the connection.
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

int SqliteStorage::schemaVersion()
{
    return sqliteMigrations().back().version;
}

Result<void> SqliteStorage::configure(Durability durability)
{
    // Waits for another connection's write lock rather than failing at once.
    if (Result<QVariant> timeout = pragma(m_db, QStringLiteral("PRAGMA busy_timeout = 5000"));
        !timeout)
        return fail(timeout.error());
    // The first statement that reads the file, so a file that is not a database fails here,
    // before anything is written to it.
    Result<QVariant> mode = pragma(m_db, QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode)
        return fail(mode.error());
    if (mode->toString().compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0)
        return fail(ErrorCode::IoError, QStringLiteral("the database cannot use a WAL journal"));
    // In WAL mode NORMAL syncs at checkpoints only: a commit survives the process dying but
    // may be lost with the machine. FULL syncs the WAL at every commit.
    const QString sync = durability == Durability::Full
                             ? QStringLiteral("PRAGMA synchronous = FULL")
                             : QStringLiteral("PRAGMA synchronous = NORMAL");
    for (const QString &sql : {sync, QStringLiteral("PRAGMA foreign_keys = ON")})
        if (Result<QVariant> set = pragma(m_db, sql); !set)
            return fail(set.error());
    // Both pragmas are silently ignored where they do not apply; we rely on them.
    Result<QVariant> keys = pragma(m_db, QStringLiteral("PRAGMA foreign_keys"));
    Result<QVariant> synchronous = pragma(m_db, QStringLiteral("PRAGMA synchronous"));
    if (!keys || !synchronous)
        return fail(keys ? synchronous.error() : keys.error());
    if (keys->toInt() != 1 || synchronous->toInt() != (durability == Durability::Full ? 2 : 1))
        return fail(ErrorCode::IoError, QStringLiteral("SQLite did not take our settings"));
    return {};
}

Result<QSqlQuery *> SqliteStorage::prepared(const QString &sql)
{
    if (auto found = m_statements.find(sql); found != m_statements.end())
        return found->second.get();
    auto query = std::make_unique<QSqlQuery>(m_db);
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        qCWarning(lcStorage) << "cannot prepare" << sql << ":" << query->lastError().text();
        return sqliteFailure(query->lastError());
    }
    QSqlQuery *raw = query.get();
    m_statements.emplace(sql, std::move(query));
    return raw;
}

Result<SqliteStorage::Change> SqliteStorage::change(const QString &sql,
                                                    std::initializer_list<QVariant> values)
{
    Result<QSqlQuery *> query = prepared(sql);
    if (!query)
        return fail(query.error());
    QSqlQuery &q = **query;
    int index = 0;
    for (const QVariant &value : values)
        q.bindValue(index++, value);
    if (!q.exec()) {
        const QSqlError error = q.lastError();
        q.finish();
        logFailure(sql, error);
        return sqliteFailure(error);
    }
    const Change out{q.numRowsAffected(), q.lastInsertId().toLongLong()};
    q.finish();
    return out;
}

Result<QList<SqliteStorage::Row>> SqliteStorage::select(const QString &sql,
                                                        std::initializer_list<QVariant> values)
{
    Result<QSqlQuery *> query = prepared(sql);
    if (!query)
        return fail(query.error());
    QSqlQuery &q = **query;
    int index = 0;
    for (const QVariant &value : values)
        q.bindValue(index++, value);
    QList<Row> rows;
    if (q.exec()) {
        const int columns = q.record().count();
        while (q.next()) {
            Row row;
            row.reserve(columns);
            for (int column = 0; column < columns; ++column)
                row.append(q.value(column));
            rows.append(std::move(row));
        }
    }
    const QSqlError error = q.lastError();
    q.finish();
    if (error.isValid()) {
        logFailure(sql, error);
        return sqliteFailure(error);
    }
    return rows;
}

SqliteStorage::Transaction::~Transaction()
{
    if (!m_open)
        return;
    if (Result<Change> rolledBack = m_storage.change(QStringLiteral("ROLLBACK")); !rolledBack)
        qCWarning(lcStorage) << "rollback failed:" << rolledBack.error().detail;
}

Result<void> SqliteStorage::Transaction::begin(bool write)
{
    Result<Change> begun =
        m_storage.change(write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
    if (!begun)
        return fail(begun.error());
    m_open = true;
    return {};
}

Result<void> SqliteStorage::Transaction::commit()
{
    if (Result<Change> committed = m_storage.change(QStringLiteral("COMMIT")); !committed)
        return fail(committed.error());
    m_open = false;
    return {};
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
    Result<QList<Row>> rows =
        select(QStringLiteral("SELECT blob FROM backups WHERE identity = ?"), {identity});
    if (!rows)
        return fail(rows.error());
    if (rows->isEmpty())
        return std::optional<QByteArray>{};
    return std::optional<QByteArray>{rows->first().at(0).toByteArray()};
}

} // namespace cardinal::server
