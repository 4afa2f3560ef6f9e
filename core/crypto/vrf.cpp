// SPDX-License-Identifier: GPL-3.0-or-later
// ECVRF-EDWARDS25519-SHA512-TAI, written from RFC 9381 §5 with the suite's choices of §5.5.
// The group arithmetic is edwards25519.h (libsodium with RFC 9381's semantics); SHA-512 is
// libsodium's, so that the state that absorbs the secret nonce prefix can be wiped.
#include "vrf.h"

#include "edwards25519.h"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <utility>

namespace cardinal::crypto {

namespace {

using namespace edwards25519;
using Challenge = std::array<std::uint8_t, 16>;

// RFC 9381 §5.5 and the domain separators of §5.2, §5.4.1.1 and §5.4.3.
constexpr std::uint8_t SuiteString = 0x03;
constexpr std::uint8_t EncodeToCurveFront = 0x01;
constexpr std::uint8_t ChallengeFront = 0x02;
constexpr std::uint8_t ProofToHashFront = 0x03;
constexpr std::uint8_t DomainBack = 0x00;

Failure libraryFailure()
{
    return fail(ErrorCode::CryptoFailure,
                QStringLiteral("libsodium refused an operation on checked points"));
}

Failure notInitialised()
{
    return fail(ErrorCode::CryptoFailure, QStringLiteral("libsodium could not be initialised"));
}

//! Multi-part SHA-512 whose state is wiped afterwards: the nonce hash absorbs the secret
//! prefix.
class Sha512
{
public:
    Sha512() { crypto_hash_sha512_init(&m_state); }
    ~Sha512() { sodium_memzero(&m_state, sizeof m_state); }
    Sha512(const Sha512 &) = delete;
    Sha512 &operator=(const Sha512 &) = delete;

