// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "transparency/merkle.h"
#include "transparency/prefixtree.h"

#include <QByteArray>

#include <cstdint>
#include <variant>

//! The byte formats of the key-transparency log (docs/key-transparency.md,
//! docs/protocol.md "Key transparency"): its entries, and the proofs as they travel.
//! All canonical CBOR: one value, one encoding, so that what is hashed into the log is
//! what anyone re-encodes.
//!
//!     change entry = [1, kind (1..4), label (32), version, commitment (32), time]
//!     epoch entry  = [1, 0, epoch, map root (32), changes before it, time]
//!     map proof    = [[[depth, sibling (32)]...], null / [label (32), version, entry (32)]]
//!     log proof    = [index or old size, size, [hash (32)...]]
//!
//! Integers are unsigned and below 2^63; times are Unix seconds.
namespace cardinal::protocol::kt {

inline constexpr int EntryFormatVersion = 1;
//! Bounds for hostile input: an entry is about 110 bytes, a map proof at most 256 steps.
inline constexpr qsizetype MaxEntryBytes = 256;
inline constexpr qsizetype MaxMapProofBytes = 16 * 1024;
inline constexpr qsizetype MaxLogProofBytes = 4 * 1024;
inline constexpr qsizetype SaltSize = 32;

//! What an entry records for its address.
enum class ChangeKind : std::uint8_t {
    CardPublished = 1, //!< a first card, or one replacing an earlier card
    DeviceAdded = 2,
    DeviceRevoked = 3,
    CardRevoked = 4,
};

//! One change for one address, hiding both: the address behind its VRF label, its new
//! state behind a salted commitment.
struct ChangeEntry
{
    ChangeKind kind = ChangeKind::CardPublished;
    transparency::MapLabel label;
    std::uint64_t version = 0; //!< this address's entries so far, this one included
    crypto::Sha256Digest commitment;
    std::int64_t time = 0;

    friend bool operator==(const ChangeEntry &, const ChangeEntry &) = default;
};

//! The end of an epoch: the map's root after every change before it.
struct EpochEntry
{
    std::uint64_t epoch = 0;
    transparency::MerkleHash mapRoot;
    std::uint64_t changes = 0; //!< entries in the log before this one
    std::int64_t time = 0;

    friend bool operator==(const EpochEntry &, const EpochEntry &) = default;
};

using LogEntry = std::variant<ChangeEntry, EpochEntry>;

[[nodiscard]] QByteArray encodeEntry(const LogEntry &entry);
//! MalformedInput for anything but the two shapes above; UnsupportedVersion for another
//! format version.
[[nodiscard]] Result<LogEntry> decodeEntry(QByteArrayView bytes);

//! SHA-256("Cardinal KT state v1" ‖ 0x00 ‖ salt ‖ state): an address's state (its card
//! bundle's bytes) committed to without being shown. InvalidArgument unless the salt is
//! SaltSize bytes.
[[nodiscard]] Result<crypto::Sha256Digest> stateCommitment(QByteArrayView salt,
                                                           QByteArrayView state);

[[nodiscard]] QByteArray encodeMapProof(const transparency::PrefixProof &proof);
[[nodiscard]] Result<transparency::PrefixProof> decodeMapProof(QByteArrayView bytes);

//! An inclusion proof (first = the entry's index) or a consistency proof (first = the old
//! size), with the size of the tree it is for.
struct LogProof
{
    std::uint64_t first = 0;
    std::uint64_t size = 0;
    transparency::MerkleProof hashes;

    friend bool operator==(const LogProof &, const LogProof &) = default;
};

[[nodiscard]] QByteArray encodeLogProof(const LogProof &proof);
[[nodiscard]] Result<LogProof> decodeLogProof(QByteArrayView bytes);

} // namespace cardinal::protocol::kt
