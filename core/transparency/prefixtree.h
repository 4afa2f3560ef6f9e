// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "merkle.h"

#include <QList>

#include <cstdint>
#include <optional>
#include <vector>

//! The key-transparency map: from a label (32 bytes, a VRF output) to that address's current
//! state (how many changes the log holds for it, and the leaf hash of the latest), as a
//! compressed binary prefix tree whose root the log commits to at every epoch.
//!
//! The tree over a set of labels is unique: a leaf per label; an internal node wherever the
//! labels below it first differ, at that bit (bit 0 is the most significant bit of byte 0).
//!
//!     leaf     = SHA-256(0x10 ‖ label ‖ version (8 bytes, big-endian) ‖ entry leaf hash)
//!     internal = SHA-256(0x11 ‖ depth (1 byte) ‖ left ‖ right)     left: bit `depth` is 0
//!     empty    = SHA-256(0x12)                                      the root of no labels
//!
//! A proof for a label lists, from the root down, each internal node its path passes (depth
//! and the other child's hash) and ends at the leaf where the path ends. That leaf holds the
//! label (the label is in the map, with that value) or another label that shares every bit
//! the path branched on (the label is not in the map). The verifier requires depths to grow
//! and the leaf's label to take the path its own bits choose, so a label has at most one
//! place in any tree: a server cannot keep two values for one address under one root.
//! (The wire encoding of a proof is core/protocol's; this is the math.)
namespace cardinal::transparency {

using MapLabel = crypto::Sha256Digest;

//! What the map holds for a label.
struct MapValue
{
    std::uint64_t version = 0;
    MerkleHash entryHash;

    friend bool operator==(const MapValue &, const MapValue &) = default;
};

//! Bound on a proof's steps: a path cannot branch more often than a label has bits.
inline constexpr qsizetype MaxPrefixProofSteps = 256;

struct PrefixProof
{
    struct Step
    {
        int depth = 0;
        MerkleHash sibling;
        friend bool operator==(const Step &, const Step &) = default;
    };
    //! Where the path ends: nothing for the empty map, else the leaf there.
    struct Leaf
    {
        MapLabel label;
        MapValue value;
        friend bool operator==(const Leaf &, const Leaf &) = default;
    };

    QList<Step> steps;
    std::optional<Leaf> end;

    friend bool operator==(const PrefixProof &, const PrefixProof &) = default;
};

[[nodiscard]] MerkleHash mapLeafHash(const MapLabel &label, const MapValue &value);
[[nodiscard]] MerkleHash mapNodeHash(int depth, const MerkleHash &left, const MerkleHash &right);
[[nodiscard]] MerkleHash emptyMapHash();

//! Checks `proof` for `label` under `root`: the value the map holds for the label, or
//! nothing when the proof shows it absent. ProofFailed when the proof does not lead to the
//! root; MalformedInput when it breaks the tree's rules (depths, the leaf's place).
[[nodiscard]] Result<std::optional<MapValue>> verifyPrefixProof(const MerkleHash &root,
                                                                const MapLabel &label,
                                                                const PrefixProof &proof);

//! The map as the server keeps it (and auditors rebuild it): set values, then take the root
//! and proofs of the current state. Hashes are recomputed lazily, only along changed paths.
class PrefixTree
{
public:
    PrefixTree();

    void set(const MapLabel &label, const MapValue &value);
    [[nodiscard]] std::optional<MapValue> value(const MapLabel &label) const;
    [[nodiscard]] std::uint64_t size() const { return m_labels; }

    [[nodiscard]] MerkleHash root();
    [[nodiscard]] PrefixProof prove(const MapLabel &label);

private:
    //! Nodes live in one vector and point at each other by index, so a million labels cost
    //! two million small records, not two million allocations.
    struct Node
    {
        int depth = -1;                     //!< -1 for a leaf
        std::uint32_t child[2] = {0, 0};    //!< internal nodes only
        MapLabel label;                     //!< leaves only
        MapValue value;                     //!< leaves only
        MerkleHash hash;
        bool stale = true;
    };
    static constexpr std::uint32_t None = 0xffffffff;

    std::uint32_t addLeaf(const MapLabel &label, const MapValue &value);
    const MerkleHash &hashOf(std::uint32_t node);

    std::vector<Node> m_nodes;
    std::uint32_t m_root = None;
    std::uint64_t m_labels = 0;
};

} // namespace cardinal::transparency
