// SPDX-License-Identifier: GPL-3.0-or-later
#include "keys.h"
#include "pointchecks.h"

#include <cryptopp/donna.h>

#include <array>

namespace cardinal::crypto {

// We call Crypto++'s curve25519-donna layer directly: the x25519/ed25519 classes wrap the
// same functions but re-derive public keys and allocate on every use, which costs a third
// of a scalar multiplication per operation in the envelope's hot loop.

Ed25519KeyPair Ed25519KeyPair::generate(RandomSource &random)
{
    SecretBytes<Ed25519SeedSize> seed;
    random.fill(seed.span());
    return fromSeed(seed);
}

Ed25519KeyPair Ed25519KeyPair::fromSeed(const SecretBytes<Ed25519SeedSize> &seed)
{
    Ed25519KeyPair pair;
    pair.m_seed = seed;
    CryptoPP::Donna::ed25519_publickey(pair.m_public.data(), pair.m_seed.data());
    return pair;
}

Ed25519Signature Ed25519KeyPair::sign(QByteArrayView message) const
{
    Ed25519Signature signature;
    CryptoPP::Donna::ed25519_sign(asBytes(message).data(), static_cast<std::size_t>(message.size()),
                                  m_seed.data(), m_public.data(), signature.data());
    return signature;
}

namespace {

// The order of the Ed25519 base point, L = 2^252 + 27742317777372353535851937790883648493
// (RFC 8032 §5.1), little-endian as S is encoded.
constexpr std::array<std::uint8_t, 32> GroupOrderLE = {
    0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9, 0xde, 0x14,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10};

// S < L, compared from the most significant byte down. S is public, so no constant time.
bool scalarIsCanonical(const std::uint8_t *s)
{
    for (int i = 31; i >= 0; --i) {
        if (s[i] < GroupOrderLE[static_cast<std::size_t>(i)])
            return true;
        if (s[i] > GroupOrderLE[static_cast<std::size_t>(i)])
            return false;
    }
    return false; // S == L
}

} // namespace

bool verifyEd25519(const Ed25519PublicKey &key, QByteArrayView message,
                   const Ed25519Signature &signature)
{
    if (!scalarIsCanonical(signature.data() + 32))
        return false;
    // Under a key of small order a signature with S = 0 verifies for every message.
    if (!checkEd25519PublicKey(key))
        return false;
    return CryptoPP::Donna::ed25519_sign_open(asBytes(message).data(),
                                              static_cast<std::size_t>(message.size()), key.data(),
                                              signature.data()) == 0;
}

X25519KeyPair X25519KeyPair::generate(RandomSource &random)
{
    SecretBytes<X25519KeySize> privateKey;
    random.fill(privateKey.span());
    return fromPrivate(privateKey);
}

X25519KeyPair X25519KeyPair::fromPrivate(const SecretBytes<X25519KeySize> &privateKey)
{
    X25519KeyPair pair;
    pair.m_private = privateKey;
    CryptoPP::Donna::curve25519_mult(pair.m_public.data(), pair.m_private.data());
    return pair;
}

Result<X25519SharedSecret> X25519KeyPair::agree(const X25519PublicKey &peer) const
{
    X25519SharedSecret shared;
    CryptoPP::Donna::curve25519_mult(shared.data(), m_private.data(), peer.data());
    std::uint8_t accumulated = 0;
    for (std::uint8_t byte : shared.span())
        accumulated |= byte;
    if (accumulated == 0)
        return fail(ErrorCode::WeakKey, QStringLiteral("X25519 produced the all-zero secret"));
    return shared;
}

} // namespace cardinal::crypto
