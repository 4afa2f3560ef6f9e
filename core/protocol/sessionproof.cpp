// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/sessionproof.h"

#include "protocol/frames.h"
#include "protocol/signing.h"

namespace cardinal::protocol {

crypto::Ed25519Signature SessionProof::sign(const crypto::Ed25519KeyPair &identityKey) const
{
    return signWithContext(identityKey, SessionProofContext,
                           {challenge, authority.view(), card.view(), device.view()});
}

bool SessionProof::verify(const crypto::Ed25519PublicKey &identityKey,
                          const crypto::Ed25519Signature &signature) const
{
    return verifyWithContext(identityKey, SessionProofContext,
                             {challenge, authority.view(), card.view(), device.view()}, signature);
}

} // namespace cardinal::protocol
