// SPDX-License-Identifier: GPL-3.0-or-later
#include "prefixtree.h"

#include <bit>

namespace cardinal::transparency {

namespace {

constexpr int LabelBits = 256;
const char LeafPrefix = '\x10';
const char NodePrefix = '\x11';
const char EmptyPrefix = '\x12';

int bitOf(const MapLabel &label, int index)
{
    return (label.data()[index / 8] >> (7 - index % 8)) & 1;
}

//! The first bit where two labels differ, or -1 when they are the same.
int firstDifference(const MapLabel &a, const MapLabel &b)
{
    for (int byte = 0; byte < LabelBits / 8; ++byte) {
        const int differing = a.data()[byte] ^ b.data()[byte];
        if (differing != 0)
            return byte * 8 + std::countl_zero(std::uint8_t(differing));
    }
    return -1;
}

QByteArray bigEndian64(std::uint64_t value)
{
    QByteArray out(8, '\0');
    for (int i = 0; i < 8; ++i)
        out[i] = char(value >> (56 - 8 * i));
    return out;
}

Failure malformed(const char *what)
{
    return fail(ErrorCode::MalformedInput, QStringLiteral("map proof: ") + QString::fromLatin1(what));
}

} // namespace

MerkleHash mapLeafHash(const MapLabel &label, const MapValue &value)
{
    return crypto::sha256({QByteArrayView(&LeafPrefix, 1), label.view(),
                           bigEndian64(value.version), value.entryHash.view()});
}

MerkleHash mapNodeHash(int depth, const MerkleHash &left, const MerkleHash &right)
{
    const char depthByte = char(depth);
    return crypto::sha256({QByteArrayView(&NodePrefix, 1), QByteArrayView(&depthByte, 1),
                           left.view(), right.view()});
}

MerkleHash emptyMapHash()
{
    return crypto::sha256(QByteArrayView(&EmptyPrefix, 1));
}

Result<std::optional<MapValue>> verifyPrefixProof(const MerkleHash &root, const MapLabel &label,
                                                  const PrefixProof &proof)
{
    if (proof.steps.size() > MaxPrefixProofSteps)
        return fail(ErrorCode::TooLarge, QStringLiteral("map proof: too many steps"));
    if (!proof.end) {
        if (!proof.steps.isEmpty())
            return malformed("a path through internal nodes ends nowhere");
        if (root != emptyMapHash())
            return fail(ErrorCode::ProofFailed, QStringLiteral("the map is not empty"));
        return std::optional<MapValue>();
    }
    const PrefixProof::Leaf &end = *proof.end;
    int previousDepth = -1;
    for (const PrefixProof::Step &step : proof.steps) {
        if (step.depth <= previousDepth || step.depth >= LabelBits)
            return malformed("depths do not grow within a label's bits");
        // The leaf must sit where its own label leads, which is where this label leads.
        if (bitOf(end.label, step.depth) != bitOf(label, step.depth))
            return malformed("the leaf is not on the label's path");
        previousDepth = step.depth;
    }
    MerkleHash hash = mapLeafHash(end.label, end.value);
    for (auto step = proof.steps.crbegin(); step != proof.steps.crend(); ++step) {
        hash = bitOf(label, step->depth) == 0 ? mapNodeHash(step->depth, hash, step->sibling)
                                              : mapNodeHash(step->depth, step->sibling, hash);
    }
    if (hash != root)
        return fail(ErrorCode::ProofFailed, QStringLiteral("the map proof does not lead to the root"));
    if (end.label != label)
        return std::optional<MapValue>();
    return std::optional<MapValue>(end.value);
}

PrefixTree::PrefixTree() = default;

std::uint32_t PrefixTree::addLeaf(const MapLabel &label, const MapValue &value)
{
    Node leaf;
    leaf.label = label;
    leaf.value = value;
    m_nodes.push_back(leaf);
    return std::uint32_t(m_nodes.size() - 1);
}

void PrefixTree::set(const MapLabel &label, const MapValue &value)
{
    if (m_root == None) {
        m_root = addLeaf(label, value);
        m_labels = 1;
        return;
    }
    // Follow the label's bits to a leaf: the label is there, or it first differs from
    // that leaf's label at the bit where its own leaf must branch off.
    std::uint32_t node = m_root;
    while (m_nodes[node].depth >= 0)
        node = m_nodes[node].child[bitOf(label, m_nodes[node].depth)];
    const int split = firstDifference(m_nodes[node].label, label);

    // Walk again, marking the path stale, to the first node that branches below `split`.
    std::uint32_t parent = None;
    node = m_root;
    while (m_nodes[node].depth >= 0 && (split < 0 || m_nodes[node].depth < split)) {
        m_nodes[node].stale = true;
        parent = node;
        node = m_nodes[node].child[bitOf(label, m_nodes[node].depth)];
    }
    if (split < 0) {
        m_nodes[node].value = value;
        m_nodes[node].stale = true;
        return;
    }
    const std::uint32_t leaf = addLeaf(label, value);
    Node branch;
    branch.depth = split;
    branch.child[bitOf(label, split)] = leaf;
    branch.child[1 - bitOf(label, split)] = node;
    m_nodes.push_back(branch);
    const std::uint32_t branchIndex = std::uint32_t(m_nodes.size() - 1);
    if (parent == None)
        m_root = branchIndex;
    else
        m_nodes[parent].child[bitOf(label, m_nodes[parent].depth)] = branchIndex;
    ++m_labels;
}

std::optional<MapValue> PrefixTree::value(const MapLabel &label) const
{
    if (m_root == None)
        return std::nullopt;
    std::uint32_t node = m_root;
    while (m_nodes[node].depth >= 0)
        node = m_nodes[node].child[bitOf(label, m_nodes[node].depth)];
    if (m_nodes[node].label != label)
        return std::nullopt;
    return m_nodes[node].value;
}

const MerkleHash &PrefixTree::hashOf(std::uint32_t node)
{
    if (m_nodes[node].stale) {
        const Node &n = m_nodes[node];
        const MerkleHash hash = n.depth < 0 ? mapLeafHash(n.label, n.value)
                                            : mapNodeHash(n.depth, hashOf(n.child[0]),
                                                          hashOf(n.child[1]));
        m_nodes[node].hash = hash;
        m_nodes[node].stale = false;
    }
    return m_nodes[node].hash;
}

MerkleHash PrefixTree::root()
{
    return m_root == None ? emptyMapHash() : hashOf(m_root);
}

PrefixProof PrefixTree::prove(const MapLabel &label)
{
    PrefixProof proof;
    if (m_root == None)
        return proof;
    std::uint32_t node = m_root;
    while (m_nodes[node].depth >= 0) {
        const int depth = m_nodes[node].depth;
        const int side = bitOf(label, depth);
        proof.steps.append({depth, hashOf(m_nodes[node].child[1 - side])});
        node = m_nodes[node].child[side];
    }
    proof.end = PrefixProof::Leaf{m_nodes[node].label, m_nodes[node].value};
    return proof;
}

} // namespace cardinal::transparency
