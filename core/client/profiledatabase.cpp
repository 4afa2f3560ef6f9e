// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiledatabase.h"

#include "common/fileio.h"
#include "crypto/aead.h"
#include "crypto/hkdf.h"
#include "profilemigrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <atomic>

namespace cardinal::client {

using namespace cardinal::crypto;

namespace {

Q_LOGGING_CATEGORY(lcProfileDb, "cardinal.profile.db", QtInfoMsg)

// What the key check seals; opening it proves the key is the one the database was made with.
constexpr QByteArrayView KeyCheckName = "key_check";
constexpr QByteArrayView KeyCheckPlaintext = "Cardinal profile key check v1";
constexpr QByteArrayView KeyCheckContext = "meta.value";

SecretBytes<32> subkey(const StorageKey &storageKey, QByteArrayView info)
{
    // Expand cannot fail for 32 bytes from a 32-byte PRK.
    SecureBuffer okm = hkdfSha256Expand(storageKey.span(), asBytes(info), 32).value();
    return *SecretBytes<32>::fromBytes(okm.span());
}

QByteArray associatedData(QByteArrayView context, QByteArrayView rowKey)
{
    QByteArray aad;
    aad.reserve(context.size() + 1 + rowKey.size());
    aad.append(context).append('\0').append(rowKey);
    return aad;
}

} // namespace

StorageKey deriveStorageKey(const X25519KeyPair &deviceKey)
{
    const SecretBytes<32> prk = hkdfSha256Extract({}, deviceKey.privateKey().span());
    return subkey(prk, "Cardinal profile storage v1");
}

ProfileDatabase::ProfileDatabase(const QString &connectionName, QString path, RandomSource &random)
    : m_connectionName(connectionName), m_path(std::move(path)),
      m_db(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName)), m_random(random)
{
}

ProfileDatabase::~ProfileDatabase()
{
    // removeDatabase() wants no query and no handle of the connection alive.
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<ProfileDatabase>>
ProfileDatabase::open(const QString &directory, const StorageKey &storageKey, RandomSource &random)
{
    if (directory.isEmpty() || !QFileInfo(directory).isDir())
        return fail(ErrorCode::IoError, QStringLiteral("no profile directory %1").arg(directory));
    const QString path = QDir(directory).filePath(FileName);
    if (!QFileInfo::exists(path)) {
        // Created here because SQLite would use the umask (typically 0644); it gives its
        // -wal and -shm files the mode of the database file.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnly) &&
            !QFileInfo::exists(path))
            return fail(ErrorCode::IoError,
                        QStringLiteral("cannot create %1: %2").arg(path, file.errorString()));
    }

    static std::atomic<quint64> instances{0};
    const QString name = QStringLiteral("cardinal.profile.%1").arg(++instances);
    std::unique_ptr<ProfileDatabase> database(new ProfileDatabase(name, path, random));
    database->m_sealKey = subkey(storageKey, "Cardinal profile seal v1");
    database->m_indexKey = subkey(storageKey, "Cardinal profile index v1");
    if (!database->m_db.isValid())
        return fail(ErrorCode::IoError, QStringLiteral("the Qt SQLite driver is not available"));
    database->m_db.setDatabaseName(path);
    if (!database->m_db.open())
        return sqlFailure(database->m_db.lastError());
    if (Result<void> configured = database->configure(); !configured)
        return fail(configured.error());
    if (Result<void> migrated = migrateProfileDatabase(database->m_db); !migrated)
        return fail(migrated.error());
    if (Result<void> checked = database->checkKey(); !checked)
        return fail(checked.error());
    return database;
}

int ProfileDatabase::schemaVersion()
{
    return profileSchemaVersion();
}

Result<void> ProfileDatabase::configure()
{
    // Waits for another connection's write lock (a second process on the same profile)
    // rather than failing at once.
    if (Result<QVariant> timeout = execSql(m_db, QStringLiteral("PRAGMA busy_timeout = 5000"));
        !timeout)
        return fail(timeout.error());
    // The first statement that reads the file: one that is not a database fails here.
    Result<QVariant> mode = execSql(m_db, QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode)
        return fail(mode.error());
    if (mode->toString().compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0)
        return fail(ErrorCode::IoError, QStringLiteral("the database cannot use a WAL journal"));
    // FULL: a message in the outbox is on disk before it is sent, even across a power loss.
    // Commits come at human speed (bulk imports use one transaction), so the fsync is cheap.
    for (const QString &sql :
         {QStringLiteral("PRAGMA synchronous = FULL"), QStringLiteral("PRAGMA foreign_keys = ON")})
        if (Result<QVariant> set = execSql(m_db, sql); !set)
            return fail(set.error());
    // Both pragmas are silently ignored where they do not apply; we rely on them.
    Result<QVariant> keys = execSql(m_db, QStringLiteral("PRAGMA foreign_keys"));
    Result<QVariant> synchronous = execSql(m_db, QStringLiteral("PRAGMA synchronous"));
    if (!keys || !synchronous)
        return fail(keys ? synchronous.error() : keys.error());
    if (keys->toInt() != 1 || synchronous->toInt() != 2)
        return fail(ErrorCode::IoError, QStringLiteral("SQLite did not take our settings"));
    return {};
}

