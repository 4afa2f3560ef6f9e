// SPDX-License-Identifier: GPL-3.0-or-later
#include "pointchecks.h"

#include <array>
#include <cstdint>

namespace cardinal::crypto {

namespace {

using Encoding = std::array<std::uint8_t, 32>;

// Little-endian, as both curves encode coordinates: the values libsodium lists. Their orders
// were checked against the curve equations when they were written down (Edwards: 4, 1, 8, 8
// and 2; Montgomery: the two of order 8), and tst_pointchecks checks every Montgomery value
// through X25519 itself: a small-order u gives the all-zero secret under any key.
constexpr Encoding Zero{};
constexpr Encoding One{0x01};
constexpr Encoding PMinusOne{0xec, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
                             0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
                             0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f};
// Montgomery u-coordinates of the points of order 8.
constexpr Encoding MontgomeryOrder8a{0xe0, 0xeb, 0x7a, 0x7c, 0x3b, 0x41, 0xb8, 0xae, 0x16, 0x56, 0xe3,
                                     0xfa, 0xf1, 0x9f, 0xc4, 0x6a, 0xda, 0x09, 0x8d, 0xeb, 0x9c, 0x32,
                                     0xb1, 0xfd, 0x86, 0x62, 0x05, 0x16, 0x5f, 0x49, 0xb8, 0x00};
constexpr Encoding MontgomeryOrder8b{0x5f, 0x9c, 0x95, 0xbc, 0xa3, 0x50, 0x8c, 0x24, 0xb1, 0xd0, 0xb1,
                                     0x55, 0x9c, 0x83, 0xef, 0x5b, 0x04, 0x44, 0x5c, 0xc4, 0x58, 0x1c,
                                     0x8e, 0x86, 0xd8, 0x22, 0x4e, 0xdd, 0xd0, 0x9f, 0x11, 0x57};
// Edwards y-coordinates of the points of order 8.
constexpr Encoding EdwardsOrder8a{0x26, 0xe8, 0x95, 0x8f, 0xc2, 0xb2, 0x27, 0xb0, 0x45, 0xc3, 0xf4,
                                  0x89, 0xf2, 0xef, 0x98, 0xf0, 0xd5, 0xdf, 0xac, 0x05, 0xd3, 0xc6,
                                  0x33, 0x39, 0xb1, 0x38, 0x02, 0x88, 0x6d, 0x53, 0xfc, 0x05};
constexpr Encoding EdwardsOrder8b{0xc7, 0x17, 0x6a, 0x70, 0x3d, 0x4d, 0xd8, 0x4f, 0xba, 0x3c, 0x0b,
                                  0x76, 0x0d, 0x10, 0x67, 0x0f, 0x2a, 0x20, 0x53, 0xfa, 0x2c, 0x39,
                                  0xcc, 0xc6, 0x4e, 0xc7, 0xfd, 0x77, 0x92, 0xac, 0x03, 0x7a};

// 0 (order 2), 1 (order 4), the two of order 8, and p - 1, on the twist.
constexpr std::array SmallOrderMontgomery{Zero, One, MontgomeryOrder8a, MontgomeryOrder8b,
                                          PMinusOne};
// y = 0 (order 4), 1 (the neutral point), the two of order 8, and -1 (order 2).
constexpr std::array SmallOrderEdwards{Zero, One, EdwardsOrder8a, EdwardsOrder8b, PMinusOne};

// The coordinate `bytes` stands for, top bit ignored, compared with `value`.
bool sameCoordinate(const std::uint8_t *bytes, const Encoding &value)
{
    for (std::size_t i = 0; i < 31; ++i)
        if (bytes[i] != value[i])
            return false;
    return (bytes[31] & 0x7f) == value[31];
}

// Whether the 255-bit coordinate (top bit ignored) is at least p = 2^255 - 19: bytes 1..30
// all 0xff, byte 31 0x7f and byte 0 at least 0xed.
bool atLeastP(const std::uint8_t *bytes)
{
    if ((bytes[31] & 0x7f) != 0x7f || bytes[0] < 0xed)
        return false;
    for (std::size_t i = 1; i < 31; ++i)
        if (bytes[i] != 0xff)
            return false;
    return true;
}

template<std::size_t N>
bool listed(const std::uint8_t *bytes, const std::array<Encoding, N> &list)
{
    for (const Encoding &value : list)
        if (sameCoordinate(bytes, value))
            return true;
    return false;
}

} // namespace

Result<void> checkX25519PublicKey(const X25519PublicKey &key)
{
    const std::uint8_t *bytes = key.data();
    if ((bytes[31] & 0x80) != 0 || atLeastP(bytes))
        return fail(ErrorCode::WeakKey, QStringLiteral("an X25519 key in a non-canonical encoding"));
    if (listed(bytes, SmallOrderMontgomery))
        return fail(ErrorCode::WeakKey, QStringLiteral("an X25519 key of small order"));
    return {};
}

Result<void> checkEd25519PublicKey(const Ed25519PublicKey &key)
{
    const std::uint8_t *bytes = key.data();
    if (atLeastP(bytes))
        return fail(ErrorCode::WeakKey, QStringLiteral("an Ed25519 key in a non-canonical encoding"));
    if (listed(bytes, SmallOrderEdwards))
        return fail(ErrorCode::WeakKey, QStringLiteral("an Ed25519 key of small order"));
    return {};
}

} // namespace cardinal::crypto
