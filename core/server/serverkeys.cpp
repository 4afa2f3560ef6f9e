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

//! The file is ~180 bytes; a bound well above that keeps a wrong file from being read whole.
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

//! Writes `keys` to `path` in the current layout, wiping every copy of a secret it made.
static Result<void> writeKeyFile(const QString &path, const ServerKeys &keys)
{
    QList<QByteArray> secrets{secretCopy(keys.authority.seed().span()),
                              secretCopy(keys.application.seed().span()),
                              secretCopy(keys.codeKey.span()),
                              secretCopy(keys.transparency.seed().span()),
                              secretCopy(keys.labels.secret().span())};
    QCborArray fields{ServerKeysFormatVersion};
    for (const QByteArray &secret : std::as_const(secrets))
        fields.append(secret);
    QByteArray encoded = QCborValue(fields).toCbor();
    auto written = writeFileAtomically(path, encoded, OwnerOnly);
    for (QByteArray &secret : secrets)
        wipe(secret);
    wipe(encoded);
    return written;
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
    auto authority = crypto::Ed25519KeyPair::generate(random);
    auto application = crypto::Ed25519KeyPair::generate(random);
    auto transparency = crypto::Ed25519KeyPair::generate(random);
    ServerKeys keys{std::move(authority), std::move(application), codeKey,
                    std::move(transparency), crypto::VrfKeyPair::generate(random)};
    if (auto written = writeKeyFile(path, keys); !written)
        return fail(written.error());
    qCInfo(lcKeys).noquote() << "created server keys in" << dataDir;
    return keys;
}

Result<ServerKeys> ServerKeys::load(const QString &dataDir, crypto::RandomSource &random)
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
    // The version decides how many fields follow: 4 in version 1, 6 since.
    const qint64 version = array->isEmpty() ? -1 : array->at(0).toInteger(-1);
    if (version > ServerKeysFormatVersion)
        return fail(
            ErrorCode::UnsupportedVersion,
            QStringLiteral("%1 has key file version %2").arg(path, QString::number(version)));
    const bool upgrade = version == 1;
    protocol::CborFields fields(*array, QStringLiteral("server keys"), upgrade ? 4 : 6);
    (void)fields.integer(0, 1, ServerKeysFormatVersion);
    QList<QByteArray> secrets{fields.bytes(1, crypto::Ed25519SeedSize, crypto::Ed25519SeedSize),
                              fields.bytes(2, crypto::Ed25519SeedSize, crypto::Ed25519SeedSize),
                              fields.bytes(3, CodeKeySize, CodeKeySize)};
    if (!upgrade) {
        secrets.append(fields.bytes(4, crypto::Ed25519SeedSize, crypto::Ed25519SeedSize));
        secrets.append(fields.bytes(5, crypto::VrfSecretSize, crypto::VrfSecretSize));
    }
    const auto status = fields.status();
    if (!status) {
        for (QByteArray &secret : secrets)
            wipe(secret);
        return fail(ErrorCode::CorruptFile,
                    QStringLiteral("%1: %2").arg(path, status.error().detail));
    }
    auto transparency = upgrade ? crypto::Ed25519KeyPair::generate(random)
                                : crypto::Ed25519KeyPair::fromSeed(
                                      secretFrom<crypto::Ed25519SeedSize>(secrets.at(3)));
    auto labels = upgrade ? Result<crypto::VrfKeyPair>(crypto::VrfKeyPair::generate(random))
                          : crypto::VrfKeyPair::fromSecret(
                                secretFrom<crypto::VrfSecretSize>(secrets.at(4)));
    if (!labels) {
        for (QByteArray &secret : secrets)
            wipe(secret);
        return fail(ErrorCode::CorruptFile,
                    QStringLiteral("%1: the label key: %2").arg(path, labels.error().detail));
    }
    ServerKeys keys{
        crypto::Ed25519KeyPair::fromSeed(secretFrom<crypto::Ed25519SeedSize>(secrets.at(0))),
        crypto::Ed25519KeyPair::fromSeed(secretFrom<crypto::Ed25519SeedSize>(secrets.at(1))),
        secretFrom<CodeKeySize>(secrets.at(2)), std::move(transparency), std::move(*labels)};
    for (QByteArray &secret : secrets)
        wipe(secret);
    const QList<crypto::Ed25519PublicKey> signers{keys.authority.publicKey(),
                                                  keys.application.publicKey(),
                                                  keys.transparency.publicKey()};
    if (signers.at(0) == signers.at(1) || signers.at(0) == signers.at(2) ||
        signers.at(1) == signers.at(2))
        return fail(ErrorCode::CorruptFile,
                    QStringLiteral("%1: two of its signing keys are the same").arg(path));
    if (upgrade) {
        if (auto written = writeKeyFile(path, keys); !written)
            return fail(written.error());
        qCInfo(lcKeys).noquote() << "added the key-transparency keys to" << path;
    }
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
