// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "crypto/keys.h"
#include "crypto/vrf.h"

#include <QString>

namespace cardinal::server {

//! Name of the key file inside the server's data directory.
inline constexpr QStringView ServerKeysFileName = u"server-keys.cbor";
//! Version of the key file layout: 2 since 0.5 (the key-transparency keys); files of
//! version 1 still load, and are rewritten as version 2 the first time.
inline constexpr qint64 ServerKeysFormatVersion = 2;
//! Size of the secret that keys the hashes of identity codes.
inline constexpr std::size_t CodeKeySize = 32;

//! The server's long-term secrets, made once by `cardinal-server init` and kept in one file
//! (mode 0600) in the data directory:
//!
//! - the authority key countersigns cards and device records; clients pin its public key
//!   (see authorityFingerprint()), so losing it means every client must re-pin;
//! - the application key signs short-lived validation tokens; it never leaves the server;
//! - the code key turns identity codes into keyed hashes, so a copy of the database alone
//!   does not let anyone test guesses against stored codes;
//! - the transparency key signs the key-transparency log's checkpoints, and the label key
//!   (a VRF key) turns addresses into the log's labels (docs/key-transparency.md). Clients
//!   pin both next to the authority key: losing them means the log starts again and every
//!   client's stored checkpoints stop matching.
//!
//! File layout: canonical CBOR [2, authority seed, application seed, code key, transparency
//! seed, label key], each secret a 32-byte byte string. Version 1 had the first four only.
struct ServerKeys
{
    crypto::Ed25519KeyPair authority;
    crypto::Ed25519KeyPair application;
    crypto::SecretBytes<CodeKeySize> codeKey;
    crypto::Ed25519KeyPair transparency;
    crypto::VrfKeyPair labels;

    //! Generates fresh keys and writes them to `dataDir` (which must exist). Refuses with
    //! InvalidArgument if a key file is already there: replacing the authority key silently
    //! would break every client that pinned it.
    [[nodiscard]] static Result<ServerKeys>
    create(const QString &dataDir, crypto::RandomSource &random = crypto::systemRandom());
    //! Reads the keys from `dataDir`. IoError if the file cannot be read, CorruptFile if it
    //! is not exactly what create() writes, UnsupportedVersion for a newer layout. A file of
    //! version 1 gets its key-transparency keys from `random` and is rewritten (IoError if it
    //! cannot be: keys that change at every start would break every client's log).
    [[nodiscard]] static Result<ServerKeys>
    load(const QString &dataDir, crypto::RandomSource &random = crypto::systemRandom());

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
