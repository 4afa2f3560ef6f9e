// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteStorage: opening, statements and transactions, the directory, codes and backups.
// Channels and messages are in sqlitechannels.cpp.
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
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnly)
            && !QFileInfo::exists(databasePath))
            return fail(ErrorCode::IoError, QStringLiteral("cannot create %1: %2")
                                                .arg(databasePath, file.errorString()));
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
    // WAL first: it is also the first statement that reads the file, so a file that is not
    // a database fails here, before anything is written.
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
    for (const QString &sql : {sync, QStringLiteral("PRAGMA foreign_keys = ON"),
                               QStringLiteral("PRAGMA busy_timeout = 5000")})
        if (Result<QVariant> set = pragma(m_db, sql); !set)
            return fail(set.error());
    // The foreign_keys pragma is silently ignored where unsupported; we rely on it.
    Result<QVariant> keys = pragma(m_db, QStringLiteral("PRAGMA foreign_keys"));
    if (!keys)
        return fail(keys.error());
    if (keys->toInt() != 1)
        return fail(ErrorCode::IoError, QStringLiteral("SQLite does not enforce foreign keys"));
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
    Result<Change> begun = m_storage.change(write ? QStringLiteral("BEGIN IMMEDIATE")
                                                  : QStringLiteral("BEGIN"));
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

// Directory.

Result<std::optional<StoredCard>> SqliteStorage::oneCard(const QString &sql, const QVariant &key)
{
    Result<QList<Row>> rows = select(sql, {key});
    if (!rows)
        return fail(rows.error());
    if (rows->isEmpty())
        return std::optional<StoredCard>{};
    const Row &row = rows->first();
    Result<protocol::CardId> id = idFromColumn<protocol::CardId>(row.at(0));
    if (!id)
        return fail(id.error());
    return std::optional<StoredCard>{StoredCard{*id, row.at(1).toString(), row.at(2).toByteArray(),
                                                row.at(3).toInt() != 0, row.at(4).toLongLong()}};
}

Result<std::optional<StoredCard>> SqliteStorage::activeCard(const QString &identity)
{
    return oneCard(QStringLiteral("SELECT id, identity, card, revoked, created_at FROM cards"
                                  " WHERE identity = ? AND revoked = 0"),
                   identity);
}

Result<std::optional<StoredCard>> SqliteStorage::card(const protocol::CardId &id)
{
    return oneCard(QStringLiteral("SELECT id, identity, card, revoked, created_at FROM cards"
                                  " WHERE id = ?"),
                   blobOf(id));
}

Result<void> SqliteStorage::publishCard(const StoredCard &card, const StoredDevice &firstDevice)
{
    if (firstDevice.cardId != card.id)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("the first device names another card"));
    if (card.revoked || firstDevice.revoked)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("cannot publish a revoked card or device"));
    Transaction transaction(*this);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun;
    for (const QString &sql :
         {QStringLiteral("UPDATE devices SET revoked = 1 WHERE revoked = 0 AND card_id IN"
                         " (SELECT id FROM cards WHERE identity = ? AND revoked = 0)"),
          QStringLiteral("UPDATE cards SET revoked = 1 WHERE identity = ? AND revoked = 0")})
        if (Result<Change> revoked = change(sql, {card.identity}); !revoked)
            return fail(revoked.error());
    if (Result<Change> inserted = change(
            QStringLiteral("INSERT INTO cards (id, identity, card, revoked, created_at)"
                           " VALUES (?, ?, ?, 0, ?)"),
            {blobOf(card.id), card.identity, card.card, card.createdAt});
        !inserted)
        return fail(inserted.error());
    if (Result<Change> inserted = change(
            QStringLiteral("INSERT INTO devices (id, card_id, record) VALUES (?, ?, ?)"),
            {blobOf(firstDevice.id), blobOf(firstDevice.cardId), firstDevice.record});
        !inserted)
        return fail(inserted.error());
    return transaction.commit();
}

Result<void> SqliteStorage::revokeCard(const protocol::CardId &id)
{
    Transaction transaction(*this);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun;
    Result<Change> card = change(QStringLiteral("UPDATE cards SET revoked = 1 WHERE id = ?"),
                                 {blobOf(id)});
    if (!card)
        return fail(card.error());
    if (card->rows == 0)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("no such card"));
    if (Result<Change> devices = change(
            QStringLiteral("UPDATE devices SET revoked = 1 WHERE card_id = ? AND revoked = 0"),
            {blobOf(id)});
        !devices)
        return fail(devices.error());
    return transaction.commit();
}

