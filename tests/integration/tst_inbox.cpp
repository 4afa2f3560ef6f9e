// SPDX-License-Identifier: GPL-3.0-or-later
// The Inbox in process, over a real profile database and a real cardinal-server: a backlog
// of hundreds of messages is stored in order and every one acknowledged, a message the
// history holds already is dropped (and acknowledged), backlogReceived comes once the last
// one is stored, and closing in the middle of the backlog loses nothing.
#include "client/inbox.h"
#include "pipelinetesting.h"
#include "protocol/frames.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cardinal;
using namespace cardinal::client;
using namespace cardinal::testing;

namespace {

const QString AliceIdentity = QStringLiteral("alice@example.org");
const QString BobIdentity = QStringLiteral("bob@example.org");

//! An Inbox fed with the message and backlog-end events of its connection, as the
//! Messenger wires it.
std::unique_ptr<Inbox> inboxOver(PipelineParts &parts)
{
    auto inbox = std::make_unique<Inbox>(parts.context);
    QObject::connect(&parts.connection, &Connection::eventReceived, inbox.get(),
                     [inbox = inbox.get()](const protocol::Frame &event) {
                         if (event.type == protocol::wire::Message ||
                             event.type == protocol::wire::BacklogEnd)
                             inbox->accept(event);
                     });
    return inbox;
}

//! Waits until the server has answered a request sent after everything `parts` sent so
//! far: a session handles its requests in order, so every ack before it was handled.
bool settleRequests(PipelineParts &parts)
{
    bool answered = false;
    parts.connection.request(protocol::wire::Lookup, {AliceIdentity},
                             [&answered](Result<QCborArray>) { answered = true; });
    return QTest::qWaitFor([&answered] { return answered; }, PipelineTimeoutMs);
}

//! A direct message from `sender` as a client seals it (sealMessage() names a conversation
//! id, which only group messages carry).
QByteArray sealDirect(const Profile &sender, const QList<protocol::EnvelopeRecipient> &recipients,
                      const QString &body, const protocol::MessageId &id)
{
    protocol::OutgoingMessage message;
    message.body = body.toUtf8();
    message.sentAtMs = QDateTime::currentMSecsSinceEpoch();
    message.messageId = id;
    auto sealed = protocol::sealEnvelope({sender.cardId(), sender.deviceId(), sender.identityKey()},
                                         recipients, message);
    return sealed ? sealed->bytes : QByteArray();
}

} // namespace

