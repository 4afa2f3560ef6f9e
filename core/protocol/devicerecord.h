// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "crypto/keys.h"
#include "ids.h"

namespace cardinal::protocol {

inline constexpr qint64 DeviceRecordFormatVersion = 1;
inline constexpr qsizetype MaxDeviceLabelBytes = 64;
inline constexpr qsizetype MaxDeviceRecordContentBytes = 512;
inline constexpr qsizetype MaxDeviceRecordBytes = 1024;

//! What a device record says: this device of this card encrypts with this X25519 key.
struct DeviceRecordContent
{
    CardId cardId;
    DeviceId deviceId;
    QString label;                          //!< e.g. "laptop"; shown to the user's contacts
    crypto::X25519PublicKey encryptionKey;
    qint64 createdAt = 0;                   //!< seconds since the Unix epoch

    friend bool operator==(const DeviceRecordContent &, const DeviceRecordContent &) = default;
};

//! A device's encryption key, signed by its owner's identity key.
//!
//! Encoding (CBOR, positional):
//!   content = [version, cardId(32), deviceId(16), label, encryptionKey(32), createdAt]
//!   record  = [content bytes, signature(64)]
//!   signature = Ed25519(identity key, "Cardinal device record v1" 0x00 || content bytes)
//! The record names its card by id, so it cannot be moved to another card or survive a key
//! change of its own card.
class DeviceRecord
{
public:
    //! Encodes and signs `content` with `identityKey`. InvalidArgument for a label that is
    //! empty, too long or contains control characters; WeakKey for an unusable encryption key.
    [[nodiscard]] static Result<DeviceRecord> create(const DeviceRecordContent &content,
                                                     const crypto::Ed25519KeyPair &identityKey);

    //! Parses a record from outside: structure, bounds and a usable encryption key (WeakKey
    //! for one of small order or in a non-canonical encoding, see crypto/pointchecks.h);
    //! call verify() before use.
    [[nodiscard]] static Result<DeviceRecord> decode(QByteArrayView bytes);
    [[nodiscard]] QByteArray encode() const;

    [[nodiscard]] const DeviceRecordContent &content() const { return m_content; }
    [[nodiscard]] const DeviceId &deviceId() const { return m_content.deviceId; }

    //! BadSignature unless signed by `identityKey`.
    [[nodiscard]] Result<void> verify(const crypto::Ed25519PublicKey &identityKey) const;

    friend bool operator==(const DeviceRecord &, const DeviceRecord &) = default;

private:
    DeviceRecord() = default;

    DeviceRecordContent m_content;
    QByteArray m_contentBytes;
    crypto::Ed25519Signature m_signature;
};

} // namespace cardinal::protocol
