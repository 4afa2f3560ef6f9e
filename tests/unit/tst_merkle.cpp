// SPDX-License-Identifier: GPL-3.0-or-later
// The key-transparency log's Merkle tree (RFC 9162 section 2.1): hashes against a
// reference written straight from the RFC's recursive definition and against known roots
// of the RFC 6962 reference tree (transcribed from transparency-dev/merkle's test
// constants; tst_merkle_probes reads the whole set); every inclusion and consistency proof
// of every tree up to 40 leaves verifies, and every way of spoiling one is refused.
#include "transparency/merkle.h"

#include <QTest>

#include "resultchecks.h"

#include <bit>

using namespace cardinal;
using namespace cardinal::transparency;

namespace {

MerkleHash hashFromHex(const char *hex)
{
    return *MerkleHash::fromBytes(QByteArray::fromHex(hex));
}

//! MTH(D[n]) exactly as RFC 9162 section 2.1.1 defines it, recursively.
MerkleHash referenceRoot(const QList<MerkleHash> &leaves, qsizetype start, qsizetype count)
{
    if (count == 0)
        return emptyTreeHash();
    if (count == 1)
        return leaves.at(start);
    const qsizetype k = qsizetype(std::bit_floor(std::uint64_t(count - 1)));
    return nodeHash(referenceRoot(leaves, start, k), referenceRoot(leaves, start + k, count - k));
}

//! Leaf hashes of n distinct entries.
QList<MerkleHash> leavesOf(int n)
{
    QList<MerkleHash> leaves;
    for (int i = 0; i < n; ++i)
        leaves.append(leafHash(QByteArray(QByteArray("entry ") + QByteArray::number(i))));
    return leaves;
}

MerkleTree treeOf(const QList<MerkleHash> &leaves)
{
    MerkleTree tree;
    for (const MerkleHash &leaf : leaves)
        tree.append(leaf);
    return tree;
}

MerkleHash flipped(MerkleHash hash)
{
    hash.data()[7] ^= 0x20;
    return hash;
}

//! Every proof that differs from `proof` in one way: each element altered, one element
//! dropped, one added, the order of two swapped.
QList<MerkleProof> spoilt(const MerkleProof &proof)
{
    QList<MerkleProof> out;
    for (qsizetype i = 0; i < proof.size(); ++i) {
        MerkleProof altered = proof;
        altered[i] = flipped(altered[i]);
        out.append(altered);
        MerkleProof shorter = proof;
        shorter.removeAt(i);
        out.append(shorter);
    }
    MerkleProof longer = proof;
    longer.append(leafHash("extra"));
    out.append(longer);
    if (proof.size() >= 2 && proof.at(0) != proof.at(1)) {
        MerkleProof swapped = proof;
        swapped.swapItemsAt(0, 1);
        out.append(swapped);
    }
    return out;
}

constexpr int LargestTree = 40;

} // namespace

