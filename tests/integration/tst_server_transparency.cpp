// SPDX-License-Identifier: GPL-3.0-or-later
// The server's key-transparency log over the wire (docs/key-transparency.md), checked as a
// client and an auditor check it: every directory change becomes an entry of its address's
// history, every lookup proves the card served is the latest, a replaced card keeps its
// last entry, an auditor replays the whole log and finds every checkpoint as signed, the
// log only grows, a restart keeps it, and a log rebuilt behind the clients' backs cannot be
// proven consistent with what they hold.
#include "serverfixture.h"
#include "testclient.h"
#include "testmessages.h"

#include "protocol/api/transparency.h"
#include "protocol/ktreplay.h"
#include "protocol/signing.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include "resultchecks.h"

using namespace cardinal;
using namespace cardinal::testing;
namespace api = protocol::api;
namespace kt = protocol::kt;
namespace wire = protocol::wire;

namespace {

constexpr int WaitMs = 10'000;

//! The newest checkpoint, opened under the hello's log keys.
Result<transparency::SignedCheckpoint> checkpointOf(TestClient &client)
{
    const auto reply = client.call(api::KtCheckpoint{}).as<api::KtCheckpoint>();
    if (!reply)
        return fail(ErrorCode::IoError, QStringLiteral("kt-checkpoint failed"));
    return transparency::SignedCheckpoint::open(reply->checkpoint,
                                                client.hello().logKeys->checkpoints);
}

//! Runs `statement` on the server's database while it is stopped.
bool execute(const QString &databasePath, const QString &statement)
{
    bool ok = false;
    {
        QSqlDatabase database =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        database.setDatabaseName(databasePath);
        ok = database.open() && QSqlQuery(database).exec(statement);
        database.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    return ok;
}

} // namespace

class TestServerTransparency : public ServerFixture
{
    Q_OBJECT

private:
    std::optional<client::Profile> m_alice;
    std::optional<client::Profile> m_bob;
    std::unique_ptr<TestClient> m_aliceClient;
    std::unique_ptr<TestClient> m_bobClient;

