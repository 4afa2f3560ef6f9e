// SPDX-License-Identifier: GPL-3.0-or-later
// Envelopes around plaintext the fuzzer chose. Behind an envelope's AEAD tag sits a second
// decoder, of the signed message ([inner, signature] and the inner message itself), which
// mutated envelopes never reach: any change breaks the tag. So the envelope target can hand
// its bytes in as that plaintext instead, and this seals them properly for bob, the way
// docs/protocol.md describes an envelope (an independent encoder: a seed that opens shows
// the two agree).
#pragma once

#include "fixtures.h"

namespace cardinal::fuzzing {

//! The message id of every envelope made here.
[[nodiscard]] protocol::MessageId innerMessageId();

//! The plaintext of an envelope `sender` sends to `recipients`: canonical CBOR
//! [inner, signature] with inner = [1, senderCard, senderDevice, "conversation", messageId,
//! sentAtMs, type 1, body, recipients] and the signature in context "Cardinal message v1".
[[nodiscard]] QByteArray signedMessage(const FuzzPerson &sender,
                                       const QList<protocol::DeviceId> &recipients,
                                       const QByteArray &body,
                                       const protocol::MessageId &messageId = innerMessageId(),
                                       const QByteArray &checkpoint = {});

//! Seals plaintext for bob's device: one header (suite 0x20/0x01/0x02, innerMessageId(),
//! bob's entry with a fixed content key) made once, and the plaintext encrypted under it.
class InnerEnvelope
{
public:
    InnerEnvelope();

    //! The envelope [header, AEAD(content key, header, plaintext)].
    [[nodiscard]] QByteArray around(QByteArrayView plaintext) const;

private:
    QByteArray m_header;
    QByteArray m_contentKey;
};

} // namespace cardinal::fuzzing