class TestMerkle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hashesAreDomainSeparated()
    {
        // leaf("") = SHA-256(0x00): RFC 6962's reference tree of one empty entry.
        QCOMPARE(leafHash(QByteArrayView()),
                 hashFromHex("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"));
        QCOMPARE(emptyTreeHash(),
                 hashFromHex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        const MerkleHash a = leafHash("a");
        const MerkleHash b = leafHash("b");
        QVERIFY(nodeHash(a, b) != nodeHash(b, a));
        // A node is never the leaf of its own concatenation: the prefixes differ.
        QVERIFY(nodeHash(a, b) != leafHash(QByteArray(a.toByteArray() + b.toByteArray())));
    }

    void referenceTreeRoots()
    {
        // The RFC 6962 reference tree's leaves and three of its roots.
        const QList<QByteArray> entries = {QByteArray(),
                                           QByteArray::fromHex("00"),
                                           QByteArray::fromHex("10"),
                                           QByteArray::fromHex("2021"),
                                           QByteArray::fromHex("3031"),
                                           QByteArray::fromHex("40414243"),
                                           QByteArray::fromHex("5051525354555657"),
                                           QByteArray::fromHex("606162636465666768696a6b6c6d6e6f")};
        MerkleTree tree;
        for (const QByteArray &entry : entries)
            tree.append(leafHash(entry));
        QCOMPARE(rootAt(tree, 2),
                 hashFromHex("fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"));
        QCOMPARE(rootAt(tree, 7),
                 hashFromHex("ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c"));
        QCOMPARE(tree.root(),
                 hashFromHex("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"));
    }

    void rootsAgreeWithTheDefinition()
    {
        const QList<MerkleHash> leaves = leavesOf(LargestTree);
        const MerkleTree tree = treeOf(leaves);
        QCOMPARE(tree.size(), std::uint64_t(LargestTree));
        for (int n = 0; n <= LargestTree; ++n) {
            const MerkleHash expected = referenceRoot(leaves, 0, n);
            QCOMPARE(rootOf(std::span(leaves.constData(), std::size_t(n))), expected);
            QCOMPARE(rootAt(tree, std::uint64_t(n)), expected);
        }
    }

    void everyInclusionProofVerifiesAndNoSpoiltOneDoes()
    {
        const QList<MerkleHash> leaves = leavesOf(LargestTree);
        const MerkleTree tree = treeOf(leaves);
        for (std::uint64_t size = 1; size <= LargestTree; ++size) {
            const MerkleHash root = rootAt(tree, size);
            for (std::uint64_t index = 0; index < size; ++index) {
                const MerkleHash leaf = leaves.at(qsizetype(index));
                const Result<MerkleProof> proof = makeInclusionProof(tree, index, size);
                QVERIFY(proof);
                QVERIFY(std::uint64_t(proof->size()) <= std::uint64_t(std::bit_width(size)));
                QVERIFY(verifyInclusion(leaf, index, size, *proof, root));
                QVERIFY(!verifyInclusion(flipped(leaf), index, size, *proof, root));
                QVERIFY(!verifyInclusion(leaf, index, size, *proof, flipped(root)));
                if (size > 1)
                    QVERIFY(!verifyInclusion(leaf, (index + 1) % size, size, *proof, root));
                for (const MerkleProof &bad : spoilt(*proof))
                    QVERIFY(!verifyInclusion(leaf, index, size, bad, root));
            }
        }
    }

    void everyConsistencyProofVerifiesAndNoSpoiltOneDoes()
    {
        const MerkleTree tree = treeOf(leavesOf(LargestTree));
        for (std::uint64_t newSize = 1; newSize <= LargestTree; ++newSize) {
            const MerkleHash newRoot = rootAt(tree, newSize);
            for (std::uint64_t oldSize = 1; oldSize <= newSize; ++oldSize) {
                const MerkleHash oldRoot = rootAt(tree, oldSize);
                const Result<MerkleProof> proof = makeConsistencyProof(tree, oldSize, newSize);
                QVERIFY(proof);
                QCOMPARE(proof->isEmpty(), oldSize == newSize);
                QVERIFY(verifyConsistency(oldSize, newSize, oldRoot, newRoot, *proof));
                QVERIFY(!verifyConsistency(oldSize, newSize, flipped(oldRoot), newRoot, *proof));
                QVERIFY(!verifyConsistency(oldSize, newSize, oldRoot, flipped(newRoot), *proof));
                for (const MerkleProof &bad : spoilt(*proof)) {
                    if (bad == *proof)
                        continue;
                    QVERIFY(!verifyConsistency(oldSize, newSize, oldRoot, newRoot, bad));
                }
            }
        }
    }

    void aRewrittenLeafBreaksConsistencyWithEveryLaterSize()
    {
        // The log's central promise: someone holding the root at size 5 detects a change
        // to any of its first five leaves, whatever the log shows later.
        const QList<MerkleHash> leaves = leavesOf(12);
        const MerkleTree honest = treeOf(leaves);
        const MerkleHash heldRoot = rootAt(honest, 5);
        for (qsizetype rewritten = 0; rewritten < 5; ++rewritten) {
            QList<MerkleHash> changed = leaves;
            changed[rewritten] = leafHash("a key nobody created");
            const MerkleTree forged = treeOf(changed);
            for (std::uint64_t later = 5; later <= 12; ++later) {
                const Result<MerkleProof> proof = makeConsistencyProof(forged, 5, later);
                QVERIFY(proof);
                QVERIFY(!verifyConsistency(5, later, heldRoot, rootAt(forged, later), *proof));
            }
        }
    }

    void impossibleStatementsAreMalformedNotMerelyFalse()
    {
        const MerkleTree tree = treeOf(leavesOf(4));
        QVERIFY_FAILS(verifyInclusion(leafHash("x"), 4, 4, {}, tree.root()),
                      ErrorCode::MalformedInput);
        QVERIFY_FAILS(verifyConsistency(0, 4, emptyTreeHash(), tree.root(), {}),
                      ErrorCode::MalformedInput);
        QVERIFY_FAILS(verifyConsistency(4, 3, tree.root(), rootAt(tree, 3), {}),
                      ErrorCode::MalformedInput);
        QVERIFY_FAILS(
            verifyInclusion(leafHash("x"), 0, 4, *makeInclusionProof(tree, 0, 4), tree.root()),
            ErrorCode::ProofFailed);
        QVERIFY(!makeInclusionProof(tree, 4, 4));
        QVERIFY(!makeConsistencyProof(tree, 0, 4));
        QVERIFY(!makeConsistencyProof(tree, 3, 2));
    }

    void proofBytesAreThirtyTwoEachAndBounded()
    {
        const MerkleTree tree = treeOf(leavesOf(9));
        const MerkleProof proof = *makeInclusionProof(tree, 3, 9);
        const Result<MerkleProof> back = proofFromBytes(proofToBytes(proof));
        QVERIFY(back);
        QCOMPARE(*back, proof);
        for (int length : {0, 31, 33, 64}) {
            QList<QByteArray> bytes = proofToBytes(proof);
            bytes[1] = QByteArray(length, 'h');
            QVERIFY_FAILS(proofFromBytes(bytes), ErrorCode::MalformedInput);
        }
        QVERIFY_FAILS(proofFromBytes(QList<QByteArray>(MaxProofHashes + 1, QByteArray(32, 'h'))),
                      ErrorCode::TooLarge);
        QVERIFY(proofFromBytes(QList<QByteArray>(MaxProofHashes, QByteArray(32, 'h'))));
    }

    void aHugeTreeSizeIsHandledWithoutWalkingIt()
    {
        // A hostile size near 2^64 only makes the walk fail: the loops run per proof
        // element, never per level of an imagined tree.
        const MerkleHash leaf = leafHash("x");
        const std::uint64_t huge = ~std::uint64_t(0);
        QVERIFY(!verifyInclusion(leaf, huge - 1, huge, MerkleProof(3, leaf), leaf));
        QVERIFY(!verifyConsistency(huge - 1, huge, leaf, leaf, MerkleProof(3, leaf)));
    }
};

QTEST_APPLESS_MAIN(TestMerkle)
#include "tst_merkle.moc"
