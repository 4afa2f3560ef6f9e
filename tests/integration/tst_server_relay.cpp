// SPDX-License-Identifier: GPL-3.0-or-later
// Store-and-forward through the real cardinal-server: real envelopes sealed to every device
// of both parties, queued while the recipient is offline, pushed in order, opened on the
// other side, acknowledged (with delivery events for the sender), pushed again when not
// acknowledged, stored once however often the sender retries, and flow-controlled.
#include "serverfixture.h"
#include "testclient.h"
#include "testmessages.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

using namespace cardinal;
using namespace cardinal::testing;
namespace wire = protocol::wire;

class TestServerRelay : public ServerFixture
{
    Q_OBJECT

private:
    std::optional<client::Profile> m_alice;
    std::optional<client::Profile> m_bob;
    std::optional<ExtraDevice> m_alicePhone;       //!< Alice's second device
    std::unique_ptr<TestClient> m_aliceClient;     //!< Alice's desk, connected throughout
    QList<protocol::CardBundle> m_cards;           //!< both cards, as looked up
    QList<protocol::EnvelopeRecipient> m_everyone; //!< Bob's device and both of Alice's

    std::unique_ptr<TestClient> connectPhone()
    {
        auto client = std::make_unique<TestClient>();
        if (!client->connectTo(m_server.url()) ||
            !client->authenticate(m_alice->identityKey(), m_alice->cardId(), m_alicePhone->id).ok())
            return nullptr;
        return client;
    }

    //! Alice sends `body` to Bob (and her own devices) and returns the reply.
    Reply aliceSends(const QByteArray &body, QByteArray *envelope = nullptr)
    {
        const QByteArray sealed = sealMessage(*m_alice, m_everyone, body);
        if (envelope)
            *envelope = sealed;
        return m_aliceClient->send(directTarget(m_bob->identity()), sealed);
    }

    QByteArray bodyOf(const MessageEvent &message, const protocol::DeviceId &device,
                      const crypto::X25519KeyPair &key)
    {
        auto opened = openMessage(message.envelope, device, key, m_cards);
        return opened ? opened->body
                      : QByteArray("<cannot open: ") + opened.error().message().toUtf8() + '>';
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Room for the flow-control test's burst of sends.
        QVERIFY2(startServer({{QStringLiteral("requests-per-second"), QStringLiteral("10000")},
                              {QStringLiteral("request-burst"), QStringLiteral("10000")}}),
                 qPrintable(setupError()));
        QVERIFY2(
            registerPeople({{&m_alice, QStringLiteral("alice")}, {&m_bob, QStringLiteral("bob")}}),
            qPrintable(setupError()));

        // Alice's phone joins her card by signing in with its record.
        m_alicePhone = makeExtraDevice(*m_alice, QStringLiteral("phone"));
        TestClient phone;
        QVERIFY(phone.connectTo(m_server.url()));
        const Reply joined = phone.authenticate(m_alice->identityKey(), m_alice->cardId(),
                                                m_alicePhone->id, m_alicePhone->record);
        QVERIFY_REPLY(joined);
        phone.disconnectFromServer();

        m_aliceClient = connect(*m_alice);
        QVERIFY(m_aliceClient);
        for (const QString &identity : {m_alice->identity(), m_bob->identity()}) {
            const std::optional<protocol::CardBundle> bundle = m_aliceClient->lookup(identity);
            QVERIFY(bundle);
            m_cards.append(*bundle);
            m_everyone += recipientsOf(*bundle);
        }
        QCOMPARE(m_everyone.size(), 3);
    }

    void cleanupTestCase()
    {
        m_aliceClient.reset();
        QVERIFY2(m_server.stop(), qPrintable(m_server.lastError()));
    }

