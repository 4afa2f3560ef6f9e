// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/keys.h"

#include <initializer_list>

namespace cardinal::protocol {

//! Ed25519 over `context` || 0x00 || parts..., the one way every protocol signature is made.
//! The context string names what is being signed, so a signature over a device record can
//! never pass as one over a card or a message, whatever the bytes happen to look like.
[[nodiscard]] crypto::Ed25519Signature signWithContext(const crypto::Ed25519KeyPair &key,
                                                       QByteArrayView context,
                                                       std::initializer_list<QByteArrayView> parts);

//! Verifies a signature made by signWithContext() with the same context and parts.
[[nodiscard]] bool verifyWithContext(const crypto::Ed25519PublicKey &key, QByteArrayView context,
                                     std::initializer_list<QByteArrayView> parts,
                                     const crypto::Ed25519Signature &signature);

} // namespace cardinal::protocol
