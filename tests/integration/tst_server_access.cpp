// SPDX-License-Identifier: GPL-3.0-or-later
// What a client of the real cardinal-server cannot do: act before authenticating,
// authenticate with a signature by the wrong key, read or acknowledge another device's
// queue, post to a channel it is not in or to devices that are not members', add itself to
// a group, revoke someone else's device, or publish a card for an identity it did not verify.
#include "serverfixture.h"
#include "testclient.h"
#include "testmessages.h"

#include "protocol/sessionproof.h"
#include "protocol/signing.h"

#include <QTemporaryDir>
#include <QTest>

#include "cborliterals.h"

using namespace cardinal;
using namespace cardinal::testing;
namespace wire = protocol::wire;

class TestServerAccess : public ServerFixture
{
    Q_OBJECT

private:
    std::optional<client::Profile> m_alice;
    std::optional<client::Profile> m_bob;
    std::optional<client::Profile> m_mallory;
    std::unique_ptr<TestClient> m_malloryClient; //!< connected throughout; must see nothing
    QByteArray m_groupId;                        //!< alice's group with bob

    QList<protocol::EnvelopeRecipient> devicesOf(TestClient &client, const QString &identity)
    {
        const std::optional<protocol::CardBundle> bundle = client.lookup(identity);
        return bundle ? recipientsOf(*bundle) : QList<protocol::EnvelopeRecipient>{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(startServer(), qPrintable(setupError()));
        QVERIFY2(registerPeople({{&m_alice, QStringLiteral("alice")},
                                 {&m_bob, QStringLiteral("bob")},
                                 {&m_mallory, QStringLiteral("mallory")}}),
                 qPrintable(setupError()));
        m_malloryClient = connect(*m_mallory);
        QVERIFY(m_malloryClient);
    }

    void cleanupTestCase()
    {
        // Mallory shared no channel with anyone and was sent nothing: no event reached her
        // but the one that says her (empty) queue has been pushed.
        QVERIFY(m_malloryClient->isConnected());
        const QList<protocol::Frame> events = m_malloryClient->events();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().type, protocol::wire::BacklogEnd);
        QCOMPARE(events.first().payload, QCborArray{0});
        m_malloryClient.reset();
        QVERIFY2(m_server.stop(), qPrintable(m_server.lastError()));
    }

    void requestsBeforeAuthentication()
    {
        TestClient client;
        QVERIFY(client.connectTo(m_server.url()));
        const QByteArray someId(16, '\1');
        const QList<std::pair<QString, QCborArray>> requests{
            {wire::Lookup, {m_alice->identity()}},
            {wire::LookupCard, {m_alice->cardId().toByteArray()}},
            {wire::AddDevice, {QByteArray(100, 'r')}},
            {wire::RevokeDevice, {m_alice->deviceId().toByteArray(), QByteArray(64, 's')}},
            {wire::RevokeCard, {QByteArray(64, 's')}},
            {wire::BackupStore, {QByteArray(100, 'k')}},
            {wire::GroupCreate, {QStringLiteral("g"), QCborArray{}}},
            {wire::GroupAdd, {someId, m_bob->identity()}},
            {wire::GroupRemove, {someId, m_bob->identity()}},
            {wire::GroupInfo, {someId}},
            {wire::Groups, {}},
            {wire::Send, {directTarget(m_bob->identity()), QByteArray(100, 'e')}},
            {wire::Ack, {QCborValue(QCborArray{1})}},
        };
        for (const auto &[type, payload] : requests) {
            const Reply reply = client.request(type, payload);
            QVERIFY2(reply.isError(protocol::WireError::Unauthenticated),
                     qPrintable(type + u' ' + QString::fromUtf8(reply.describe())));
        }
        QVERIFY(client.isConnected());
    }

