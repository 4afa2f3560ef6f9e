// SPDX-License-Identifier: GPL-3.0-or-later
// The key-transparency log's proof verifiers: transparency::verifyInclusion and
// verifyConsistency over a fixed Merkle tree of 64 leaves, verifyPrefixProof over a fixed
// map of 64 labels. Input: a byte choosing the statement (modulo 3: inclusion, consistency,
// map), two bytes choosing the sizes or the index (in the tree's range) or the label (the
// first 64 are in the map, the next 64 are not), then the proof: for the log, 32-byte
// elements (proofFromBytes, so a trailing partial element is refused as clients refuse
// it); for the map, a step count, that many [depth, sibling], then a byte saying whether a
// leaf [label, version (8 bytes), entry hash] ends the path.
// Oracle: a proof verifies exactly when it is the one the tree makes for that statement
// (another proof that verifies would be a hash collision or a verifier bug); the genuine
// proof always verifies, and a map proof says "present" exactly for the labels in the map.
#include "fixtures.h"
#include "fuzzsupport.h"

#include "transparency/merkle.h"
#include "transparency/prefixtree.h"

using namespace cardinal;
using namespace cardinal::transparency;

namespace {

constexpr fuzzing::Oracle oracle{"fuzz_merkle"};
constexpr int TreeSize = fuzzing::FixtureLogSize;

MerkleHash hashFrom(fuzzing::InputReader &input)
{
    QByteArray bytes = input.take(32);
    bytes.resize(32, '\0');
    return *MerkleHash::fromBytes(bytes);
}

PrefixProof mapProofFrom(fuzzing::InputReader &input)
{
    PrefixProof proof;
    const int steps = input.takeByte() % 48;
    for (int i = 0; i < steps; ++i) {
        const int depth = input.takeByte();
        proof.steps.append({depth, hashFrom(input)});
    }
    if (input.takeByte() & 1) {
        PrefixProof::Leaf leaf;
        leaf.label = hashFrom(input);
        const QByteArray version = input.take(8);
        for (const char byte : version)
            leaf.value.version = (leaf.value.version << 8) | std::uint8_t(byte);
        leaf.value.entryHash = hashFrom(input);
        proof.end = leaf;
    }
    return proof;
}

void mapLookup(int n, const PrefixProof &proof)
{
    const MapLabel label = fuzzing::fixtureMapLabel(n);
    const MerkleHash root = fuzzing::fixtureMap().root();
    const PrefixProof genuine = fuzzing::fixtureMap().prove(label);
    const auto expected = verifyPrefixProof(root, label, genuine);
    oracle.require(expected && expected->has_value() == (n < TreeSize),
                   "the map's own proof verifies and says whether the label is in it");
    const auto verified = verifyPrefixProof(root, label, proof);
    oracle.require(bool(verified) == (proof == genuine),
                   "a map proof verifies exactly when it is the genuine one");
}

QList<QByteArray> elementsOf(const QByteArray &bytes)
{
    QList<QByteArray> elements;
    for (qsizetype at = 0; at < bytes.size(); at += 32)
        elements.append(bytes.mid(at, 32));
    return elements;
}

void inclusion(std::uint64_t index, std::uint64_t size, const Result<MerkleProof> &proof)
{
    const MerkleHash leaf = leafHash(QByteArray::number(qulonglong(index)));
    const MerkleProof genuine = *makeInclusionProof(fuzzing::fixtureLogTree(), index, size);
    const MerkleHash root = rootAt(fuzzing::fixtureLogTree(), size);
    oracle.require(bool(verifyInclusion(leaf, index, size, genuine, root)),
                   "the tree's own inclusion proof verifies");
    if (!proof)
        return;
    const bool verified = bool(verifyInclusion(leaf, index, size, *proof, root));
    oracle.require(verified == (*proof == genuine),
                   "an inclusion proof verifies exactly when it is the genuine one");
}

void consistency(std::uint64_t oldSize, std::uint64_t newSize, const Result<MerkleProof> &proof)
{
    const MerkleProof genuine = *makeConsistencyProof(fuzzing::fixtureLogTree(), oldSize, newSize);
    const MerkleHash oldRoot = rootAt(fuzzing::fixtureLogTree(), oldSize);
    const MerkleHash newRoot = rootAt(fuzzing::fixtureLogTree(), newSize);
    oracle.require(bool(verifyConsistency(oldSize, newSize, oldRoot, newRoot, genuine)),
                   "the tree's own consistency proof verifies");
    if (!proof)
        return;
    const bool verified = bool(verifyConsistency(oldSize, newSize, oldRoot, newRoot, *proof));
    oracle.require(verified == (*proof == genuine),
                   "a consistency proof verifies exactly when it is the genuine one");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzzing::InputReader input(data, size);
    const std::uint8_t statement = input.takeByte();
    const std::uint8_t first = input.takeByte();
    const std::uint64_t a = first % TreeSize + 1;
    const std::uint64_t b = input.takeByte() % TreeSize + 1;
    switch (statement % 3) {
    case 0:
        inclusion(std::min(a, b) - 1, std::max(a, b), proofFromBytes(elementsOf(input.rest())));
        break;
    case 1:
        consistency(std::min(a, b), std::max(a, b), proofFromBytes(elementsOf(input.rest())));
        break;
    case 2:
        mapLookup(first % (2 * TreeSize), mapProofFrom(input));
        break;
    }
    return 0;
}
