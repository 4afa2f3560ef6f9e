// SPDX-License-Identifier: GPL-3.0-or-later
#include "merkle.h"

#include <bit>

namespace cardinal::transparency {

namespace {

const char LeafPrefix = '\x00';
const char NodePrefix = '\x01';

//! The largest power of two strictly below n (n ≥ 2): where RFC 9162 splits a tree.
std::uint64_t splitPoint(std::uint64_t n)
{
    return std::bit_floor(n - 1);
}

bool isPowerOfTwo(std::uint64_t n)
{
    return std::has_single_bit(n);
}

Failure wrongProof(const char *what)
{
    return fail(ErrorCode::ProofFailed, QString::fromLatin1(what));
}

//! RFC 9162 PATH(index, D[start : start + count]), appended to `out` from the leaf up.
void path(const MerkleNodeSource &nodes, std::uint64_t index, std::uint64_t start,
          std::uint64_t count, MerkleProof &out)
{
    if (count <= 1)
        return;
    const std::uint64_t k = splitPoint(count);
    if (index < k) {
        path(nodes, index, start, k, out);
        out.append(rangeHash(nodes, start + k, count - k));
    } else {
        path(nodes, index - k, start + k, count - k, out);
        out.append(rangeHash(nodes, start, k));
    }
}

//! RFC 9162 SUBPROOF(m, D[start : start + count], whole).
void subproof(const MerkleNodeSource &nodes, std::uint64_t m, std::uint64_t start,
              std::uint64_t count, bool whole, MerkleProof &out)
{
    if (m == count) {
        if (!whole)
            out.append(rangeHash(nodes, start, count));
        return;
    }
    const std::uint64_t k = splitPoint(count);
    if (m <= k) {
        subproof(nodes, m, start, k, whole, out);
        out.append(rangeHash(nodes, start + k, count - k));
    } else {
        subproof(nodes, m - k, start + k, count - k, false, out);
        out.append(rangeHash(nodes, start, k));
    }
}

} // namespace

MerkleHash leafHash(QByteArrayView entry)
{
    return crypto::sha256({QByteArrayView(&LeafPrefix, 1), entry});
}

MerkleHash nodeHash(const MerkleHash &left, const MerkleHash &right)
{
    return crypto::sha256({QByteArrayView(&NodePrefix, 1), left.view(), right.view()});
}

MerkleHash emptyTreeHash()
{
    return crypto::sha256(QByteArrayView());
}

MerkleHash rootOf(std::span<const MerkleHash> leaves)
{
    if (leaves.empty())
        return emptyTreeHash();
    // A stack of whole subtrees, largest first, as a binary counter of the leaves seen;
    // the root folds the stack from the right.
    QList<MerkleHash> stack;
    for (std::size_t i = 0; i < leaves.size(); ++i) {
        stack.append(leaves[i]);
        for (std::size_t carried = i + 1; (carried & 1) == 0; carried >>= 1) {
            const MerkleHash right = stack.takeLast();
            stack.last() = nodeHash(stack.last(), right);
        }
    }
    MerkleHash root = stack.takeLast();
    while (!stack.isEmpty())
        root = nodeHash(stack.takeLast(), root);
    return root;
}

Result<MerkleProof> proofFromBytes(const QList<QByteArray> &elements)
{
    if (elements.size() > MaxProofHashes)
        return fail(ErrorCode::TooLarge, QStringLiteral("a Merkle proof has over %1 hashes")
                                             .arg(MaxProofHashes));
    MerkleProof proof;
    proof.reserve(elements.size());
    for (const QByteArray &element : elements) {
        const std::optional<MerkleHash> hash = MerkleHash::fromBytes(element);
        if (!hash)
            return fail(ErrorCode::MalformedInput,
                        QStringLiteral("a Merkle proof element is not 32 bytes"));
        proof.append(*hash);
    }
    return proof;
}

QList<QByteArray> proofToBytes(const MerkleProof &proof)
{
    QList<QByteArray> out;
    out.reserve(proof.size());
    for (const MerkleHash &hash : proof)
        out.append(hash.toByteArray());
    return out;
}

Result<void> verifyInclusion(const MerkleHash &leaf, std::uint64_t index, std::uint64_t size,
                             const MerkleProof &proof, const MerkleHash &root)
{
    if (index >= size)
        return fail(ErrorCode::MalformedInput,
                    QStringLiteral("leaf %1 is not in a tree of %2").arg(index).arg(size));
    // RFC 9162 section 2.1.3.2: fn walks up from the leaf, sn from the last leaf.
    std::uint64_t fn = index;
    std::uint64_t sn = size - 1;
    MerkleHash r = leaf;
    for (const MerkleHash &p : proof) {
        if (sn == 0)
            return wrongProof("the inclusion proof is longer than the tree is deep");
        if ((fn & 1) != 0 || fn == sn) {
            r = nodeHash(p, r);
            while ((fn & 1) == 0 && fn != 0) {
                fn >>= 1;
                sn >>= 1;
            }
        } else {
            r = nodeHash(r, p);
        }
        fn >>= 1;
        sn >>= 1;
    }
    if (sn != 0)
        return wrongProof("the inclusion proof is shorter than the tree is deep");
    if (r != root)
        return wrongProof("the inclusion proof does not lead to the root");
    return {};
}

Result<void> verifyConsistency(std::uint64_t oldSize, std::uint64_t newSize,
                               const MerkleHash &oldRoot, const MerkleHash &newRoot,
                               const MerkleProof &proof)
{
    if (oldSize == 0 || oldSize > newSize)
        return fail(ErrorCode::MalformedInput,
                    QStringLiteral("no consistency proof from a tree of %1 to one of %2")
                        .arg(oldSize)
                        .arg(newSize));
    if (oldSize == newSize) {
        if (!proof.isEmpty())
            return wrongProof("a consistency proof between equal sizes must be empty");
        if (oldRoot != newRoot)
            return wrongProof("two trees of the same size have different roots");
        return {};
    }
    // RFC 9162 section 2.1.4.2. When the old tree is a whole subtree of the new one, its
    // root is the proof's implicit first element.
    if (proof.isEmpty())
        return wrongProof("the consistency proof is empty");
    MerkleProof path = proof;
    if (isPowerOfTwo(oldSize))
        path.prepend(oldRoot);
    std::uint64_t fn = oldSize - 1;
    std::uint64_t sn = newSize - 1;
    while ((fn & 1) != 0) {
        fn >>= 1;
        sn >>= 1;
    }
    MerkleHash fr = path.front();
    MerkleHash sr = path.front();
    for (qsizetype i = 1; i < path.size(); ++i) {
        const MerkleHash &c = path.at(i);
        if (sn == 0)
            return wrongProof("the consistency proof is longer than the tree is deep");
        if ((fn & 1) != 0 || fn == sn) {
            fr = nodeHash(c, fr);
            sr = nodeHash(c, sr);
            while ((fn & 1) == 0 && fn != 0) {
                fn >>= 1;
                sn >>= 1;
            }
        } else {
            sr = nodeHash(sr, c);
        }
        fn >>= 1;
        sn >>= 1;
    }
    if (sn != 0)
        return wrongProof("the consistency proof is shorter than the tree is deep");
    if (fr != oldRoot)
        return wrongProof("the consistency proof does not lead to the old root");
    if (sr != newRoot)
        return wrongProof("the consistency proof does not lead to the new root");
    return {};
}

MerkleHash rangeHash(const MerkleNodeSource &nodes, std::uint64_t start, std::uint64_t count)
{
    // A range that is a whole, aligned subtree is one node; any other splits as the RFC
    // splits a tree.
    if (isPowerOfTwo(count) && start % count == 0)
        return nodes.perfectSubtree(std::countr_zero(count), start / count);
    const std::uint64_t k = splitPoint(count);
    return nodeHash(rangeHash(nodes, start, k), rangeHash(nodes, start + k, count - k));
}

MerkleHash rootAt(const MerkleNodeSource &nodes, std::uint64_t size)
{
    return size == 0 ? emptyTreeHash() : rangeHash(nodes, 0, size);
}

Result<MerkleProof> makeInclusionProof(const MerkleNodeSource &nodes, std::uint64_t index,
                                       std::uint64_t size)
{
    if (index >= size)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("leaf %1 is not in a tree of %2").arg(index).arg(size));
    MerkleProof proof;
    path(nodes, index, 0, size, proof);
    return proof;
}

Result<MerkleProof> makeConsistencyProof(const MerkleNodeSource &nodes, std::uint64_t oldSize,
                                         std::uint64_t newSize)
{
    if (oldSize == 0 || oldSize > newSize)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("no consistency proof from a tree of %1 to one of %2")
                        .arg(oldSize)
                        .arg(newSize));
    MerkleProof proof;
    subproof(nodes, oldSize, 0, newSize, true, proof);
    return proof;
}

void MerkleTree::append(const MerkleHash &leaf)
{
    if (m_levels.isEmpty())
        m_levels.append(QList<MerkleHash>());
    m_levels[0].append(leaf);
    // Each level gains a node whenever the level below completes a pair.
    for (qsizetype level = 0; m_levels[level].size() % 2 == 0; ++level) {
        const QList<MerkleHash> &below = m_levels.at(level);
        const MerkleHash parent = nodeHash(below.at(below.size() - 2), below.last());
        if (m_levels.size() == level + 1)
            m_levels.append(QList<MerkleHash>());
        m_levels[level + 1].append(parent);
    }
}

MerkleHash MerkleTree::perfectSubtree(int level, std::uint64_t index) const
{
    return m_levels.at(level).at(qsizetype(index));
}

} // namespace cardinal::transparency
