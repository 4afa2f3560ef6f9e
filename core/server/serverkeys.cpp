// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverkeys.h"

#include "common/fileio.h"
#include "crypto/digest.h"
#include "protocol/cborfields.h"

#include <QCborArray>
#include <QCborValue>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

namespace cardinal::server {

namespace {

Q_LOGGING_CATEGORY(lcKeys, "cardinal.server.keys")

//! The file is ~110 bytes; a bound well above that keeps a wrong file from being read whole.
constexpr qint64 MaxKeyFileBytes = 1024;

//! QByteArray copies of secrets are not wiped by Qt; we wipe the ones we hold.
void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        crypto::secureWipe(bytes.data(), std::size_t(bytes.size()));
}

QByteArray secretCopy(std::span<const std::uint8_t> secret)
{
    return crypto::asView(secret).toByteArray();
}

template<std::size_t N> crypto::SecretBytes<N> secretFrom(const QByteArray &bytes)
{
    return crypto::SecretBytes<N>::fromBytes(crypto::asBytes(bytes))
        .value_or(crypto::SecretBytes<N>{});
}

} // namespace

QString ServerKeys::filePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(ServerKeysFileName.toString());
}

Result<ServerKeys> ServerKeys::create(const QString &dataDir, crypto::RandomSource &random)
{
    if (!QFileInfo(dataDir).isDir())
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("data directory %1 does not exist").arg(dataDir));
    const QString path = filePath(dataDir);
    if (QFileInfo::exists(path))
        return fail(
            ErrorCode::InvalidArgument,
            QStringLiteral("%1 exists already; refusing to replace the server's keys").arg(path));

    crypto::SecretBytes<CodeKeySize> codeKey;
    random.fill(codeKey.span());
    ServerKeys keys{crypto::Ed25519KeyPair::generate(random),
                    crypto::Ed25519KeyPair::generate(random), codeKey};

    QByteArray authoritySeed = secretCopy(keys.authority.seed().span());
    QByteArray applicationSeed = secretCopy(keys.application.seed().span());
    QByteArray codeKeyBytes = secretCopy(keys.codeKey.span());
    QByteArray encoded = QCborValue(QCborArray{ServerKeysFormatVersion, authoritySeed,
                                               applicationSeed, codeKeyBytes})
                             .toCbor();
    auto written = writeFileAtomically(path, encoded, OwnerOnly);
    wipe(authoritySeed);
    wipe(applicationSeed);
    wipe(codeKeyBytes);
    wipe(encoded);
    if (!written)
        return fail(written.error());
    qCInfo(lcKeys).noquote() << "created server keys in" << dataDir;
    return keys;
}

Result<ServerKeys> ServerKeys::load(const QString &dataDir)
{
    const QString path = filePath(dataDir);
    auto bytes = readFileBounded(path, MaxKeyFileBytes);
    if (!bytes) {
        if (bytes.error().code == ErrorCode::TooLarge)
            return fail(ErrorCode::CorruptFile, QStringLiteral("%1 is too large").arg(path));
        return fail(bytes.error());
    }
    const auto permissions = QFileInfo(path).permissions();
    if (permissions & ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                        QFileDevice::WriteUser))
        qCWarning(lcKeys).noquote() << path << "is open to others; it should have mode 0600";

    auto array =
        protocol::decodeCanonicalArray(*bytes, MaxKeyFileBytes, QStringLiteral("server keys"));
    wipe(*bytes);
    if (!array)
        return fail(ErrorCode::CorruptFile,
                    QStringLiteral("%1: %2").arg(path, array.error().detail));
    protocol::CborFields fields(*array, QStringLiteral("server keys"), 4);
    const qint64 version = fields.integer(0, 0, INT32_MAX);
    QByteArray authoritySeed = fields.bytes(1, crypto::Ed25519SeedSize, crypto::Ed25519SeedSize);
    QByteArray applicationSeed = fields.bytes(2, crypto::Ed25519SeedSize, crypto::Ed25519SeedSize);
    QByteArray codeKeyBytes = fields.bytes(3, CodeKeySize, CodeKeySize);
    const auto status = fields.status();
    if (status && version != ServerKeysFormatVersion) {
        wipe(authoritySeed);
        wipe(applicationSeed);
        wipe(codeKeyBytes);
        return fail(
            ErrorCode::UnsupportedVersion,
            QStringLiteral("%1 has key file version %2").arg(path, QString::number(version)));
    }
    ServerKeys keys{
        crypto::Ed25519KeyPair::fromSeed(secretFrom<crypto::Ed25519SeedSize>(authoritySeed)),
        crypto::Ed25519KeyPair::fromSeed(secretFrom<crypto::Ed25519SeedSize>(applicationSeed)),
        secretFrom<CodeKeySize>(codeKeyBytes)};
    wipe(authoritySeed);
    wipe(applicationSeed);
    wipe(codeKeyBytes);
    if (!status)
        return fail(ErrorCode::CorruptFile,
                    QStringLiteral("%1: %2").arg(path, status.error().detail));
    if (keys.authority.publicKey() == keys.application.publicKey())
        return fail(ErrorCode::CorruptFile,
                    QStringLiteral("%1: authority and application keys are the same").arg(path));
    return keys;
}

QString authorityFingerprint(const crypto::Ed25519PublicKey &key)
{
    const QString hex = QString::fromLatin1(crypto::sha256(key.view()).toByteArray().toHex());
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups.append(hex.mid(i, 4));
    return groups.join(u' ');
}

QString publicKeyHex(const crypto::Ed25519PublicKey &key)
{
    return QString::fromLatin1(key.toByteArray().toHex());
}

} // namespace cardinal::server
