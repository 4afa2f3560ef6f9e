// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "secure.h"

namespace cardinal::crypto {

inline constexpr std::size_t HkdfSha256HashSize = 32;
//! RFC 5869 §2.3: L <= 255 * HashLen.
inline constexpr std::size_t HkdfSha256MaxOutput = 255 * HkdfSha256HashSize;

//! HKDF-Extract (RFC 5869 §2.2) with SHA-256: PRK = HMAC(salt, ikm). An empty salt means
//! HashLen zero bytes, as the RFC specifies.
[[nodiscard]] SecretBytes<HkdfSha256HashSize> hkdfSha256Extract(std::span<const std::uint8_t> salt,
                                                                 std::span<const std::uint8_t> ikm);

//! HKDF-Expand (RFC 5869 §2.3) with SHA-256: `length` bytes of output keying material.
//! Fails with InvalidArgument when length exceeds HkdfSha256MaxOutput or the PRK is shorter
//! than HashLen.
[[nodiscard]] Result<SecureBuffer> hkdfSha256Expand(std::span<const std::uint8_t> prk,
                                                    std::span<const std::uint8_t> info,
                                                    std::size_t length);

} // namespace cardinal::crypto
