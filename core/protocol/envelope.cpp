// SPDX-License-Identifier: GPL-3.0-or-later
#include "envelope.h"

#include "cborfields.h"
#include "crypto/pointchecks.h"
#include "signing.h"

#include <QCborArray>
#include <QCborValue>
#include <QSet>

namespace cardinal::protocol {

using crypto::HpkeSuite;

namespace {

constexpr QByteArrayView MessageContext = "Cardinal message v1";
constexpr QByteArrayView EnvelopeInfoLabel = "Cardinal envelope v1";
constexpr qint64 MaxTimestampMs = qint64(1) << 50;
// The content key encrypts exactly one plaintext, so a constant nonce is safe
// (RFC 5116 §3: uniqueness is per key).
constexpr std::array<std::uint8_t, crypto::AeadNonceSize> ContentNonce{};

QByteArray hpkeInfo(const MessageId &id)
{
    QByteArray info;
    info.reserve(EnvelopeInfoLabel.size() + 1 + qsizetype(MessageId::Size));
    info.append(EnvelopeInfoLabel).append('\0').append(id.view());
    return info;
}

QByteArray encodeContent(const MessageContent &content)
{
    QCborArray recipients;
    for (const DeviceId &device : content.recipients)
        recipients.append(device.toByteArray());
    const bool gossip = !content.checkpoint.isEmpty();
    QCborArray array{gossip ? MessageFormatVersionGossip : MessageFormatVersionPlain,
                     content.senderCard.toByteArray(),
                     content.senderDevice.toByteArray(),
                     content.conversationId,
                     content.messageId.toByteArray(),
                     content.sentAtMs,
                     qint64(content.type),
                     content.body,
                     recipients};
    if (gossip)
        array.append(content.checkpoint);
    return QCborValue(array).toCbor();
}

Result<MessageContent> decodeContent(QByteArrayView bytes)
{
    auto array = decodeCanonicalArray(bytes, MaxInnerBytes, QStringLiteral("message"));
    if (!array)
        return fail(array.error());
    if (array->isEmpty() || !array->at(0).isInteger())
        return fail(ErrorCode::MalformedInput, QStringLiteral("message: no format version"));
    const qint64 version = array->at(0).toInteger();
    if (version != MessageFormatVersionPlain && version != MessageFormatVersionGossip)
        return fail(ErrorCode::UnsupportedVersion, QStringLiteral("message format version"));
    const bool gossip = version == MessageFormatVersionGossip;
    CborFields fields(*array, QStringLiteral("message"), gossip ? 10 : 9);
    MessageContent content;
    content.senderCard = fields.fixed<CardId>(1);
    content.senderDevice = fields.fixed<DeviceId>(2);
    content.conversationId = fields.bytes(3, 0, MaxConversationIdBytes);
    content.messageId = fields.fixed<MessageId>(4);
    content.sentAtMs = fields.integer(5, 0, MaxTimestampMs);
    content.type = quint16(fields.integer(6, 0, 0xffff));
    content.body = fields.bytes(7, 0, MaxMessageBodyBytes);
    const QCborArray recipients = fields.array(8, MaxRecipients);
    for (const QCborValue &value : recipients) {
        auto device = DeviceId::fromBytes(value.toByteArray());
        if (!value.isByteArray() || !device)
            fields.reject(QStringLiteral("recipient entry is not a device id"));
        else
            content.recipients.append(*device);
    }
    if (gossip) // present means non-empty: one content, one encoding
        content.checkpoint = fields.bytes(9, 1, MaxGossipCheckpointBytes);
    if (auto ok = fields.status(); !ok)
        return fail(ok.error());
    return content;
}

struct RecipientEntry
{
    DeviceId deviceId;
    crypto::X25519PublicKey enc;
    QByteArray wrappedKey;
};

struct ParsedEnvelope
{
    EnvelopeHeader header;
    QList<RecipientEntry> entries;
    QByteArray headerBytes;
    QByteArray ciphertext;
};

Result<ParsedEnvelope> parseEnvelope(QByteArrayView envelope)
{
    auto outer = decodeCanonicalArray(envelope, MaxEnvelopeBytes, QStringLiteral("envelope"));
    if (!outer)
        return fail(outer.error());
    CborFields outerFields(*outer, QStringLiteral("envelope"), 2);
    ParsedEnvelope parsed;
    parsed.headerBytes = outerFields.bytes(0, 1, MaxEnvelopeHeaderBytes);
    parsed.ciphertext = outerFields.bytes(1, qsizetype(crypto::AeadTagSize), MaxInnerBytes + 16);
    if (auto ok = outerFields.status(); !ok)
        return fail(ok.error());

    auto header = decodeCanonicalArray(parsed.headerBytes, MaxEnvelopeHeaderBytes,
                                       QStringLiteral("envelope header"));
    if (!header)
        return fail(header.error());
    CborFields fields(*header, QStringLiteral("envelope header"), 6);
    if (fields.integer(0, 0, INT32_MAX) != EnvelopeFormatVersion)
        return fail(ErrorCode::UnsupportedVersion, QStringLiteral("envelope format version"));
    const auto kem = quint16(fields.integer(1, 0, 0xffff));
    const auto kdf = quint16(fields.integer(2, 0, 0xffff));
    const auto aead = quint16(fields.integer(3, 0, 0xffff));
    parsed.header.messageId = fields.fixed<MessageId>(4);
    const QCborArray entries = fields.array(5, MaxRecipients);
    if (auto ok = fields.status(); !ok)
        return fail(ok.error());
    auto suite = HpkeSuite::fromIds(kem, kdf, aead);
    if (!suite)
        return fail(suite.error());
    parsed.header.suite = *suite;

    const qsizetype wrappedSize =
        qsizetype(crypto::aeadKeySize(suite->aead) + crypto::AeadTagSize);
    QSet<DeviceId> seen;
    for (const QCborValue &value : entries) {
        const QCborArray entryArray = value.toArray();
        CborFields entryFields(entryArray, QStringLiteral("envelope recipient"), 3);
        if (!value.isArray())
            entryFields.reject(QStringLiteral("not an array"));
        RecipientEntry entry{entryFields.fixed<DeviceId>(0),
                             entryFields.fixed<crypto::X25519PublicKey>(1),
                             entryFields.bytes(2, wrappedSize, wrappedSize)};
        if (auto ok = entryFields.status(); !ok)
            return fail(ok.error());
        if (seen.contains(entry.deviceId))
            return fail(ErrorCode::MalformedInput, QStringLiteral("envelope: duplicate recipient"));
        seen.insert(entry.deviceId);
        parsed.header.recipients.append(entry.deviceId);
        parsed.entries.append(std::move(entry));
    }
    if (parsed.entries.isEmpty())
        return fail(ErrorCode::MalformedInput, QStringLiteral("envelope has no recipients"));
    return parsed;
}

Result<void> checkOutgoing(const QList<EnvelopeRecipient> &recipients, const OutgoingMessage &message)
{
    if (recipients.isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("no recipients"));
    if (recipients.size() > MaxRecipients)
        return fail(ErrorCode::TooLarge, QStringLiteral("more than %1 recipient devices").arg(MaxRecipients));
    if (message.body.size() > MaxMessageBodyBytes)
        return fail(ErrorCode::TooLarge, QStringLiteral("message body over %1 bytes").arg(MaxMessageBodyBytes));
    if (message.conversationId.size() > MaxConversationIdBytes)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("conversation id too long"));
    if (message.checkpoint.size() > MaxGossipCheckpointBytes)
        return fail(ErrorCode::TooLarge, QStringLiteral("gossiped checkpoint over %1 bytes")
                                             .arg(MaxGossipCheckpointBytes));
    if (message.sentAtMs < 0 || message.sentAtMs > MaxTimestampMs)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("send time out of range"));
    QSet<DeviceId> seen;
    for (const EnvelopeRecipient &recipient : recipients) {
        if (seen.contains(recipient.deviceId))
            return fail(ErrorCode::InvalidArgument, QStringLiteral("duplicate recipient device"));
        seen.insert(recipient.deviceId);
    }
    return {};
}

} // namespace