Result<StoredDevice> SqliteStorage::deviceFromRow(const Row &row)
{
    Result<protocol::DeviceId> id = idFromColumn<protocol::DeviceId>(row.at(0));
    if (!id)
        return fail(id.error());
    Result<protocol::CardId> cardId = idFromColumn<protocol::CardId>(row.at(1));
    if (!cardId)
        return fail(cardId.error());
    return StoredDevice{*id, *cardId, row.at(2).toByteArray(), row.at(3).toInt() != 0,
                        row.at(4).toByteArray()};
}

Result<QList<StoredDevice>> SqliteStorage::devices(const protocol::CardId &card,
                                                   bool includeRevoked)
{
    Result<QList<Row>> rows =
        includeRevoked ? select(QStringLiteral("SELECT id, card_id, record, revoked, revocation"
                                               " FROM devices WHERE card_id = ? ORDER BY added"),
                                {blobOf(card)})
                       : select(QStringLiteral("SELECT id, card_id, record, revoked, revocation"
                                               " FROM devices WHERE card_id = ? AND revoked = 0"
                                               " ORDER BY added"),
                                {blobOf(card)});
    if (!rows)
        return fail(rows.error());
    QList<StoredDevice> out;
    out.reserve(rows->size());
    for (const Row &row : std::as_const(*rows)) {
        Result<StoredDevice> device = deviceFromRow(row);
        if (!device)
            return fail(device.error());
        out.append(std::move(*device));
    }
    return out;
}

Result<std::optional<StoredDevice>> SqliteStorage::device(const protocol::DeviceId &id)
{
    Result<QList<Row>> rows = select(QStringLiteral("SELECT id, card_id, record, revoked, revocation"
                                                    " FROM devices WHERE id = ?"),
                                     {blobOf(id)});
    if (!rows)
        return fail(rows.error());
    if (rows->isEmpty())
        return std::optional<StoredDevice>{};
    Result<StoredDevice> device = deviceFromRow(rows->first());
    if (!device)
        return fail(device.error());
    return std::optional<StoredDevice>{std::move(*device)};
}

Result<void> SqliteStorage::addDevice(const StoredDevice &device)
{
    if (device.revoked)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("cannot add a revoked device"));
    Transaction transaction(*this);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun;
    Result<QList<Row>> card = select(QStringLiteral("SELECT revoked FROM cards WHERE id = ?"),
                                     {blobOf(device.cardId)});
    if (!card)
        return fail(card.error());
    if (card->isEmpty() || card->first().at(0).toInt() != 0)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("the device's card is not active"));
    if (Result<Change> inserted = change(
            QStringLiteral("INSERT INTO devices (id, card_id, record) VALUES (?, ?, ?)"),
            {blobOf(device.id), blobOf(device.cardId), device.record});
        !inserted)
        return fail(inserted.error());
    return transaction.commit();
}

Result<void> SqliteStorage::revokeDevice(const protocol::DeviceId &id, const QByteArray &revocation)
{
    // The first statement recorded stays: any of the owner's signed revocations will do.
    Result<Change> revoked = change(QStringLiteral("UPDATE devices SET revoked = 1,"
                                                   " revocation = coalesce(revocation, ?)"
                                                   " WHERE id = ?"),
                                    {revocation, blobOf(id)});
    if (!revoked)
        return fail(revoked.error());
    if (revoked->rows == 0)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("no such device"));
    return {};
}

// Identity codes and validation tokens.

Result<void> SqliteStorage::putCode(const QString &identity, const QString &purpose,
                                    const PendingCode &code)
{
    Result<Change> put = change(QStringLiteral("INSERT OR REPLACE INTO codes"
                                               " (identity, purpose, code_hash, expires_at,"
                                               " attempts_left) VALUES (?, ?, ?, ?, ?)"),
                                {identity, purpose, code.codeHash, code.expiresAt,
                                 code.attemptsLeft});
    return put ? Result<void>() : fail(put.error());
}

Result<std::optional<PendingCode>> SqliteStorage::code(const QString &identity,
                                                       const QString &purpose)
{
    Result<QList<Row>> rows = select(QStringLiteral("SELECT code_hash, expires_at, attempts_left"
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
    Result<Change> deleted = change(QStringLiteral("DELETE FROM codes WHERE identity = ? AND purpose = ?"),
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
    Result<QList<Row>> rows = select(QStringLiteral("SELECT blob FROM backups WHERE identity = ?"),
                                     {identity});
    if (!rows)
        return fail(rows.error());
    if (rows->isEmpty())
        return std::optional<QByteArray>{};
    return std::optional<QByteArray>{rows->first().at(0).toByteArray()};
}

} // namespace cardinal::server
