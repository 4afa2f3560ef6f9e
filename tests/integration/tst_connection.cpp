// SPDX-License-Identifier: GPL-3.0-or-later
// The client's Connection against a real channel server in the test's own process
// (tests/common/serverfixture.h): requests queued before the link is up go out once it
// is (those that need authentication only once Online), a request nobody answers times
// out once, the link comes back with growing pauses after the server stops and returns on
// the same port, and a server whose authority key differs from the pinned one is given up
// at once, without retrying.
#include "client/connection.h"
#include "resultchecks.h"
#include "serverfixture.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace cardinal;
using namespace cardinal::testing;
using client::Connection;
namespace wire = protocol::wire;

namespace {

constexpr int WaitMs = 10'000; // a bound, not a speed requirement

//! How one request ended, and how often its reply was called.
struct Answer
{
    std::optional<Result<QCborArray>> result;
    int calls = 0;
    Connection::State stateThen = Connection::State::Disconnected;
};

//! Sends `type` through `connection`; `answer` records how it ends.
void ask(Connection &connection, const QString &type, const QCborArray &payload, Answer &answer,
         std::chrono::milliseconds timeout = Connection::DefaultTimeout)
{
    connection.request(
        type, payload,
        [&answer, &connection](Result<QCborArray> result) {
            ++answer.calls;
            answer.stateThen = connection.state();
            answer.result = std::move(result);
        },
        timeout);
}

client::SessionCredentials credentialsOf(const client::Profile &profile)
{
    return {profile.cardId(),
            profile.deviceId(),
            std::make_shared<const crypto::Ed25519KeyPair>(profile.identityKey()),
            {}};
}

} // namespace

