// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "secure.h"

#include <cstdint>
#include <optional>

namespace cardinal::crypto {

//! AEAD algorithms, numbered as in the IANA HPKE AEAD registry (RFC 9180 §7.3), so the
//! same ids travel in envelopes and HPKE headers.
enum class AeadId : std::uint16_t {
    Aes128Gcm = 0x0001,
    Aes256Gcm = 0x0002,
    ChaCha20Poly1305 = 0x0003,
};

inline constexpr std::size_t AeadNonceSize = 12; // Nn for all three (RFC 9180 §7.3)
inline constexpr std::size_t AeadTagSize = 16;   // Nt for all three
inline constexpr std::size_t AeadMaxKeySize = 32;

//! The id as an AeadId when we implement it.
[[nodiscard]] std::optional<AeadId> aeadIdFromWire(std::uint16_t id);

//! Key length Nk of `aead` in bytes: 16 for AES-128-GCM, 32 for the others.
[[nodiscard]] std::size_t aeadKeySize(AeadId aead);

//! Encrypts and authenticates `plaintext` and authenticates `aad`; returns ciphertext||tag.
//! The key must be aeadKeySize(aead) bytes and the nonce AeadNonceSize bytes, else
//! InvalidArgument. A (key, nonce) pair must never be used twice.
[[nodiscard]] Result<QByteArray> aeadSeal(AeadId aead, std::span<const std::uint8_t> key,
                                          std::span<const std::uint8_t> nonce, QByteArrayView aad,
                                          QByteArrayView plaintext);

//! Verifies and decrypts ciphertext||tag. Any alteration of key, nonce, aad or ciphertext
//! gives DecryptionFailed; nothing of an unauthenticated plaintext is ever returned.
[[nodiscard]] Result<SecureBuffer> aeadOpen(AeadId aead, std::span<const std::uint8_t> key,
                                            std::span<const std::uint8_t> nonce,
                                            QByteArrayView aad, QByteArrayView ciphertext);

} // namespace cardinal::crypto
