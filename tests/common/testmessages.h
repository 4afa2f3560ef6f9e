// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Real envelopes for integration tests: sealed with protocol::sealEnvelope to the devices
// of looked-up card bundles, opened with protocol::openEnvelope, so a test proves that
// content survives the server byte for byte. Also extra devices for a profile's card (a
// second laptop) without another scrypt-protected profile. Part of the
// cardinal_server_testing library (tests/common/CMakeLists.txt).

#include "client/profile.h"
#include "protocol/cardbundle.h"
#include "protocol/envelope.h"

#include <QList>

#include <optional>

namespace cardinal::testing {

//! A failed result's error message, or nothing for a success: for QVERIFY2 messages, which
//! are evaluated even when the check passes.
template<typename T> [[nodiscard]] QByteArray failureText(const Result<T> &result)
{
    return result ? QByteArray() : result.error().message().toUtf8();
}

//! The passphrase of every profile makeProfile() creates.
[[nodiscard]] crypto::SecureBuffer testPassphrase();

//! A new profile for `identity` in `directory` (scrypt: about 150 ms, so make few).
[[nodiscard]] Result<client::Profile>
makeProfile(const QString &directory, const QString &identity,
            const QString &deviceLabel = QStringLiteral("desk"));

//! A self-signed bundle for `identity` with one device, under `identityKey`: a card without
//! a profile (and its scrypt), for cards that are meant to be refused.
[[nodiscard]] protocol::CardBundle makeBundle(const QString &identity,
                                              const crypto::Ed25519KeyPair &identityKey);

//! One more device on a profile's card: its keys and its signed record.
struct ExtraDevice
{
    protocol::DeviceId id;
    crypto::X25519KeyPair key;
    QByteArray record; //!< DeviceRecord::encode(), signed by the owner's identity key
};

//! A fresh device for `owner`'s card, labelled `label`.
[[nodiscard]] ExtraDevice makeExtraDevice(const client::Profile &owner, const QString &label);

//! Every device in `bundle`, as an envelope recipient.
[[nodiscard]] QList<protocol::EnvelopeRecipient> recipientsOf(const protocol::CardBundle &bundle);
[[nodiscard]] protocol::EnvelopeRecipient recipientOf(const ExtraDevice &device);

//! Seals `body` from `sender`'s device to `recipients` (e.g. recipientsOf() of a lookup,
//! plus the sender's own), with message id `id` (random when not given). An empty
//! envelope when sealing fails.
[[nodiscard]] QByteArray sealMessage(const client::Profile &sender,
                                     const QList<protocol::EnvelopeRecipient> &recipients,
                                     const QByteArray &body,
                                     std::optional<protocol::MessageId> id = std::nullopt);

//! Opens `envelope` as `device`, whose key is `deviceKey`, and checks the signature against
//! the identity keys of `senders`.
[[nodiscard]] Result<protocol::MessageContent>
openMessage(QByteArrayView envelope, const protocol::DeviceId &device,
            const crypto::X25519KeyPair &deviceKey, const QList<protocol::CardBundle> &senders);
//! openMessage() as `reader`'s own device.
[[nodiscard]] Result<protocol::MessageContent>
openMessage(QByteArrayView envelope, const client::Profile &reader,
            const QList<protocol::CardBundle> &senders);

//! The message id an envelope's header names, or nothing.
[[nodiscard]] std::optional<protocol::MessageId> messageIdOf(QByteArrayView envelope);

} // namespace cardinal::testing