class TestInbox : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server{QStringLiteral(CARDINAL_SERVER_PATH)};
    QTemporaryDir m_dir;
    std::optional<Profile> m_bob;
    std::unique_ptr<TestClient> m_bobClient;
    QList<protocol::EnvelopeRecipient> m_aliceDevices;

    QString aliceDir() const { return m_dir.filePath(QStringLiteral("alice")); }
    static ConversationRef withBob() { return ConversationRef::direct(BobIdentity); }

    //! Bob sends `count` messages to alice ("<prefix> 0", ...) and returns their ids in order.
    QList<protocol::MessageId> bobSends(int count, const QString &prefix)
    {
        QList<protocol::MessageId> ids;
        for (int i = 0; i < count; ++i) {
            protocol::MessageId id;
            crypto::systemRandom().fill(id.span());
            const QByteArray envelope =
                sealDirect(*m_bob, m_aliceDevices, QStringLiteral("%1 %2").arg(prefix).arg(i), id);
            const Reply sent = m_bobClient->send(directTarget(AliceIdentity), envelope);
            if (!sent.ok()) {
                qWarning() << "bob cannot send:" << sent.describe();
                return {};
            }
            ids.append(id);
        }
        return ids;
    }

    //! The messages of alice's conversation with bob, oldest first.
    static QList<HistoryMessage> conversation(PipelineParts &alice)
    {
        auto newestFirst = alice.history.messages(withBob(), 10'000);
        if (!newestFirst)
            return {};
        return QList<HistoryMessage>(newestFirst->crbegin(), newestFirst->crend());
    }

    //! What the server still holds for alice's device, read as alice's device would.
    qsizetype stillQueuedForAlice(const Profile &alice)
    {
        QString error;
        auto client = connectAs(m_server, alice, &error);
        if (!client || !client->waitForEvents(protocol::wire::BacklogEnd, 1)) {
            qWarning() << "cannot ask the server as alice:" << error;
            return -1;
        }
        return client->messages().size();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.init(), qPrintable(m_server.lastError()));
        // Room for bob's bursts of hundreds of sends, however fast the machine seals them.
        m_server.setConfig({{QStringLiteral("requests-per-second"), QStringLiteral("10000")},
                            {QStringLiteral("request-burst"), QStringLiteral("10000")}});
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        QString error;
        auto alice = registerNewProfile(m_server, aliceDir(), AliceIdentity, &error);
        QVERIFY2(alice, qPrintable(error));
        m_bob = registerNewProfile(m_server, m_dir.filePath(QStringLiteral("bob")), BobIdentity,
                                   &error);
        QVERIFY2(m_bob, qPrintable(error));
        m_bobClient = connectAs(m_server, *m_bob, &error);
        QVERIFY2(m_bobClient, qPrintable(error));
        const auto aliceBundle = m_bobClient->lookup(AliceIdentity);
        QVERIFY(aliceBundle);
        m_aliceDevices = recipientsOf(*aliceBundle);
        QCOMPARE(m_aliceDevices.size(), 1);
    }

    void largeBacklogIsStoredInOrderAndAcknowledged()
    {
        const QList<protocol::MessageId> sent = bobSends(300, QStringLiteral("backlog"));
        QCOMPARE(sent.size(), 300);

        QString error;
        auto alice = PipelineParts::open(aliceDir(), m_server, &error);
        QVERIFY2(alice, qPrintable(error));
        // One of them is in the history already: stored before a crash kept it from being
        // acknowledged, so the server pushes it again.
        constexpr int Repeated = 150;
        HistoryMessage kept;
        kept.id = sent.at(Repeated);
        kept.conversation = withBob();
        kept.sender = BobIdentity;
        kept.body = "backlog 150";
        kept.sentAtMs = kept.receivedAtMs = 1;
        auto added = alice->history.addMessage(kept);
        QVERIFY(added && *added);

        auto inbox = inboxOver(*alice);
        QList<HistoryMessage> announced; // batch by batch
        connect(inbox.get(), &Inbox::messagesAdded, this,
                [&](const QList<HistoryMessage> &messages) { announced += messages; });
        QList<qint64> storedAtBacklogEnd;
        connect(inbox.get(), &Inbox::backlogReceived, this, [&] {
            const Result<qint64> count = alice->history.messageCount(withBob());
            storedAtBacklogEnd.append(count ? *count : -1);
        });
        QVERIFY(alice->goOnline());
        QTRY_COMPARE_WITH_TIMEOUT(storedAtBacklogEnd.size(), 1, PipelineTimeoutMs);
        // Everything before backlog-end was in the history when it was reported.
        QCOMPARE(storedAtBacklogEnd.first(), qint64(sent.size()));

        // In the order bob sent them, after the one kept earlier; that one only once.
        QList<protocol::MessageId> expected = sent;
        expected.removeAt(Repeated);
        QCOMPARE(idsOf(announced), expected);
        expected.prepend(sent.at(Repeated));
        const QList<HistoryMessage> stored = conversation(*alice);
        QCOMPARE(idsOf(stored), expected);
        // Announced as stored, order keys included: nobody needs to read them back.
        QVERIFY(announced == stored.mid(1));
        for (qsizetype i = 1; i < stored.size(); ++i) {
            const std::optional<FailureReason> &failure = stored.at(i).failure;
            QVERIFY2(!failure, qPrintable(failure ? failureTextEnglish(*failure) : QString()));
            QCOMPARE(stored.at(i).state, MessageState::Received);
            QCOMPARE(stored.at(i).sender, BobIdentity);
        }
        QCOMPARE(stored.at(10).body, QByteArray("backlog 9"));

        // Every one acknowledged, the repeated one too: the server holds nothing more.
        QVERIFY(settleRequests(*alice));
        alice->connection.close();
        QCOMPARE(stillQueuedForAlice(alice->profile), 0);
    }

    void closingMidBacklogLosesNothing()
    {
        QString error;
        auto alice = PipelineParts::open(aliceDir(), m_server, &error);
        QVERIFY2(alice, qPrintable(error));
        const qsizetype before = conversation(*alice).size();
        const QList<protocol::MessageId> sent = bobSends(200, QStringLiteral("interrupted"));
        QCOMPARE(sent.size(), 200);

        {
            auto inbox = inboxOver(*alice);
            QSignalSpy added(inbox.get(), &Inbox::messagesAdded);
            // The link drops as soon as the first batch is stored, before it is acknowledged,
            // and the Inbox goes away with whatever it still had in hand.
            connect(inbox.get(), &Inbox::messagesAdded, &alice->connection,
                    [&alice] { alice->connection.close(); });
            alice->connection.open();
            QTRY_VERIFY_WITH_TIMEOUT(!added.isEmpty(), PipelineTimeoutMs);
        }
        QCOMPARE(stillQueuedForAlice(alice->profile), sent.size());
        alice.reset();

        // What was not acknowledged comes again; what was stored is not stored twice.
        alice = PipelineParts::open(aliceDir(), m_server, &error);
        QVERIFY2(alice, qPrintable(error));
        auto inbox = inboxOver(*alice);
        QSignalSpy backlog(inbox.get(), &Inbox::backlogReceived);
        QVERIFY(alice->goOnline());
        QTRY_COMPARE_WITH_TIMEOUT(backlog.size(), 1, PipelineTimeoutMs);
        const QList<HistoryMessage> stored = conversation(*alice);
        QCOMPARE(stored.size(), before + sent.size());
        QCOMPARE(idsOf(stored.mid(before)), sent);
        QVERIFY(settleRequests(*alice));
        alice->connection.close();
        QCOMPARE(stillQueuedForAlice(alice->profile), 0);
    }

    void cleanupTestCase()
    {
        m_bobClient.reset();
        QVERIFY(m_server.stop());
    }
};

QTEST_GUILESS_MAIN(TestInbox)
#include "tst_inbox.moc"
