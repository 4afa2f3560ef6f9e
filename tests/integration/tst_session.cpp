// SPDX-License-Identifier: GPL-3.0-or-later
// The server's Session, seen from a bare client over the in-process server
// (tests/common/serverfixture.h): a proof over this connection's challenge signs it in
// (once), a wrong one is refused without saying why and leaves the connection open, the
// third refusal closes it, and a connection that does not sign in in time is closed while
// one that did stays. (How a session pushes its queue in windows is tst_server_relay's.)
#include "serverfixture.h"
#include "testclient.h"

#include "protocol/sessionproof.h"

#include <QElapsedTimer>
#include <QTest>

using namespace cardinal;
using namespace cardinal::testing;
namespace wire = protocol::wire;

namespace {

constexpr int AuthTimeoutSeconds = 1;

} // namespace

class TestSession : public ServerFixture
{
    Q_OBJECT

private:
    std::optional<client::Profile> m_alice;

    //! Alice's proof for `client`'s connection, signed by `key` over `challenge`.
    Reply authenticateWith(TestClient &client, const crypto::Ed25519KeyPair &key,
                           const QByteArray &challenge)
    {
        const crypto::Ed25519Signature signature =
            protocol::SessionProof{challenge, client.hello().authorityKey, m_alice->cardId(),
                                   m_alice->deviceId()}
                .sign(key);
        return client.request(wire::Auth,
                              {m_alice->cardId().toByteArray(), m_alice->deviceId().toByteArray(),
                               signature.toByteArray(), QCborValue(QCborValue::Null)});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(
            startServer({{QStringLiteral("auth-timeout"), QString::number(AuthTimeoutSeconds)}}),
            qPrintable(setupError()));
        QVERIFY2(registerPeople({{&m_alice, QStringLiteral("alice")}}), qPrintable(setupError()));
    }

    void cleanupTestCase() { QVERIFY2(m_server.stop(), qPrintable(m_server.lastError())); }

    void aGoodProofSignsIn()
    {
        TestClient client;
        QVERIFY(client.connectTo(m_server.url()));
        QCOMPARE(client.hello().challenge.size(), 32);
        const Reply lookedUp = client.request(wire::Lookup, {m_alice->identity()});
        QVERIFY_WIRE_ERROR(lookedUp, Unauthenticated);

        const Reply signedIn =
            authenticateWith(client, m_alice->identityKey(), client.hello().challenge);
        QVERIFY_REPLY(signedIn);
        QCOMPARE(signedIn.payload(), QCborArray{m_alice->identity()});
        const Reply served = client.request(wire::Lookup, {m_alice->identity()});
        QVERIFY_REPLY(served);
        // Nothing was queued: the session says so at once.
        QVERIFY(client.waitForEvents(wire::BacklogEnd, 1));
        // Once is enough.
        const Reply again =
            authenticateWith(client, m_alice->identityKey(), client.hello().challenge);
        QVERIFY_WIRE_ERROR(again, Conflict);
        QVERIFY(client.isConnected());
    }

    void aProofForAnotherChallengeIsRefused()
    {
        TestClient first;
        TestClient second;
        QVERIFY(first.connectTo(m_server.url()));
        QVERIFY(second.connectTo(m_server.url()));
        QVERIFY(first.hello().challenge != second.hello().challenge);
        // A proof made for the other connection is no proof for this one.
        const Reply replayed =
            authenticateWith(second, m_alice->identityKey(), first.hello().challenge);
        QVERIFY_WIRE_ERROR(replayed, Unauthenticated);
        const Reply own = authenticateWith(first, m_alice->identityKey(), first.hello().challenge);
        QVERIFY_REPLY(own);
    }

    void aWrongSignatureIsRefusedAndMayBeRetried()
    {
        TestClient client;
        QVERIFY(client.connectTo(m_server.url()));
        const crypto::Ed25519KeyPair stranger = crypto::Ed25519KeyPair::generate();
        const Reply refused = authenticateWith(client, stranger, client.hello().challenge);
        QVERIFY_WIRE_ERROR(refused, Unauthenticated);
        // One answer for every failure: it does not say which step failed.
        QCOMPARE(refused.frame->errorMessage(), QStringLiteral("authentication failed"));
        QVERIFY(client.isConnected());
        const Reply retried =
            authenticateWith(client, m_alice->identityKey(), client.hello().challenge);
        QVERIFY_REPLY(retried);
    }

    void theThirdRefusalCloses()
    {
        TestClient client;
        QVERIFY(client.connectTo(m_server.url()));
        const crypto::Ed25519KeyPair stranger = crypto::Ed25519KeyPair::generate();
        for (int attempt = 1; attempt < 3; ++attempt) {
            const Reply refused = authenticateWith(client, stranger, client.hello().challenge);
            QVERIFY_WIRE_ERROR(refused, Unauthenticated);
            QVERIFY(client.isConnected());
        }
        const Reply third = authenticateWith(client, stranger, client.hello().challenge);
        QVERIFY_WIRE_ERROR(third, Unauthenticated); // answered, then closed
        QVERIFY(client.waitForDisconnected());
        QCOMPARE(client.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    }

    void whoDoesNotSignInInTimeIsClosed()
    {
        QElapsedTimer clock;
        clock.start();
        TestClient silent;
        TestClient signedIn;
        QVERIFY(silent.connectTo(m_server.url()));
        QVERIFY(signedIn.connectTo(m_server.url()));
        const Reply proved =
            authenticateWith(signedIn, m_alice->identityKey(), signedIn.hello().challenge);
        QVERIFY_REPLY(proved);

        QVERIFY(silent.waitForDisconnected(AuthTimeoutSeconds * 1000 * 10));
        QVERIFY2(clock.elapsed() >= AuthTimeoutSeconds * 1000 * 9 / 10,
                 qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(silent.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
        // Past the same deadline, the one that signed in is still served.
        QVERIFY(signedIn.isConnected());
        const Reply served = signedIn.request(wire::Lookup, {m_alice->identity()});
        QVERIFY_REPLY(served);
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