Result<void> ProfileDatabase::checkKey()
{
    Transaction transaction(*this);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun;
    Result<QList<Row>> stored = select(QStringLiteral("SELECT value FROM meta WHERE name = ?"),
                                       {QString::fromLatin1(KeyCheckName)});
    if (!stored)
        return fail(stored.error());
    if (!stored->isEmpty()) {
        Result<QByteArray> opened =
            unseal(KeyCheckContext, KeyCheckName, stored->first().at(0).toByteArray());
        if (!opened || *opened != KeyCheckPlaintext)
            return fail(ErrorCode::DecryptionFailed,
                        QStringLiteral("the storage key does not open this profile database"
                                       " (it belongs to another device key)"));
        return transaction.commit();
    }
    // No key check yet: a new database, unless it holds rows (then it is not one we made).
    Result<QList<Row>> rows = select(QStringLiteral("SELECT (SELECT count(*) FROM conversations)"
                                                    " + (SELECT count(*) FROM contacts)"));
    if (!rows)
        return fail(rows.error());
    if (rows->first().at(0).toLongLong() != 0)
        return fail(ErrorCode::CorruptFile,
                    QStringLiteral("the profile database has lost its key check"));
    Result<QByteArray> sealed = seal(KeyCheckContext, KeyCheckName, KeyCheckPlaintext);
    if (!sealed)
        return fail(sealed.error());
    Result<Change> inserted = change(QStringLiteral("INSERT INTO meta (name, value) VALUES (?, ?)"),
                                     {QString::fromLatin1(KeyCheckName), *sealed});
    if (!inserted)
        return fail(inserted.error());
    return transaction.commit();
}

Result<void> ProfileDatabase::checkpoint()
{
    Result<QVariant> busy = execSql(m_db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!busy)
        return fail(busy.error());
    if (busy->toInt() != 0)
        return fail(ErrorCode::IoError,
                    QStringLiteral("another connection kept the checkpoint from completing"));
    return {};
}

ProfileDatabase::Transaction::~Transaction()
{
    if (!m_open)
        return;
    if (Result<Change> rolledBack = m_database.change(QStringLiteral("ROLLBACK")); !rolledBack)
        qCWarning(lcProfileDb) << "rollback failed:" << rolledBack.error().detail;
}

Result<void> ProfileDatabase::Transaction::begin()
{
    Result<Change> begun = m_database.change(QStringLiteral("BEGIN IMMEDIATE"));
    if (!begun)
        return fail(begun.error());
    m_open = true;
    return {};
}

Result<void> ProfileDatabase::Transaction::commit()
{
    if (Result<Change> committed = m_database.change(QStringLiteral("COMMIT")); !committed)
        return fail(committed.error());
    m_open = false;
    return {};
}

Result<QSqlQuery *> ProfileDatabase::prepared(const QString &sql)
{
    if (auto found = m_statements.find(sql); found != m_statements.end())
        return found->second.get();
    auto query = std::make_unique<QSqlQuery>(m_db);
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        qCWarning(lcProfileDb) << "cannot prepare" << sql << ":" << query->lastError().text();
        return sqlFailure(query->lastError());
    }
    QSqlQuery *raw = query.get();
    m_statements.emplace(sql, std::move(query));
    return raw;
}

Result<ProfileDatabase::Change> ProfileDatabase::change(const QString &sql,
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
        qCWarning(lcProfileDb) << "statement failed:" << sql << ":" << error.text();
        return sqlFailure(error);
    }
    const Change out{q.numRowsAffected(), q.lastInsertId().toLongLong()};
    q.finish();
    return out;
}

Result<QList<ProfileDatabase::Row>> ProfileDatabase::select(const QString &sql,
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
    // Reset at once: a statement left mid-result would pin an old snapshot of the WAL.
    const QSqlError error = q.lastError();
    q.finish();
    if (error.isValid()) {
        qCWarning(lcProfileDb) << "query failed:" << sql << ":" << error.text();
        return sqlFailure(error);
    }
    return rows;
}

Result<QByteArray> ProfileDatabase::seal(QByteArrayView context, QByteArrayView rowKey,
                                         QByteArrayView plaintext)
{
    std::array<std::uint8_t, AeadNonceSize> nonce{};
    m_random.fill(nonce);
    Result<QByteArray> sealed = aeadSeal(AeadId::Aes256Gcm, m_sealKey.span(), nonce,
                                         associatedData(context, rowKey), plaintext);
    if (!sealed)
        return fail(sealed.error());
    return QByteArray(asView(nonce).toByteArray() + *sealed);
}

Result<QByteArray> ProfileDatabase::unseal(QByteArrayView context, QByteArrayView rowKey,
                                           QByteArrayView sealed) const
{
    const auto corrupt = [context] {
        return fail(ErrorCode::CorruptFile,
                    QStringLiteral("a sealed value in %1 does not authenticate: the profile"
                                   " database was altered or damaged")
                        .arg(QString::fromLatin1(context)));
    };
    if (sealed.size() < qsizetype(AeadNonceSize + AeadTagSize))
        return corrupt();
    const auto bytes = asBytes(sealed);
    Result<SecureBuffer> opened =
        aeadOpen(AeadId::Aes256Gcm, m_sealKey.span(), bytes.first(AeadNonceSize),
                 associatedData(context, rowKey), sealed.sliced(qsizetype(AeadNonceSize)));
    if (!opened)
        return corrupt();
    return opened->toByteArray();
}

QByteArray ProfileDatabase::lookup(QByteArrayView value) const
{
    // HKDF-Extract is HMAC-SHA256 with the salt as key (RFC 5869 §2.2).
    return asView(hkdfSha256Extract(m_indexKey.span(), asBytes(value)).span()).toByteArray();
}

} // namespace cardinal::client
