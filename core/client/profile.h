// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/client and the CLI's offline keystore commands: it holds the private
// keys. The UI sees the profile through Messenger.
#include "common/result.h"
#include "profilesetup.h"
#include "crypto/keys.h"
#include "crypto/secure.h"
#include "protocol/cardbundle.h"

#include <QString>

namespace cardinal::client {

//! One user on one device: the identity key, this device's encryption key, and the user's
//! own card with this device's record, kept in a profile directory:
//!
//!   identity.keystore  identity seed, device key and ids, sealed under the passphrase
//!                      (see crypto/keystore.h), mode 0600
//!   card.cbor          the public card bundle (card + device records), as last published
//!
//! Nothing in the directory is readable without the passphrase except the public card.
//! Not thread-safe; use from one thread.
class Profile
{
public:
    static constexpr QLatin1StringView KeystoreFileName{"identity.keystore"};
    static constexpr QLatin1StringView CardFileName{"card.cbor"};

    //! Creates the keys, self-signs the card and the device record, and writes both files
    //! into `directory` (created if missing). Fails if a profile already exists there, or
    //! with InvalidArgument for a bad identity, device label or short passphrase.
    [[nodiscard]] static Result<Profile> create(const QString &directory, const ProfileSetup &setup,
                                                const crypto::SecureBuffer &passphrase,
                                                crypto::RandomSource &random = crypto::systemRandom());

    //! Unlocks the profile in `directory`. WrongPassphrase and CorruptFile are distinct;
    //! IoError when there is no profile. The public card is checked against the keys.
    [[nodiscard]] static Result<Profile> open(const QString &directory,
                                              const crypto::SecureBuffer &passphrase);

    //! Whether `directory` holds a profile (its keystore file exists).
    [[nodiscard]] static bool exists(const QString &directory);

    //! The identity named by the profile's public card, read without the passphrase, so an
    //! unlock screen can say whose profile it is. A hint for display only: the file is not
    //! encrypted, and only open() checks it against the keys. CorruptFile when it does not
    //! decode, IoError when it is missing or too large.
    [[nodiscard]] static Result<QString> readIdentity(const QString &directory);

    //! Re-seals the keystore under a new passphrase (atomic replace).
    [[nodiscard]] Result<void> changePassphrase(const crypto::SecureBuffer &oldPassphrase,
                                                const crypto::SecureBuffer &newPassphrase);

    //! Replaces the stored public card bundle, e.g. once the server has countersigned it.
    //! Refused unless it is our card (same id) and verifies.
    [[nodiscard]] Result<void> storeOwnBundle(const protocol::CardBundle &bundle);

    //! The identity key sealed under `passphrase` in the keystore format, for the server's
    //! key backup: the server only ever holds this ciphertext.
    [[nodiscard]] Result<QByteArray> sealIdentityBackup(const crypto::SecureBuffer &passphrase) const;

    //! Sets up this device from a key backup: opens `backup` with `backupPassphrase`, checks
    //! that it holds the identity key of `card` (the user's card as the directory returned
    //! it, verified), makes a new device key and record, and writes a profile protected by
    //! `profilePassphrase`. The new device's record still has to reach the server (it goes
    //! along with the first authentication).
    [[nodiscard]] static Result<Profile> createFromBackup(
        const QString &directory, QByteArrayView backup, const crypto::SecureBuffer &backupPassphrase,
        const protocol::CardBundle &card, const QString &deviceLabel,
        const crypto::SecureBuffer &profilePassphrase,
        crypto::RandomSource &random = crypto::systemRandom());

    //! This device's own record within the card bundle.
    [[nodiscard]] const protocol::DeviceRecord &ownDeviceRecord() const;

    [[nodiscard]] const QString &directory() const { return m_directory; }
    [[nodiscard]] const QString &identity() const { return m_bundle.card.content().identity; }
    [[nodiscard]] const crypto::Ed25519KeyPair &identityKey() const { return m_identityKey; }
    [[nodiscard]] const crypto::X25519KeyPair &deviceKey() const { return m_deviceKey; }
    [[nodiscard]] const protocol::DeviceId &deviceId() const { return m_deviceId; }
    [[nodiscard]] const protocol::CardId &cardId() const { return m_bundle.card.id(); }
    [[nodiscard]] const protocol::CardBundle &ownBundle() const { return m_bundle; }

private:
    [[nodiscard]] static Result<void> checkNewProfile(const QString &directory,
                                                      const crypto::SecureBuffer &passphrase);
    [[nodiscard]] static Result<Profile> persist(const QString &directory,
                                                 crypto::Ed25519KeyPair identityKey,
                                                 crypto::X25519KeyPair deviceKey,
                                                 const protocol::DeviceId &deviceId,
                                                 protocol::CardBundle bundle,
                                                 const crypto::SecureBuffer &passphrase,
                                                 crypto::RandomSource &random);
    Profile(QString directory, crypto::Ed25519KeyPair identityKey, crypto::X25519KeyPair deviceKey,
            protocol::DeviceId deviceId, protocol::CardBundle bundle);

    QString m_directory;
    crypto::Ed25519KeyPair m_identityKey;
    crypto::X25519KeyPair m_deviceKey;
    protocol::DeviceId m_deviceId;
    protocol::CardBundle m_bundle;
};

} // namespace cardinal::client
