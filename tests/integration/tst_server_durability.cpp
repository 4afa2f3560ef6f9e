// SPDX-License-Identifier: GPL-3.0-or-later
// Durability of the real cardinal-server: what a `send` acknowledged is still queued after
// the process is killed with SIGKILL and started again on the same data directory, and so
// are cards, groups and acknowledgements; a SIGTERM stops it cleanly.
#include "serverprocess.h"
#include "testclient.h"
#include "testmessages.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cardinal;
using namespace cardinal::testing;
namespace wire = protocol::wire;

class TestServerDurability : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server{QStringLiteral(CARDINAL_SERVER_PATH)};
    QTemporaryDir m_dir;
    std::optional<client::Profile> m_alice;
    std::optional<client::Profile> m_bob;
    QList<protocol::CardBundle> m_cards;
    QByteArray m_groupId;
    QList<qint64> m_seqs;          //!< of the messages queued for Bob
    QList<QByteArray> m_envelopes; //!< likewise

    std::unique_ptr<TestClient> connect(const client::Profile &profile)
    {
        QString error;
        auto client = connectAs(m_server, profile, &error);
        if (!client)
            qWarning("%s", qPrintable(error));
        return client;
    }

    QByteArray bodyFor(const MessageEvent &message)
    {
        auto opened = openMessage(message.envelope, *m_bob, m_cards);
        return opened ? opened->body : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.init(), qPrintable(m_server.lastError()));
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        QString error;
        m_alice = registerNewProfile(m_server, m_dir.filePath(QStringLiteral("alice")),
                                     QStringLiteral("alice@example.org"), &error);
        QVERIFY2(m_alice, qPrintable(error));
        m_bob = registerNewProfile(m_server, m_dir.filePath(QStringLiteral("bob")),
                                   QStringLiteral("bob@example.org"), &error);
        QVERIFY2(m_bob, qPrintable(error));
    }

    void cleanupTestCase() { QVERIFY2(m_server.stop(), qPrintable(m_server.lastError())); }

    void queuedMessagesSurviveSigkill()
    {
        auto alice = connect(*m_alice);
        QVERIFY(alice);
        for (const QString &identity : {m_alice->identity(), m_bob->identity()}) {
            auto bundle = alice->lookup(identity);
            QVERIFY(bundle);
            m_cards.append(*bundle);
        }
        const Reply created = alice->request(
            wire::GroupCreate, {QStringLiteral("durable"), QCborArray{m_bob->identity()}});
        QVERIFY_REPLY(created);
        m_groupId = created.payload().at(0).toByteArray();
        for (int i = 0; i < 5; ++i) {
            const QByteArray envelope =
                sealMessage(*m_alice, recipientsOf(m_cards.at(1)), "kept " + QByteArray::number(i));
            const QCborArray target =
                i % 2 ? groupTarget(m_groupId) : directTarget(m_bob->identity());
            const Reply sent = alice->send(target, envelope);
            QVERIFY_REPLY(sent);
            m_seqs.append(sent.payload().at(1).toInteger());
            m_envelopes.append(envelope);
        }

        // No goodbye, no checkpoint: the acknowledged sends must be on disk already.
        m_server.kill();
        QVERIFY(alice->waitForDisconnected());
        QVERIFY2(m_server.restart(true), qPrintable(m_server.lastError()));

        auto bob = connect(*m_bob);
        QVERIFY(bob);
        QVERIFY(bob->waitForMessages(5));
        const QList<MessageEvent> received = bob->messages();
        QCOMPARE(received.size(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(received.at(i).seq, m_seqs.at(i));
            QCOMPARE(received.at(i).envelope, m_envelopes.at(i));
            QCOMPARE(received.at(i).channelKind, i % 2 ? 1 : 0);
            QCOMPARE(bodyFor(received.at(i)), "kept " + QByteArray::number(i));
        }
        const Reply acked = bob->ack(m_seqs.mid(0, 2));
        QVERIFY_REPLY(acked);
    }

    void acknowledgementsAndStateSurvive()
    {
        m_server.kill();
        QVERIFY2(m_server.restart(false), qPrintable(m_server.lastError())); // on a new port

        auto bob = connect(*m_bob);
        QVERIFY(bob);
        QVERIFY(bob->waitForMessages(3));
        QVERIFY(bob->waitForEvents(wire::BacklogEnd, 1)); // his queue has been pushed
        const QList<MessageEvent> received = bob->messages();
        QCOMPARE(received.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(received.at(i).seq, m_seqs.at(i + 2));

        // Cards and groups are still there.
        auto alice = connect(*m_alice);
        QVERIFY(alice);
        auto card = alice->lookup(m_bob->identity());
        QVERIFY(card);
        QCOMPARE(card->card.id(), m_bob->cardId());
        const Reply info = alice->request(wire::GroupInfo, {m_groupId});
        QVERIFY_REPLY(info);
        QCOMPARE(info.payload().at(1).toString(), QStringLiteral("durable"));

        // New messages carry on after the old ones.
        const Reply sent = alice->send(directTarget(m_bob->identity()),
                                       sealMessage(*m_alice, recipientsOf(m_cards.at(1)), "after"));
        QVERIFY_REPLY(sent);
        QVERIFY(sent.payload().at(1).toInteger() > m_seqs.constLast());
        QVERIFY(bob->waitForMessages(4));
        QCOMPARE(bodyFor(bob->messages().constLast()), QByteArray("after"));
        QList<qint64> seqs;
        for (const MessageEvent &message : bob->messages())
            seqs.append(message.seq);
        const Reply acked = bob->ack(seqs);
        QVERIFY_REPLY(acked);
        QVERIFY(alice->waitForEvents(wire::Delivery, 4));
    }

    void sigtermStopsCleanly()
    {
        auto alice = connect(*m_alice);
        QVERIFY(alice);
        QVERIFY2(m_server.stop(), qPrintable(m_server.lastError())); // exit 0, "stopped"
        QVERIFY(alice->waitForDisconnected());
        QVERIFY(QFile::exists(m_server.databasePath()));
        QVERIFY2(m_server.restart(true), qPrintable(m_server.lastError()));
        auto bob = connect(*m_bob);
        QVERIFY(bob);
        QVERIFY(bob->waitForEvents(wire::BacklogEnd, 1)); // his queue has been pushed
        QCOMPARE(bob->messages().size(), 0); // everything was acknowledged before
    }
};

QTEST_GUILESS_MAIN(TestServerDurability)
#include "tst_server_durability.moc"
