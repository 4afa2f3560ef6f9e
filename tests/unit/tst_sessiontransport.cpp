// SPDX-License-Identifier: GPL-3.0-or-later
// A real Session driven frame by frame over the in-memory SessionTransport, as the session
// fuzz target drives it, with the server's parts wired as ChannelServer wires them: the
// hello comes first and sets the frame limit; a text message, a frame that does not decode
// and a request that needs signing in are refused at once; a proof over this session's
// challenge signs in and the queue's end is announced; three failed proofs close the
// connection; a client that stops reading is dropped.
#include "server/codedelivery.h"
#include "server/memorytransport.h"
#include "server/session.h"
#include "server/validationtoken.h"

#include "protocol/api/directory.h"
#include "protocol/api/events.h"
#include "protocol/api/session.h"
#include "testmessages.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

#include "resultchecks.h"
#include "servicetesting.h"

using namespace cardinal;
using namespace cardinal::server;
using namespace cardinal::testing;
using protocol::Frame;
namespace wire = protocol::wire;
namespace api = protocol::api;

namespace {

//! A session on a MemoryTransport, and what it sent.
struct Connection
{
    MemoryTransport *transport = new MemoryTransport();
    std::unique_ptr<Session> session;

    explicit Connection(ServerParts &parts, Dispatcher &dispatcher)
        : session(std::make_unique<Session>(transport, *parts.context, dispatcher))
    {
    }

    //! What the session sent since the last call, decoded (anything that does not decode
    //! comes out as a frame without a type, which no check accepts).
    QList<Frame> sent()
    {
        QList<Frame> frames;
        for (const QByteArray &bytes : transport->takeSent())
            frames.append(Frame::decode(bytes).value_or(Frame{}));
        return frames;
    }
};

} // namespace

