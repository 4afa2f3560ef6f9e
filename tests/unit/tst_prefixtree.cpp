// SPDX-License-Identifier: GPL-3.0-or-later
// The key-transparency map (transparency/prefixtree.h): its root is a function of the set
// of labels and values alone (against a reference written from the definition, in any
// insertion order); every present label proves its value and every absent label its
// absence; no proof can be bent to another label, another value or another root.
#include "transparency/prefixtree.h"

#include "crypto/random.h"

#include <QTest>

#include "resultchecks.h"

#include <algorithm>
#include <map>
#include <random>

using namespace cardinal;
using namespace cardinal::transparency;

namespace {

MapLabel labelOf(int n)
{
    return crypto::sha256(QByteArray(QByteArray("label ") + QByteArray::number(n)));
}

MapValue valueOf(int n, std::uint64_t version = 1)
{
    return {version, crypto::sha256(QByteArray(QByteArray("entry ") + QByteArray::number(n)))};
}

int bitOf(const MapLabel &label, int index)
{
    return (label.data()[index / 8] >> (7 - index % 8)) & 1;
}

using Entries = std::map<QByteArray, MapValue>; // label bytes (sorted) -> value

//! The map's root straight from its definition: split the sorted labels at the first bit
//! where the smallest and the largest differ.
MerkleHash referenceRoot(const QList<std::pair<MapLabel, MapValue>> &entries)
{
    if (entries.isEmpty())
        return emptyMapHash();
    if (entries.size() == 1)
        return mapLeafHash(entries.front().first, entries.front().second);
    int depth = 0;
    while (bitOf(entries.front().first, depth) == bitOf(entries.back().first, depth))
        ++depth;
    QList<std::pair<MapLabel, MapValue>> left;
    QList<std::pair<MapLabel, MapValue>> right;
    for (const auto &entry : entries)
        (bitOf(entry.first, depth) == 0 ? left : right).append(entry);
    return mapNodeHash(depth, referenceRoot(left), referenceRoot(right));
}

MerkleHash referenceRoot(const Entries &entries)
{
    QList<std::pair<MapLabel, MapValue>> sorted;
    for (const auto &[bytes, value] : entries)
        sorted.append({*MapLabel::fromBytes(bytes), value});
    return referenceRoot(sorted);
}

MerkleHash flipped(MerkleHash hash)
{
    hash.data()[3] ^= 0x01;
    return hash;
}

} // namespace

class TestPrefixTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anEmptyMapProvesEveryLabelAbsent()
    {
        PrefixTree tree;
        QCOMPARE(tree.root(), emptyMapHash());
        const PrefixProof proof = tree.prove(labelOf(1));
        QVERIFY(proof.steps.isEmpty() && !proof.end);
        const auto verified = verifyPrefixProof(tree.root(), labelOf(1), proof);
        QVERIFY(verified);
        QVERIFY(!verified->has_value());
        QVERIFY_FAILS(verifyPrefixProof(flipped(tree.root()), labelOf(1), proof),
                      ErrorCode::ProofFailed);
    }

    void theRootIsTheDefinitionsWhateverTheOrder()
    {
        Entries entries;
        QList<int> order;
        for (int i = 0; i < 300; ++i) {
            entries[labelOf(i).toByteArray()] = valueOf(i);
            order.append(i);
        }
        const MerkleHash expected = referenceRoot(entries);
        std::mt19937 shuffle(7);
        for (int round = 0; round < 3; ++round) {
            std::shuffle(order.begin(), order.end(), shuffle);
            PrefixTree tree;
            for (int i : order)
                tree.set(labelOf(i), valueOf(i));
            QCOMPARE(tree.size(), std::uint64_t(300));
            QCOMPARE(tree.root(), expected);
        }
    }

    void presentLabelsProveTheirValueAndAbsentOnesTheirAbsence()
    {
        PrefixTree tree;
        for (int i = 0; i < 200; ++i)
            tree.set(labelOf(i), valueOf(i));
        const MerkleHash root = tree.root();
        for (int i = 0; i < 400; ++i) {
            const PrefixProof proof = tree.prove(labelOf(i));
            QVERIFY(proof.steps.size() < 40);
            const auto verified = verifyPrefixProof(root, labelOf(i), proof);
            QVERIFY2(verified, qPrintable(QString::number(i)));
            if (i < 200) {
                QVERIFY(verified->has_value());
                QCOMPARE(**verified, valueOf(i));
                QCOMPARE(tree.value(labelOf(i)), std::optional<MapValue>(valueOf(i)));
            } else {
                QVERIFY(!verified->has_value());
                QVERIFY(!tree.value(labelOf(i)));
            }
        }
    }

    void noProofServesAnotherPresentLabel()
    {
        // A server would like to show a present address as absent (or as another's value):
        // the proof of one label never verifies for another present one.
        PrefixTree tree;
        for (int i = 0; i < 40; ++i)
            tree.set(labelOf(i), valueOf(i));
        const MerkleHash root = tree.root();
        for (int i = 0; i < 40; ++i) {
            const PrefixProof proof = tree.prove(labelOf(i));
            for (int j = 0; j < 40; ++j) {
                if (i != j)
                    QVERIFY(!verifyPrefixProof(root, labelOf(j), proof));
            }
        }
    }

    void updatesChangeTheRootAndOldProofsStopVerifying()
    {
        PrefixTree tree;
        for (int i = 0; i < 50; ++i)
            tree.set(labelOf(i), valueOf(i));
        const MerkleHash before = tree.root();
        const PrefixProof oldProof = tree.prove(labelOf(7));
        tree.set(labelOf(7), valueOf(1007, 2));
        QCOMPARE(tree.size(), std::uint64_t(50));
        const MerkleHash after = tree.root();
        QVERIFY(after != before);
        QVERIFY_FAILS(verifyPrefixProof(after, labelOf(7), oldProof), ErrorCode::ProofFailed);
        const auto verified = verifyPrefixProof(after, labelOf(7), tree.prove(labelOf(7)));
        QVERIFY(verified && verified->has_value());
        QCOMPARE((*verified)->version, std::uint64_t(2));
        // Setting the old value back gives the old root: the map has no memory of its past.
        tree.set(labelOf(7), valueOf(7));
        QCOMPARE(tree.root(), before);
    }

    void spoiltProofsAreRefused()
    {
        PrefixTree tree;
        for (int i = 0; i < 64; ++i)
            tree.set(labelOf(i), valueOf(i));
        const MerkleHash root = tree.root();
        const PrefixProof good = tree.prove(labelOf(5));
        QVERIFY(good.steps.size() >= 2);
        for (qsizetype s = 0; s < good.steps.size(); ++s) {
            PrefixProof sibling = good;
            sibling.steps[s].sibling = flipped(sibling.steps[s].sibling);
            QVERIFY_FAILS(verifyPrefixProof(root, labelOf(5), sibling), ErrorCode::ProofFailed);
            PrefixProof dropped = good;
            dropped.steps.removeAt(s);
            QVERIFY(!verifyPrefixProof(root, labelOf(5), dropped));
        }
        PrefixProof value = good;
        value.end->value.version += 1;
        QVERIFY_FAILS(verifyPrefixProof(root, labelOf(5), value), ErrorCode::ProofFailed);
        PrefixProof swapped = good;
        swapped.steps.swapItemsAt(0, 1);
        QVERIFY_FAILS(verifyPrefixProof(root, labelOf(5), swapped), ErrorCode::MalformedInput);
        PrefixProof beyond = good;
        beyond.steps.last().depth = 256;
        QVERIFY_FAILS(verifyPrefixProof(root, labelOf(5), beyond), ErrorCode::MalformedInput);
        PrefixProof nowhere = good;
        nowhere.end.reset();
        QVERIFY_FAILS(verifyPrefixProof(root, labelOf(5), nowhere), ErrorCode::MalformedInput);
        PrefixProof tooLong;
        tooLong.end = good.end;
        tooLong.steps = QList<PrefixProof::Step>(MaxPrefixProofSteps + 1, good.steps.front());
        QVERIFY_FAILS(verifyPrefixProof(root, labelOf(5), tooLong), ErrorCode::TooLarge);
    }

    void labelsSharingLongPrefixesBranchDeep()
    {
        // Labels that differ only in their last bits: the tree stays correct at any depth.
        PrefixTree tree;
        Entries entries;
        MapLabel base = labelOf(1);
        for (int last = 0; last < 8; ++last) {
            MapLabel label = base;
            label.data()[31] = std::uint8_t(last);
            tree.set(label, valueOf(last));
            entries[label.toByteArray()] = valueOf(last);
        }
        QCOMPARE(tree.root(), referenceRoot(entries));
        MapLabel probe = base;
        probe.data()[31] = 0x80;
        const PrefixProof proof = tree.prove(probe);
        QVERIFY(proof.steps.front().depth >= 248);
        const auto verified = verifyPrefixProof(tree.root(), probe, proof);
        QVERIFY(verified && !verified->has_value());
    }
};

QTEST_APPLESS_MAIN(TestPrefixTree)
#include "tst_prefixtree.moc"
