// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>

//! Group arithmetic on edwards25519 for the VRF (vrf.h), over libsodium's point API, with the
//! gaps between that API and RFC 9381 closed.
//!
//! Points are their 32-byte RFC 8032 §5.1.2 encodings, as libsodium takes and gives them;
//! every encoding these functions output is canonical, so equal points have equal bytes.
//! libsodium guards against misuse in ways RFC 9381 does not: crypto_core_ed25519_is_valid_point
//! refuses points of small order and points outside the prime-order subgroup, and its scalar
//! multiplications refuse such points, a zero scalar and a neutral result. RFC 9381 decodes
//! points plainly and multiplies whatever it decoded, so where the inputs can be any point
//! (a public key or Gamma from outside, a hash candidate) these functions compute the RFC's
//! answer instead. Variable time except where a parameter says it may be secret.
//!
//! Functions give nothing only when libsodium unexpectedly refuses inputs they have checked
//! or that their callers vouch for; the caller reports that as CryptoFailure.
namespace cardinal::crypto::edwards25519 {

using Point = std::array<std::uint8_t, 32>;
//! An integer, little-endian.
using Scalar = std::array<std::uint8_t, 32>;

//! The neutral element (x = 0, y = 1).
inline constexpr Point Identity{0x01};

//! q = L = 2^252 + 27742317777372353535851937790883648493, the order of B.
inline constexpr Scalar GroupOrder{0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7,
                                   0xa2, 0xde, 0xf9, 0xde, 0x14, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
                                   0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10};

//! Initialises libsodium on first use; false if it cannot be (then nothing here works).
[[nodiscard]] bool ready();

enum class Decoding {
    Valid,
    NonCanonical, //!< y ≥ p, or the sign bit set on a point whose x is 0
    NotOnCurve,   //!< no x fits y
};

//! RFC 8032 §5.1.3 decoding (RFC 9381's string_to_point): whether `encoding` is a point,
//! any point, small order and outside the prime-order subgroup included.
[[nodiscard]] Decoding decode(const Point &encoding);

// For points that decode; the formulas are complete, so the neutral element and points of
// small order are fine.
[[nodiscard]] std::optional<Point> add(const Point &a, const Point &b);
[[nodiscard]] std::optional<Point> sub(const Point &a, const Point &b);
//! 8p, RFC 9381's cofactor * p.
[[nodiscard]] std::optional<Point> timesCofactor(const Point &p);

//! nB for n < q. `n` may be secret.
[[nodiscard]] std::optional<Point> mulBase(std::span<const std::uint8_t, 32> n);
//! np for n < q and p of order q (a multiple of 8 that is not neutral). `n` may be secret.
[[nodiscard]] std::optional<Point> mulPrimeOrder(std::span<const std::uint8_t, 32> n,
                                                 const Point &p);
//! np for a public n < q and any point p that decodes.
[[nodiscard]] std::optional<Point> mulAny(const Scalar &n, const Point &p);

//! s < q, the check that keeps a scalar from outside canonical.
[[nodiscard]] bool belowGroupOrder(const Scalar &s);

} // namespace cardinal::crypto::edwards25519
