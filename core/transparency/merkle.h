// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "crypto/digest.h"

#include <QList>

#include <cstdint>
#include <span>

//! The Merkle tree of the key-transparency log: RFC 9162 (Certificate Transparency 2.0)
//! section 2.1, with SHA-256.
//!
//!     leaf hash   = SHA-256(0x00 ‖ entry)
//!     node hash   = SHA-256(0x01 ‖ left ‖ right)
//!     MTH({})     = SHA-256()                        (the empty tree)
//!     MTH(D[n])   = node(MTH(D[0:k]), MTH(D[k:n]))   k = the largest power of two < n
//!
//! Proofs are lists of node hashes in the RFC's order. The verifiers follow sections
//! 2.1.3.2 and 2.1.4.2 and, like transparency-dev's, refuse two things the RFC leaves open:
//! a consistency proof from the empty tree (it proves nothing, and a client never holds an
//! empty checkpoint it needs to extend), and proof elements that are not 32 bytes (checked
//! where bytes become `MerkleHash`, by `proofFromBytes`).
namespace cardinal::transparency {

using MerkleHash = crypto::Sha256Digest;
using MerkleProof = QList<MerkleHash>;

//! Bound on a proof's length: 64 levels cover any tree a 64-bit size can count.
inline constexpr qsizetype MaxProofHashes = 64;

[[nodiscard]] MerkleHash leafHash(QByteArrayView entry);
[[nodiscard]] MerkleHash nodeHash(const MerkleHash &left, const MerkleHash &right);
//! MTH of the empty tree: SHA-256 of no bytes.
[[nodiscard]] MerkleHash emptyTreeHash();

//! The root of the tree whose leaves have the hashes `leaves` (in order): the RFC's
//! definition, computed in one pass with O(log n) memory.
[[nodiscard]] MerkleHash rootOf(std::span<const MerkleHash> leaves);

//! MalformedInput when an element is not 32 bytes; TooLarge beyond MaxProofHashes.
[[nodiscard]] Result<MerkleProof> proofFromBytes(const QList<QByteArray> &elements);
[[nodiscard]] QList<QByteArray> proofToBytes(const MerkleProof &proof);

//! Checks that the leaf with hash `leaf` is at `index` of the tree of `size` leaves whose
//! root is `root`. Fails when the proof does not lead to `root` (the statement is
//! false: ProofFailed), MalformedInput when it cannot be a proof for that position at all.
[[nodiscard]] Result<void> verifyInclusion(const MerkleHash &leaf, std::uint64_t index,
                                           std::uint64_t size, const MerkleProof &proof,
                                           const MerkleHash &root);

//! Checks that the tree of `newSize` leaves with root `newRoot` extends the tree of
//! `oldSize` leaves with root `oldRoot`: the log only appended. Errors as verifyInclusion;
//! MalformedInput for oldSize 0 or oldSize > newSize.
[[nodiscard]] Result<void> verifyConsistency(std::uint64_t oldSize, std::uint64_t newSize,
                                             const MerkleHash &oldRoot,
                                             const MerkleHash &newRoot,
                                             const MerkleProof &proof);

//! Where the hashes of whole subtrees come from when proofs are made: the node covering
//! leaves [index * 2^level, (index + 1) * 2^level). Only subtrees that lie entirely within
//! the tree are asked for.
class MerkleNodeSource
{
public:
    virtual ~MerkleNodeSource() = default;
    [[nodiscard]] virtual MerkleHash perfectSubtree(int level, std::uint64_t index) const = 0;
};

//! MTH of leaves [start, start + count) (count ≥ 1) from the whole subtrees it splits into:
//! O(log count) lookups.
[[nodiscard]] MerkleHash rangeHash(const MerkleNodeSource &nodes, std::uint64_t start,
                                   std::uint64_t count);

//! The root of the first `size` leaves.
[[nodiscard]] MerkleHash rootAt(const MerkleNodeSource &nodes, std::uint64_t size);

//! RFC 9162 PATH(index, D[size]). InvalidArgument unless index < size.
[[nodiscard]] Result<MerkleProof> makeInclusionProof(const MerkleNodeSource &nodes,
                                                     std::uint64_t index, std::uint64_t size);

//! RFC 9162 PROOF(oldSize, D[newSize]). InvalidArgument unless 0 < oldSize ≤ newSize.
[[nodiscard]] Result<MerkleProof> makeConsistencyProof(const MerkleNodeSource &nodes,
                                                       std::uint64_t oldSize,
                                                       std::uint64_t newSize);

//! An append-only tree held in memory: every whole subtree's hash, 2n hashes for n leaves,
//! so that roots and proofs at any earlier size cost O(log n). The server keeps one for its
//! log; clients and auditors replay a log into one.
class MerkleTree final : public MerkleNodeSource
{
public:
    void append(const MerkleHash &leaf);
    [[nodiscard]] std::uint64_t size() const { return std::uint64_t(m_levels.empty() ? 0 : m_levels.front().size()); }
    //! The current root (emptyTreeHash() for no leaves).
    [[nodiscard]] MerkleHash root() const { return rootAt(*this, size()); }
    [[nodiscard]] MerkleHash perfectSubtree(int level, std::uint64_t index) const override;

private:
    //! m_levels[h][i] covers leaves [i * 2^h, (i + 1) * 2^h).
    QList<QList<MerkleHash>> m_levels;
};

} // namespace cardinal::transparency
