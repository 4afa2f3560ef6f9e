// SPDX-License-Identifier: GPL-3.0-or-later
// The key-transparency log's byte formats (protocol/ktformats.h): entries and proofs round
// trip, their bytes are pinned where the log hashes them, and everything else is refused.
#include "protocol/ktformats.h"

#include <QCborArray>
#include <QCborValue>
#include <QTest>

#include "resultchecks.h"

#include "cborliterals.h"

using namespace cardinal;
using namespace cardinal::protocol::kt;
using namespace cardinal::transparency;

namespace {

MerkleHash hashOf(const char *text)
{
    return crypto::sha256(QByteArrayView(text));
}

ChangeEntry sampleChange()
{
    return {ChangeKind::DeviceAdded, hashOf("label"), 3, hashOf("commitment"), 1'700'000'000};
}

QByteArray cbor(const QCborArray &array)
{
    return QCborValue(array).toCbor();
}

} // namespace

class TestKtFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void entriesRoundTripWithPinnedBytes()
    {
        const ChangeEntry change = sampleChange();
        const QByteArray bytes = encodeEntry(change);
        // [1, 2, h'…'(32), 3, h'…'(32), 1700000000]: the bytes the log's leaves hash.
        QCOMPARE(bytes.left(5).toHex(), QByteArray("8601025820"));
        QCOMPARE(bytes.size(), 1 + 1 + 1 + 34 + 1 + 34 + 5);
        const Result<LogEntry> decoded = decodeEntry(bytes);
        QVERIFY(decoded);
        QCOMPARE(std::get<ChangeEntry>(*decoded), change);

        const EpochEntry epoch{12, hashOf("map root"), 4096, 1'700'000'600};
        const Result<LogEntry> epochBack = decodeEntry(encodeEntry(epoch));
        QVERIFY(epochBack);
        QCOMPARE(std::get<EpochEntry>(*epochBack), epoch);
        QCOMPARE(encodeEntry(epoch).left(2).toHex(), QByteArray("8601"));
    }

    void malformedEntriesAreRefused()
    {
        const QByteArray label = hashOf("label").toByteArray();
        const QByteArray commitment = hashOf("c").toByteArray();
        QVERIFY_FAILS(decodeEntry(cbor({2, 1, label, 1, commitment, 5})),
                      ErrorCode::UnsupportedVersion);
        for (const QCborArray &bad :
             {QCborArray{1, 5, label, 1, commitment, 5},            // an unknown kind
              QCborArray{1, 1, label.chopped(1), 1, commitment, 5}, // a short label
              QCborArray{1, 1, label, 0, commitment, 5},            // version 0
              QCborArray{1, 1, label, 1, commitment, -5},           // a time before 1970
              QCborArray{1, 1, label, 1, commitment},               // a field missing
              QCborArray{1, 1, label, 1, commitment, 5, 6},         // a field too many
              QCborArray{1, 0, 1, label, -1, 5}})                   // a negative count
            QVERIFY_FAILS(decodeEntry(cbor(bad)), ErrorCode::MalformedInput);
        QByteArray trailing = encodeEntry(sampleChange()) + '\0';
        QVERIFY(!decodeEntry(trailing));
        // The version as a two-byte integer: not canonical.
        QByteArray longForm = encodeEntry(sampleChange());
        longForm.replace(1, 1, QByteArray::fromHex("1801"));
        QVERIFY(!decodeEntry(longForm));
        QVERIFY_FAILS(decodeEntry(QByteArray(MaxEntryBytes + 1, '\0')), ErrorCode::TooLarge);
    }

    void commitmentsBindSaltAndState()
    {
        const QByteArray salt(SaltSize, 's');
        const auto commitment = stateCommitment(salt, "bundle");
        QVERIFY(commitment);
        QCOMPARE(*commitment, crypto::sha256(QByteArrayView("Cardinal KT state v1\0ssssssssssssssss"
                                                            "ssssssssssssssssbundle",
                                                            20 + 1 + 32 + 6)));
        QVERIFY(*stateCommitment(QByteArray(SaltSize, 't'), "bundle") != *commitment);
        QVERIFY(*stateCommitment(salt, "bundle2") != *commitment);
        QVERIFY_FAILS(stateCommitment(QByteArray(SaltSize - 1, 's'), "bundle"),
                      ErrorCode::InvalidArgument);
    }

    void mapProofsRoundTrip()
    {
        PrefixTree tree;
        for (int i = 0; i < 100; ++i)
            tree.set(hashOf(QByteArray::number(i).constData()), {std::uint64_t(i), hashOf("e")});
        for (int i : {5, 1000}) {
            const PrefixProof proof = tree.prove(hashOf(QByteArray::number(i).constData()));
            const QByteArray bytes = encodeMapProof(proof);
            const Result<PrefixProof> back = decodeMapProof(bytes);
            QVERIFY(back);
            QCOMPARE(*back, proof);
            QCOMPARE(encodeMapProof(*back), bytes);
        }
        const Result<PrefixProof> empty = decodeMapProof(encodeMapProof(PrefixProof()));
        QVERIFY(empty && empty->steps.isEmpty() && !empty->end);
    }

    void malformedMapProofsAreRefused()
    {
        const QByteArray hash = hashOf("h").toByteArray();
        for (const QCborArray &bad :
             {QCborArray{testing::arrayOf({QCborArray{256, hash}}), QCborValue(nullptr)},
              QCborArray{testing::arrayOf({QCborArray{3, hash.chopped(1)}}), QCborValue(nullptr)},
              QCborArray{testing::arrayOf({QCborArray{3}}), QCborValue(nullptr)},
              QCborArray{QCborArray{3}, QCborValue(nullptr)},
              QCborArray{QCborArray{}, QCborArray{hash, 1}},
              QCborArray{QCborArray{}, QCborArray{hash, -1, hash}},
              testing::arrayOf({QCborArray()})})
            QVERIFY_FAILS(decodeMapProof(cbor(bad)), ErrorCode::MalformedInput);
    }

    void logProofsRoundTripAndAreBounded()
    {
        MerkleTree tree;
        for (int i = 0; i < 1000; ++i)
            tree.append(leafHash(QByteArray::number(i)));
        const LogProof proof{417, 1000, *makeInclusionProof(tree, 417, 1000)};
        const Result<LogProof> back = decodeLogProof(encodeLogProof(proof));
        QVERIFY(back);
        QCOMPARE(*back, proof);
        QCborArray tooMany;
        for (qsizetype i = 0; i <= MaxProofHashes; ++i)
            tooMany.append(hashOf("h").toByteArray());
        QVERIFY(!decodeLogProof(cbor({1, 2, tooMany})));
        QVERIFY(!decodeLogProof(cbor({1, 2, QCborArray{QByteArray(31, 'h')}})));
        QVERIFY(!decodeLogProof(cbor({1, 2, QCborArray{QStringLiteral("text")}})));
        QVERIFY(!decodeLogProof(cbor({-1, 2, QCborArray{}})));
    }
};

QTEST_APPLESS_MAIN(TestKtFormats)
#include "tst_ktformats.moc"