    Sha512 &add(std::span<const std::uint8_t> bytes)
    {
        crypto_hash_sha512_update(&m_state, bytes.data(), bytes.size());
        return *this;
    }
    Sha512 &add(std::uint8_t byte) { return add(std::span<const std::uint8_t>(&byte, 1)); }
    void finish(std::span<std::uint8_t, 64> out) { crypto_hash_sha512_final(&m_state, out.data()); }

private:
    crypto_hash_sha512_state m_state;
};

//! RFC 8032 §5.1.5 as RFC 9381 §5.5 uses it: x is the clamped first half of SHA-512(SK),
//! here already reduced modulo q (xB, xH and k + cx depend only on x mod q, as B and H have
//! order q); the second half is the nonce prefix of §5.4.2.2.
struct ExpandedSecret
{
    SecretBytes<32> x;
    SecretBytes<32> prefix;
};

void expand(const SecretBytes<VrfSecretSize> &secret, ExpandedSecret &out)
{
    SecretBytes<64> digest;
    crypto_hash_sha512(digest.data(), secret.data(), secret.size());
    SecretBytes<64> wide; // the clamped half, zero-extended for the reduction
    std::copy_n(digest.data(), 32, wide.data());
    wide.data()[0] &= 248;
    wide.data()[31] &= 127;
    wide.data()[31] |= 64;
    crypto_core_ed25519_scalar_reduce(out.x.data(), wide.data());
    std::copy_n(digest.data() + 32, 32, out.prefix.data());
}

//! ECVRF_encode_to_curve_try_and_increment (§5.4.1.1) with encode_to_curve_salt = PK_string
//! and interpret_hash_value_as_a_point(s) = string_to_point(s[0] ... s[31]), then times the
//! cofactor. A candidate is refused when it does not decode or when 8 times it is neutral
//! (it had small order). ctr is one byte (int_to_string(ctr, 1)), so there are 256 tries;
//! each succeeds with probability about 1/2.
Result<VrfEncodedPoint> encodeToCurve(const Point &salt, QByteArrayView alpha)
{
    for (int ctr = 0; ctr < 256; ++ctr) {
        std::array<std::uint8_t, 64> hash;
        Sha512()
            .add(SuiteString)
            .add(EncodeToCurveFront)
            .add(salt)
            .add(asBytes(alpha))
            .add(static_cast<std::uint8_t>(ctr))
            .add(DomainBack)
            .finish(hash);
        Point candidate;
        std::copy_n(hash.begin(), candidate.size(), candidate.begin());
        if (decode(candidate) != Decoding::Valid)
            continue;
        const std::optional<Point> h = timesCofactor(candidate);
        if (!h)
            return libraryFailure();
        if (*h == Identity)
            continue;
        VrfEncodedPoint out;
        out.point = decltype(out.point)(*h);
        out.counter = ctr;
        return out;
    }
    return fail(ErrorCode::CryptoFailure, QStringLiteral("no curve point after 256 tries"));
}

//! ECVRF_challenge_generation (§5.4.3): the first cLen = 16 bytes of
//! SHA-512(suite ‖ 0x02 ‖ Y ‖ H ‖ Gamma ‖ U ‖ V ‖ 0x00).
Challenge challenge(const Point &y, const Point &h, const Point &gamma, const Point &u,
                    const Point &v)
{
    std::array<std::uint8_t, 64> hash;
    Sha512()
        .add(SuiteString)
        .add(ChallengeFront)
        .add(y)
        .add(h)
        .add(gamma)
        .add(u)
        .add(v)
        .add(DomainBack)
        .finish(hash);
    Challenge c;
    std::copy_n(hash.begin(), c.size(), c.begin());
    return c;
}

struct DecodedProof
{
    Point gamma;
    Scalar c{}; // the 16-byte challenge, zero-extended
    Scalar s;
};

//! ECVRF_decode_proof (§5.4.4): Gamma must decode (any point will do) and s be below q.
Result<DecodedProof> decodeProof(const VrfProof &proof)
{
    DecodedProof out;
    const std::uint8_t *bytes = proof.data();
    std::copy_n(bytes, 32, out.gamma.begin());
    std::copy_n(bytes + 32, 16, out.c.begin());
    std::copy_n(bytes + 48, 32, out.s.begin());
    if (decode(out.gamma) != Decoding::Valid)
        return fail(ErrorCode::MalformedInput,
                    QStringLiteral("the VRF proof's Gamma is not a point"));
    if (!belowGroupOrder(out.s))
        return fail(ErrorCode::MalformedInput, QStringLiteral("the VRF proof's s is not below q"));
    return out;
}

//! ECVRF_proof_to_hash (§5.2) after decoding: SHA-512(suite ‖ 0x03 ‖ 8 Gamma ‖ 0x00). The
//! cofactor makes beta the same for every Gamma that differs by a point of small order.
Result<VrfOutput> hashOfGamma(const Point &gamma)
{
    const std::optional<Point> cleared = timesCofactor(gamma);
    if (!cleared)
        return libraryFailure();
    VrfOutput beta;
    Sha512()
        .add(SuiteString)
        .add(ProofToHashFront)
        .add(*cleared)
        .add(DomainBack)
        .finish(beta.span());
    return beta;
}

Point pointOf(std::span<const std::uint8_t, 32> bytes)
{
    Point p;
    std::copy(bytes.begin(), bytes.end(), p.begin());
    return p;
}

} // namespace

VrfKeyPair VrfKeyPair::generate(RandomSource &random)
{
    SecretBytes<VrfSecretSize> secret;
    random.fill(secret.span());
    Result<VrfKeyPair> pair = fromSecret(secret);
    if (!pair)
        std::abort(); // libsodium cannot start: as without randomness, nothing safe is left
    return std::move(*pair);
}

Result<VrfKeyPair> VrfKeyPair::fromSecret(const SecretBytes<VrfSecretSize> &secret)
{
    if (!ready())
        return notInitialised();
    ExpandedSecret expanded;
    expand(secret, expanded);
    // Y = xB. x is not zero modulo q (clamping leaves a multiple of 8 in [2^254, 2^255), and
    // the least multiple of q that is one of 8, 8q, is above 2^255), so Y is not neutral.
    const std::optional<Point> y = mulBase(expanded.x.span());
    if (!y)
        return libraryFailure();
    VrfKeyPair pair;
    pair.m_secret = secret;
    pair.m_public = VrfPublicKey(*y);
    return pair;
}

Result<VrfProof> VrfKeyPair::prove(QByteArrayView alpha) const
{
    if (!ready())
        return notInitialised();
    ExpandedSecret expanded;
    expand(m_secret, expanded);
    const Point y = pointOf(m_public.span());

    const Result<VrfEncodedPoint> encoded = encodeToCurve(y, alpha);
    if (!encoded)
        return fail(encoded.error());
    const Point h = pointOf(encoded->point.span());
    const std::optional<Point> gamma = mulPrimeOrder(expanded.x.span(), h);

    // ECVRF_nonce_generation_RFC8032 (§5.4.2.2): k = SHA-512(prefix ‖ h_string) mod q.
    SecretBytes<64> kString;
    Sha512().add(expanded.prefix.span()).add(h).finish(kString.span());
    SecretBytes<32> k;
    crypto_core_ed25519_scalar_reduce(k.data(), kString.data());

    const std::optional<Point> u = mulBase(k.span());
    const std::optional<Point> v = mulPrimeOrder(k.span(), h);
    if (!gamma || !u || !v)
        return libraryFailure();
    const Challenge c = challenge(y, h, *gamma, *u, *v);

    // s = (k + cx) mod q. The sum (below 2q) is formed here and reduced by libsodium, which
    // wipes its copy; crypto_core_ed25519_scalar_add would leave k and cx on its stack.
    Scalar cWide{};
    std::copy(c.begin(), c.end(), cWide.begin());
    SecretBytes<32> cx;
    crypto_core_ed25519_scalar_mul(cx.data(), cWide.data(), expanded.x.data());
    SecretBytes<64> sum;
    unsigned carry = 0;
    for (std::size_t i = 0; i < 32; ++i) {
        carry += unsigned(k.data()[i]) + unsigned(cx.data()[i]);
        sum.data()[i] = static_cast<std::uint8_t>(carry);
        carry >>= 8;
    }
    sum.data()[32] = static_cast<std::uint8_t>(carry);
    Scalar s;
    crypto_core_ed25519_scalar_reduce(s.data(), sum.data());

    // pi = point_to_string(Gamma) ‖ int_to_string(c, 16) ‖ int_to_string(s, 32).
    VrfProof proof;
    std::uint8_t *out = proof.data();
    std::copy(gamma->begin(), gamma->end(), out);
    std::copy(c.begin(), c.end(), out + 32);
    std::copy(s.begin(), s.end(), out + 48);
    return proof;
}

Result<VrfOutput> vrfVerify(const VrfPublicKey &key, QByteArrayView alpha, const VrfProof &proof)
{
    if (!ready())
        return notInitialised();

    // ECVRF_validate_key (§5.4.5): Y must decode, and 8Y must not be neutral. A key outside
    // the prime-order subgroup but not of small order passes, as the RFC has it.
    const Point y = pointOf(key.span());
    switch (decode(y)) {
    case Decoding::Valid:
        break;
    case Decoding::NonCanonical:
        return fail(ErrorCode::WeakKey, QStringLiteral("a VRF key in a non-canonical encoding"));
    case Decoding::NotOnCurve:
        return fail(ErrorCode::MalformedInput, QStringLiteral("the VRF key is not a curve point"));
    }
    const std::optional<Point> y8 = timesCofactor(y);
    if (!y8)
        return libraryFailure();
    if (*y8 == Identity)
        return fail(ErrorCode::WeakKey, QStringLiteral("a VRF key of small order"));

    const Result<DecodedProof> decoded = decodeProof(proof);
    if (!decoded)
        return fail(decoded.error());
    const Result<VrfEncodedPoint> encoded = encodeToCurve(y, alpha);
    if (!encoded)
        return fail(encoded.error());
    const Point h = pointOf(encoded->point.span());

    // U = sB - cY and V = sH - c Gamma (§5.3 steps 8 and 9); Y and Gamma may be any points.
    const std::optional<Point> sB = mulBase(decoded->s);
    const std::optional<Point> cY = mulAny(decoded->c, y);
    const std::optional<Point> sH = mulPrimeOrder(decoded->s, h);
    const std::optional<Point> cGamma = mulAny(decoded->c, decoded->gamma);
    if (!sB || !cY || !sH || !cGamma)
        return libraryFailure();
    const std::optional<Point> u = sub(*sB, *cY);
    const std::optional<Point> v = sub(*sH, *cGamma);
    if (!u || !v)
        return libraryFailure();

    const Challenge expected = challenge(y, h, decoded->gamma, *u, *v);
    if (!std::equal(expected.begin(), expected.end(), decoded->c.begin()))
        return fail(ErrorCode::BadSignature, QStringLiteral("the VRF proof does not verify"));
    return hashOfGamma(decoded->gamma);
}

Result<VrfOutput> vrfProofToHash(const VrfProof &proof)
{
    if (!ready())
        return notInitialised();
    const Result<DecodedProof> decoded = decodeProof(proof);
    if (!decoded)
        return fail(decoded.error());
    return hashOfGamma(decoded->gamma);
}

Result<VrfEncodedPoint> vrfEncodeToCurve(const VrfPublicKey &key, QByteArrayView alpha)
{
    if (!ready())
        return notInitialised();
    return encodeToCurve(pointOf(key.span()), alpha);
}

} // namespace cardinal::crypto
