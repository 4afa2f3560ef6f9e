// SPDX-License-Identifier: GPL-3.0-or-later
// What an attacker (or an older server's database) could hand over, byte for byte: device
// records and cards carrying keys of small order, built by hand since DeviceRecord::create
// refuses them. Encodings as docs/protocol.md gives them.
#pragma once

#include "protocol/devicerecord.h"
#include "protocol/signing.h"

#include <QCborArray>
#include <QCborValue>

namespace cardinal::testing {

//! An X25519 key of order 8 (the first such u of crypto/pointchecks.cpp).
inline crypto::X25519PublicKey smallOrderX25519Key()
{
    return *crypto::X25519PublicKey::fromBytes(QByteArray::fromHex(
        "e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800"));
}

//! The neutral point as an Ed25519 key: under it, a zero signature verifies for anything.
inline crypto::Ed25519PublicKey neutralEd25519Key()
{
    QByteArray bytes(32, '\0');
    bytes[0] = 1;
    return *crypto::Ed25519PublicKey::fromBytes(bytes);
}

//! A device record for `content` (whatever its key), validly signed by `identityKey`.
inline QByteArray forgeDeviceRecord(const protocol::DeviceRecordContent &content,
                                    const crypto::Ed25519KeyPair &identityKey)
{
    const QByteArray contentBytes =
        QCborValue(QCborArray{protocol::DeviceRecordFormatVersion, content.cardId.toByteArray(),
                              content.deviceId.toByteArray(), content.label,
                              content.encryptionKey.toByteArray(), content.createdAt})
            .toCbor();
    const crypto::Ed25519Signature signature =
        protocol::signWithContext(identityKey, "Cardinal device record v1", {contentBytes});
    return QCborValue(QCborArray{contentBytes, signature.toByteArray()}).toCbor();
}

//! A card for `identity` whose identity key is `key`, with a zero self-signature (which is
//! what verifies under the neutral key).
inline QByteArray forgeCard(const QString &identity, const crypto::Ed25519PublicKey &key)
{
    const QByteArray contentBytes =
        QCborValue(QCborArray{1, 1, identity, key.toByteArray(), 1'700'000'000,
                              QCborValue(nullptr)})
            .toCbor();
    QByteArray signature(64, '\0');
    signature[0] = 1; // R = the neutral point, S = 0
    return QCborValue(QCborArray{contentBytes, signature, QCborValue(nullptr)}).toCbor();
}

} // namespace cardinal::testing
