// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "random.h"
#include "secure.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstddef>
#include <cstdint>

//! \file
//! The keystore: a secret blob (the identity seed, device keys, ...) sealed under a passphrase.
//! The same self-contained bytes serve as the local key file and as the server-side key
//! backup, so everything needed to open them except the passphrase is inside.
//!
//! Construction:
//!
//!     okm        = scrypt(passphrase, salt, N = 2^log2N, r, p, dkLen = 64)
//!     aeadKey    = okm[0..32)
//!     check      = SHA-256("cardinal-keystore passphrase check" || okm[32..64))
//!     ciphertext = AES-256-GCM(aeadKey, nonce, aad = header, secret)   (ciphertext || tag)
//!
//! with a fresh 16-byte random salt and 12-byte random nonce on every seal (also on a
//! passphrase change), so a (key, nonce) pair is never reused.
//!
//! File format, version 1: one CBOR array (RFC 8949) in canonical form (definite lengths,
//! shortest integer and length encodings), with nothing before or after it:
//!
//!     keystore = [
//!         magic:      tstr "cardinal-keystore",
//!         version:    uint 1,
//!         kdf:        [ "scrypt", log2N: uint, r: uint, p: uint, salt: bstr .size 16 ],
//!         nonce:      bstr .size 12,
//!         check:      bstr .size 32,
//!         ciphertext: bstr (secret || 16-byte GCM tag),
//!         digest:     bstr .size 32,
//!     ]
//!
//!     header = canonical CBOR of [magic, version, kdf, nonce, check]   (the AEAD's aad)
//!     digest = SHA-256(canonical CBOR of [magic, version, kdf, nonce, check, ciphertext])
//!
//! Telling a wrong passphrase from a damaged file. The GCM tag alone cannot: both make it
//! fail. Two extra fields do:
//! - `digest` is an unkeyed checksum over everything else. It catches accidental damage
//!   (a flipped bit, a truncated download) before the expensive KDF runs and reports it as
//!   CorruptFile. It is not a MAC: whoever alters the file on purpose can recompute it, and
//!   the AEAD still stops them.
//! - `check` is a one-way function of scrypt output that is independent of the AEAD key.
//!   A mismatch means the passphrase is wrong (WrongPassphrase); a match followed by a
//!   failing tag means the file was altered (CorruptFile). The check value gives an
//!   offline attacker nothing the GCM tag did not already give: either way each guess costs
//!   one full scrypt run, and SHA-256 of the second half of the output reveals nothing about
//!   the first half, which is the key.
//!
//! Decoding treats the bytes as hostile: the size is bounded (MaxKeystoreBytes), the CBOR
//! must re-encode to exactly the input (no trailing data, no non-canonical encodings), every
//! field has an exact type and length, and the KDF parameters are bounded before any memory
//! is allocated for them. Errors: MalformedInput (not a well-formed keystore),
//! UnsupportedVersion (a version or KDF we do not implement), CorruptFile (damaged, or
//! altered), WrongPassphrase, TooLarge, InvalidArgument (empty passphrase, bad parameters).

namespace cardinal::crypto {

//! Upper bound on a sealed keystore, checked before parsing and when reading a file.
inline constexpr std::size_t MaxKeystoreBytes = 1024 * 1024;

//! The format string at the start of every keystore.
inline constexpr char KeystoreMagic[] = "cardinal-keystore";
//! The version sealKeystore() writes and the only one openKeystore() reads.
inline constexpr std::uint32_t KeystoreVersion = 1;
inline constexpr std::size_t KeystoreSaltSize = 16;

//! Bounds on accepted scrypt parameters, for sealing and (as hostile input) for opening.
//! 2^15 is the interactive-login cost recommended by scrypt's author; above 2^22 (with the
//! memory cap below) an attacker-supplied file could make us allocate gigabytes.
inline constexpr std::uint8_t MinScryptLog2N = 15;
inline constexpr std::uint8_t MaxScryptLog2N = 22;
inline constexpr std::uint32_t MaxScryptR = 32;
inline constexpr std::uint32_t MaxScryptP = 16;
//! Cap on scrypt's working memory, 128 * r * N bytes: 1 GiB.
inline constexpr std::uint64_t MaxScryptMemoryBytes = std::uint64_t(1) << 30;

//! scrypt cost parameters (RFC 7914): N = 2^log2N, block size r, parallelism p.
//! The defaults cost 32 MiB and about 0.1 s, the minimum we accept.
struct ScryptParams
{
    std::uint8_t log2N = MinScryptLog2N;
    std::uint32_t r = 8;
    std::uint32_t p = 1;

    friend bool operator==(const ScryptParams &, const ScryptParams &) = default;
};

//! Checks `params` against the bounds above. InvalidArgument names the offending field.
[[nodiscard]] Result<void> validateScryptParams(const ScryptParams &params);

//! Seals `secret` under `passphrase` (UTF-8) with fresh salt and nonce from `random`.
//! InvalidArgument for an empty passphrase or out-of-bounds parameters; TooLarge when the
//! result would exceed MaxKeystoreBytes.
[[nodiscard]] Result<QByteArray> sealKeystore(const SecureBuffer &secret,
                                              const SecureBuffer &passphrase,
                                              const ScryptParams &params = {},
                                              RandomSource &random = systemRandom());

//! Opens a sealed keystore. WrongPassphrase when the passphrase check fails, CorruptFile
//! when the file is damaged or altered, MalformedInput / UnsupportedVersion / TooLarge for
//! bytes that are not a version-1 keystore, InvalidArgument for an empty passphrase.
[[nodiscard]] Result<SecureBuffer> openKeystore(QByteArrayView sealed,
                                                const SecureBuffer &passphrase);

//! Validates everything that can be validated without the passphrase (structure, version,
//! parameter bounds, digest) and returns the recorded KDF parameters, e.g. to warn that
//! unlocking will be slow. Fails with the same codes as openKeystore().
[[nodiscard]] Result<ScryptParams> inspectKeystore(QByteArrayView sealed);

//! Re-seals the secret of `sealed` under `newPass`, with the same KDF parameters and a new
//! salt and nonce. Fails as openKeystore() does for `oldPass`; InvalidArgument for an empty
//! `newPass`.
[[nodiscard]] Result<QByteArray> changeKeystorePassphrase(QByteArrayView sealed,
                                                          const SecureBuffer &oldPass,
                                                          const SecureBuffer &newPass,
                                                          RandomSource &random = systemRandom());

//! Writes a sealed keystore to `path` atomically (QSaveFile: a temporary file, synced, then
//! renamed over the target), with permissions 0600 set before any byte is written; an
//! existing file's permissions are not kept. The directory should itself be private.
//! InvalidArgument when `sealed` does not inspect as a keystore (so a bug cannot replace a
//! good key file with garbage); IoError with the system's reason when writing fails.
[[nodiscard]] Result<void> writeKeystoreFile(const QString &path, QByteArrayView sealed);

//! Reads at most MaxKeystoreBytes from `path`. IoError with the system's reason when the
//! file is missing or unreadable, TooLarge when it is longer. The bytes are not validated;
//! openKeystore() does that.
[[nodiscard]] Result<QByteArray> readKeystoreFile(const QString &path);

//! Reads, re-seals under `newPass` and atomically rewrites the keystore file at `path`.
//! On any failure the file is left as it was.
[[nodiscard]] Result<void> changeKeystoreFilePassphrase(const QString &path,
                                                        const SecureBuffer &oldPass,
                                                        const SecureBuffer &newPass,
                                                        RandomSource &random = systemRandom());

} // namespace cardinal::crypto
