// SPDX-License-Identifier: GPL-3.0-or-later
// Seeds of the key-transparency targets: signed notes and checkpoints signed with the
// fixtures' keys (and the C2SP reference example's note), and genuine Merkle proofs.
#include "seedwriter.h"

#include "fixtures.h"

#include "protocol/ktformats.h"
#include "server/ktlog.h"
#include "transparency/checkpoint.h"
#include "transparency/prefixtree.h"

namespace cardinal::fuzzing {

namespace {

using namespace cardinal::transparency;

const QString LogName = QStringLiteral("kt.example.org/log");

QByteArray withKind(char kind, const QByteArray &bytes)
{
    return QByteArray(1, kind) + bytes;
}

Checkpoint sampleCheckpoint(std::uint64_t size)
{
    Checkpoint checkpoint;
    checkpoint.origin = LogName;
    checkpoint.size = size;
    checkpoint.root = leafHash(QByteArray::number(qulonglong(size)));
    return checkpoint;
}

void writeNotes(SeedWriter &out)
{
    const QString target = QStringLiteral("fuzz_signednote");
    // Go's sumdb/note example (its public test vector), a note with two signatures.
    const QByteArray reference = QByteArrayLiteral(
        "If you think cryptography is the answer to your problem,\n"
        "then you don't know what your problem is.\n\n"
        "\xE2\x80\x94 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZS"
        "NXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n");
    out.seed(target, QStringLiteral("note-reference-example"), withKind(0, reference));
    const SignedCheckpoint signedCheckpoint = made(
        SignedCheckpoint::sign(sampleCheckpoint(1'000'000), fixtureAuthority()), "a checkpoint");
    out.seed(target, QStringLiteral("note-checkpoint"), withKind(0, signedCheckpoint.note));
    SignedNote twice = made(SignedNote::parse(signedCheckpoint.note), "a parsed note");
    twice.signatures.prepend({QStringLiteral("witness.example/w"), 0x01020304,
                              alice().identityKey.sign(twice.text).toByteArray()});
    out.seed(target, QStringLiteral("note-witnessed-checkpoint"), withKind(0, twice.encode()));

    Checkpoint extended = sampleCheckpoint(7);
    extended.extensions = {QStringLiteral("map-root AAAA"), QStringLiteral("epoch 3")};
    out.seed(target, QStringLiteral("checkpoint-text"),
             withKind(1, made(sampleCheckpoint(42).text(), "a checkpoint text")));
    out.seed(target, QStringLiteral("checkpoint-text-extensions"),
             withKind(1, made(extended.text(), "a checkpoint text")));
    out.seed(target, QStringLiteral("checkpoint-to-sign"),
             withKind(3, made(extended.text(), "a checkpoint text")));

    const NoteVerifier verifier{LogName, fixtureAuthority().publicKey()};
    out.seed(target, QStringLiteral("verifier-key"), withKind(2, verifier.encode().toUtf8()));
    out.seed(target, QStringLiteral("verifier-key-reference-example"),
             withKind(2, "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"));
    out.dictionary(target, {"\xE2\x80\x94 ", "\n\n", "\n", "+", "=", LogName.toUtf8()});
}

QByteArray replaySeed()
{
    // A real log of three epochs: two addresses published, one changed, one empty epoch.
    crypto::DeterministicRandom random = fixtureRandom("replay");
    auto checkpoints = crypto::Ed25519KeyPair::generate(random);
    auto labels = crypto::VrfKeyPair::generate(random);
    server::KtLog log({LogName, std::move(checkpoints), std::move(labels)});
    QByteArray seed(1, char(3));
    const auto close = [&](std::int64_t time) {
        for (const server::StoredLogEntry &stored : made(log.closeEpoch(time), "an epoch").entries)
            seed += char(stored.entry.size() >> 8) + QByteArray(1, char(stored.entry.size())) +
                    stored.entry;
    };
    for (const char *who : {"alice@example.org", "bob@example.org"})
        (void)log.record(protocol::kt::ChangeKind::CardPublished, QString::fromLatin1(who),
                         QByteArray("bundle of ") + who, std::nullopt, 1'700'000'000, random);
    close(1'700'000'010);
    (void)log.record(protocol::kt::ChangeKind::DeviceAdded, QStringLiteral("bob@example.org"),
                     "bob's second bundle", std::nullopt, 1'700'000'020, random);
    close(1'700'000'030);
    close(1'700'003'600);
    return seed;
}

void writeProofs(SeedWriter &out)
{
    const QString target = QStringLiteral("fuzz_merkle");
    const MerkleTree &tree = fixtureLogTree();
    // [statement, a, b, proof]: the target reads a and b modulo FixtureLogSize, plus one.
    const auto seed = [&](const QString &name, char statement, int a, int b,
                          const MerkleProof &proof) {
        QByteArray bytes(1, statement);
        bytes += char(a - 1);
        bytes += char(b - 1);
        for (const MerkleHash &hash : proof)
            bytes += hash.toByteArray();
        out.seed(target, name, bytes);
    };
    seed(QStringLiteral("inclusion-5-of-13"), 0, 6, 13,
         made(makeInclusionProof(tree, 5, 13), "a proof"));
    seed(QStringLiteral("inclusion-63-of-64"), 0, 64, 64,
         made(makeInclusionProof(tree, 63, 64), "a proof"));
    seed(QStringLiteral("consistency-6-to-29"), 1, 6, 29,
         made(makeConsistencyProof(tree, 6, 29), "a proof"));
    seed(QStringLiteral("consistency-16-to-33"), 1, 16, 33,
         made(makeConsistencyProof(tree, 16, 33), "a proof"));

    // The map of the target.
    PrefixTree &map = fixtureMap();
    const auto label = fixtureMapLabel;
    const auto mapSeed = [&](const QString &name, int n) {
        const PrefixProof proof = map.prove(label(n));
        QByteArray bytes(1, 2);
        bytes += char(n);
        bytes += char(0);
        bytes += char(proof.steps.size());
        for (const PrefixProof::Step &step : proof.steps)
            bytes += char(step.depth) + step.sibling.toByteArray();
        bytes += char(proof.end ? 1 : 0);
        if (proof.end) {
            bytes += proof.end->label.toByteArray();
            for (int shift = 56; shift >= 0; shift -= 8)
                bytes += char(proof.end->value.version >> shift);
            bytes += proof.end->value.entryHash.toByteArray();
        }
        out.seed(target, name, bytes);
    };
    mapSeed(QStringLiteral("map-present-17"), 17);
    mapSeed(QStringLiteral("map-absent-100"), 100);

    // The same objects in their wire form, for fuzz_ktformats.
    const QString formats = QStringLiteral("fuzz_ktformats");
    const auto withKindByte = [](char kind, const QByteArray &bytes) -> QByteArray {
        return QByteArray(1, kind) + bytes;
    };
    const protocol::kt::ChangeEntry change{protocol::kt::ChangeKind::CardPublished, label(3), 1,
                                           leafHash("state"), 1'700'000'000};
    const protocol::kt::EpochEntry epoch{7, map.root(), 64, 1'700'000'600};
    out.seed(formats, QStringLiteral("entry-change"),
             withKindByte(0, protocol::kt::encodeEntry(change)));
    out.seed(formats, QStringLiteral("entry-epoch"),
             withKindByte(0, protocol::kt::encodeEntry(epoch)));
    out.seed(formats, QStringLiteral("map-proof-present"),
             withKindByte(1, protocol::kt::encodeMapProof(map.prove(label(17)))));
    out.seed(formats, QStringLiteral("map-proof-absent"),
             withKindByte(1, protocol::kt::encodeMapProof(map.prove(label(100)))));
    out.seed(formats, QStringLiteral("log-proof-inclusion"),
             withKindByte(2, protocol::kt::encodeLogProof(
                                 {5, 13, made(makeInclusionProof(tree, 5, 13), "a proof")})));
    out.seed(formats, QStringLiteral("log-proof-consistency"),
             withKindByte(2, protocol::kt::encodeLogProof(
                                 {6, 29, made(makeConsistencyProof(tree, 6, 29), "a proof")})));
    out.seed(formats, QStringLiteral("replay"), replaySeed());
    out.dictionary(formats, cborTokens());
}

} // namespace

void writeTransparencySeeds(SeedWriter &out)
{
    writeNotes(out);
    writeProofs(out);
}

} // namespace cardinal::fuzzing
