// SPDX-License-Identifier: GPL-3.0-or-later
// The Outbox in process, over a real profile database and a real cardinal-server: many
// queued messages go out in the order they were written (one that cannot go fails with its
// reason and holds up nothing), the queue is read from the history once and not for every
// send, what was queued survives closing and reopening the profile, and a group member whose
// card does not check out is left out by name while the others get the message.
#include "client/outbox.h"
#include "protocol/api/groups.h"
#include "pipelinetesting.h"
#include "protocol/frames.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

//! Fails the test unless `added` (a Result<bool> of Outbox::add()) added a new message.
#define QVERIFY_OK_ADDED(added) QVERIFY2((added) && *(added), failureText(added).constData())

using namespace cardinal;
using namespace cardinal::client;
using namespace cardinal::testing;

namespace {

const QString AliceIdentity = QStringLiteral("alice@example.org");
const QString BobIdentity = QStringLiteral("bob@example.org");
const QString CarolIdentity = QStringLiteral("carol@example.org");

//! A new outgoing message from alice, Queued, as Messenger::sendText() writes it.
HistoryMessage queued(const ConversationRef &to, const QString &text)
{
    HistoryMessage message;
    crypto::systemRandom().fill(message.id.span());
    message.conversation = to;
    message.direction = Direction::Outgoing;
    message.sender = AliceIdentity;
    message.body = text.toUtf8();
    message.sentAtMs = message.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    message.state = MessageState::Queued;
    return message;
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server{QStringLiteral(CARDINAL_SERVER_PATH)};
    QTemporaryDir m_dir;
    std::optional<Profile> m_bob;
    std::unique_ptr<TestClient> m_bobClient;

    QString aliceDir() const { return m_dir.filePath(QStringLiteral("alice")); }

    //! The message ids of the envelopes bob was pushed, in order.
    QList<protocol::MessageId> receivedByBob() const
    {
        QList<protocol::MessageId> ids;
        for (const MessageEvent &event : m_bobClient->messages())
            ids.append(messageIdOf(event.envelope).value_or(protocol::MessageId()));
        return ids;
    }

    //! An Outbox that sends whenever its connection comes online, as the Messenger wires it.
    static std::unique_ptr<Outbox> outboxOver(PipelineParts &parts)
    {
        auto outbox = std::make_unique<Outbox>(parts.context);
        QObject::connect(&parts.connection, &Connection::stateChanged, outbox.get(),
                         [outbox = outbox.get()](Connection::State state) {
                             if (state == Connection::State::Online)
                                 outbox->flush();
                         });
        return outbox;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.init(), qPrintable(m_server.lastError()));
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        QString error;
        QVERIFY2(registerNewProfile(m_server, aliceDir(), AliceIdentity, &error),
                 qPrintable(error));
        m_bob = registerNewProfile(m_server, m_dir.filePath(QStringLiteral("bob")), BobIdentity,
                                   &error);
        QVERIFY2(m_bob, qPrintable(error));
        m_bobClient = connectAs(m_server, *m_bob, &error);
        QVERIFY2(m_bobClient, qPrintable(error));
    }

    void init() { m_bobClient->clearEvents(); }

    void manyQueuedSendsKeepTheirOrder()
    {
        QString error;
        auto alice = PipelineParts::open(aliceDir(), m_server, &error);
        QVERIFY2(alice, qPrintable(error));
        auto outbox = outboxOver(*alice);
        QCOMPARE(outbox->loads(), 1);
        QVERIFY(outbox->pending().isEmpty());

        // Written while offline, one of them to someone who has no card: that one fails
        // with its reason and the others still go, in the order they were written.
        const ConversationRef bob = ConversationRef::direct(BobIdentity);
        const ConversationRef nobody =
            ConversationRef::direct(QStringLiteral("nobody@example.org"));
        QList<HistoryMessage> written;
        HistoryMessage unknown;
        for (int i = 0; i < 40; ++i) {
            const HistoryMessage message = i == 17
                                               ? queued(nobody, QStringLiteral("to nobody"))
                                               : queued(bob, QStringLiteral("queued %1").arg(i));
            auto added = outbox->add(message);
            QVERIFY_OK_ADDED(added);
            if (i == 17)
                unknown = message;
            else
                written.append(message);
        }
        QCOMPARE(outbox->pending().size(), 40);
        QCOMPARE(idsOf(*alice->history.outbox()), idsOf(outbox->pending()));

        QVERIFY(alice->goOnline());
        QTRY_VERIFY_WITH_TIMEOUT(outbox->pending().isEmpty(), PipelineTimeoutMs);
        QVERIFY(m_bobClient->waitForMessages(written.size()));
        QCOMPARE(receivedByBob(), idsOf(written));

        // And written while online, each flushed at once as sendText() does.
        for (int i = 0; i < 20; ++i) {
            const HistoryMessage message = queued(bob, QStringLiteral("online %1").arg(i));
            auto added = outbox->add(message);
            QVERIFY_OK_ADDED(added);
            written.append(message);
            outbox->flush();
        }
        QTRY_VERIFY_WITH_TIMEOUT(outbox->pending().isEmpty(), PipelineTimeoutMs);
        QVERIFY(m_bobClient->waitForMessages(written.size()));
        QCOMPARE(receivedByBob(), idsOf(written));

        // Every one recorded as the server answered; the history's outbox is empty too.
        for (const HistoryMessage &message : std::as_const(written)) {
            auto stored = alice->history.message(message.id);
            QVERIFY(stored && *stored);
            QCOMPARE((*stored)->state, MessageState::Stored);
            QCOMPARE((*stored)->total, 1);
        }
        auto failed = alice->history.message(unknown.id);
        QVERIFY(failed && *failed);
        QCOMPARE((*failed)->state, MessageState::Failed);
        QVERIFY((*failed)->failure);
        QCOMPARE((*failed)->failure->kind, FailureKind::RecipientUnknown);
        QVERIFY(alice->history.outbox()->isEmpty());

        // Sixty sends, one read of the outbox: the one when the Outbox was made.
        QCOMPARE(outbox->loads(), 1);
    }

