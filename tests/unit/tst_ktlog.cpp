// SPDX-License-Identifier: GPL-3.0-or-later
// The server's key-transparency log (server/ktlog.h) checked the way a client checks it
// (protocol/ktlookup.h): every lookup of the latest state verifies against the latest
// checkpoint; a state the log does not hold, an older entry, a wrong key, another log's
// checkpoint are each refused; checkpoints stay consistent from epoch to epoch; replaying
// the stored entries rebuilds the same log, and a rewritten entry stops the replay.
#include "server/ktlog.h"

#include "crypto/random.h"

#include <QTest>

#include "resultchecks.h"

using namespace cardinal;
using namespace cardinal::server;
using protocol::kt::ChangeKind;
using protocol::kt::LookupEvidence;

namespace {

const QString Origin = QStringLiteral("chat.example.org/cardinal-kt");

crypto::DeterministicRandom seeded(const char *seed)
{
    const QByteArray bytes(seed);
    return crypto::DeterministicRandom(crypto::asBytes(bytes));
}

KtLog::Keys keys(const char *seed)
{
    crypto::DeterministicRandom random = seeded(seed);
    auto checkpoints = crypto::Ed25519KeyPair::generate(random);
    auto labels = crypto::VrfKeyPair::generate(random);
    return {Origin, std::move(checkpoints), std::move(labels)};
}

QByteArray stateOf(const QString &identity, int generation)
{
    return identity.toUtf8() + QByteArray(" bundle ") + QByteArray::number(generation);
}

using Stored = QList<StoredLogEntry>;

//! Closes an epoch and keeps what it appended, as the server's storage would.
KtLog::Epoch close(KtLog &log, Stored &stored, std::int64_t time)
{
    Result<KtLog::Epoch> epoch = log.closeEpoch(time);
    if (!epoch)
        qFatal("cannot close an epoch: %s", qPrintable(epoch.error().message()));
    stored += epoch->entries;
    return std::move(*epoch);
}

} // namespace

class TestKtLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyLatestStateVerifiesAndNothingElseDoes()
    {
        KtLog log(keys("server"));
        crypto::DeterministicRandom random = seeded("salts");
        Stored stored;
        const QStringList people = {QStringLiteral("alice@example.org"),
                                    QStringLiteral("bob@example.org"),
                                    QStringLiteral("carol@example.org")};
        for (const QString &person : people)
            QVERIFY(log.record(ChangeKind::CardPublished, person, stateOf(person, 1), std::nullopt,
                               100, random));
        QVERIFY(log.isPending(people.front()));
        close(log, stored, 110);
        QVERIFY(!log.isPending(people.front()));
        // bob adds a device, then another, in the next epoch.
        QVERIFY(log.record(ChangeKind::DeviceAdded, people.at(1), stateOf(people.at(1), 2),
                           std::nullopt, 120, random));
        QVERIFY(log.record(ChangeKind::DeviceAdded, people.at(1), stateOf(people.at(1), 3),
                           std::nullopt, 121, random));
        close(log, stored, 130);
        QCOMPARE(log.size(), std::uint64_t(3 + 1 + 2 + 1));

        const protocol::kt::LogKeys pinned = log.publicKeys();
        for (const QString &person : people) {
            const int generation = person == people.at(1) ? 3 : 1;
            const Result<LookupEvidence> evidence = log.lookup(person);
            QVERIFY(evidence);
            const auto verified =
                protocol::kt::verifyLookup(*evidence, pinned, person, stateOf(person, generation));
            QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().message()));
            QVERIFY(verified->latest);
            QCOMPARE(verified->latest->version, std::uint64_t(generation));
            QCOMPARE(verified->checkpoint.checkpoint.size, log.size());
            // An older state of the same address, or another address's state: refused.
            QVERIFY_FAILS(protocol::kt::verifyLookup(*evidence, pinned, person,
                                                     stateOf(person, generation + 1)),
                          ErrorCode::ProofFailed);
            QVERIFY(!protocol::kt::verifyLookup(
                *evidence, pinned, people.at(2) == person ? people.at(0) : people.at(2),
                stateOf(person, generation)));
        }
        // An address the log holds nothing for: absence verifies, a served card does not.
        const QString dave = QStringLiteral("dave@example.org");
        const Result<LookupEvidence> none = log.lookup(dave);
        QVERIFY(none && none->changeEntry.isEmpty());
        const auto absent = protocol::kt::verifyLookup(*none, pinned, dave, {});
        QVERIFY(absent && !absent->latest);
        QVERIFY_FAILS(protocol::kt::verifyLookup(*none, pinned, dave, stateOf(dave, 1)),
                      ErrorCode::ProofFailed);
    }

    void theServerCannotShowAnOlderEntryOrAnotherLogsCheckpoint()
    {
        KtLog log(keys("server"));
        crypto::DeterministicRandom random = seeded("salts");
        Stored stored;
        const QString bob = QStringLiteral("bob@example.org");
        QVERIFY(
            log.record(ChangeKind::CardPublished, bob, stateOf(bob, 1), std::nullopt, 100, random));
        close(log, stored, 110);
        const LookupEvidence first = *log.lookup(bob);
        QVERIFY(
            log.record(ChangeKind::CardPublished, bob, stateOf(bob, 2), std::nullopt, 200, random));
        close(log, stored, 210);
        const LookupEvidence second = *log.lookup(bob);
        const protocol::kt::LogKeys pinned = log.publicKeys();

        // The old entry with the new checkpoint: the map says it is not the latest.
        LookupEvidence stale = second;
        stale.changeEntry = first.changeEntry;
        stale.changeInclusion = {first.changeInclusion.first, second.changeInclusion.size, {}};
        stale.salt = first.salt;
        QVERIFY_FAILS(protocol::kt::verifyLookup(stale, pinned, bob, stateOf(bob, 1)),
                      ErrorCode::ProofFailed);
        // The same evidence under another server's keys.
        KtLog other(keys("another server"));
        QVERIFY(!protocol::kt::verifyLookup(second, other.publicKeys(), bob, stateOf(bob, 2)));
        // The label proof of another address.
        LookupEvidence wrongLabel = second;
        wrongLabel.labelProof = log.lookup(QStringLiteral("eve@example.org"))->labelProof;
        QVERIFY(!protocol::kt::verifyLookup(wrongLabel, pinned, bob, stateOf(bob, 2)));
        // A salt that does not open the commitment.
        LookupEvidence wrongSalt = second;
        wrongSalt.salt[0] = char(wrongSalt.salt[0] ^ 1);
        QVERIFY_FAILS(protocol::kt::verifyLookup(wrongSalt, pinned, bob, stateOf(bob, 2)),
                      ErrorCode::ProofFailed);
    }

    // A label checked once is not checked again, and the cache never lends it to anything
    // but the exact proof, address and key it was checked for.
    void aCachedLabelServesOnlyWhatWasChecked()
    {
        KtLog log(keys("server"));
        crypto::DeterministicRandom random = seeded("salts");
        Stored stored;
        const QString bob = QStringLiteral("bob@example.org");
        QVERIFY(
            log.record(ChangeKind::CardPublished, bob, stateOf(bob, 1), std::nullopt, 100, random));
        close(log, stored, 110);
        const LookupEvidence evidence = *log.lookup(bob);
        const protocol::kt::LogKeys pinned = log.publicKeys();
        protocol::kt::LabelCache labels;
        QVERIFY_OK(protocol::kt::verifyLookup(evidence, pinned, bob, stateOf(bob, 1), &labels));
        QCOMPARE(labels.size(), std::size_t(1));
        QVERIFY_OK(protocol::kt::verifyLookup(evidence, pinned, bob, stateOf(bob, 1), &labels));
        QCOMPARE(labels.size(), std::size_t(1)); // served from the cache
        QCOMPARE(*labels.label(pinned.labels, bob, evidence.labelProof),
                 *protocol::kt::verifiedLabel(pinned.labels, bob, evidence.labelProof));
        // Another address with bob's proof, or bob's proof changed: checked, and refused.
        QVERIFY(!labels.label(pinned.labels, QStringLiteral("eve@example.org"), evidence.labelProof));
        crypto::VrfProof bent = evidence.labelProof;
        bent.span()[40] ^= 1;
        QVERIFY(!labels.label(pinned.labels, bob, bent));
        // Under another server's key: checked, and refused.
        KtLog other(keys("another server"));
        QVERIFY(!labels.label(other.publicKeys().labels, bob, evidence.labelProof));
        QCOMPARE(labels.size(), std::size_t(1));
    }

    void checkpointsAreConsistentAcrossEpochs()
    {
        KtLog log(keys("server"));
        crypto::DeterministicRandom random = seeded("salts");
        Stored stored;
        QList<transparency::Checkpoint> seen;
        for (int epoch = 0; epoch < 6; ++epoch) {
            for (int i = 0; i <= epoch; ++i) {
                const QString person = QStringLiteral("p%1@example.org").arg(i);
                QVERIFY(log.record(ChangeKind::CardPublished, person, stateOf(person, epoch),
                                   std::nullopt, epoch, random));
            }
            seen.append(close(log, stored, epoch).checkpoint.checkpoint);
        }
        for (const transparency::Checkpoint &old : seen) {
            const Result<transparency::MerkleProof> proof = log.consistency(old.size);
            QVERIFY(proof);
            QVERIFY(transparency::verifyConsistency(old.size, log.size(), old.root,
                                                    log.checkpoint()->checkpoint.root, *proof));
        }
        // An epoch without changes still makes a checkpoint (the hourly one).
        const std::uint64_t before = log.size();
        QVERIFY(!log.hasPending());
        close(log, stored, 99);
        QCOMPARE(log.size(), before + 1);
    }

    void replayRebuildsTheLogAndRefusesARewrittenOne()
    {
        KtLog log(keys("server"));
        crypto::DeterministicRandom random = seeded("salts");
        Stored stored;
        const QString alice = QStringLiteral("alice@example.org");
        for (int epoch = 1; epoch <= 3; ++epoch) {
            QVERIFY(log.record(ChangeKind::CardPublished, alice, stateOf(alice, epoch),
                               std::nullopt, epoch, random));
            close(log, stored, epoch);
        }
        KtLog restarted(keys("server"));
        QVERIFY(restarted.replay(stored));
        QCOMPARE(restarted.size(), log.size());
        QCOMPARE(restarted.checkpoint()->checkpoint.root, log.checkpoint()->checkpoint.root);
        const auto verified = protocol::kt::verifyLookup(
            *restarted.lookup(alice), restarted.publicKeys(), alice, stateOf(alice, 3));
        QVERIFY(verified && verified->latest && verified->latest->version == 3);

        // The operator rewrites alice's first entry (a key she never had): the epoch entry
        // after it no longer follows.
        Stored rewritten = stored;
        KtLog forger(keys("server"));
        crypto::DeterministicRandom other = seeded("forged");
        QVERIFY(forger.record(ChangeKind::CardPublished, alice, "the operator's key", std::nullopt,
                              1, other));
        rewritten[0].entry = forger.closeEpoch(1)->entries.front().entry;
        KtLog refused(keys("server"));
        QVERIFY_FAILS(refused.replay(rewritten), ErrorCode::CorruptFile);
        QCOMPARE(refused.size(), std::uint64_t(0));
        // Dropping an entry: versions skip.
        Stored dropped = stored;
        dropped.removeAt(2);
        QVERIFY_FAILS(refused.replay(dropped), ErrorCode::CorruptFile);
        // Renumbered after the drop, so that positions follow: the versions still skip.
        for (qsizetype i = 0; i < dropped.size(); ++i)
            dropped[i].index = i;
        QVERIFY_FAILS(refused.replay(dropped), ErrorCode::CorruptFile);
        // A change without its salt cannot be opened again.
        Stored unsalted = stored;
        unsalted[0].salt.clear();
        QVERIFY_FAILS(refused.replay(unsalted), ErrorCode::CorruptFile);
        QCOMPARE(refused.size(), std::uint64_t(0));
    }

    void historyEntriesAndTheLatestWordOnAnAddress()
    {
        KtLog log(keys("server"));
        crypto::DeterministicRandom random = seeded("salts");
        Stored stored;
        const QString alice = QStringLiteral("alice@example.org");
        const QString bob = QStringLiteral("bob@example.org");
        QVERIFY(*log.matchesLatest(alice, {}));
        QVERIFY(!*log.matchesLatest(alice, stateOf(alice, 1)));
        for (int generation = 1; generation <= 3; ++generation) {
            QVERIFY(log.record(ChangeKind::CardPublished, alice, stateOf(alice, generation),
                               std::nullopt, generation, random));
            QVERIFY(log.record(ChangeKind::CardPublished, bob, stateOf(bob, generation),
                               std::nullopt, generation, random));
            // Pending changes are the latest word, and not yet history.
            QVERIFY(*log.matchesLatest(alice, stateOf(alice, generation)));
            QCOMPARE(log.history(alice, 0, 10)->size(), qsizetype(generation - 1));
            close(log, stored, generation);
        }
        QVERIFY(!*log.matchesLatest(alice, stateOf(alice, 2)));
        QVERIFY(*log.matchesLatest(bob, stateOf(bob, 3)));
        // alice's entries are at 0, 3, 6 (each epoch: alice, bob, the epoch entry).
        QCOMPARE(*log.history(alice, 0, 10), (QList<std::uint64_t>{0, 3, 6}));
        QCOMPARE(*log.history(alice, 1, 1), (QList<std::uint64_t>{3}));
        QVERIFY(log.history(alice, 3, 10)->isEmpty());
        QVERIFY(log.history(QStringLiteral("nobody@example.org"), 0, 10)->isEmpty());
        const QList<std::uint64_t> bobs = *log.history(bob, 0, 10);
        for (const std::uint64_t index : bobs) {
            const Result<protocol::kt::LogProof> proof = log.inclusion(index);
            QVERIFY(proof);
            QVERIFY_OK(transparency::verifyInclusion(
                transparency::leafHash(stored.at(qsizetype(index)).entry), index, log.size(),
                proof->hashes, log.checkpoint()->checkpoint.root));
        }
        QVERIFY(!log.inclusion(log.size()));
        // Raw entries, as auditors read them.
        QCOMPARE(log.entries(0, 100).size(), qsizetype(log.size()));
        QCOMPARE(log.entries(7, 1), (QList<QByteArray>{stored.at(7).entry}));
        QVERIFY(log.entries(log.size(), 5).isEmpty());
        QVERIFY(log.entries(std::uint64_t(1) << 62, 5).isEmpty());
    }

    void earlierEntriesOpenUnderTheLatestAndSpoiledOnesDoNot()
    {
        KtLog log(keys("server"));
        crypto::DeterministicRandom random = seeded("salts");
        Stored stored;
        const QString bob = QStringLiteral("bob@example.org");
        for (int generation = 1; generation <= 3; ++generation) {
            QVERIFY(log.record(ChangeKind::CardPublished, bob, stateOf(bob, generation),
                               std::nullopt, generation, random));
            QVERIFY(log.record(ChangeKind::CardPublished, QStringLiteral("eve@example.org"),
                               stateOf(bob, generation), std::nullopt, generation, random));
            close(log, stored, generation);
        }
        const Result<protocol::kt::VerifiedLookup> latest =
            protocol::kt::verifyLatest(*log.lookup(bob), log.publicKeys(), bob);
        QVERIFY_OK(latest);
        QCOMPARE(latest->latest->version, std::uint64_t(3));
        const QList<std::uint64_t> where = *log.history(bob, 0, 10);
        QCOMPARE(where.size(), 3);
        for (qsizetype i = 0; i < where.size(); ++i) {
            const StoredLogEntry &entry = stored.at(qsizetype(where.at(i)));
            const protocol::kt::LogProof proof = *log.inclusion(where.at(i));
            const auto opened = protocol::kt::verifyOpenedEntry(
                *latest, where.at(i), entry.entry, entry.salt, stateOf(bob, int(i) + 1), proof);
            QVERIFY_OK(opened);
            QCOMPARE(opened->version, std::uint64_t(i + 1));
            // Another state, another salt, another place, another's entry: refused.
            QVERIFY_FAILS(protocol::kt::verifyOpenedEntry(*latest, where.at(i), entry.entry,
                                                          entry.salt, stateOf(bob, 9), proof),
                          ErrorCode::ProofFailed);
            QByteArray salt = entry.salt;
            salt[0] = char(salt[0] ^ 1);
            QVERIFY_FAILS(protocol::kt::verifyOpenedEntry(*latest, where.at(i), entry.entry, salt,
                                                          stateOf(bob, int(i) + 1), proof),
                          ErrorCode::ProofFailed);
            QVERIFY_FAILS(protocol::kt::verifyOpenedEntry(*latest, where.at(i) + 1, entry.entry,
                                                          entry.salt, stateOf(bob, int(i) + 1),
                                                          proof),
                          ErrorCode::ProofFailed);
            const std::uint64_t eves = where.at(i) + 1;
            QVERIFY_FAILS(protocol::kt::verifyOpenedEntry(
                              *latest, eves, stored.at(qsizetype(eves)).entry,
                              stored.at(qsizetype(eves)).salt, stateOf(bob, int(i) + 1),
                              *log.inclusion(eves)),
                          ErrorCode::ProofFailed);
        }
    }

    void noLookupBeforeTheFirstCheckpoint()
    {
        KtLog log(keys("server"));
        QVERIFY_FAILS(log.lookup(QStringLiteral("alice@example.org")), ErrorCode::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestKtLog)
#include "tst_ktlog.moc"
