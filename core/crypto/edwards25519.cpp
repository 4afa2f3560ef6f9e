// SPDX-License-Identifier: GPL-3.0-or-later
#include "edwards25519.h"

#include <sodium.h>

namespace cardinal::crypto::edwards25519 {

namespace {

// y = p - 1, the other point whose x is 0 (of order 2).
constexpr Point MinusOne{0xec, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
                         0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
                         0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f};

bool sameY(const Point &a, const Point &b)
{
    for (std::size_t i = 0; i < 31; ++i)
        if (a[i] != b[i])
            return false;
    return (a[31] & 0x7f) == (b[31] & 0x7f);
}

// y (the top bit ignored) below p = 2^255 - 19: bytes 1..30 all 0xff, byte 31 0x7f and
// byte 0 at least 0xed is p or above.
bool yBelowP(const Point &s)
{
    if ((s[31] & 0x7f) != 0x7f || s[0] < 0xed)
        return true;
    for (std::size_t i = 1; i < 31; ++i)
        if (s[i] != 0xff)
            return true;
    return false;
}

bool isZero(std::span<const std::uint8_t> scalar)
{
    return sodium_is_zero(scalar.data(), scalar.size()) == 1;
}

// n * p for 0 <= n < 8, by additions.
std::optional<Point> smallMultiple(unsigned n, const Point &p)
{
    std::optional<Point> sum = Identity;
    for (unsigned i = 0; i < n && sum; ++i)
        sum = add(*sum, p);
    return sum;
}

// 1/8 modulo q.
const Scalar &inverseOfEight()
{
    static const Scalar inverse = [] {
        const Scalar eight{8};
        Scalar out{};
        crypto_core_ed25519_scalar_invert(out.data(), eight.data());
        return out;
    }();
    return inverse;
}

// libsodium's scalar multiplication for points of order q, or nothing (see mulAny).
std::optional<Point> sodiumMul(std::span<const std::uint8_t, 32> n, const Point &p)
{
    Point out;
    if (crypto_scalarmult_ed25519_noclamp(out.data(), n.data(), p.data()) != 0)
        return std::nullopt;
    return out;
}

} // namespace

bool ready()
{
    // sodium_init() returns 1 when it had already run; a static runs it once.
    static const bool initialised = sodium_init() >= 0;
    return initialised;
}

Decoding decode(const Point &encoding)
{
    // libsodium has no function that only decodes. crypto_core_ed25519_add decodes both
    // operands and checks nothing else: it fails exactly when (y^2 - 1) / (d y^2 + 1) has no
    // square root (RFC 8032 §5.1.3 step 3). It reads y modulo p, though, and keeps a sign
    // bit on x = 0 (which happens for y = ±1), both of which RFC 8032 refuses (steps 1
    // and 4), so those are checked first.
    const bool signOnZeroX =
        (encoding[31] & 0x80) != 0 && (sameY(encoding, Identity) || sameY(encoding, MinusOne));
    if (!yBelowP(encoding) || signOnZeroX)
        return Decoding::NonCanonical;
    Point sum;
    if (crypto_core_ed25519_add(sum.data(), encoding.data(), Identity.data()) != 0)
        return Decoding::NotOnCurve;
    return Decoding::Valid;
}

std::optional<Point> add(const Point &a, const Point &b)
{
    Point out;
    if (crypto_core_ed25519_add(out.data(), a.data(), b.data()) != 0)
        return std::nullopt;
    return out;
}

std::optional<Point> sub(const Point &a, const Point &b)
{
    Point out;
    if (crypto_core_ed25519_sub(out.data(), a.data(), b.data()) != 0)
        return std::nullopt;
    return out;
}

std::optional<Point> timesCofactor(const Point &p)
{
    // Three doublings, defined for every point (libsodium's scalar multiplication would
    // refuse the small-order ones, whose multiple is the neutral element).
    std::optional<Point> t = p;
    for (int i = 0; i < 3 && t; ++i)
        t = add(*t, *t);
    return t;
}

// libsodium refuses a zero scalar and a neutral result (-1), where the RFC gets the neutral
// element. For n < q and a point of order q the result is neutral exactly when n is zero,
// so that case is answered here and any other refusal is a failure.

std::optional<Point> mulBase(std::span<const std::uint8_t, 32> n)
{
    if (isZero(n))
        return Identity;
    Point out;
    if (crypto_scalarmult_ed25519_base_noclamp(out.data(), n.data()) != 0)
        return std::nullopt;
    return out;
}

std::optional<Point> mulPrimeOrder(std::span<const std::uint8_t, 32> n, const Point &p)
{
    if (isZero(n))
        return Identity;
    return sodiumMul(n, p);
}

std::optional<Point> mulAny(const Scalar &n, const Point &p)
{
    if (isZero(n))
        return Identity;
    // libsodium multiplies only points of order q. For any other p, write p = P + T with
    // P = (1/8 mod q)(8p) of order q and T = p - P of order dividing 8; then
    // np = nP + (n mod 8)T. (For a small-order p, 8p is neutral, P too, and T = p.)
    if (std::optional<Point> product = sodiumMul(n, p))
        return product;
    const unsigned nMod8 = n[0] & 7u;
    const std::optional<Point> p8 = timesCofactor(p);
    if (!p8)
        return std::nullopt;
    if (*p8 == Identity)
        return smallMultiple(nMod8, p);
    const std::optional<Point> primePart = sodiumMul(inverseOfEight(), *p8);
    if (!primePart)
        return std::nullopt;
    const std::optional<Point> torsion = sub(p, *primePart);
    const std::optional<Point> nPrime = sodiumMul(n, *primePart);
    if (!torsion || !nPrime)
        return std::nullopt;
    const std::optional<Point> nTorsion = smallMultiple(nMod8, *torsion);
    if (!nTorsion)
        return std::nullopt;
    return add(*nPrime, *nTorsion);
}

bool belowGroupOrder(const Scalar &s)
{
    // From the most significant byte down; s is public.
    for (std::size_t i = s.size(); i-- > 0;) {
        if (s[i] != GroupOrder[i])
            return s[i] < GroupOrder[i];
    }
    return false;
}

} // namespace cardinal::crypto::edwards25519
