// SPDX-License-Identifier: GPL-3.0-or-later
// Why a server cannot be reached, as the client's Connection reports it: nothing listens,
// something other than a Cardinal server answers (HTTP, a silent or chattering WebSocket),
// or nothing answers at all. Each fails the waiting request with its own ErrorCode, once,
// instead of a file error after a timeout. Only loopback servers of the test's own.
#include "client/connection.h"
#include "client/serverprobe.h"
#include "common/error.h"
#include "loopbackfakes.h"
#include "protocol/frames.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include <optional>

using namespace cardinal;
using namespace cardinal::client;

namespace {

constexpr int AnswerTimeoutMs = 30'000; // a bound, not a speed requirement

QUrl local(quint16 port)
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(port));
}

//! Asks `url` for a code, as onboarding does, and returns how the request ended, together
//! with the Connection's problem() afterwards.
struct Outcome
{
    std::optional<Error> error;
    std::optional<Error> problem;
    int replies = 0;
};

Outcome requestCodeFrom(const QUrl &url)
{
    Connection connection(url);
    connection.setAutoReconnect(false);
    Outcome outcome;
    bool answered = false;
    connection.open();
    connection.request(protocol::wire::RequestCode, {QStringLiteral("ann@example.org")},
                       [&](Result<QCborArray> result) {
                           ++outcome.replies;
                           answered = true;
                           if (!result)
                               outcome.error = result.error();
                       });
    if (!QTest::qWaitFor([&] { return answered; }, AnswerTimeoutMs))
        return outcome; // replies stays 0: the caller reports it
    outcome.problem = connection.problem();
    // No second answer arrives for the same request later on.
    QTest::qWait(100);
    return outcome;
}

QString describe(const Outcome &outcome)
{
    if (!outcome.error)
        return QStringLiteral("no error (%1 replies)").arg(outcome.replies);
    return QStringLiteral("%1: %2")
        .arg(errorCodeName(outcome.error->code), outcome.error->message());
}

} // namespace

class TestClientUnreachable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingListens()
    {
        const quint16 port = cardinal::testing::closedLoopbackPort();
        QVERIFY(port != 0);
        const Outcome outcome = requestCodeFrom(local(port));
        QCOMPARE(outcome.replies, 1);
        QVERIFY2(outcome.error && outcome.error->code == ErrorCode::ConnectionRefused,
                 qPrintable(describe(outcome)));
        QVERIFY(isNetworkFailure(outcome.error->code));
        QVERIFY(outcome.problem);
        QCOMPARE(outcome.problem->code, ErrorCode::ConnectionRefused);
    }

    // A server that fails itself is neither the network nor a file of ours: its own code,
    // which the outbox retries like a network failure.
    void aFailingServerIsNotAFileError()
    {
        QCOMPARE(Connection::errorCodeFor(protocol::WireError::Internal), ErrorCode::ServerFailed);
        QVERIFY(!isNetworkFailure(ErrorCode::ServerFailed));
        QCOMPARE(errorCodeName(ErrorCode::ServerFailed), QStringLiteral("server failed"));
    }

    void theProbeSaysWhyToo()
    {
        const quint16 port = cardinal::testing::closedLoopbackPort();
        std::optional<Result<crypto::Ed25519PublicKey>> answer;
        int answers = 0;
        QObject context;
        ServerProbe::check(local(port), std::nullopt,
                           [&](Result<crypto::Ed25519PublicKey> result) {
                               ++answers;
                               answer = std::move(result);
                           },
                           &context);
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), AnswerTimeoutMs);
        QVERIFY(!*answer);
        QCOMPARE(answer->error().code, ErrorCode::ConnectionRefused);
        QTest::qWait(100);
        QCOMPARE(answers, 1);
    }

    void aWebServerAnswers()
    {
        QTcpServer web;
        QVERIFY(web.listen(QHostAddress::LocalHost));
        cardinal::testing::answerLikeAWebServer(web);
        const Outcome outcome = requestCodeFrom(local(web.serverPort()));
        QCOMPARE(outcome.replies, 1);
        QVERIFY2(outcome.error && outcome.error->code == ErrorCode::NotAServer,
                 qPrintable(describe(outcome)));
    }

    void anotherWebSocketServerChatters()
    {
        QWebSocketServer other(QStringLiteral("other"), QWebSocketServer::NonSecureMode);
        QVERIFY(other.listen(QHostAddress::LocalHost));
        connect(&other, &QWebSocketServer::newConnection, &other, [&other] {
            QWebSocket *peer = other.nextPendingConnection();
            peer->setParent(&other); // the server's connections are the caller's to delete
            peer->sendTextMessage(QStringLiteral("{\"welcome\": true}"));
        });
        const Outcome outcome = requestCodeFrom(local(other.serverPort()));
        QCOMPARE(outcome.replies, 1);
        QVERIFY2(outcome.error && outcome.error->code == ErrorCode::NotAServer,
                 qPrintable(describe(outcome)));
    }

    void anotherWebSocketServerSendsGarbage()
    {
        QWebSocketServer other(QStringLiteral("other"), QWebSocketServer::NonSecureMode);
        QVERIFY(other.listen(QHostAddress::LocalHost));
        connect(&other, &QWebSocketServer::newConnection, &other, [&other] {
            QWebSocket *peer = other.nextPendingConnection();
            peer->setParent(&other);
            peer->sendBinaryMessage(QByteArray("\xff\x00garbage", 9));
        });
        const Outcome outcome = requestCodeFrom(local(other.serverPort()));
        QCOMPARE(outcome.replies, 1);
        QVERIFY2(outcome.error && outcome.error->code == ErrorCode::NotAServer,
                 qPrintable(describe(outcome)));
    }

    // Accepts TCP and says nothing: after HelloTimeout the attempt is given up as
    // unanswered (the only case that waits).
    void nothingAnswers()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        const Outcome outcome = requestCodeFrom(local(silent.serverPort()));
        QCOMPARE(outcome.replies, 1);
        QVERIFY2(outcome.error && outcome.error->code == ErrorCode::Unreachable,
                 qPrintable(describe(outcome)));
    }
};

QTEST_GUILESS_MAIN(TestClientUnreachable)
#include "tst_client_unreachable.moc"
