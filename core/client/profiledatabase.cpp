// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiledatabase.h"

#include "crypto/aead.h"
#include "crypto/hkdf.h"
#include "profilemigrations.h"
#include "storage/migration.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

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

ProfileDatabase::ProfileDatabase(std::unique_ptr<storage::SqliteDatabase> sql, RandomSource &random)
    : m_sql(std::move(sql)), m_random(random)
{
}

ProfileDatabase::~ProfileDatabase() = default;

Result<std::unique_ptr<ProfileDatabase>>
ProfileDatabase::open(const QString &directory, const StorageKey &storageKey, RandomSource &random)
{
    if (directory.isEmpty() || !QFileInfo(directory).isDir())
        return fail(ErrorCode::IoError, QStringLiteral("no profile directory %1").arg(directory));
    storage::SqliteOptions options;
    options.name = QStringLiteral("profile database");
    // FULL: a message in the outbox is on disk before it is sent, even across a power loss.
    // Commits come at human speed (bulk imports use one transaction), so the fsync is cheap.
    options.synchronous = storage::Synchronous::Full;
    // Waits for a second process on the same profile rather than failing at once.
    options.busyTimeout = std::chrono::milliseconds(5000);
    options.log = &lcProfileDb;
    auto sql = storage::SqliteDatabase::open(QDir(directory).filePath(FileName), options);
    if (!sql)
        return fail(sql.error());
    if (Result<int> migrated = storage::migrate(**sql, profileMigrations()); !migrated)
        return fail(migrated.error());

    std::unique_ptr<ProfileDatabase> database(new ProfileDatabase(std::move(*sql), random));
    database->m_sealKey = subkey(storageKey, "Cardinal profile seal v1");
    database->m_indexKey = subkey(storageKey, "Cardinal profile index v1");
    if (Result<void> checked = database->checkKey(); !checked)
        return fail(checked.error());
    return database;
}

int ProfileDatabase::schemaVersion()
{
    return profileMigrations().back().version;
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
