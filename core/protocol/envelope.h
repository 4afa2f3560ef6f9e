// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "crypto/hpke.h"
#include "crypto/keys.h"
#include "ids.h"

#include <QList>

#include <functional>

namespace cardinal::protocol {

inline constexpr qint64 EnvelopeFormatVersion = 1;
//! The signed message inside: version 1 ends with the recipient list; version 2 (0.5) adds
//! the sender's latest checkpoint of the key-transparency log, and is written whenever the
//! sender holds one. Both open.
inline constexpr qint64 MessageFormatVersionPlain = 1;
inline constexpr qint64 MessageFormatVersionGossip = 2;
//! A gossiped checkpoint is a signed note (docs/key-transparency.md): ours are ~250 bytes.
inline constexpr qsizetype MaxGossipCheckpointBytes = 1024;
//! Recipient devices per envelope: a 100-member group with several devices each fits; the
//! header stays under ~100 KiB and sealing under ~10 ms.
inline constexpr qsizetype MaxRecipients = 1000;
inline constexpr qsizetype MaxMessageBodyBytes = 256 * 1024;
inline constexpr qsizetype MaxConversationIdBytes = 64;
//! Per recipient the header holds (device id, enc, wrapped key) in CBOR: at most 110 bytes.
inline constexpr qsizetype MaxEnvelopeHeaderBytes = 64 + MaxRecipients * 110;
inline constexpr qsizetype MaxInnerBytes =
    MaxMessageBodyBytes + MaxRecipients * 20 + MaxGossipCheckpointBytes + 512;
//! The largest envelope anyone produces or accepts.
inline constexpr qsizetype MaxEnvelopeBytes =
    MaxEnvelopeHeaderBytes + MaxInnerBytes + qsizetype(crypto::AeadTagSize) + 16;

//! What the sender signs: everything a receiver shows or acts on. The recipient list is in
//! here so a recipient cannot re-encrypt the signed message to others as if sent to them.
struct MessageContent
{
    CardId senderCard;
    DeviceId senderDevice;
    QByteArray conversationId; //!< opaque to this layer; at most MaxConversationIdBytes
    MessageId messageId;
    qint64 sentAtMs = 0;       //!< sender's clock, ms since the Unix epoch
    quint16 type = 1;          //!< application-defined message type (1 = text)
    QByteArray body;           //!< at most MaxMessageBodyBytes
    QList<DeviceId> recipients;
    //! The sender's latest checkpoint of the server's key-transparency log, as the signed
    //! note it received, so that receivers can tell whether the server shows them the same
    //! log (gossip, docs/key-transparency.md). Empty when the sender holds none (version 1);
    //! at most MaxGossipCheckpointBytes. Not checked here: the client checks it.
    QByteArray checkpoint;

    friend bool operator==(const MessageContent &, const MessageContent &) = default;
};

//! A device that will be able to open the envelope.
struct EnvelopeRecipient
{
    DeviceId deviceId;
    crypto::X25519PublicKey encryptionKey;
};

//! Who seals: the sender's card and device, and the identity key that signs.
struct EnvelopeSender
{
    CardId card;
    DeviceId device;
    const crypto::Ed25519KeyPair &identityKey;
};

//! The message to seal. A random message id is drawn when none is given.
struct OutgoingMessage
{
    QByteArray conversationId;
    quint16 type = 1;
    QByteArray body;
    qint64 sentAtMs = 0;
    std::optional<MessageId> messageId;
    QByteArray checkpoint; //!< see MessageContent::checkpoint; empty for none
};

//! The part of an envelope that is readable without keys: what a server routes by.
struct EnvelopeHeader
{
    crypto::HpkeSuite suite;
    MessageId messageId;
    QList<DeviceId> recipients;
};

//! A recipient sealEnvelope() left out, and why.
struct SkippedRecipient
{
    DeviceId deviceId;
    Error reason; //!< WeakKey: its key is of small order or not canonical (crypto/pointchecks.h)
};

//! What sealEnvelope() made.
struct SealedEnvelope
{
    QByteArray bytes;
    //! Recipients whose key nobody can encrypt to. Everyone else still gets the message: one
    //! broken device must not silence a whole group. The caller tells the sender who.
    QList<SkippedRecipient> skipped;
};

//! Seals `message` for every recipient with a usable key (sign-then-encrypt):
//!  1. inner = canonical CBOR of MessageContent (version 2 when it carries a checkpoint,
//!     else 1); signature = Ed25519 over it (context "Cardinal message v1");
//!  2. a fresh content key encrypts [inner, signature] once with the suite's AEAD, nonce
//!     zero (the key is used exactly once), the encoded header as associated data;
//!  3. per recipient, HPKE base-mode seal of the content key to its X25519 key with
//!     info = "Cardinal envelope v1" 0x00 || message id and aad = device id.
//! Envelope = [header bytes, ciphertext]; header = [version, kem, kdf, aead, message id,
//! [[device id, enc, wrapped key], ...]]. InvalidArgument for no, too many or duplicate
//! recipients or oversized fields; WeakKey when no recipient has a usable key. The signed
//! recipient list names only the devices it was sealed to.
[[nodiscard]] Result<SealedEnvelope> sealEnvelope(const EnvelopeSender &sender,
                                              const QList<EnvelopeRecipient> &recipients,
                                              const OutgoingMessage &message,
                                              const crypto::HpkeSuite &suite = {},
                                              crypto::RandomSource &random = crypto::systemRandom());

//! Parses only the header, for routing. Nothing in it is authenticated until a recipient
//! opens the envelope.
[[nodiscard]] Result<EnvelopeHeader> readEnvelopeHeader(QByteArrayView envelope);

//! A decrypted message whose signature has not been checked yet, because the caller must
//! first find the sender's identity key (from its card store) by content.senderCard.
struct UnverifiedMessage
{
    MessageContent content;
    QByteArray signedBytes;
    crypto::Ed25519Signature signature;

    //! BadSignature unless the message was signed by `senderIdentityKey`.
    [[nodiscard]] Result<void> verifySender(const crypto::Ed25519PublicKey &senderIdentityKey) const;
};

//! Decrypts an envelope addressed to `device` and checks that the signed content matches
//! the header (message id, recipient list). Failures: TooLarge, MalformedInput,
//! UnsupportedVersion, NotARecipient, DecryptionFailed, WeakKey.
[[nodiscard]] Result<UnverifiedMessage> decryptEnvelope(QByteArrayView envelope,
                                                        const DeviceId &device,
                                                        const crypto::X25519KeyPair &deviceKey);

//! Finds a sender's identity key by card id, or nothing when the card is unknown.
using SenderKeyLookup = std::function<std::optional<crypto::Ed25519PublicKey>(const CardId &)>;

//! decryptEnvelope() followed by the sender check: the plaintext with a verified sender,
//! or one error (the above, plus UnknownSender and BadSignature).
[[nodiscard]] Result<MessageContent> openEnvelope(QByteArrayView envelope, const DeviceId &device,
                                                  const crypto::X25519KeyPair &deviceKey,
                                                  const SenderKeyLookup &lookupSender);

} // namespace cardinal::protocol
