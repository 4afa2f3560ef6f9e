// SPDX-License-Identifier: GPL-3.0-or-later
// Groups on the real cardinal-server: creation, info and listing, the owner adding and
// removing members, members leaving, the member events everyone concerned hears, and a
// message to the group reaching every device of every member (and no former member).
#include "serverfixture.h"
#include "testclient.h"
#include "testmessages.h"

#include <QTemporaryDir>
#include <QTest>

#include "cborliterals.h"

using namespace cardinal;
using namespace cardinal::testing;
namespace wire = protocol::wire;

class TestServerGroups : public ServerFixture
{
    Q_OBJECT

private:
    std::optional<client::Profile> m_alice; //!< owns the group
    std::optional<client::Profile> m_bob;   //!< has a phone as well
    std::optional<client::Profile> m_carol;
    std::optional<ExtraDevice> m_bobPhone;
    std::unique_ptr<TestClient> m_aliceClient;
    std::unique_ptr<TestClient> m_bobClient;
    std::unique_ptr<TestClient> m_bobPhoneClient;
    std::unique_ptr<TestClient> m_carolClient;
    QList<protocol::CardBundle> m_cards;
    QByteArray m_groupId;

    QList<TestClient *> everyone() const
    {
        return {m_aliceClient.get(), m_bobClient.get(), m_bobPhoneClient.get(),
                m_carolClient.get()};
    }

    void clearEvents()
    {
        for (TestClient *client : everyone())
            client->clearEvents();
    }

    //! Alice's envelope to every device of `identities` (and her own).
    QByteArray sealForMembers(const QStringList &identities, const QByteArray &body)
    {
        QList<protocol::EnvelopeRecipient> recipients;
        for (const QString &identity : identities)
            if (auto bundle = m_aliceClient->lookup(identity))
                recipients += recipientsOf(*bundle);
        return sealMessage(*m_alice, recipients, body);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(startServer(), qPrintable(setupError()));
        QVERIFY2(registerPeople({{&m_alice, QStringLiteral("alice")},
                                 {&m_bob, QStringLiteral("bob")},
                                 {&m_carol, QStringLiteral("carol")}}),
                 qPrintable(setupError()));
        m_aliceClient = connect(*m_alice);
        m_bobClient = connect(*m_bob);
        m_carolClient = connect(*m_carol);
        QVERIFY(m_aliceClient && m_bobClient && m_carolClient);
        m_bobPhone = makeExtraDevice(*m_bob, QStringLiteral("phone"));
        m_bobPhoneClient = std::make_unique<TestClient>();
        QVERIFY(m_bobPhoneClient->connectTo(m_server.url()));
        const Reply joined = m_bobPhoneClient->authenticate(m_bob->identityKey(), m_bob->cardId(),
                                                            m_bobPhone->id, m_bobPhone->record);
        QVERIFY_REPLY(joined);
        for (const client::Profile *profile : {&*m_alice, &*m_bob, &*m_carol}) {
            auto bundle = m_carolClient->lookup(profile->identity());
            QVERIFY(bundle);
            m_cards.append(*bundle);
        }
        QCOMPARE(m_cards.at(1).devices.size(), 2);
    }

    void cleanupTestCase()
    {
        for (TestClient *client : everyone())
            QVERIFY(client->undecodable().isEmpty());
        m_aliceClient.reset();
        m_bobClient.reset();
        m_bobPhoneClient.reset();
        m_carolClient.reset();
        QVERIFY2(m_server.stop(), qPrintable(m_server.lastError()));
    }

