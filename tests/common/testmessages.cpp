// SPDX-License-Identifier: GPL-3.0-or-later
#include "testmessages.h"

#include <QDateTime>

namespace cardinal::testing {

using namespace cardinal::protocol;

crypto::SecureBuffer testPassphrase()
{
    return crypto::SecureBuffer::fromByteArray("integration test passphrase");
}

Result<client::Profile> makeProfile(const QString &directory, const QString &identity,
                                    const QString &deviceLabel)
{
    return client::Profile::create(directory, {identity, deviceLabel, 0}, testPassphrase());
}

CardBundle makeBundle(const QString &identity, const crypto::Ed25519KeyPair &identityKey)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    auto card = Card::create({IdentityType::Email, identity, identityKey.publicKey(), now, {}},
                             identityKey);
    if (!card)
        qFatal("makeBundle: %s", qPrintable(card.error().message()));
    DeviceId device;
    crypto::systemRandom().fill(device.span());
    auto record = DeviceRecord::create({card->id(), device, QStringLiteral("desk"),
                                        crypto::X25519KeyPair::generate().publicKey(), now},
                                       identityKey);
    if (!record)
        qFatal("makeBundle: %s", qPrintable(record.error().message()));
    return {std::move(*card), {std::move(*record)}};
}

ExtraDevice makeExtraDevice(const client::Profile &owner, const QString &label)
{
    ExtraDevice device{DeviceId{}, crypto::X25519KeyPair::generate(), {}};
    crypto::systemRandom().fill(device.id.span());
    auto record = DeviceRecord::create({owner.cardId(), device.id, label, device.key.publicKey(),
                                        QDateTime::currentSecsSinceEpoch()},
                                       owner.identityKey());
    if (record)
        device.record = record->encode();
    return device;
}

QList<EnvelopeRecipient> recipientsOf(const CardBundle &bundle)
{
    QList<EnvelopeRecipient> out;
    for (const DeviceRecord &record : bundle.devices)
        out.append({record.deviceId(), record.content().encryptionKey});
    return out;
}

EnvelopeRecipient recipientOf(const ExtraDevice &device)
{
    return {device.id, device.key.publicKey()};
}

QByteArray sealMessage(const client::Profile &sender, const QList<EnvelopeRecipient> &recipients,
                       const QByteArray &body, std::optional<MessageId> id)
{
    OutgoingMessage message;
    message.conversationId = QByteArrayLiteral("test conversation");
    message.body = body;
    message.sentAtMs = QDateTime::currentMSecsSinceEpoch();
    message.messageId = id;
    auto sealed = sealEnvelope({sender.cardId(), sender.deviceId(), sender.identityKey()},
                               recipients, message);
    return sealed ? sealed->bytes : QByteArray();
}

Result<MessageContent> openMessage(QByteArrayView envelope, const DeviceId &device,
                                   const crypto::X25519KeyPair &deviceKey,
                                   const QList<CardBundle> &senders)
{
    const auto lookupSender = [&](const CardId &card) -> std::optional<crypto::Ed25519PublicKey> {
        for (const CardBundle &bundle : senders)
            if (bundle.card.id() == card)
                return bundle.card.content().identityKey;
        return std::nullopt;
    };
    return openEnvelope(envelope, device, deviceKey, lookupSender);
}

Result<MessageContent> openMessage(QByteArrayView envelope, const client::Profile &reader,
                                   const QList<CardBundle> &senders)
{
    return openMessage(envelope, reader.deviceId(), reader.deviceKey(), senders);
}

std::optional<MessageId> messageIdOf(QByteArrayView envelope)
{
    auto header = readEnvelopeHeader(envelope);
    if (!header)
        return std::nullopt;
    return header->messageId;
}

} // namespace cardinal::testing