    //! alice's history as bob reads it, every entry checked; the changes in order.
    Result<QList<std::pair<kt::ChangeEntry, QByteArray>>> history(std::uint64_t since)
    {
        const auto reply = m_bobClient->call(api::KtHistory{
            *protocol::Identity::parse(m_alice->identity()), since}).as<api::KtHistory>();
        if (!reply)
            return fail(ErrorCode::IoError, QStringLiteral("kt-history failed"));
        const Result<kt::VerifiedLookup> latest =
            kt::verifyLatest(reply->evidence, *m_bobClient->hello().logKeys, m_alice->identity());
        if (!latest)
            return fail(latest.error());
        QList<std::pair<kt::ChangeEntry, QByteArray>> out;
        for (const api::KtOpenedEntry &opened : reply->entries) {
            const Result<kt::ChangeEntry> change = kt::verifyOpenedEntry(
                *latest, opened.index, opened.entry, opened.salt, opened.state, opened.inclusion);
            if (!change)
                return fail(change.error());
            out.append({*change, opened.state});
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(startServer(), qPrintable(setupError()));
        QVERIFY2(
            registerPeople({{&m_alice, QStringLiteral("alice")}, {&m_bob, QStringLiteral("bob")}}),
            qPrintable(setupError()));
        m_aliceClient = connect(*m_alice);
        m_bobClient = connect(*m_bob);
        QVERIFY(m_aliceClient && m_bobClient);
        QVERIFY(m_bobClient->hello().logKeys);
    }

    void everyDirectoryChangeIsLoggedInOrder()
    {
        const Result<api::CardLookup> first = m_bobClient->provenLookup(m_alice->identity());
        QVERIFY_OK(first);
        const ExtraDevice tablet = makeExtraDevice(*m_alice, QStringLiteral("tablet"));
        QVERIFY_REPLY(m_aliceClient->request(wire::AddDevice, {tablet.record}));
        const Result<api::CardLookup> two = m_bobClient->provenLookup(m_alice->identity());
        QVERIFY_OK(two);
        QCOMPARE(protocol::CardBundle::decode(two->cardBundle)->devices.size(), 2);
        const QByteArray revocation =
            protocol::signWithContext(m_alice->identityKey(), protocol::DeviceRevocationContext,
                                      {m_alice->cardId().view(), tablet.id.view()})
                .toByteArray();
        QVERIFY_REPLY(
            m_aliceClient->request(wire::RevokeDevice, {tablet.id.toByteArray(), revocation}));
        const Result<api::CardLookup> back = m_bobClient->provenLookup(m_alice->identity());
        QVERIFY_OK(back);
        QCOMPARE(back->cardBundle, first->cardBundle);

        const auto changes = history(0);
        QVERIFY_OK(changes);
        QCOMPARE(changes->size(), 3);
        const QList<kt::ChangeKind> kinds{kt::ChangeKind::CardPublished,
                                          kt::ChangeKind::DeviceAdded,
                                          kt::ChangeKind::DeviceRevoked};
        const QList<qsizetype> devices{1, 2, 1};
        for (qsizetype i = 0; i < changes->size(); ++i) {
            QCOMPARE(changes->at(i).first.version, std::uint64_t(i + 1));
            QCOMPARE(changes->at(i).first.kind, kinds.at(i));
            QCOMPARE(protocol::CardBundle::decode(changes->at(i).second)->devices.size(),
                     devices.at(i));
        }
        QCOMPARE(changes->at(1).second, two->cardBundle);
        // Since a version: only what came after it.
        const auto later = history(2);
        QVERIFY_OK(later);
        QCOMPARE(later->size(), 1);
        QCOMPARE(later->first().first.kind, kt::ChangeKind::DeviceRevoked);
        QVERIFY(history(3)->isEmpty());
    }

    void aReplacedCardKeepsItsLastEntry()
    {
        const protocol::CardId oldCard = m_alice->cardId();
        auto replacement = republish(m_dir.filePath(QStringLiteral("alice-2")), m_alice->identity());
        QVERIFY(replacement);
        const Result<api::CardLookup> current = m_bobClient->provenLookup(m_alice->identity());
        QVERIFY_OK(current);
        QCOMPARE(protocol::CardBundle::decode(current->cardBundle)->card.id(),
                 replacement->cardId());

        const auto old = m_bobClient->call(api::LookupCard{oldCard}).as<api::LookupCard>();
        QVERIFY(old && old->revoked && old->transparency && old->transparency->cardEntry);
        const Result<kt::VerifiedLookup> latest = kt::verifyLatest(
            old->transparency->evidence, *m_bobClient->hello().logKeys, m_alice->identity());
        QVERIFY_OK(latest);
        QCOMPARE(latest->latest->version, std::uint64_t(4));
        const api::KtOpenedEntry &entry = *old->transparency->cardEntry;
        const Result<kt::ChangeEntry> last = kt::verifyOpenedEntry(
            *latest, entry.index, entry.entry, entry.salt, entry.state, entry.inclusion);
        QVERIFY_OK(last);
        QCOMPARE(last->version, std::uint64_t(3));
        QCOMPARE(protocol::CardBundle::decode(entry.state)->card.id(), oldCard);
        // The current card by id: no last entry, its evidence proves it as served.
        const auto now =
            m_bobClient->call(api::LookupCard{replacement->cardId()}).as<api::LookupCard>();
        QVERIFY(now && now->transparency && !now->transparency->cardEntry);
        QVERIFY_OK(kt::verifyLookup(now->transparency->evidence, *m_bobClient->hello().logKeys,
                                    m_alice->identity(), now->cardBundle));
        m_alice.emplace(std::move(*replacement));
        m_aliceClient = connect(*m_alice);
        QVERIFY(m_aliceClient);
    }

    void anAuditorReplaysTheWholeLog()
    {
        TestClient auditor; // needs no account
        QVERIFY(auditor.connectTo(m_server.url()));
        const Result<transparency::SignedCheckpoint> newest = checkpointOf(auditor);
        QVERIFY_OK(newest);
        kt::LogReplay replay;
        int checkpoints = 0;
        while (replay.size() < newest->checkpoint.size) {
            const auto page =
                auditor.call(api::KtEntries{replay.size(), 7}).as<api::KtEntries>();
            QVERIFY(page && !page->entries.isEmpty());
            qsizetype nextCheckpoint = 0;
            for (const QByteArray &entry : page->entries) {
                QVERIFY_OK(replay.append(entry));
                if (!replay.endsWithEpoch())
                    continue;
                QVERIFY(nextCheckpoint < page->checkpoints.size());
                QVERIFY_OK(replay.checkCheckpoint(page->checkpoints.at(nextCheckpoint++),
                                                  auditor.hello().logKeys->checkpoints));
                ++checkpoints;
            }
            QCOMPARE(nextCheckpoint, page->checkpoints.size());
        }
        QCOMPARE(replay.root(), newest->checkpoint.root);
        QCOMPARE(std::uint64_t(checkpoints), replay.epochs());
        QVERIFY(replay.labels() >= 2);
        QVERIFY(auditor.call(api::KtEntries{replay.size(), 5}).as<api::KtEntries>()->entries.isEmpty());

        // Hostile or impossible requests are refused.
        QVERIFY_WIRE_ERROR(auditor.request(wire::KtEntries, {0, 0}), BadFrame);
        QVERIFY_WIRE_ERROR(auditor.request(wire::KtEntries, {0, 5000}), BadFrame);
        const qint64 size = qint64(newest->checkpoint.size);
        QVERIFY_WIRE_ERROR(auditor.request(wire::KtConsistency, {0, size}), BadFrame);
        QVERIFY_WIRE_ERROR(auditor.request(wire::KtConsistency, {size}), BadFrame);
        QVERIFY_WIRE_ERROR(auditor.request(wire::KtConsistency, {size, size - 1}), BadFrame);
        QVERIFY_WIRE_ERROR(auditor.request(wire::KtConsistency, {1, size + 1}), BadFrame);
        // From a size to itself: nothing to prove, an empty proof.
        const auto same = auditor.call(api::KtConsistency{quint64(size), quint64(size)})
                              .as<api::KtConsistency>();
        QVERIFY(same && same->proof.hashes.isEmpty());
        // The history needs no account: whoever was locked out of theirs reads it.
        QVERIFY_REPLY(auditor.request(wire::KtHistory, {m_alice->identity(), 0}));
    }

    // A history read while epochs close is whole: its entries reach the latest version its
    // evidence proves (once, an epoch closing while the entries were read gave a newer
    // latest state than the entries listed, and clients called the log a liar). Bounded:
    // twelve changes, each followed at once by a burst of pipelined reads.
    void aHistoryReadWhileEpochsCloseIsWhole()
    {
        const QCborArray read = api::KtHistory{*protocol::Identity::parse(m_alice->identity()), 0}.encode();
        int answers = 0;
        std::optional<ExtraDevice> phone;
        for (int round = 0; round < 12; ++round) {
            // A phone comes and goes (a new one each time: a revoked id never returns): a
            // change of alice's address each round.
            if (round % 2 == 0)
                phone = makeExtraDevice(*m_alice, QStringLiteral("phone %1").arg(round));
            const QByteArray revocation =
                protocol::signWithContext(m_alice->identityKey(),
                                          protocol::DeviceRevocationContext,
                                          {m_alice->cardId().view(), phone->id.view()})
                    .toByteArray();
            const quint64 change =
                round % 2 == 0 ? m_aliceClient->post(wire::AddDevice, {phone->record})
                               : m_aliceClient->post(wire::RevokeDevice,
                                                     {phone->id.toByteArray(), revocation});
            QList<quint64> reads;
            for (int i = 0; i < 15; ++i)
                reads.append(m_bobClient->post(wire::KtHistory, read));
            QVERIFY_REPLY(m_aliceClient->waitForReply(change));
            for (const quint64 id : std::as_const(reads)) {
                const auto reply = m_bobClient->waitForReply(id).as<api::KtHistory>();
                QVERIFY(reply);
                const auto latest = kt::verifyLatest(reply->evidence, *m_bobClient->hello().logKeys,
                                                     m_alice->identity());
                QVERIFY_OK(latest);
                const std::uint64_t newest = latest->latest ? latest->latest->version : 0;
                QVERIFY2(std::uint64_t(reply->entries.size()) == newest,
                         qPrintable(QStringLiteral("%1 entries, latest version %2")
                                        .arg(reply->entries.size())
                                        .arg(newest)));
                for (const api::KtOpenedEntry &opened : reply->entries)
                    QVERIFY_OK(kt::verifyOpenedEntry(*latest, opened.index, opened.entry,
                                                     opened.salt, opened.state,
                                                     opened.inclusion));
                ++answers;
            }
        }
        QCOMPARE(answers, 12 * 15);
        // The last change logged before the next test restarts the server.
        QVERIFY_OK(m_bobClient->provenLookup(m_alice->identity()));
    }

    void checkpointsOnlyGrow()
    {
        const Result<transparency::SignedCheckpoint> before = checkpointOf(*m_bobClient);
        QVERIFY_OK(before);
        const ExtraDevice laptop = makeExtraDevice(*m_bob, QStringLiteral("laptop"));
        QVERIFY_REPLY(m_bobClient->request(wire::AddDevice, {laptop.record}));
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto now = checkpointOf(*m_bobClient);
                return now && now->checkpoint.size > before->checkpoint.size;
            },
            WaitMs));
        const Result<transparency::SignedCheckpoint> after = checkpointOf(*m_bobClient);
        QVERIFY_OK(after);
        const auto proof = m_bobClient
                               ->call(api::KtConsistency{before->checkpoint.size,
                                                         after->checkpoint.size})
                               .as<api::KtConsistency>();
        QVERIFY(proof);
        QCOMPARE(proof->proof.first, before->checkpoint.size);
        QCOMPARE(proof->proof.size, after->checkpoint.size);
        QVERIFY_OK(transparency::verifyConsistency(before->checkpoint.size, after->checkpoint.size,
                                                   before->checkpoint.root,
                                                   after->checkpoint.root, proof->proof.hashes));
    }

    void aRestartKeepsTheLog()
    {
        const Result<transparency::SignedCheckpoint> before = checkpointOf(*m_bobClient);
        QVERIFY_OK(before);
        m_aliceClient.reset();
        m_bobClient.reset();
        QVERIFY2(m_server.restart(), qPrintable(m_server.lastError()));
        m_bobClient = connect(*m_bob);
        QVERIFY(m_bobClient);
        const Result<transparency::SignedCheckpoint> after = checkpointOf(*m_bobClient);
        QVERIFY_OK(after);
        QCOMPARE(after->checkpoint, before->checkpoint);
        QVERIFY_OK(m_bobClient->provenLookup(m_alice->identity()));
    }

    void aLogRebuiltBehindTheClientsBacksCannotBeProvenConsistent()
    {
        const Result<transparency::SignedCheckpoint> held = checkpointOf(*m_bobClient);
        QVERIFY_OK(held);
        m_bobClient.reset();
        QVERIFY(m_server.stop());
        // The operator starts the log again: the server logs the directory as it finds it.
        QVERIFY(execute(m_server.databasePath(), QStringLiteral("DELETE FROM kt_entries")));
        QVERIFY(execute(m_server.databasePath(), QStringLiteral("DELETE FROM kt_checkpoints")));
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        m_bobClient = connect(*m_bob);
        QVERIFY(m_bobClient);
        QVERIFY_OK(m_bobClient->provenLookup(m_alice->identity()));
        const Result<transparency::SignedCheckpoint> rebuilt = checkpointOf(*m_bobClient);
        QVERIFY_OK(rebuilt);
        QVERIFY(rebuilt->checkpoint.size < held->checkpoint.size);
        // A client holding the old checkpoint asks for the proof that the log grew from it:
        // there is none.
        QVERIFY_WIRE_ERROR(m_bobClient->request(wire::KtConsistency,
                                                {qint64(rebuilt->checkpoint.size),
                                                 qint64(held->checkpoint.size)}),
                           BadFrame);

        // An entry deleted from the middle: the server refuses to start on such a log.
        m_bobClient.reset();
        QVERIFY(m_server.stop());
        QVERIFY(execute(m_server.databasePath(), QStringLiteral("DELETE FROM kt_entries WHERE idx = 0")));
        QVERIFY(!m_server.start());
        QVERIFY2(m_server.lastError().contains(QStringLiteral("key-transparency log")),
                 qPrintable(m_server.lastError()));
    }
};

QTEST_MAIN(TestServerTransparency)
#include "tst_server_transparency.moc"
