// SPDX-License-Identifier: GPL-3.0-or-later
// Checkpoint gossip as a receiver judges it (KtVerifier::checkGossip, docs/key-transparency.md
// "Gossip"), for the cases that need no answer from the server: a note that is not the
// log's says nothing and is ignored; the first one seen is held; the one held is quiet; one
// of the held size with another root is a split view naming the server and the sender,
// raised once however often it comes, also after a restart. The cases that need a
// consistency proof run against the real server in tst_client_splitview.
#include "client/ktstore.h"
#include "client/ktverifier.h"
#include "profilestoresupport.h"
#include "protocol/envelope.h"
#include "transparency/checkpoint.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace cardinal;
using namespace cardinal::client;
using namespace cardinal::client::testing;

namespace {

const QString LogName = QStringLiteral("chat.example.org/cardinal-kt");
const QString Server = QStringLiteral("wss://chat.example.org");
const QString Bob = QStringLiteral("bob@example.org");

struct Log
{
    crypto::Ed25519KeyPair key = crypto::Ed25519KeyPair::generate();
    crypto::VrfKeyPair labels = crypto::VrfKeyPair::generate();

    [[nodiscard]] protocol::kt::LogKeys keys() const
    {
        return {{LogName, key.publicKey()}, labels.publicKey()};
    }
    //! A checkpoint of `size` entries whose root is made from `fork`.
    [[nodiscard]] QByteArray note(std::uint64_t size, QByteArrayView fork = "honest") const
    {
        transparency::Checkpoint checkpoint{LogName, size, transparency::leafHash(fork), {}};
        return transparency::SignedCheckpoint::sign(checkpoint, key)->note;
    }
};

//! checkGossip's answer, which comes at once when no request is needed.
Result<void> gossip(KtVerifier &verifier, const QByteArray &note)
{
    std::optional<Result<void>> outcome;
    verifier.checkGossip(note, Bob, [&](Result<void> result) { outcome = std::move(result); });
    if (!outcome)
        return fail(ErrorCode::Unreachable, QStringLiteral("it asked the server"));
    return *outcome;
}

} // namespace

class TestKtGossip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void judgedWithoutTheServer()
    {
        QTemporaryDir dir;
        auto db = openDatabase(dir.path());
        QVERIFY(db);
        KtStore store(*db);
        Connection link{QUrl(Server)};
        KtVerifier verifier(link, store, Server);
        const Log log;
        QSignalSpy alerts(&verifier, &KtVerifier::alertRaised);

        // Without the log's keys nothing is judged, and nothing is gossiped.
        QVERIFY_OK(gossip(verifier, log.note(5)));
        QVERIFY(verifier.gossip().isEmpty());
        verifier.setLogKeys(log.keys());

        // Another log's checkpoint, or a forged one: not the server's word.
        const Log other;
        QVERIFY_OK(gossip(verifier, other.note(5)));
        QVERIFY_OK(gossip(verifier, "not a note at all"));
        QVERIFY(!store.heldCheckpoint()->has_value());

        // The first checkpoint seen is held, and from then on gossiped.
        QVERIFY_OK(gossip(verifier, log.note(5)));
        QCOMPARE(**store.heldCheckpoint(), log.note(5));
        QCOMPARE(verifier.gossip(), log.note(5));
        QVERIFY_OK(gossip(verifier, log.note(5)));
        QCOMPARE(alerts.size(), 0);

        // Five entries with another root: the server shows bob another log.
        QVERIFY_FAILS(gossip(verifier, log.note(5, "forked")), ErrorCode::ProofFailed);
        QCOMPARE(alerts.size(), 1);
        const auto evidence = alerts.first().first().value<KtEvidence>();
        QCOMPARE(evidence.kind, KtEvidence::Kind::SplitView);
        QCOMPARE(evidence.server, Server);
        QCOMPARE(evidence.subject, Bob);
        QVERIFY(evidence.detail.contains(Server));
        QVERIFY(evidence.detail.contains(Bob));
        QCOMPARE(evidence.statements, (QList<QByteArray>{log.note(5), log.note(5, "forked")}));
        QCOMPARE(**store.heldCheckpoint(), log.note(5)); // ours stays ours

        // Every further message with it is the same alert, not a new one.
        (void)gossip(verifier, log.note(5, "forked"));
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(store.evidence()->size(), 1);
    }

    // While a split view through bob is open, his next checkpoints (both logs move on every
    // epoch) are the same alert; a note too large for a message is not gossiped; and bob's
    // gossip waits for its one check under way rather than queueing request after request.
    void oneOpenAlertPerContactAndBoundedWork()
    {
        QTemporaryDir dir;
        auto db = openDatabase(dir.path());
        QVERIFY(db);
        KtStore store(*db);
        Connection link{QUrl(Server)};
        KtVerifier verifier(link, store, Server);
        const Log log;
        verifier.setLogKeys(log.keys());
        QSignalSpy alerts(&verifier, &KtVerifier::alertRaised);
        QVERIFY_OK(gossip(verifier, log.note(5)));
        QVERIFY_FAILS(gossip(verifier, log.note(5, "forked")), ErrorCode::ProofFailed);
        QVERIFY_FAILS(gossip(verifier, log.note(5, "forked again")), ErrorCode::ProofFailed);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(store.evidence()->size(), 1);
        QVERIFY_OK(store.acknowledge(store.evidence()->first().id));
        QVERIFY_FAILS(gossip(verifier, log.note(5, "forked once more")), ErrorCode::ProofFailed);
        QCOMPARE(alerts.size(), 2); // dismissed, then caught again: a new alert

        // A larger checkpoint needs the server (not reachable here): bob's next one waits.
        bool firstAnswered = false;
        verifier.checkGossip(log.note(9), Bob, [&](Result<void>) { firstAnswered = true; });
        QVERIFY(!firstAnswered);
        std::optional<Result<void>> second;
        verifier.checkGossip(log.note(10), Bob, [&](Result<void> r) { second = std::move(r); });
        QVERIFY(second.has_value()); // answered at once: not queued behind the first

        // Held notes too large for a message are not gossiped.
        QVERIFY_OK(store.holdCheckpoint(QByteArray(protocol::MaxGossipCheckpointBytes + 1, 'n')));
        QVERIFY(verifier.gossip().isEmpty());
    }

    void oneAlertAcrossARestart()
    {
        QTemporaryDir dir;
        const Log log;
        for (int run = 0; run < 2; ++run) {
            auto db = openDatabase(dir.path());
            QVERIFY(db);
            KtStore store(*db);
            Connection link{QUrl(Server)};
            KtVerifier verifier(link, store, Server);
            verifier.setLogKeys(log.keys());
            QVERIFY_OK(gossip(verifier, log.note(9)));
            QVERIFY_FAILS(gossip(verifier, log.note(9, "forked")), ErrorCode::ProofFailed);
            QCOMPARE(store.evidence()->size(), 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestKtGossip)
#include "tst_ktgossip.moc"