Result<SealedEnvelope> sealEnvelope(const EnvelopeSender &sender,
                                    const QList<EnvelopeRecipient> &requested,
                                    const OutgoingMessage &message, const HpkeSuite &suite,
                                    crypto::RandomSource &random)
{
    if (auto ok = checkOutgoing(requested, message); !ok)
        return fail(ok.error());
    SealedEnvelope sealedEnvelope;
    QList<EnvelopeRecipient> recipients;
    recipients.reserve(requested.size());
    for (const EnvelopeRecipient &recipient : requested) {
        if (auto usable = crypto::checkX25519PublicKey(recipient.encryptionKey); !usable)
            sealedEnvelope.skipped.append({recipient.deviceId, usable.error()});
        else
            recipients.append(recipient);
    }
    if (recipients.isEmpty())
        return fail(ErrorCode::WeakKey, QStringLiteral("no recipient has a usable key"));

    MessageContent content{sender.card,  sender.device,    message.conversationId,
                           {},           message.sentAtMs, message.type,
                           message.body, {},               message.checkpoint};
    if (message.messageId) {
        content.messageId = *message.messageId;
    } else {
        random.fill(content.messageId.span());
    }
    content.recipients.reserve(recipients.size());
    for (const EnvelopeRecipient &recipient : recipients)
        content.recipients.append(recipient.deviceId);

    const QByteArray inner = encodeContent(content);
    const crypto::Ed25519Signature signature =
        signWithContext(sender.identityKey, MessageContext, {inner});

    crypto::SecureBuffer contentKey(crypto::aeadKeySize(suite.aead));
    random.fill(contentKey.span());

    const QByteArray info = hpkeInfo(content.messageId);
    QCborArray entries;
    for (const EnvelopeRecipient &recipient : recipients) {
        auto sealed = crypto::hpkeSeal(suite, recipient.encryptionKey, info,
                                       recipient.deviceId.view(), crypto::asView(contentKey.span()),
                                       random);
        if (!sealed)
            return fail(sealed.error());
        entries.append(QCborArray{recipient.deviceId.toByteArray(), sealed->enc.toByteArray(),
                                  sealed->ciphertext});
    }
    const QByteArray headerBytes =
        QCborValue(QCborArray{EnvelopeFormatVersion, qint64(suite.kem), qint64(suite.kdf),
                              qint64(suite.aead), content.messageId.toByteArray(), entries})
            .toCbor();

    const QByteArray plaintext =
        QCborValue(QCborArray{inner, signature.toByteArray()}).toCbor();
    auto ciphertext =
        crypto::aeadSeal(suite.aead, contentKey.span(), ContentNonce, headerBytes, plaintext);
    if (!ciphertext)
        return fail(ciphertext.error());
    sealedEnvelope.bytes = QCborValue(QCborArray{headerBytes, *ciphertext}).toCbor();
    return sealedEnvelope;
}