class TestConnection : public ServerFixture
{
    Q_OBJECT

private:
    std::optional<client::Profile> m_alice;
    std::optional<client::Profile> m_bob;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(startServer(), qPrintable(setupError()));
        QVERIFY2(
            registerPeople({{&m_alice, QStringLiteral("alice")}, {&m_bob, QStringLiteral("bob")}}),
            qPrintable(setupError()));
    }

    void cleanupTestCase() { QVERIFY2(m_server.stop(), qPrintable(m_server.lastError())); }

    void requestsWaitUntilTheLinkIsUp()
    {
        Connection connection(m_server.url());
        connection.setPinnedAuthority(m_server.authorityKey());
        connection.setCredentials(credentialsOf(*m_alice));
        QSignalSpy states(&connection, &Connection::stateChanged);
        QSignalSpy learned(&connection, &Connection::authorityLearned);
        // Both are asked for before there is any link: a lookup needs an authenticated
        // session, a code confirmation does not (and fails here: no code was ever sent).
        Answer lookedUp;
        Answer confirmed;
        ask(connection, wire::Lookup, {m_bob->identity()}, lookedUp);
        ask(connection, wire::ConfirmCode,
            {QStringLiteral("carol@example.org"), wire::PurposeRegister,
             QStringLiteral("00000000")},
            confirmed);
        QCOMPARE(connection.state(), Connection::State::Disconnected);
        connection.open();
        QVERIFY(QTest::qWaitFor([&] { return lookedUp.calls && confirmed.calls; }, WaitMs));

        QVERIFY_OK(*lookedUp.result);
        QCOMPARE(lookedUp.result->value().size(), 4); // with its key-transparency proof
        QCOMPARE(lookedUp.stateThen, Connection::State::Online);
        QVERIFY(!*confirmed.result);
        QCOMPARE(confirmed.result->error().code, ErrorCode::CodeExpired);
        const QList<Connection::State> expected{
            Connection::State::Connecting, Connection::State::Connected, Connection::State::Online};
        QCOMPARE(states.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(states.at(i).at(0).value<Connection::State>(), expected.at(i));
        QCOMPARE(learned.size(), 0); // pinned already: nothing to learn
        QCOMPARE(lookedUp.calls, 1);
        QCOMPARE(confirmed.calls, 1);
    }

    void aRequestNobodyAnswersTimesOut()
    {
        // Without credentials the link never gets to Online, so a lookup is never sent.
        Connection connection(m_server.url());
        QSignalSpy learned(&connection, &Connection::authorityLearned);
        connection.open();
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), Connection::State::Connected, WaitMs);
        QCOMPARE(learned.size(), 1); // nothing pinned: the server's key is announced
        QCOMPARE(learned.at(0).at(0).toByteArray(), m_server.authorityKey()->toByteArray());

        QElapsedTimer clock;
        clock.start();
        Answer answer;
        ask(connection, wire::Lookup, {m_bob->identity()}, answer, std::chrono::milliseconds(300));
        QVERIFY(QTest::qWaitFor([&] { return answer.calls > 0; }, WaitMs));
        // Not before its time (a coarse timer may fire up to 5% early).
        QVERIFY2(clock.elapsed() >= 270, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!*answer.result);
        QCOMPARE(answer.result->error().code, ErrorCode::Unreachable);
        QVERIFY(answer.result->error().detail.contains(QStringLiteral("no answer")));
        QCOMPARE(connection.state(), Connection::State::Connected); // the link itself is fine
        // One answer only, even once the link goes.
        connection.close();
        QCOMPARE(answer.calls, 1);
    }

    void reconnectsWithGrowingPausesWhenTheServerReturns()
    {
        Connection connection(m_server.url());
        connection.setPinnedAuthority(m_server.authorityKey());
        connection.setCredentials(credentialsOf(*m_alice));
        // When each attempt starts, from the moment the link dropped.
        QElapsedTimer clock;
        QList<qint64> attempts;
        int failures = 0;
        QObject::connect(&connection, &Connection::stateChanged, this,
                         [&](Connection::State state) {
                             if (!clock.isValid())
                                 return;
                             if (state == Connection::State::Connecting)
                                 attempts.append(clock.elapsed());
                             else if (state == Connection::State::Disconnected)
                                 ++failures;
                         });
        connection.open();
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), Connection::State::Online, WaitMs);

        clock.start();
        QVERIFY2(m_server.stop(), qPrintable(m_server.lastError()));
        // The drop, then two attempts that nothing listens to.
        QVERIFY(QTest::qWaitFor([&] { return failures == 3; }, WaitMs));
        QCOMPARE(attempts.size(), 2);
        QCOMPARE(connection.problem()->code, ErrorCode::ConnectionRefused);
        QVERIFY2(m_server.restart(), qPrintable(m_server.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), Connection::State::Online, WaitMs);
        QCOMPARE(attempts.size(), 3);
        QVERIFY(!connection.problem());

        // Each pause is the last one doubled, give or take a fifth: 0.5 s, 1 s, 2 s.
        const QList<qint64> pauses{attempts.at(0), attempts.at(1) - attempts.at(0),
                                   attempts.at(2) - attempts.at(1)};
        const auto describe = [&] {
            return QStringLiteral("pauses %1, %2, %3 ms")
                .arg(pauses.at(0))
                .arg(pauses.at(1))
                .arg(pauses.at(2));
        };
        const qint64 first = Connection::MinBackoff.count();
        QVERIFY2(pauses.at(0) >= first * 7 / 10, qPrintable(describe()));
        QVERIFY2(pauses.at(1) > pauses.at(0), qPrintable(describe()));
        QVERIFY2(pauses.at(2) > pauses.at(1), qPrintable(describe()));
        QVERIFY2(pauses.at(2) >= first * 4 * 7 / 10, qPrintable(describe()));

        // The new link serves requests as the old one did.
        Answer lookedUp;
        ask(connection, wire::Lookup, {m_bob->identity()}, lookedUp);
        QVERIFY(QTest::qWaitFor([&] { return lookedUp.calls > 0; }, WaitMs));
        QVERIFY_OK(*lookedUp.result);
    }

    void anotherAuthorityKeyIsGivenUp()
    {
        Connection connection(m_server.url());
        connection.setPinnedAuthority(crypto::Ed25519KeyPair::generate().publicKey());
        connection.setCredentials(credentialsOf(*m_alice));
        QSignalSpy failed(&connection, &Connection::failed);
        QSignalSpy states(&connection, &Connection::stateChanged);
        Answer answer;
        ask(connection, wire::Lookup, {m_bob->identity()}, answer);
        connection.open();
        QVERIFY(failed.wait(WaitMs));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<Error>().code, ErrorCode::BadSignature);
        QCOMPARE(answer.calls, 1); // the waiting request learns why at once
        QCOMPARE(answer.result->error().code, ErrorCode::BadSignature);
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), Connection::State::Disconnected, WaitMs);

        // No retry: well past the first backoff (with its jitter), nothing has started again.
        const qsizetype statesSoFar = states.size();
        QVERIFY(!states.wait(int(Connection::MinBackoff.count()) * 2));
        QCOMPARE(states.size(), statesSoFar);
        QCOMPARE(connection.state(), Connection::State::Disconnected);
        QVERIFY(!connection.serverAuthority()); // never accepted
    }
};

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