    void signatureByTheWrongKey()
    {
        TestClient client;
        QVERIFY(client.connectTo(m_server.url()));
        // Mallory claims Alice's card and device, but can only sign with her own key.
        const Reply forged =
            client.authenticate(m_mallory->identityKey(), m_alice->cardId(), m_alice->deviceId());
        QVERIFY_WIRE_ERROR(forged, Unauthenticated);
        const Reply lookup = client.request(wire::Lookup, {m_bob->identity()});
        QVERIFY_WIRE_ERROR(lookup, Unauthenticated);

        // Alice's real signature over another connection's challenge is no good here either.
        TestClient other;
        QVERIFY(other.connectTo(m_server.url()));
        const auto replayed = protocol::SessionProof{other.hello().challenge, other.hello().authorityKey,
                                                     m_alice->cardId(), m_alice->deviceId()}
                                  .sign(m_alice->identityKey());
        const Reply stale = client.request(wire::Auth, {m_alice->cardId().toByteArray(),
                                                        m_alice->deviceId().toByteArray(),
                                                        replayed.toByteArray(), QCborValue()});
        QVERIFY_WIRE_ERROR(stale, Unauthenticated);
        // Every failure reads the same, whichever check failed.
        QCOMPARE(stale.frame->errorMessage(), forged.frame->errorMessage());

        // The third failure ends the connection.
        protocol::DeviceId unknown;
        unknown.span()[0] = 7;
        const Reply third = client.authenticate(m_alice->identityKey(), m_alice->cardId(), unknown);
        QVERIFY_WIRE_ERROR(third, Unauthenticated);
        QCOMPARE(third.frame->errorMessage(), forged.frame->errorMessage());
        QVERIFY(client.waitForDisconnected());

        // The other connection may still sign in properly, once.
        const Reply good = other.authenticate(*m_alice);
        QVERIFY_REPLY(good);
        const Reply twice = other.authenticate(*m_alice);
        QVERIFY_WIRE_ERROR(twice, Conflict);
    }

    void publishForAnUnverifiedIdentity()
    {
        TestClient client;
        QVERIFY(client.connectTo(m_server.url()));
        const auto malloryKey = crypto::Ed25519KeyPair::generate();
        // A card naming Alice, with a token that verified Mallory.
        const std::optional<QByteArray> malloryToken = m_server.issueToken(m_mallory->identity());
        QVERIFY(malloryToken);
        const Reply asAlice =
            client.publishCard(*malloryToken, makeBundle(m_alice->identity(), malloryKey).encode());
        QVERIFY_WIRE_ERROR(asAlice, InvalidToken);
        // A token for Alice does not publish Mallory's card either.
        const std::optional<QByteArray> aliceToken = m_server.issueToken(m_alice->identity());
        QVERIFY(aliceToken);
        const Reply withAlicesToken =
            client.publishCard(*aliceToken, makeBundle(m_mallory->identity(), malloryKey).encode());
        QVERIFY_WIRE_ERROR(withAlicesToken, InvalidToken);
        // No token at all.
        const Reply none =
            client.publishCard({}, makeBundle(m_alice->identity(), malloryKey).encode());
        QVERIFY_WIRE_ERROR(none, BadFrame);

        // Alice's card is still the one the directory serves.
        auto alice = connect(*m_alice);
        QVERIFY(alice);
        const std::optional<protocol::CardBundle> served = alice->lookup(m_alice->identity());
        QVERIFY(served);
        QCOMPARE(served->card.id(), m_alice->cardId());
    }

    void anotherDevicesQueue()
    {
        auto alice = connect(*m_alice);
        QVERIFY(alice);
        QList<protocol::EnvelopeRecipient> recipients = devicesOf(*alice, m_bob->identity());
        QCOMPARE(recipients.size(), 1);
        const QByteArray envelope = sealMessage(*m_alice, recipients, "for bob only");
        const Reply sent = alice->send(directTarget(m_bob->identity()), envelope);
        QVERIFY_REPLY(sent);
        const qint64 seq = sent.payload().at(1).toInteger();
        QVERIFY(seq > 0);

        // Mallory acknowledges Bob's message: accepted, and nothing happens to Bob's queue.
        const Reply foreignAck = m_malloryClient->ack({seq, seq + 1, seq + 1000});
        QVERIFY_REPLY(foreignAck);
        // Sent to Alice before her own request was answered, it would have arrived before it.
        QVERIFY(alice->request(wire::Groups).ok());
        QCOMPARE(alice->events(wire::Delivery).size(), 0);

        auto bob = connect(*m_bob);
        QVERIFY(bob);
        QVERIFY(bob->waitForMessages(1));
        const MessageEvent message = bob->messages().constFirst();
        QCOMPARE(message.seq, seq);
        QCOMPARE(message.envelope, envelope);
        const Reply acked = bob->ack({seq});
        QVERIFY_REPLY(acked);
        QVERIFY(alice->waitForEvents(wire::Delivery, 1));
    }

    void postToAGroupOneIsNotIn()
    {
        auto alice = connect(*m_alice);
        QVERIFY(alice);
        const Reply created = alice->request(
            wire::GroupCreate, {QStringLiteral("private"), QCborArray{m_bob->identity()}});
        QVERIFY_REPLY(created);
        m_groupId = created.payload().at(0).toByteArray();
        QCOMPARE(m_groupId.size(), 16);

        QList<protocol::EnvelopeRecipient> recipients =
            devicesOf(*m_malloryClient, m_alice->identity());
        recipients += devicesOf(*m_malloryClient, m_bob->identity());
        QCOMPARE(recipients.size(), 2);
        const QByteArray envelope = sealMessage(*m_mallory, recipients, "let me in");
        const Reply sent = m_malloryClient->send(groupTarget(m_groupId), envelope);
        QVERIFY_WIRE_ERROR(sent, NotFound);
        const Reply info = m_malloryClient->request(wire::GroupInfo, {m_groupId});
        QVERIFY_WIRE_ERROR(info, NotFound);
        const Reply groups = m_malloryClient->request(wire::Groups);
        QVERIFY_REPLY(groups);
        QCOMPARE(groups.payload(), testing::arrayOf({QCborArray()})); // [list of groups], empty
    }

