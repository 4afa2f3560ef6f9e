// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "crypto/keys.h"

#include <QString>

namespace cardinal::server {

//! Name of the key file inside the server's data directory.
inline constexpr QStringView ServerKeysFileName = u"server-keys.cbor";
//! Version of the key file layout.
inline constexpr qint64 ServerKeysFormatVersion = 1;
//! Size of the secret that keys the hashes of identity codes.
inline constexpr std::size_t CodeKeySize = 32;

//! The server's long-term secrets, made once by `cardinal-server init` and kept in one file
//! (mode 0600) in the data directory:
//!
//! - the authority key countersigns cards and device records; clients pin its public key
//!   (see authorityFingerprint()), so losing it means every client must re-pin;
//! - the application key signs short-lived validation tokens; it never leaves the server;
//! - the code key turns identity codes into keyed hashes, so a copy of the database alone
//!   does not let anyone test guesses against stored codes.
//!
//! File layout: canonical CBOR [version, authority seed, application seed, code key], each
//! secret a 32-byte byte string.
struct ServerKeys
{
    crypto::Ed25519KeyPair authority;
    crypto::Ed25519KeyPair application;
    crypto::SecretBytes<CodeKeySize> codeKey;

    //! Generates fresh keys and writes them to `dataDir` (which must exist). Refuses with
    //! InvalidArgument if a key file is already there: replacing the authority key silently
    //! would break every client that pinned it.
    [[nodiscard]] static Result<ServerKeys>
    create(const QString &dataDir, crypto::RandomSource &random = crypto::systemRandom());
    //! Reads the keys from `dataDir`. IoError if the file cannot be read, CorruptFile if it
    //! is not exactly what create() writes, UnsupportedVersion for a newer layout.
    [[nodiscard]] static Result<ServerKeys> load(const QString &dataDir);

    //! Path of the key file for `dataDir`.
    [[nodiscard]] static QString filePath(const QString &dataDir);
};

//! How people compare an authority key out of band: lower-case hex of SHA-256(key) in
//! groups of four digits separated by spaces (16 groups). Printed by `cardinal-server init`;
//! clients show the same string when they pin a server.
[[nodiscard]] QString authorityFingerprint(const crypto::Ed25519PublicKey &key);

//! The raw public key as lower-case hex, for configuration files and scripts.
[[nodiscard]] QString publicKeyHex(const crypto::Ed25519PublicKey &key);

} // namespace cardinal::server
