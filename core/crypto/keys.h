// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "random.h"
#include "secure.h"

namespace cardinal::crypto {

// RFC 8032 §5.1.5 (Ed25519) and RFC 7748 §5 (X25519) sizes.
inline constexpr std::size_t Ed25519PublicKeySize = 32;
inline constexpr std::size_t Ed25519SeedSize = 32;
inline constexpr std::size_t Ed25519SignatureSize = 64;
inline constexpr std::size_t X25519KeySize = 32;

using Ed25519PublicKey = FixedBytes<Ed25519PublicKeySize, struct Ed25519PublicKeyTag>;
using Ed25519Signature = FixedBytes<Ed25519SignatureSize, struct Ed25519SignatureTag>;
using X25519PublicKey = FixedBytes<X25519KeySize, struct X25519PublicKeyTag>;
using X25519SharedSecret = SecretBytes<X25519KeySize>;

//! An Ed25519 signing key (RFC 8032): the 32-byte seed and its public key.
//! A user's identity key is one of these; it signs cards, device records and messages.
class Ed25519KeyPair
{
public:
    //! A fresh key from `random`.
    [[nodiscard]] static Ed25519KeyPair generate(RandomSource &random = systemRandom());
    //! The key whose RFC 8032 private key (seed) is `seed`.
    [[nodiscard]] static Ed25519KeyPair fromSeed(const SecretBytes<Ed25519SeedSize> &seed);

    [[nodiscard]] const Ed25519PublicKey &publicKey() const { return m_public; }
    [[nodiscard]] const SecretBytes<Ed25519SeedSize> &seed() const { return m_seed; }

    //! The deterministic RFC 8032 signature of `message`.
    [[nodiscard]] Ed25519Signature sign(QByteArrayView message) const;

private:
    Ed25519KeyPair() = default;
    SecretBytes<Ed25519SeedSize> m_seed;
    Ed25519PublicKey m_public;
};

//! Verifies an Ed25519 signature strictly: besides the curve equation, S must be below the
//! group order L (RFC 8032 §5.1.7), which Crypto++ 8.7 does not check on its own (without
//! it signatures are malleable), and the key must pass checkEd25519PublicKey() (under a key
//! of small order, forgeries verify).
[[nodiscard]] bool verifyEd25519(const Ed25519PublicKey &key, QByteArrayView message,
                                 const Ed25519Signature &signature);

//! An X25519 key-agreement key (RFC 7748): a device's encryption key, or an ephemeral key.
class X25519KeyPair
{
public:
    [[nodiscard]] static X25519KeyPair generate(RandomSource &random = systemRandom());
    //! The key pair for a 32-byte private scalar (clamped on use, RFC 7748 §5).
    [[nodiscard]] static X25519KeyPair fromPrivate(const SecretBytes<X25519KeySize> &privateKey);

    [[nodiscard]] const X25519PublicKey &publicKey() const { return m_public; }
    [[nodiscard]] const SecretBytes<X25519KeySize> &privateKey() const { return m_private; }

    //! X25519(private, peer). Fails with WeakKey when the result is all zeros, which happens
    //! for low-order peer points (RFC 7748 §6.1; required by RFC 9180 §7.1.4). Crypto++ 8.7
    //! returns success with a zero output there, so the check is ours.
    [[nodiscard]] Result<X25519SharedSecret> agree(const X25519PublicKey &peer) const;

private:
    X25519KeyPair() = default;
    SecretBytes<X25519KeySize> m_private;
    X25519PublicKey m_public;
};

} // namespace cardinal::crypto