    void createAndDescribe()
    {
        clearEvents();
        const Reply unknown = m_aliceClient->request(
            wire::GroupCreate,
            {QStringLiteral("x"), QCborArray{QStringLiteral("nobody@example.org")}});
        QVERIFY_WIRE_ERROR(unknown, NotFound);
        const Reply unnamed =
            m_aliceClient->request(wire::GroupCreate, {QStringLiteral("  "), QCborArray{}});
        QVERIFY_WIRE_ERROR(unnamed, BadFrame);

        // Bob named twice (once not canonical) and Alice herself: each is a member once.
        const Reply created = m_aliceClient->request(
            wire::GroupCreate, {QStringLiteral("Friends"),
                                QCborArray{m_bob->identity(), QStringLiteral("Bob@Example.org"),
                                           m_alice->identity()}});
        QVERIFY_REPLY(created);
        m_groupId = created.payload().at(0).toByteArray();
        QCOMPARE(m_groupId.size(), 16);
        const QCborArray expected{m_groupId, QStringLiteral("Friends"), m_alice->identity(),
                                  QCborArray{m_alice->identity(), m_bob->identity()}};
        for (TestClient *member : {m_aliceClient.get(), m_bobClient.get()}) {
            const Reply info = member->request(wire::GroupInfo, {m_groupId});
            QVERIFY_REPLY(info);
            QCOMPARE(info.payload(), expected);
            const Reply groups = member->request(wire::Groups);
            QVERIFY_REPLY(groups);
            QCOMPARE(groups.payload(), QCborArray{QCborValue(QCborArray{QCborValue(expected)})});
        }
        const Reply carols = m_carolClient->request(wire::Groups);
        QVERIFY_REPLY(carols);
        QCOMPARE(carols.payload(), QCborArray{QCborValue(QCborArray{})});

        // Both of Bob's devices hear that he is in.
        const QCborArray added{m_groupId, m_bob->identity(), m_alice->identity()};
        for (TestClient *device : {m_bobClient.get(), m_bobPhoneClient.get()}) {
            QVERIFY(device->waitForEvents(wire::MemberAdded, 1));
            QCOMPARE(device->events(wire::MemberAdded).constFirst().payload, added);
        }
        QCOMPARE(m_carolClient->events(wire::MemberAdded).size(), 0);
    }

    void ownerAddsAMember()
    {
        clearEvents();
        const Reply added =
            m_aliceClient->request(wire::GroupAdd, {m_groupId, m_carol->identity()});
        QVERIFY_REPLY(added);
        const QCborArray event{m_groupId, m_carol->identity(), m_alice->identity()};
        for (TestClient *client : everyone()) {
            QVERIFY(client->waitForEvents(wire::MemberAdded, 1));
            QCOMPARE(client->events(wire::MemberAdded).constFirst().payload, event);
        }
        const Reply again =
            m_aliceClient->request(wire::GroupAdd, {m_groupId, m_carol->identity()});
        QVERIFY_WIRE_ERROR(again, Conflict);
        const Reply nobody = m_aliceClient->request(
            wire::GroupAdd, {m_groupId, QStringLiteral("nobody@example.org")});
        QVERIFY_WIRE_ERROR(nobody, NotFound);
        const Reply info = m_carolClient->request(wire::GroupInfo, {m_groupId});
        QVERIFY_REPLY(info);
        QCOMPARE(info.payload().at(3).toArray(),
                 (QCborArray{m_alice->identity(), m_bob->identity(), m_carol->identity()}));
    }

