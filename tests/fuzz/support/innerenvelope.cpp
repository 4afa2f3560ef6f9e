// SPDX-License-Identifier: GPL-3.0-or-later
#include "innerenvelope.h"

#include "crypto/aead.h"
#include "crypto/hpke.h"
#include "protocol/signing.h"

#include <QCborArray>
#include <QCborValue>

#include <array>
#include <cstdio>
#include <cstdlib>

namespace cardinal::fuzzing {

namespace {

constexpr crypto::AeadId ContentAead = crypto::AeadId::Aes256Gcm;
constexpr std::array<std::uint8_t, crypto::AeadNonceSize> ZeroNonce{};

std::span<const std::uint8_t> spanOf(const QByteArray &bytes)
{
    return {reinterpret_cast<const std::uint8_t *>(bytes.constData()), std::size_t(bytes.size())};
}

} // namespace

protocol::MessageId innerMessageId()
{
    protocol::MessageId id;
    fixtureRandom("inner message id").fill(id.span());
    return id;
}

QByteArray signedMessage(const FuzzPerson &sender, const QList<protocol::DeviceId> &recipients,
                         const QByteArray &body, const protocol::MessageId &messageId,
                         const QByteArray &checkpoint)
{
    QCborArray devices;
    for (const protocol::DeviceId &device : recipients)
        devices.append(device.toByteArray());
    // Written out rather than by the decoder's own encoder, so the fuzzer starts from the
    // format as documented (docs/protocol.md), version 2 when a checkpoint is gossiped.
    QCborArray fields{checkpoint.isEmpty() ? 1 : 2, sender.cardId().toByteArray(),
                      sender.device.toByteArray(), QByteArrayLiteral("conversation"),
                      messageId.toByteArray(), FixtureTimeSeconds * 1000, 1, body, devices};
    if (!checkpoint.isEmpty())
        fields.append(checkpoint);
    const QByteArray inner = QCborValue(fields).toCbor();
    const crypto::Ed25519Signature signature =
        protocol::signWithContext(sender.identityKey, "Cardinal message v1", {inner});
    return QCborValue(QCborArray{inner, signature.toByteArray()}).toCbor();
}

InnerEnvelope::InnerEnvelope()
{
    crypto::DeterministicRandom random = fixtureRandom("inner envelope");
    m_contentKey.resize(qsizetype(crypto::aeadKeySize(ContentAead)));
    random.fill({reinterpret_cast<std::uint8_t *>(m_contentKey.data()),
                 std::size_t(m_contentKey.size())});
    const protocol::MessageId id = innerMessageId();
    const crypto::HpkeSuite suite{};
    const QByteArray info = QByteArrayLiteral("Cardinal envelope v1") + '\0' + id.toByteArray();
    auto wrapped = crypto::hpkeSeal(suite, bob().deviceKey.publicKey(), info, bob().device.view(),
                                    m_contentKey, random);
    if (!wrapped) {
        std::fprintf(stderr, "fuzz fixtures: cannot wrap a content key\n");
        std::abort();
    }
    const QCborArray entry{bob().device.toByteArray(), wrapped->enc.toByteArray(),
                           wrapped->ciphertext};
    m_header = QCborValue(QCborArray{1, qint64(suite.kem), qint64(suite.kdf), qint64(suite.aead),
                                     id.toByteArray(), QCborArray{QCborValue(entry)}})
                   .toCbor();
}

QByteArray InnerEnvelope::around(QByteArrayView plaintext) const
{
    auto ciphertext = crypto::aeadSeal(ContentAead, spanOf(m_contentKey), ZeroNonce, m_header,
                                       plaintext);
    if (!ciphertext) {
        std::fprintf(stderr, "fuzz fixtures: cannot seal a plaintext\n");
        std::abort();
    }
    return QCborValue(QCborArray{m_header, *ciphertext}).toCbor();
}

} // namespace cardinal::fuzzing
