// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile.h"

#include "common/fileio.h"
#include "crypto/keystore.h"
#include "protocol/cborfields.h"

#include <QCborArray>
#include <QCborValue>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace cardinal::client {

using namespace cardinal::crypto;
using namespace cardinal::protocol;

namespace {

constexpr qint64 SecretsFormatVersion = 1;
constexpr qsizetype MaxSecretsBytes = 512;
constexpr qint64 BackupFormatVersion = 1;

QString keystorePath(const QString &directory)
{
    return QDir(directory).filePath(Profile::KeystoreFileName);
}

QString cardPath(const QString &directory)
{
    return QDir(directory).filePath(Profile::CardFileName);
}

// The keystore's plaintext: [version, identity seed, device id, device private key].
SecureBuffer encodeSecrets(const Ed25519KeyPair &identity, const DeviceId &deviceId,
                           const X25519KeyPair &device)
{
    QByteArray encoded =
        QCborValue(QCborArray{SecretsFormatVersion, asView(identity.seed().span()).toByteArray(),
                              deviceId.toByteArray(), asView(device.privateKey().span()).toByteArray()})
            .toCbor();
    SecureBuffer out = SecureBuffer::fromByteArray(encoded);
    secureWipe(encoded.data(), static_cast<std::size_t>(encoded.size()));
    return out;
}

struct Secrets
{
    Ed25519KeyPair identity;
    DeviceId deviceId;
    X25519KeyPair device;
};

Result<Secrets> decodeSecrets(const SecureBuffer &plaintext)
{
    auto array = decodeCanonicalArray(asView(plaintext.span()), MaxSecretsBytes,
                                      QStringLiteral("profile keystore"));
    if (!array)
        return fail(ErrorCode::CorruptFile, array.error().detail);
    CborFields fields(*array, QStringLiteral("profile keystore"), 4);
    if (fields.integer(0, 0, INT32_MAX) != SecretsFormatVersion)
        return fail(ErrorCode::UnsupportedVersion, QStringLiteral("profile keystore version"));
    const QByteArray seed = fields.bytes(1, Ed25519SeedSize, Ed25519SeedSize);
    const DeviceId deviceId = fields.fixed<DeviceId>(2);
    const QByteArray devicePrivate = fields.bytes(3, X25519KeySize, X25519KeySize);
    if (auto ok = fields.status(); !ok)
        return fail(ErrorCode::CorruptFile, ok.error().detail);
    auto identitySeed = SecretBytes<Ed25519SeedSize>::fromBytes(asBytes(seed));
    auto deviceSecret = SecretBytes<X25519KeySize>::fromBytes(asBytes(devicePrivate));
    return Secrets{Ed25519KeyPair::fromSeed(*identitySeed), deviceId,
                   X25519KeyPair::fromPrivate(*deviceSecret)};
}

Result<void> writeBundle(const QString &directory, const CardBundle &bundle)
{
    return writeFileAtomically(cardPath(directory), bundle.encode(),
                               OwnerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther);
}

} // namespace

Profile::Profile(QString directory, Ed25519KeyPair identityKey, X25519KeyPair deviceKey,
                 DeviceId deviceId, CardBundle bundle)
    : m_directory(std::move(directory)), m_identityKey(std::move(identityKey)),
      m_deviceKey(std::move(deviceKey)), m_deviceId(deviceId), m_bundle(std::move(bundle))
{
}

Result<QString> Profile::readIdentity(const QString &directory)
{
    auto bundleBytes = readFileBounded(cardPath(directory), MaxCardBundleBytes);
    if (!bundleBytes)
        return fail(bundleBytes.error());
    auto bundle = CardBundle::decode(*bundleBytes);
    if (!bundle)
        return fail(ErrorCode::CorruptFile, bundle.error().message());
    return bundle->card.content().identity;
}

bool Profile::exists(const QString &directory)
{
    return QFileInfo::exists(keystorePath(directory));
}