    void messageReachesEveryMembersDevices()
    {
        clearEvents();
        const QByteArray envelope = sealForMembers(
            {m_alice->identity(), m_bob->identity(), m_carol->identity()}, "hello, group");
        const Reply sent = m_aliceClient->send(groupTarget(m_groupId), envelope);
        QVERIFY_REPLY(sent);
        QCOMPARE(sent.payload().at(2).toInteger(), 3); // Bob's two devices and Carol's
        const qint64 seq = sent.payload().at(1).toInteger();

        const QList<std::tuple<TestClient *, protocol::DeviceId, const crypto::X25519KeyPair *>>
            readers{
                {m_bobClient.get(), m_bob->deviceId(), &m_bob->deviceKey()},
                {m_bobPhoneClient.get(), m_bobPhone->id, &m_bobPhone->key},
                {m_carolClient.get(), m_carol->deviceId(), &m_carol->deviceKey()},
            };
        for (const auto &[client, device, key] : readers) {
            QVERIFY(client->waitForMessages(1));
            const MessageEvent message = client->messages().constFirst();
            QCOMPARE(message.seq, seq);
            QCOMPARE(message.channelKind, 1);
            QCOMPARE(message.channelId, m_groupId);
            QVERIFY(message.directMembers.isEmpty());
            QCOMPARE(message.sender, m_alice->identity());
            auto opened = openMessage(message.envelope, device, *key, m_cards);
            QVERIFY2(opened, failureText(opened).constData());
            QCOMPARE(opened->body, QByteArray("hello, group"));
            const Reply acked = client->ack({seq});
            QVERIFY_REPLY(acked);
        }
        QVERIFY(m_aliceClient->waitForEvents(wire::Delivery, 3));
        QCOMPARE(m_aliceClient->events(wire::Delivery).constLast().payload,
                 (QCborArray{messageIdOf(envelope)->toByteArray(), 3, 3}));
        QCOMPARE(m_aliceClient->messages().size(), 0); // the sending device gets no copy

        // A member other than the owner posts too.
        QList<protocol::EnvelopeRecipient> toAll;
        for (const protocol::CardBundle &card : std::as_const(m_cards))
            toAll += recipientsOf(card);
        const Reply fromCarol =
            m_carolClient->send(groupTarget(m_groupId), sealMessage(*m_carol, toAll, "hi all"));
        QVERIFY_REPLY(fromCarol);
        QCOMPARE(fromCarol.payload().at(2).toInteger(), 3); // Alice and Bob's two devices
        QVERIFY(m_aliceClient->waitForMessages(1));
        QCOMPARE(m_aliceClient->messages().constFirst().sender, m_carol->identity());
    }

    void ownerRemovesAMember()
    {
        clearEvents();
        const Reply removed =
            m_aliceClient->request(wire::GroupRemove, {m_groupId, m_carol->identity()});
        QVERIFY_REPLY(removed);
        const QCborArray event{m_groupId, m_carol->identity(), m_alice->identity()};
        for (TestClient *client : everyone()) { // Carol hears it too
            QVERIFY(client->waitForEvents(wire::MemberRemoved, 1));
            QCOMPARE(client->events(wire::MemberRemoved).constFirst().payload, event);
        }
        const Reply info = m_carolClient->request(wire::GroupInfo, {m_groupId});
        QVERIFY_WIRE_ERROR(info, NotFound);
        const Reply post =
            m_carolClient->send(groupTarget(m_groupId),
                                sealMessage(*m_carol, recipientsOf(m_cards.at(0)), "still here?"));
        QVERIFY_WIRE_ERROR(post, NotFound);
        // Carol's device is no longer a member's.
        const Reply toCarol = m_aliceClient->send(
            groupTarget(m_groupId),
            sealForMembers({m_bob->identity(), m_carol->identity()}, "not for carol"));
        QVERIFY_WIRE_ERROR(toCarol, Forbidden);
        const Reply again =
            m_aliceClient->request(wire::GroupRemove, {m_groupId, m_carol->identity()});
        QVERIFY_WIRE_ERROR(again, NotFound);
    }

    void membersLeaveButTheOwnerStays()
    {
        clearEvents();
        const Reply owner =
            m_aliceClient->request(wire::GroupRemove, {m_groupId, m_alice->identity()});
        QVERIFY_WIRE_ERROR(owner, Forbidden);
        const Reply left =
            m_bobPhoneClient->request(wire::GroupRemove, {m_groupId, m_bob->identity()});
        QVERIFY_REPLY(left);
        const QCborArray event{m_groupId, m_bob->identity(), m_bob->identity()};
        for (TestClient *client :
             {m_aliceClient.get(), m_bobClient.get(), m_bobPhoneClient.get()}) {
            QVERIFY(client->waitForEvents(wire::MemberRemoved, 1));
            QCOMPARE(client->events(wire::MemberRemoved).constFirst().payload, event);
        }
        const Reply info = m_aliceClient->request(wire::GroupInfo, {m_groupId});
        QVERIFY_REPLY(info);
        QCOMPARE(info.payload().at(3).toArray(), QCborArray{m_alice->identity()});
        const Reply groups = m_bobClient->request(wire::Groups);
        QVERIFY_REPLY(groups);
        QCOMPARE(groups.payload(), testing::arrayOf({QCborArray()}));
    }
};

QTEST_GUILESS_MAIN(TestServerGroups)
#include "tst_server_groups.moc"