Result<EnvelopeHeader> readEnvelopeHeader(QByteArrayView envelope)
{
    auto parsed = parseEnvelope(envelope);
    if (!parsed)
        return fail(parsed.error());
    return std::move(parsed->header);
}

Result<void> UnverifiedMessage::verifySender(const crypto::Ed25519PublicKey &senderIdentityKey) const
{
    if (!verifyWithContext(senderIdentityKey, MessageContext, {signedBytes}, signature))
        return fail(ErrorCode::BadSignature, QStringLiteral("message signature"));
    return {};
}

Result<UnverifiedMessage> decryptEnvelope(QByteArrayView envelope, const DeviceId &device,
                                          const crypto::X25519KeyPair &deviceKey)
{
    auto parsed = parseEnvelope(envelope);
    if (!parsed)
        return fail(parsed.error());
    const auto entry = std::find_if(parsed->entries.cbegin(), parsed->entries.cend(),
                                    [&](const RecipientEntry &e) { return e.deviceId == device; });
    if (entry == parsed->entries.cend())
        return fail(ErrorCode::NotARecipient);

    const crypto::HpkeSuite &suite = parsed->header.suite;
    auto contentKey = crypto::hpkeOpen(suite, deviceKey, entry->enc,
                                       hpkeInfo(parsed->header.messageId), device.view(),
                                       entry->wrappedKey);
    if (!contentKey)
        return fail(contentKey.error());
    auto plaintext = crypto::aeadOpen(suite.aead, contentKey->span(), ContentNonce,
                                      parsed->headerBytes, parsed->ciphertext);
    if (!plaintext)
        return fail(plaintext.error());

    auto signedArray = decodeCanonicalArray(crypto::asView(plaintext->span()), MaxInnerBytes + 128,
                                            QStringLiteral("signed message"));
    if (!signedArray)
        return fail(signedArray.error());
    CborFields fields(*signedArray, QStringLiteral("signed message"), 2);
    UnverifiedMessage message;
    message.signedBytes = fields.bytes(0, 1, MaxInnerBytes);
    message.signature = fields.fixed<crypto::Ed25519Signature>(1);
    if (auto ok = fields.status(); !ok)
        return fail(ok.error());
    auto content = decodeContent(message.signedBytes);
    if (!content)
        return fail(content.error());
    if (content->messageId != parsed->header.messageId)
        return fail(ErrorCode::MalformedInput, QStringLiteral("message id differs from header"));
    if (content->recipients != parsed->header.recipients)
        return fail(ErrorCode::MalformedInput, QStringLiteral("recipient list differs from header"));
    message.content = std::move(*content);
    return message;
}

Result<MessageContent> openEnvelope(QByteArrayView envelope, const DeviceId &device,
                                    const crypto::X25519KeyPair &deviceKey,
                                    const SenderKeyLookup &lookupSender)
{
    auto message = decryptEnvelope(envelope, device, deviceKey);
    if (!message)
        return fail(message.error());
    const std::optional<crypto::Ed25519PublicKey> senderKey =
        lookupSender ? lookupSender(message->content.senderCard) : std::nullopt;
    if (!senderKey)
        return fail(ErrorCode::UnknownSender);
    if (auto ok = message->verifySender(*senderKey); !ok)
        return fail(ok.error());
    return std::move(message->content);
}

} // namespace cardinal::protocol