Result<void> Profile::checkNewProfile(const QString &directory, const SecureBuffer &passphrase)
{
    if (exists(directory))
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("a profile already exists in %1").arg(directory));
    if (QString::fromUtf8(asView(passphrase.span())).size() < MinPassphraseLength)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("the passphrase needs at least %1 characters").arg(MinPassphraseLength));
    return {};
}

Result<Profile> Profile::persist(const QString &directory, Ed25519KeyPair identityKey,
                                 X25519KeyPair deviceKey, const DeviceId &deviceId,
                                 CardBundle bundle, const SecureBuffer &passphrase,
                                 RandomSource &random)
{
    auto sealed = sealKeystore(encodeSecrets(identityKey, deviceId, deviceKey), passphrase, {}, random);
    if (!sealed)
        return fail(sealed.error());
    if (!QDir().mkpath(directory))
        return fail(ErrorCode::IoError, QStringLiteral("cannot create %1").arg(directory));
    QFile::setPermissions(directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                         QFileDevice::ExeOwner);
    if (auto ok = writeBundle(directory, bundle); !ok)
        return fail(ok.error());
    // The keystore goes last: exists() keys on it, so a failure above leaves no half profile.
    if (auto ok = writeKeystoreFile(keystorePath(directory), *sealed); !ok)
        return fail(ok.error());
    return Profile(directory, std::move(identityKey), std::move(deviceKey), deviceId,
                   std::move(bundle));
}

Result<Profile> Profile::create(const QString &directory, const ProfileSetup &setup,
                                const SecureBuffer &passphrase, RandomSource &random)
{
    auto identity = normalizeEmail(setup.identity);
    if (!identity)
        return fail(identity.error());
    if (auto ok = checkNewProfile(directory, passphrase); !ok)
        return fail(ok.error());

    const qint64 now = setup.createdAt > 0 ? setup.createdAt : QDateTime::currentSecsSinceEpoch();
    Ed25519KeyPair identityKey = Ed25519KeyPair::generate(random);
    X25519KeyPair deviceKey = X25519KeyPair::generate(random);
    DeviceId deviceId;
    random.fill(deviceId.span());

    auto card = Card::create({IdentityType::Email, *identity, identityKey.publicKey(), now, {}},
                             identityKey);
    if (!card)
        return fail(card.error());
    auto record = DeviceRecord::create(
        {card->id(), deviceId, setup.deviceLabel.trimmed(), deviceKey.publicKey(), now}, identityKey);
    if (!record)
        return fail(record.error());
    CardBundle bundle{std::move(*card), {std::move(*record)}};
    return persist(directory, std::move(identityKey), std::move(deviceKey), deviceId,
                   std::move(bundle), passphrase, random);
}

Result<QByteArray> Profile::sealIdentityBackup(const SecureBuffer &passphrase) const
{
    QByteArray encoded = QCborValue(QCborArray{BackupFormatVersion,
                                               asView(m_identityKey.seed().span()).toByteArray()})
                             .toCbor();
    const SecureBuffer secret = SecureBuffer::fromByteArray(encoded);
    secureWipe(encoded.data(), static_cast<std::size_t>(encoded.size()));
    return sealKeystore(secret, passphrase);
}