    void storeAndForward()
    {
        m_aliceClient->clearEvents();
        const QList<QByteArray> bodies{"first", "second", "third \xf0\x9f\x90\xa6"};
        QList<QByteArray> envelopes;
        QList<qint64> seqs;
        for (const QByteArray &body : bodies) {
            QByteArray envelope;
            const Reply sent = aliceSends(body, &envelope);
            QVERIFY_REPLY(sent);
            // [messageId, seq, total, delivered]: stored for Bob and Alice's phone, not for
            // the desk that sent it.
            QCOMPARE(sent.payload().size(), 4);
            QCOMPARE(sent.payload().at(0).toByteArray(), messageIdOf(envelope)->toByteArray());
            QCOMPARE(sent.payload().at(2).toInteger(), 2);
            QCOMPARE(sent.payload().at(3).toInteger(), 0);
            seqs.append(sent.payload().at(1).toInteger());
            envelopes.append(envelope);
        }
        QVERIFY(seqs.at(0) < seqs.at(1) && seqs.at(1) < seqs.at(2));

        auto bob = connect(*m_bob);
        QVERIFY(bob);
        QVERIFY(bob->waitForMessages(3));
        const QList<MessageEvent> received = bob->messages();
        QCOMPARE(received.size(), 3);
        QStringList pair{m_alice->identity(), m_bob->identity()};
        pair.sort();
        for (int i = 0; i < 3; ++i) {
            const MessageEvent &message = received.at(i);
            QCOMPARE(message.seq, seqs.at(i));
            QCOMPARE(message.channelKind, 0);
            QCOMPARE(message.channelId.size(), 16);
            QCOMPARE(message.directMembers, pair);
            QCOMPARE(message.sender, m_alice->identity());
            QCOMPARE(message.envelope, envelopes.at(i));
            QVERIFY(qAbs(message.receivedAtMs - QDateTime::currentMSecsSinceEpoch()) < 60'000);
            QCOMPARE(bodyOf(message, m_bob->deviceId(), m_bob->deviceKey()), bodies.at(i));
        }
        const Reply acked = bob->ack(seqs);
        QVERIFY_REPLY(acked);

        // Alice hears of each delivery: one of two devices so far.
        QVERIFY(m_aliceClient->waitForEvents(wire::Delivery, 3));
        for (int i = 0; i < 3; ++i) {
            const QCborArray delivery = m_aliceClient->events(wire::Delivery).at(i).payload;
            QCOMPARE(delivery, (QCborArray{messageIdOf(envelopes.at(i))->toByteArray(), 1, 2}));
        }

        // Alice's phone gets its copies too, and can read them.
        auto phone = connectPhone();
        QVERIFY(phone);
        QVERIFY(phone->waitForMessages(3));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(bodyOf(phone->messages().at(i), m_alicePhone->id, m_alicePhone->key),
                     bodies.at(i));
        const Reply phoneAcked = phone->ack(seqs);
        QVERIFY_REPLY(phoneAcked);
        QVERIFY(m_aliceClient->waitForEvents(wire::Delivery, 6));
        QCOMPARE(m_aliceClient->events(wire::Delivery).at(5).payload,
                 (QCborArray{messageIdOf(envelopes.at(2))->toByteArray(), 2, 2}));
        // The phone is Alice too: it hears of deliveries as well.
        QVERIFY(phone->waitForEvents(wire::Delivery, 1));
    }

    void liveDelivery()
    {
        auto bob = connect(*m_bob);
        QVERIFY(bob);
        const Reply sent = aliceSends("while you are online");
        QVERIFY_REPLY(sent);
        QVERIFY(bob->waitForMessages(1));
        const MessageEvent message = bob->messages().constFirst();
        QCOMPARE(message.seq, sent.payload().at(1).toInteger());
        QCOMPARE(bodyOf(message, m_bob->deviceId(), m_bob->deviceKey()),
                 QByteArray("while you are online"));
        const Reply acked = bob->ack({message.seq});
        QVERIFY_REPLY(acked);
        auto phone = connectPhone();
        QVERIFY(phone && phone->waitForMessages(1));
        const Reply phoneAcked = phone->ack({phone->messages().constFirst().seq});
        QVERIFY_REPLY(phoneAcked);
    }

    void unacknowledgedMessagesComeAgain()
    {
        const Reply one = aliceSends("one");
        const Reply two = aliceSends("two");
        QVERIFY_REPLY(one);
        QVERIFY_REPLY(two);
        const qint64 seqOne = one.payload().at(1).toInteger();
        const qint64 seqTwo = two.payload().at(1).toInteger();

        auto bob = connect(*m_bob);
        QVERIFY(bob && bob->waitForMessages(2));
        bob->disconnectFromServer(); // without acknowledging
        bob = connect(*m_bob);
        QVERIFY(bob && bob->waitForMessages(2));
        QCOMPARE(bob->messages().at(0).seq, seqOne);
        QCOMPARE(bob->messages().at(1).seq, seqTwo);
        QCOMPARE(bodyOf(bob->messages().at(1), m_bob->deviceId(), m_bob->deviceKey()),
                 QByteArray("two"));
        const Reply ackOne = bob->ack({seqOne});
        QVERIFY_REPLY(ackOne);
        bob->abort(); // a dropped connection, not a goodbye

        bob = connect(*m_bob);
        QVERIFY(bob && bob->waitForMessages(1));
        QCOMPARE(bob->messages().size(), 1);
        QCOMPARE(bob->messages().at(0).seq, seqTwo);
        const Reply ackTwo = bob->ack({seqTwo, seqTwo}); // a repeated ack is harmless
        QVERIFY_REPLY(ackTwo);
        bob->disconnectFromServer();

        bob = connect(*m_bob);
        QVERIFY(bob);
        QVERIFY(bob->waitForEvents(wire::BacklogEnd, 1)); // his queue has been pushed
        QCOMPARE(bob->messages().size(), 0);
        auto phone = connectPhone();
        QVERIFY(phone && phone->waitForMessages(2));
        const Reply phoneAcked = phone->ack({seqOne, seqTwo});
        QVERIFY_REPLY(phoneAcked);
    }

    void aNewConnectionReplacesTheOld()
    {
        const Reply sent = aliceSends("to whichever connection is current");
        QVERIFY_REPLY(sent);
        const qint64 seq = sent.payload().at(1).toInteger();
        auto first = connect(*m_bob);
        QVERIFY(first && first->waitForMessages(1));
        // The same device signs in again (the old connection looked dead, say): the old one
        // is closed, and the unacknowledged message goes to the new one.
        auto second = connect(*m_bob);
        QVERIFY(second);
        QVERIFY(first->waitForDisconnected());
        QVERIFY(second->waitForMessages(1));
        QCOMPARE(second->messages().constFirst().seq, seq);
        const Reply acked = second->ack({seq});
        QVERIFY_REPLY(acked);
        auto phone = connectPhone();
        QVERIFY(phone && phone->waitForMessages(1));
        const Reply phoneAcked = phone->ack({seq});
        QVERIFY_REPLY(phoneAcked);
    }

    void largestMessage()
    {
        QByteArray body(protocol::MaxMessageBodyBytes, Qt::Uninitialized);
        for (qsizetype i = 0; i < body.size(); ++i)
            body[i] = char(i * 7);
        const Reply sent = aliceSends(body);
        QVERIFY_REPLY(sent);
        auto bob = connect(*m_bob);
        QVERIFY(bob && bob->waitForMessages(1));
        QCOMPARE(bodyOf(bob->messages().constFirst(), m_bob->deviceId(), m_bob->deviceKey()), body);
        const Reply acked = bob->ack({sent.payload().at(1).toInteger()});
        QVERIFY_REPLY(acked);
        auto phone = connectPhone();
        QVERIFY(phone && phone->waitForMessages(1));
        const Reply phoneAcked = phone->ack({sent.payload().at(1).toInteger()});
        QVERIFY_REPLY(phoneAcked);
    }

    void aQueueOfLargeMessages()
    {
        // More queued bytes than the server lets pile up unsent for one connection
        // (max-pending-write-bytes, 8 MiB): it must pace the queue, not give up on a reader.
        const QList<protocol::EnvelopeRecipient> bobOnly = recipientsOf(m_cards.at(1));
        constexpr int Count = 40;
        const QByteArray body(protocol::MaxMessageBodyBytes, 'L');
        QList<qint64> seqs;
        for (int i = 0; i < Count; ++i) {
            const Reply sent = m_aliceClient->send(directTarget(m_bob->identity()),
                                                   sealMessage(*m_alice, bobOnly, body));
            QVERIFY_REPLY(sent);
            seqs.append(sent.payload().at(1).toInteger());
        }
        auto bob = connect(*m_bob);
        QVERIFY(bob);
        QVERIFY2(bob->waitForMessages(Count, 30'000),
                 qPrintable(QStringLiteral("%1 of %2 arrived, connected: %3")
                                .arg(bob->messages().size())
                                .arg(Count)
                                .arg(bob->isConnected())));
        QVERIFY(bob->isConnected());
        QCOMPARE(bob->messages().constLast().seq, seqs.constLast());
        const Reply acked = bob->ack(seqs);
        QVERIFY_REPLY(acked);
    }

    void retriedSendIsStoredOnce()
    {
        QByteArray envelope;
        const Reply first = aliceSends("only once", &envelope);
        QVERIFY_REPLY(first);
        const Reply again = m_aliceClient->send(directTarget(m_bob->identity()), envelope);
        QVERIFY_REPLY(again);
        QCOMPARE(again.payload(), first.payload());
        // The same message id in a freshly sealed envelope is the same message too.
        const QByteArray resealed =
            sealMessage(*m_alice, m_everyone, "only once", messageIdOf(envelope));
        QVERIFY(resealed != envelope);
        const Reply third = m_aliceClient->send(directTarget(m_bob->identity()), resealed);
        QVERIFY_REPLY(third);
        QCOMPARE(third.payload().at(1), first.payload().at(1));

        auto bob = connect(*m_bob);
        QVERIFY(bob && bob->waitForMessages(1));
        QVERIFY(bob->waitForEvents(wire::BacklogEnd, 1)); // his queue has been pushed
        QCOMPARE(bob->messages().size(), 1);
        QCOMPARE(bob->messages().at(0).envelope, envelope);
        const Reply acked = bob->ack({bob->messages().at(0).seq});
        QVERIFY_REPLY(acked);
        auto phone = connectPhone();
        QVERIFY(phone && phone->waitForMessages(1));
        const Reply phoneAcked = phone->ack({phone->messages().at(0).seq});
        QVERIFY_REPLY(phoneAcked);
    }

    void queueIsPushedInWindows()
    {
        // More than the 256 unacknowledged messages a device is sent at a time; only to Bob.
        const QList<protocol::EnvelopeRecipient> bobOnly = recipientsOf(m_cards.at(1));
        constexpr int Count = 300;
        constexpr int Window = 256;
        const auto sendToBob = [&](int i) {
            return m_aliceClient->post(wire::Send,
                                       {directTarget(m_bob->identity()),
                                        sealMessage(*m_alice, bobOnly, QByteArray::number(i))});
        };
        for (int i = 0; i < Count; ++i) {
            const quint64 id = sendToBob(i);
            if (i == Count - 1)
                QVERIFY(m_aliceClient->waitForReply(id).ok());
        }
        auto bob = connect(*m_bob);
        QVERIFY(bob && bob->waitForMessages(Window));
        // One more while Bob's window is full: it waits behind the stored ones.
        QVERIFY(m_aliceClient->waitForReply(sendToBob(Count)).ok());
        // Pushed before his own request was answered, it would have arrived before the answer.
        QVERIFY(bob->request(wire::Groups).ok());
        QCOMPARE(bob->messages().size(), Window);
        QVERIFY(bob->events(wire::BacklogEnd).isEmpty()); // 45 are still waiting
        QList<qint64> seqs;
        for (const MessageEvent &message : bob->messages())
            seqs.append(message.seq);
        const Reply acked = bob->ack(seqs.mid(0, 10));
        QVERIFY_REPLY(acked);
        QVERIFY(bob->waitForMessages(Window + 10));
        const Reply rest = bob->ack(seqs.mid(10));
        QVERIFY_REPLY(rest);
        QVERIFY(bob->waitForMessages(Count + 1));
        // Everything queued has been pushed: said once, naming the last seq.
        QVERIFY(bob->waitForEvents(wire::BacklogEnd, 1));
        QCOMPARE(bob->events(wire::BacklogEnd).first().payload,
                 QCborArray{bob->messages().last().seq});
        // Caught up, a new message is pushed at once (no ack needed first) and the backlog
        // is not announced again.
        QVERIFY(m_aliceClient->waitForReply(sendToBob(Count + 1)).ok());
        QVERIFY(bob->waitForMessages(Count + 2));
        // Pushed before his own request was answered, it would have arrived before the answer.
        QVERIFY(bob->request(wire::Groups).ok());
        const QList<MessageEvent> received = bob->messages();
        QCOMPARE(received.size(), Count + 2);
        QCOMPARE(bob->events(wire::BacklogEnd).size(), 1);
        for (int i = 0; i < Count + 2; ++i) {
            const MessageEvent &message = received.at(i);
            QVERIFY(i == 0 || message.seq > received.at(i - 1).seq);
            QCOMPARE(bodyOf(message, m_bob->deviceId(), m_bob->deviceKey()), QByteArray::number(i));
        }
    }
};

QTEST_GUILESS_MAIN(TestServerRelay)
#include "tst_server_relay.moc"
