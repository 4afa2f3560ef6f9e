// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "random.h"
#include "secure.h"

#include <cstdint>

//! A verifiable random function: ECVRF-EDWARDS25519-SHA512-TAI of RFC 9381 (suite 0x03).
//!
//! The key-transparency log names each entry by a label, the VRF output of a normalised
//! e-mail address under the log's VRF key. A reader of the public log sees labels that look
//! random and cannot test guessed addresses against them (computing an output needs the
//! secret key), while a client that looks an address up gets the output together with a
//! proof, and vrfVerify() tells it that the label really belongs to that address: unlike a
//! keyed hash, the log cannot hand out a label of its choosing.
//!
//! Every byte string follows RFC 9381 §5.5 for this suite: points as in RFC 8032 §5.1.2
//! (32 bytes, little-endian y with the sign of x in the top bit), integers little-endian.
//! The public key is the RFC 8032 Ed25519 public key of the same 32-byte secret, but a VRF
//! key must never also sign: keep the two apart.
//!
//! Hashing to the curve is try-and-increment (RFC 9381 §5.4.1.1), whose running time depends
//! on the input: someone who can time prove() on the server learns how many tries an
//! address took (about two bits), and could use that to sort out guesses, since the tries
//! depend only on the public key and the address (RFC 9381's security considerations warn
//! of this side channel).
namespace cardinal::crypto {

inline constexpr std::size_t VrfSecretSize = 32;
inline constexpr std::size_t VrfPublicKeySize = 32;
//! Gamma (a point, 32) ‖ c (the challenge, 16) ‖ s (a scalar, 32).
inline constexpr std::size_t VrfProofSize = 80;
//! beta: a SHA-512 output.
inline constexpr std::size_t VrfOutputSize = 64;

using VrfPublicKey = FixedBytes<VrfPublicKeySize, struct VrfPublicKeyTag>;
using VrfProof = FixedBytes<VrfProofSize, struct VrfProofTag>;
using VrfOutput = FixedBytes<VrfOutputSize, struct VrfOutputTag>;

//! A VRF key: the RFC 9381 secret SK (32 bytes, expanded as an RFC 8032 seed) and its
//! public key. The log server holds one; it is persisted through secret().
class VrfKeyPair
{
public:
    //! A fresh key from `random`.
    [[nodiscard]] static VrfKeyPair generate(RandomSource &random = systemRandom());
    //! The key whose secret is `secret`. Fails with CryptoFailure only when libsodium cannot
    //! be initialised.
    [[nodiscard]] static Result<VrfKeyPair> fromSecret(const SecretBytes<VrfSecretSize> &secret);

    [[nodiscard]] const VrfPublicKey &publicKey() const { return m_public; }
    [[nodiscard]] const SecretBytes<VrfSecretSize> &secret() const { return m_secret; }

    //! pi for `alpha` (RFC 9381 §5.1). Deterministic: the same key and alpha always give the
    //! same proof. Fails with CryptoFailure only on a library failure, or in the 2^-256-ish
    //! case of no point after 256 tries.
    [[nodiscard]] Result<VrfProof> prove(QByteArrayView alpha) const;

private:
    VrfKeyPair() = default;
    SecretBytes<VrfSecretSize> m_secret;
    VrfPublicKey m_public;
};

//! beta for `alpha` when `proof` verifies under `key` (RFC 9381 §5.3, validate_key on).
//! Fails with
//! - WeakKey when `key` is not canonically encoded or has small order (§5.4.5: under such a
//!   key a proof says nothing), MalformedInput when it is not a point at all;
//! - MalformedInput when `proof` does not decode (§5.4.4: Gamma not a point, or s ≥ q);
//! - BadSignature when it decodes but does not verify.
[[nodiscard]] Result<VrfOutput> vrfVerify(const VrfPublicKey &key, QByteArrayView alpha,
                                          const VrfProof &proof);

//! beta from a proof without verifying it (RFC 9381 §5.2): only for a proof that has been
//! verified already, e.g. one we made ourselves. MalformedInput when it does not decode.
[[nodiscard]] Result<VrfOutput> vrfProofToHash(const VrfProof &proof);

//! H, the point alpha is hashed to under `key`, and the value of RFC 9381's `ctr` at which
//! try-and-increment succeeded. A step of prove() and vrfVerify(), public so that the
//! known-answer tests can check it against RFC 9381 Appendix B.3.
struct VrfEncodedPoint
{
    FixedBytes<32, struct VrfPointTag> point;
    int counter = 0;
};
[[nodiscard]] Result<VrfEncodedPoint> vrfEncodeToCurve(const VrfPublicKey &key,
                                                       QByteArrayView alpha);

} // namespace cardinal::crypto