    void queueSurvivesReopening()
    {
        const ConversationRef bob = ConversationRef::direct(BobIdentity);
        QList<HistoryMessage> written;
        QString error;
        {
            auto alice = PipelineParts::open(aliceDir(), m_server, &error);
            QVERIFY2(alice, qPrintable(error));
            auto outbox = outboxOver(*alice);
            for (int i = 0; i < 5; ++i) {
                const HistoryMessage message = queued(bob, QStringLiteral("before %1").arg(i));
                auto added = outbox->add(message);
                QVERIFY_OK_ADDED(added);
                written.append(message);
            }
        } // closed while offline: everything is still queued

        auto alice = PipelineParts::open(aliceDir(), m_server, &error);
        QVERIFY2(alice, qPrintable(error));
        auto outbox = outboxOver(*alice);
        QCOMPARE(outbox->loads(), 1);
        QCOMPARE(outbox->pending().size(), written.size());
        for (qsizetype i = 0; i < written.size(); ++i) {
            const HistoryMessage &read = outbox->pending().at(i);
            QCOMPARE(read.id, written.at(i).id);
            QCOMPARE(read.body, written.at(i).body);
            QCOMPARE(read.conversation, bob);
            QCOMPARE(read.state, MessageState::Queued);
        }

        QVERIFY(alice->goOnline());
        QTRY_VERIFY_WITH_TIMEOUT(outbox->pending().isEmpty(), PipelineTimeoutMs);
        QVERIFY(m_bobClient->waitForMessages(written.size()));
        QCOMPARE(receivedByBob(), idsOf(written));
        QVERIFY(alice->history.outbox()->isEmpty());
        QCOMPARE(outbox->loads(), 1);
    }

    void aMemberWhoseCardDoesNotCheckOutIsLeftOutByName()
    {
        QString error;
        QVERIFY2(registerNewProfile(m_server, m_dir.filePath(QStringLiteral("carol")),
                                    CarolIdentity, &error),
                 qPrintable(error));
        std::optional<protocol::GroupId> group;
        {
            auto alice = PipelineParts::open(aliceDir(), m_server, &error);
            QVERIFY2(alice, qPrintable(error));
            QVERIFY(alice->goOnline());
            const auto member = [](const QString &email) {
                return protocol::Identity::parse(email).value_or({});
            };
            alice->connection.call(
                protocol::api::GroupCreate{QStringLiteral("team"),
                                           {member(BobIdentity), member(CarolIdentity)}},
                [&group](Result<protocol::api::GroupCreate::Reply> created) {
                    if (created)
                        group = created->group;
                });
            QTRY_VERIFY_WITH_TIMEOUT(group.has_value(), PipelineTimeoutMs);
        }

        // The server now shows a card for carol that its own authority did not sign (a
        // damaged row, a server that lies): alice's client refuses it.
        QVERIFY2(m_server.stop(), qPrintable(m_server.lastError()));
        {
            const QString name = QStringLiteral("tst_outbox poke");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(m_server.databasePath());
                QVERIFY(db.open());
                QSqlQuery read(db);
                QVERIFY(read.prepare(QStringLiteral("SELECT id, card FROM cards WHERE identity = ?"
                                                    " AND revoked = 0")));
                read.addBindValue(CarolIdentity);
                QVERIFY(read.exec() && read.next());
                const QByteArray id = read.value(0).toByteArray();
                QByteArray card = read.value(1).toByteArray();
                card[card.size() - 1] = char(card.back() ^ 0x01); // its authority signature
                read.finish();
                QSqlQuery write(db);
                QVERIFY(write.prepare(QStringLiteral("UPDATE cards SET card = ? WHERE id = ?")));
                write.addBindValue(card);
                write.addBindValue(id);
                QVERIFY(write.exec());
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        m_bobClient = connectAs(m_server, *m_bob, &error);
        QVERIFY2(m_bobClient, qPrintable(error));

        auto alice = PipelineParts::open(aliceDir(), m_server, &error);
        QVERIFY2(alice, qPrintable(error));
        auto outbox = outboxOver(*alice);
        const HistoryMessage message =
            queued(ConversationRef::group(group->toByteArray()), QStringLiteral("to the team"));
        auto added = outbox->add(message);
        QVERIFY_OK_ADDED(added);
        QVERIFY(alice->goOnline());
        QTRY_VERIFY_WITH_TIMEOUT(outbox->pending().isEmpty(), PipelineTimeoutMs);

        // Bob has it; alice's message went out and names whom it left out, and why.
        QTRY_VERIFY_WITH_TIMEOUT(receivedByBob().contains(message.id), PipelineTimeoutMs);
        auto stored = alice->history.message(message.id);
        QVERIFY(stored && *stored);
        QVERIFY((*stored)->state == MessageState::Stored ||
                (*stored)->state == MessageState::Delivered);
        QVERIFY((*stored)->failure);
        QCOMPARE((*stored)->failure->kind, FailureKind::RecipientsLeftOut);
        QCOMPARE((*stored)->failure->details.value(0), CarolIdentity);
        QVERIFY2((*stored)->failure->details.value(1).contains(QStringLiteral("signature")),
                 qPrintable((*stored)->failure->details.value(1)));
    }

    void cleanupTestCase() { QVERIFY(m_server.stop()); }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