Result<Profile> Profile::createFromBackup(const QString &directory, QByteArrayView backup,
                                          const SecureBuffer &backupPassphrase,
                                          const CardBundle &card, const QString &deviceLabel,
                                          const SecureBuffer &profilePassphrase,
                                          RandomSource &random)
{
    if (auto ok = checkNewProfile(directory, profilePassphrase); !ok)
        return fail(ok.error());
    auto plaintext = openKeystore(backup, backupPassphrase);
    if (!plaintext)
        return fail(plaintext.error());
    auto array = decodeCanonicalArray(asView(plaintext->span()), MaxSecretsBytes,
                                      QStringLiteral("key backup"));
    if (!array)
        return fail(ErrorCode::CorruptFile, array.error().detail);
    CborFields fields(*array, QStringLiteral("key backup"), 2);
    if (fields.integer(0, 0, INT32_MAX) != BackupFormatVersion)
        return fail(ErrorCode::UnsupportedVersion, QStringLiteral("key backup version"));
    const QByteArray seedBytes = fields.bytes(1, Ed25519SeedSize, Ed25519SeedSize);
    if (auto ok = fields.status(); !ok)
        return fail(ErrorCode::CorruptFile, ok.error().detail);
    Ed25519KeyPair identityKey =
        Ed25519KeyPair::fromSeed(*SecretBytes<Ed25519SeedSize>::fromBytes(asBytes(seedBytes)));
    if (identityKey.publicKey() != card.card.content().identityKey)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("the key backup belongs to another card"));

    X25519KeyPair deviceKey = X25519KeyPair::generate(random);
    DeviceId deviceId;
    random.fill(deviceId.span());
    auto record = DeviceRecord::create({card.card.id(), deviceId, deviceLabel.trimmed(),
                                        deviceKey.publicKey(), QDateTime::currentSecsSinceEpoch()},
                                       identityKey);
    if (!record)
        return fail(record.error());
    CardBundle bundle = card;
    bundle.devices.append(std::move(*record));
    return persist(directory, std::move(identityKey), std::move(deviceKey), deviceId,
                   std::move(bundle), profilePassphrase, random);
}

const DeviceRecord &Profile::ownDeviceRecord() const
{
    for (const DeviceRecord &device : m_bundle.devices)
        if (device.deviceId() == m_deviceId)
            return device;
    Q_UNREACHABLE(); // open() and persist() guarantee our record is in the bundle
}

Result<Profile> Profile::open(const QString &directory, const SecureBuffer &passphrase)
{
    if (!exists(directory))
        return fail(ErrorCode::IoError, QStringLiteral("no profile in %1").arg(directory));
    auto sealed = readKeystoreFile(keystorePath(directory));
    if (!sealed)
        return fail(sealed.error());
    auto plaintext = openKeystore(*sealed, passphrase);
    if (!plaintext)
        return fail(plaintext.error());
    auto secrets = decodeSecrets(*plaintext);
    if (!secrets)
        return fail(secrets.error());

    auto bundleBytes = readFileBounded(cardPath(directory), MaxCardBundleBytes);
    if (!bundleBytes)
        return fail(bundleBytes.error());
    auto bundle = CardBundle::decode(*bundleBytes);
    if (!bundle)
        return fail(ErrorCode::CorruptFile, bundle.error().message());
    if (auto ok = bundle->verify(std::nullopt); !ok)
        return fail(ErrorCode::CorruptFile, ok.error().message());
    const bool ownCard = bundle->card.content().identityKey == secrets->identity.publicKey();
    const bool ownDevice = std::any_of(bundle->devices.cbegin(), bundle->devices.cend(), [&](const DeviceRecord &d) {
        return d.deviceId() == secrets->deviceId &&
               d.content().encryptionKey == secrets->device.publicKey();
    });
    if (!ownCard || !ownDevice)
        return fail(ErrorCode::CorruptFile, QStringLiteral("card.cbor does not belong to this keystore"));
    return Profile(directory, std::move(secrets->identity), std::move(secrets->device),
                   secrets->deviceId, std::move(*bundle));
}

Result<void> Profile::changePassphrase(const SecureBuffer &oldPassphrase,
                                       const SecureBuffer &newPassphrase)
{
    if (QString::fromUtf8(asView(newPassphrase.span())).size() < MinPassphraseLength)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("the passphrase needs at least %1 characters").arg(MinPassphraseLength));
    return changeKeystoreFilePassphrase(keystorePath(m_directory), oldPassphrase, newPassphrase);
}

Result<void> Profile::storeOwnBundle(const CardBundle &bundle)
{
    if (bundle.card.content().identityKey != m_identityKey.publicKey())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("not this profile's card"));
    if (auto ok = bundle.verify(std::nullopt); !ok)
        return ok;
    if (auto ok = writeBundle(m_directory, bundle); !ok)
        return ok;
    m_bundle = bundle;
    return {};
}

} // namespace cardinal::client