class TestSessionTransport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CodeDelivery> m_codes;
    std::unique_ptr<ServerParts> m_parts;
    std::unique_ptr<Dispatcher> m_dispatcher;
    std::optional<client::Profile> m_alice;

    //! Signs `connection` in as alice with a proof over its hello, signed by `key`.
    void signIn(Connection &connection, const Frame &helloFrame, const crypto::Ed25519KeyPair &key,
                quint64 id)
    {
        const auto hello = api::Hello::decode(helloFrame.payload);
        QVERIFY(hello);
        const api::Auth auth =
            api::Auth::prove(*hello, m_alice->cardId(), m_alice->deviceId(), key);
        QVERIFY(connection.transport->receiveBinary(api::requestFrame(id, auth).encode()));
        m_parts->settle();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_codes = makeCodeDelivery(
            {CodeDeliveryConfig::Kind::Drop, m_dir.filePath(QStringLiteral("codes")), {}});
        auto parts = ServerParts::create(m_dir.path(), *m_codes);
        QVERIFY_OK(parts);
        m_parts = std::move(*parts);
        // Small enough that a client who stops reading is dropped after a few hundred frames.
        m_parts->limits.maxPendingWriteBytes = 16 * 1024;
        m_dispatcher = std::make_unique<Dispatcher>(*m_parts->context);

        const QString identity = QStringLiteral("alice@example.org");
        auto profile = makeProfile(m_dir.filePath(QStringLiteral("alice")), identity);
        QVERIFY_OK(profile);
        const ValidationToken token =
            ValidationToken::mint(m_parts->keys->application, identity, wire::PurposeRegister,
                                  QDateTime::currentSecsSinceEpoch(),
                                  ValidationTokenLifetimeSeconds, crypto::systemRandom());
        auto published = ask(m_dispatcher->directory(), &DirectoryService::publishCard, Caller{},
                             api::PublishCard{token.encode(), profile->ownBundle().encode()});
        QVERIFY_OK(published);
        m_alice = std::move(*profile);
    }

    void cleanupTestCase()
    {
        m_dispatcher.reset();
        m_parts.reset();
    }

    void theHelloComesFirstAndTheFrameLimitIsSet()
    {
        Connection connection(*m_parts, *m_dispatcher);
        const QList<Frame> sent = connection.sent();
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().type, wire::Hello);
        const auto hello = api::Hello::decode(sent.first().payload);
        QVERIFY(hello);
        QCOMPARE(hello->challenge.size(), 32);
        QCOMPARE(hello->authority, m_parts->keys->authority.publicKey());
        QCOMPARE(connection.transport->maxIncomingMessageBytes(),
                 quint64(m_parts->limits.maxFrameBytes));
        QCOMPARE(connection.session->caller().connectionKey, QStringLiteral("192.0.2.1"));
    }

    void whatIsNoRequestIsRefusedAtOnce()
    {
        Connection connection(*m_parts, *m_dispatcher);
        (void)connection.sent();
        QVERIFY(connection.transport->receiveText(QStringLiteral("hello?")));
        QVERIFY(connection.transport->receiveBinary("not a frame"));
        QVERIFY(connection.transport->receiveBinary(Frame::response(4, wire::Lookup).encode()));
        const QList<Frame> sent = connection.sent();
        QCOMPARE(sent.size(), 3);
        for (const Frame &frame : sent)
            QVERIFY(frame.wireError() == protocol::WireError::BadFrame);
        QCOMPARE(sent.at(0).id, quint64(0));
        QCOMPARE(sent.at(1).id, quint64(0));
        QCOMPARE(sent.at(2).id, quint64(4));
    }

    void aRequestThatNeedsSigningInIsRefusedAtOnce()
    {
        Connection connection(*m_parts, *m_dispatcher);
        (void)connection.sent();
        const auto alice = protocol::Identity::parse(m_alice->identity());
        QVERIFY(connection.transport->receiveBinary(
            api::requestFrame(9, api::Lookup{*alice}).encode()));
        const QList<Frame> sent = connection.sent(); // before storage has had a say
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().id, quint64(9));
        QVERIFY(sent.first().wireError() == protocol::WireError::Unauthenticated);
    }

    void aProofOverTheChallengeSignsIn()
    {
        Connection connection(*m_parts, *m_dispatcher);
        const Frame hello = connection.sent().first();
        signIn(connection, hello, m_alice->identityKey(), 1);
        QVERIFY(connection.session->isAuthenticated());
        const QList<Frame> sent = connection.sent();
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.at(0).kind, protocol::FrameKind::Response);
        QCOMPARE(sent.at(0).type, wire::Auth);
        QCOMPARE(sent.at(1).type, wire::BacklogEnd); // nothing queued for alice
        QCOMPARE(connection.session->unacknowledged(), 0);
    }

    void threeFailedProofsCloseTheConnection()
    {
        Connection connection(*m_parts, *m_dispatcher);
        const Frame hello = connection.sent().first();
        const crypto::Ed25519KeyPair wrongKey = crypto::Ed25519KeyPair::generate();
        for (quint64 id = 1; id <= quint64(Session::MaxAuthAttempts); ++id) {
            QVERIFY(!connection.transport->isClosed());
            signIn(connection, hello, wrongKey, id);
            const QList<Frame> sent = connection.sent();
            QCOMPARE(sent.size(), 1);
            QVERIFY(sent.first().wireError() == protocol::WireError::Unauthenticated);
        }
        QVERIFY(connection.transport->isClosed());
        QCOMPARE(connection.transport->closeReason(), QStringLiteral("authentication failed"));
        QVERIFY(!connection.session->isAuthenticated());
    }

    void aClientThatStopsReadingIsDropped()
    {
        Connection connection(*m_parts, *m_dispatcher);
        connection.transport->stopReading();
        for (int i = 0; i < 10'000 && !connection.transport->isAborted(); ++i)
            QVERIFY(connection.transport->receiveText(QStringLiteral("are you there?")));
        QVERIFY(connection.transport->isAborted());
        QVERIFY(connection.transport->bytesToWrite() > m_parts->limits.maxPendingWriteBytes);
    }

    void theSessionEndsWhenThePeerGoes()
    {
        Connection connection(*m_parts, *m_dispatcher);
        QSignalSpy finished(connection.session.get(), &Session::finished);
        connection.transport->disconnectPeer();
        QCOMPARE(finished.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSessionTransport)
#include "tst_sessiontransport.moc"