    void addOneselfToAGroup()
    {
        QVERIFY(!m_groupId.isEmpty());
        const Reply self =
            m_malloryClient->request(wire::GroupAdd, {m_groupId, m_mallory->identity()});
        QVERIFY_WIRE_ERROR(self, NotFound);
        // A member who is not the owner cannot add or remove others.
        auto bob = connect(*m_bob);
        QVERIFY(bob);
        const Reply byBob = bob->request(wire::GroupAdd, {m_groupId, m_mallory->identity()});
        QVERIFY_WIRE_ERROR(byBob, Forbidden);
        const Reply removeOwner = bob->request(wire::GroupRemove, {m_groupId, m_alice->identity()});
        QVERIFY_WIRE_ERROR(removeOwner, Forbidden);
        const Reply info = bob->request(wire::GroupInfo, {m_groupId});
        QVERIFY_REPLY(info);
        QCOMPARE(info.payload().at(3).toArray(),
                 (QCborArray{m_alice->identity(), m_bob->identity()}));
    }

    void devicesThatAreNotMembers()
    {
        auto alice = connect(*m_alice);
        QVERIFY(alice);
        QList<protocol::EnvelopeRecipient> toBob = devicesOf(*alice, m_bob->identity());
        QList<protocol::EnvelopeRecipient> withMallory =
            toBob + devicesOf(*alice, m_mallory->identity());
        QCOMPARE(withMallory.size(), 2);
        // Direct to Bob, but also addressed to Mallory's device.
        const Reply direct = alice->send(directTarget(m_bob->identity()),
                                         sealMessage(*m_alice, withMallory, "leak"));
        QVERIFY_WIRE_ERROR(direct, Forbidden);
        // To the group, with Mallory's device among the recipients.
        const Reply group =
            alice->send(groupTarget(m_groupId), sealMessage(*m_alice, withMallory, "leak"));
        QVERIFY_WIRE_ERROR(group, Forbidden);
        // A device id nobody has.
        const ExtraDevice stranger = makeExtraDevice(*m_bob, QStringLiteral("unregistered"));
        const Reply unknown =
            alice->send(directTarget(m_bob->identity()),
                        sealMessage(*m_alice, toBob + QList{recipientOf(stranger)}, "x"));
        QVERIFY_WIRE_ERROR(unknown, Forbidden);
        // Oneself is no direct peer.
        const Reply self =
            alice->send(directTarget(m_alice->identity()), sealMessage(*m_alice, toBob, "x"));
        QVERIFY_WIRE_ERROR(self, BadFrame);

        // None of it was queued: Bob receives nothing.
        auto bob = connect(*m_bob);
        QVERIFY(bob);
        QVERIFY(bob->waitForEvents(wire::BacklogEnd, 1)); // his queue has been pushed
        QCOMPARE(bob->messages().size(), 0);
    }

    void revokeSomeoneElsesDevice()
    {
        // Mallory signs with her own key; she may not even learn whether the device exists.
        const auto statement =
            protocol::signWithContext(m_mallory->identityKey(), protocol::DeviceRevocationContext,
                                      {m_mallory->cardId().view(), m_bob->deviceId().view()});
        const Reply revoke = m_malloryClient->request(
            wire::RevokeDevice, {m_bob->deviceId().toByteArray(), statement.toByteArray()});
        QVERIFY_WIRE_ERROR(revoke, NotFound);
        // Bob's own statement, replayed by Mallory, changes nothing.
        const auto bobs =
            protocol::signWithContext(m_bob->identityKey(), protocol::DeviceRevocationContext,
                                      {m_bob->cardId().view(), m_bob->deviceId().view()});
        const Reply replayed = m_malloryClient->request(
            wire::RevokeDevice, {m_bob->deviceId().toByteArray(), bobs.toByteArray()});
        QVERIFY_WIRE_ERROR(replayed, NotFound);

        auto bob = connect(*m_bob);
        QVERIFY(bob);
        const Reply looked = bob->request(wire::Lookup, {m_bob->identity()});
        QVERIFY_REPLY(looked);
        QCOMPARE(looked.payload().at(1).toBool(), false);
        QCOMPARE(looked.payload().at(2).toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestServerAccess)
#include "tst_server_access.moc"
