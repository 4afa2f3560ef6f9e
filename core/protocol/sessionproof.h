// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/keys.h"
#include "protocol/ids.h"

namespace cardinal::protocol {

//! The statement a device makes to log in (the `auth` request): "I, the holder of this
//! card's identity key, open a session as `device` of `card` on the server whose authority
//! key is `authority`, answering its `challenge`." Signed with SessionProofContext over the
//! parts in that order (docs/protocol.md, Session). Binding the authority key makes an
//! answer for one server useless at another; binding the challenge makes it useless on
//! another connection; binding the device says which device logs in.
struct SessionProof
{
    QByteArray challenge; //!< from the server's hello, 16–64 bytes
    crypto::Ed25519PublicKey authority;
    CardId card;
    DeviceId device;

    //! The signature the client sends.
    [[nodiscard]] crypto::Ed25519Signature sign(const crypto::Ed25519KeyPair &identityKey) const;
    //! Whether `signature` is `identityKey`'s over exactly these parts.
    [[nodiscard]] bool verify(const crypto::Ed25519PublicKey &identityKey,
                              const crypto::Ed25519Signature &signature) const;
};

} // namespace cardinal::protocol
