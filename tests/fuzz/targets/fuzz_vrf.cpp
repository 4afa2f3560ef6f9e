// SPDX-License-Identifier: GPL-3.0-or-later
// crypto::vrfVerify and crypto::vrfProofToHash (the VRF behind key-transparency labels) on
// outside bytes: a 32-byte public key, an 80-byte proof, then alpha (short input is padded
// with zeros). Mutations of the seeds' valid proofs reach the curve arithmetic with keys and
// Gammas of every kind: small order, outside the prime-order subgroup, off the curve.
// Oracle: a proof that verifies gives exactly vrfProofToHash(proof); a refusal is WeakKey,
// MalformedInput or BadSignature, never CryptoFailure (libsodium refusing points we checked
// would be a bug in our reasoning about its checks); a proof that does not decode does not
// verify.
#include "fuzzsupport.h"

#include "crypto/vrf.h"

using namespace cardinal;
using namespace cardinal::crypto;

namespace {

constexpr fuzzing::Oracle oracle{"fuzz_vrf"};

QByteArray padded(QByteArray bytes, qsizetype size)
{
    return bytes + QByteArray(size - bytes.size(), '\0');
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzzing::InputReader input(data, size);
    const VrfPublicKey key = *VrfPublicKey::fromBytes(padded(input.take(32), 32));
    const VrfProof proof = *VrfProof::fromBytes(padded(input.take(80), 80));
    const QByteArray alpha = input.rest();

    const Result<VrfOutput> verified = vrfVerify(key, alpha, proof);
    const Result<VrfOutput> hashed = vrfProofToHash(proof);
    if (!hashed)
        oracle.require(hashed.error().code == ErrorCode::MalformedInput,
                       "vrfProofToHash fails only as MalformedInput");
    if (!verified) {
        const ErrorCode code = verified.error().code;
        oracle.require(code == ErrorCode::WeakKey || code == ErrorCode::MalformedInput ||
                           code == ErrorCode::BadSignature,
                       "vrfVerify refuses only as WeakKey, MalformedInput or BadSignature");
        return 0;
    }
    oracle.require(bool(hashed), "a proof that verifies decodes");
    oracle.requireSameBytes("beta", hashed->view(), verified->view());
    return 0;
}
