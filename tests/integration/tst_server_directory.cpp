// SPDX-License-Identifier: GPL-3.0-or-later
// The card directory of the real cardinal-server: lookups by another user, adding and
// revoking devices, revoking a card, and replacing a card by publishing a new one, with the
// events the owner and their contacts receive and the sessions that must end.
#include "serverfixture.h"
#include "testclient.h"
#include "testmessages.h"

#include "protocol/signing.h"

#include <QTemporaryDir>
#include <QTest>

#include "resultchecks.h"

using namespace cardinal;
using namespace cardinal::testing;
namespace wire = protocol::wire;

class TestServerDirectory : public ServerFixture
{
    Q_OBJECT

private:
    std::optional<client::Profile> m_alice;
    std::optional<client::Profile> m_bob;
    std::unique_ptr<TestClient> m_aliceClient;
    std::unique_ptr<TestClient> m_bobClient;
    std::optional<ExtraDevice> m_tablet; //!< Alice's, added then revoked

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
        // A first message makes them contacts, who hear of each other's card changes.
        auto bobCard = m_aliceClient->lookup(m_bob->identity());
        QVERIFY(bobCard);
        const Reply sent = m_aliceClient->send(directTarget(m_bob->identity()),
                                               sealMessage(*m_alice, recipientsOf(*bobCard), "hi"));
        QVERIFY_REPLY(sent);
        QVERIFY(m_bobClient->waitForMessages(1));
        const Reply acked = m_bobClient->ack({m_bobClient->messages().constFirst().seq});
        QVERIFY_REPLY(acked);
    }

    void cleanupTestCase()
    {
        m_aliceClient.reset();
        m_bobClient.reset();
        QVERIFY2(m_server.stop(), qPrintable(m_server.lastError()));
    }

    void lookupByAnotherUser()
    {
        const Reply looked =
            m_bobClient->request(wire::Lookup, {QStringLiteral(" ALICE@example.org ")});
        QVERIFY_REPLY(looked);
        // The card, its revoked flag and devices, and the key-transparency proof.
        QCOMPARE(looked.payload().size(), 4);
        const Result<protocol::api::CardLookup> proven =
            m_bobClient->provenLookup(QStringLiteral("alice@example.org"));
        QVERIFY_OK(proven);
        QCOMPARE(proven->cardBundle, m_alice->ownBundle().encode());
        auto bundle = protocol::CardBundle::decode(looked.payload().at(0).toByteArray());
        QVERIFY(bundle);
        QVERIFY(bundle->verify(*m_server.authorityKey()));
        QCOMPARE(bundle->card.id(), m_alice->cardId());
        QCOMPARE(bundle->devices.size(), 1);
        QCOMPARE(bundle->devices.at(0).deviceId(), m_alice->deviceId());
        QCOMPARE(looked.payload().at(1).toBool(), false);
        QCOMPARE(looked.payload().at(2).toArray(), QCborArray{});

        const Reply byId =
            m_bobClient->request(wire::LookupCard, {m_alice->cardId().toByteArray()});
        QVERIFY_REPLY(byId);
        // The same card; the proofs may be of different checkpoints.
        for (qsizetype field = 0; field < 3; ++field)
            QCOMPARE(byId.payload().at(field), looked.payload().at(field));

        const Reply nobody =
            m_bobClient->request(wire::Lookup, {QStringLiteral("nobody@example.org")});
        QVERIFY_WIRE_ERROR(nobody, NotFound);
        const Reply noCard = m_bobClient->request(wire::LookupCard, {QByteArray(32, '\7')});
        QVERIFY_WIRE_ERROR(noCard, NotFound);
        const Reply notAnAddress = m_bobClient->request(wire::Lookup, {QStringLiteral("alice")});
        QVERIFY_WIRE_ERROR(notAnAddress, BadFrame);
    }

    void addAndRevokeADevice()
    {
        m_aliceClient->clearEvents();
        m_bobClient->clearEvents();
        m_tablet = makeExtraDevice(*m_alice, QStringLiteral("tablet"));
        const Reply added = m_aliceClient->request(wire::AddDevice, {m_tablet->record});
        QVERIFY_REPLY(added);
        const QCborArray changed{m_alice->identity(), m_alice->cardId().toByteArray(), false};
        for (TestClient *client : {m_aliceClient.get(), m_bobClient.get()}) {
            QVERIFY(client->waitForEvents(wire::CardChanged, 1));
            QCOMPARE(client->events(wire::CardChanged).constFirst().payload, changed);
        }
        const Reply twice = m_aliceClient->request(wire::AddDevice, {m_tablet->record});
        QVERIFY_WIRE_ERROR(twice, Conflict);
        // Bob cannot add a device to his card with a record Alice signed.
        const Reply foreign = m_bobClient->request(
            wire::AddDevice, {makeExtraDevice(*m_alice, QStringLiteral("x")).record});
        QVERIFY_WIRE_ERROR(foreign, BadSignature);
        std::optional<protocol::CardBundle> bundle = m_bobClient->lookup(m_alice->identity());
        QVERIFY(bundle);
        QCOMPARE(bundle->devices.size(), 2);

        TestClient tablet;
        QVERIFY(tablet.connectTo(m_server.url()));
        const Reply signedIn =
            tablet.authenticate(m_alice->identityKey(), m_alice->cardId(), m_tablet->id);
        QVERIFY_REPLY(signedIn);

        const auto statement = [&](const crypto::Ed25519KeyPair &key) {
            return protocol::signWithContext(key, protocol::DeviceRevocationContext,
                                             {m_alice->cardId().view(), m_tablet->id.view()})
                .toByteArray();
        };
        const Reply badSignature = m_aliceClient->request(
            wire::RevokeDevice, {m_tablet->id.toByteArray(), statement(m_bob->identityKey())});
        QVERIFY_WIRE_ERROR(badSignature, BadSignature);
        // The tablet revokes itself (it was lost, say): it is answered, then disconnected.
        const Reply revoked = tablet.request(
            wire::RevokeDevice, {m_tablet->id.toByteArray(), statement(m_alice->identityKey())});
        QVERIFY_REPLY(revoked);
        const QCborArray event{m_alice->identity(), m_tablet->id.toByteArray()};
        for (TestClient *client : {m_aliceClient.get(), m_bobClient.get()}) {
            QVERIFY(client->waitForEvents(wire::DeviceRevoked, 1));
            QCOMPARE(client->events(wire::DeviceRevoked).constFirst().payload, event);
        }
        QVERIFY(tablet.waitForDisconnected());
        const Reply again = m_aliceClient->request(
            wire::RevokeDevice, {m_tablet->id.toByteArray(), statement(m_alice->identityKey())});
        QVERIFY_WIRE_ERROR(again, Conflict);

        // The directory lists it as revoked; it cannot sign in, and nobody may address it.
        const Reply looked = m_bobClient->request(wire::Lookup, {m_alice->identity()});
        QVERIFY_REPLY(looked);
        QCOMPARE(protocol::CardBundle::decode(looked.payload().at(0).toByteArray())->devices.size(),
                 1);
        QCOMPARE(looked.payload().at(2).toArray(), QCborArray{m_tablet->id.toByteArray()});
        TestClient late;
        QVERIFY(late.connectTo(m_server.url()));
        const Reply refused = late.authenticate(m_alice->identityKey(), m_alice->cardId(),
                                                m_tablet->id, m_tablet->record);
        QVERIFY_WIRE_ERROR(refused, Unauthenticated);
        QList<protocol::EnvelopeRecipient> recipients =
            recipientsOf(*bundle); // still with the tablet
        const Reply toRevoked = m_bobClient->send(directTarget(m_alice->identity()),
                                                  sealMessage(*m_bob, recipients, "tablet?"));
        QVERIFY_WIRE_ERROR(toRevoked, Forbidden);
    }

    void revokeACard()
    {
        m_bobClient->clearEvents();
        const Reply wrong = m_aliceClient->request(
            wire::RevokeCard,
            {protocol::signWithContext(m_bob->identityKey(), protocol::CardRevocationContext,
                                       {m_alice->cardId().view()})
                 .toByteArray()});
        QVERIFY_WIRE_ERROR(wrong, BadSignature);
        const Reply revoked = m_aliceClient->request(
            wire::RevokeCard,
            {protocol::signWithContext(m_alice->identityKey(), protocol::CardRevocationContext,
                                       {m_alice->cardId().view()})
                 .toByteArray()});
        QVERIFY_REPLY(revoked);
        QVERIFY(m_bobClient->waitForEvents(wire::CardChanged, 1));
        QCOMPARE(m_bobClient->events(wire::CardChanged).constFirst().payload,
                 (QCborArray{m_alice->identity(), m_alice->cardId().toByteArray(), true}));
        QVERIFY(m_aliceClient->waitForDisconnected());

        TestClient again;
        QVERIFY(again.connectTo(m_server.url()));
        const Reply refused = again.authenticate(*m_alice);
        QVERIFY_WIRE_ERROR(refused, Unauthenticated);
        const Reply lookup = m_bobClient->request(wire::Lookup, {m_alice->identity()});
        QVERIFY_WIRE_ERROR(lookup, NotFound);
        const Reply byId =
            m_bobClient->request(wire::LookupCard, {m_alice->cardId().toByteArray()});
        QVERIFY_REPLY(byId);
        QCOMPARE(byId.payload().at(1).toBool(), true);
        const Reply send =
            m_bobClient->send(directTarget(m_alice->identity()),
                              sealMessage(*m_bob, recipientsOf(m_alice->ownBundle()), "?"));
        QVERIFY_WIRE_ERROR(send, NotFound);
    }

    void publishAfterRevocation()
    {
        m_bobClient->clearEvents();
        auto alice = republish(m_dir.filePath(QStringLiteral("alice2")), m_alice->identity());
        QVERIFY(alice);
        QVERIFY(m_bobClient->waitForEvents(wire::CardChanged, 1));
        QCOMPARE(m_bobClient->events(wire::CardChanged).constFirst().payload,
                 (QCborArray{alice->identity(), alice->cardId().toByteArray(), false}));
        std::optional<protocol::CardBundle> bundle = m_bobClient->lookup(alice->identity());
        QVERIFY(bundle);
        QCOMPARE(bundle->card.id(), alice->cardId());
        m_alice = std::move(alice);
        m_aliceClient = connect(*m_alice);
        QVERIFY(m_aliceClient);
    }

    void publishingReplacesTheCard()
    {
        // Bob publishes a new card (a new key) while his old one is signed in.
        m_aliceClient->clearEvents();
        const protocol::CardId oldCard = m_bob->cardId();
        auto bob = republish(m_dir.filePath(QStringLiteral("bob2")), m_bob->identity());
        QVERIFY(bob);
        const Reply old = m_aliceClient->request(wire::LookupCard, {oldCard.toByteArray()});
        QVERIFY_REPLY(old);
        QCOMPARE(old.payload().at(1).toBool(), true);
        std::optional<protocol::CardBundle> bundle = m_aliceClient->lookup(bob->identity());
        QVERIFY(bundle);
        QCOMPARE(bundle->card.id(), bob->cardId());

        // The old card's session ends, as after a revocation, and cannot come back.
        QVERIFY(m_bobClient->waitForDisconnected());
        TestClient again;
        QVERIFY(again.connectTo(m_server.url()));
        const Reply refused = again.authenticate(*m_bob);
        QVERIFY_WIRE_ERROR(refused, Unauthenticated);
        m_bob = std::move(bob);
        m_bobClient = connect(*m_bob);
        QVERIFY(m_bobClient);
    }
};

QTEST_GUILESS_MAIN(TestServerDirectory)
#include "tst_server_directory.moc"
