// SPDX-License-Identifier: GPL-3.0-or-later
// The Messenger's link to the server, in process: it comes back by itself after the server
// dies and restarts (reconnect with backoff), picks up what was sent meanwhile, and refuses
// a server whose authority key is not the pinned one.
#include "client/messenger.h"
#include "client/serverprobe.h"
#include "clitesting.h"
#include "serverprocess.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

using namespace cardinal;
using namespace cardinal::client;
using namespace cardinal::testing;

namespace {
const QString Alice = QStringLiteral("alice");
const QString Bob = QStringLiteral("bob");
constexpr int OnlineTimeoutMs = 60'000; // backoff is capped at 30 s; a restart is quicker

crypto::SecureBuffer passphrase()
{
    return crypto::SecureBuffer::fromByteArray(QByteArrayView(CliUsers::Passphrase));
}
} // namespace

class TestClientConnection : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server{QStringLiteral(CARDINAL_SERVER_PATH)};
    CliUsers m_users;
    TestTexts m_texts;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_users.isValid());
        QString error;
        QVERIFY2(m_users.startWithUsers(m_server, {Alice, Bob}, &error), qPrintable(error));
    }

    void reconnectsAfterTheServerDies()
    {
        auto messenger = Messenger::open(m_users.profileDir(Alice), passphrase());
        QVERIFY2(messenger, qPrintable(messenger ? QString() : messenger.error().message()));
        Messenger &alice = **messenger;
        QSignalSpy added(&alice, &Messenger::messagesAdded);
        alice.connectToServer();
        QTRY_COMPARE_WITH_TIMEOUT(alice.connectionState(), Connection::State::Online, OnlineTimeoutMs);

        m_server.kill();
        QTRY_COMPARE_WITH_TIMEOUT(alice.connectionState() == Connection::State::Online, false,
                                  OnlineTimeoutMs);
        // While alice's link is down, bob writes; the server comes back on the same port.
        QVERIFY2(m_server.restart(true), qPrintable(m_server.lastError()));
        const QString text = m_texts.make(QStringLiteral("Are you back?"));
        QVERIFY_CLI_OK(m_users.run(Bob, {QStringLiteral("send"), QStringLiteral("--to"),
                                 CliUsers::identity(Alice), text}));
        QTRY_COMPARE_WITH_TIMEOUT(alice.connectionState(), Connection::State::Online, OnlineTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(added.size() >= 1, OnlineTimeoutMs);
        auto history = alice.messages(ConversationRef::direct(CliUsers::identity(Bob)), 10);
        QVERIFY(history);
        QVERIFY(!history->isEmpty());
        QCOMPARE(QString::fromUtf8(history->first().body), text);
        // The signal carried the message as it was stored: no view reads it back by id.
        bool carried = false;
        for (const QList<QVariant> &batch : std::as_const(added))
            for (const HistoryMessage &message : batch.at(0).value<QList<HistoryMessage>>())
                carried = carried || message == history->first();
        QVERIFY(carried);
    }

    // An answer whose context object is gone is dropped; the next one still arrives.
    void dropsAnswersWhoseContextIsGone()
    {
        auto messenger = Messenger::open(m_users.profileDir(Alice), passphrase());
        QVERIFY2(messenger, qPrintable(messenger ? QString() : messenger.error().message()));
        Messenger &alice = **messenger;
        alice.connectToServer();
        QTRY_COMPARE_WITH_TIMEOUT(alice.connectionState(), Connection::State::Online,
                                  OnlineTimeoutMs);
        bool dropped = false;
        std::optional<Result<QList<GroupInfo>>> answered;
        auto *gone = new QObject;
        alice.groups(gone, [&](Result<QList<GroupInfo>>) { dropped = true; });
        delete gone;
        // One link, answered in order: once the second answer is in, so is the first.
        alice.groups(this, [&](Result<QList<GroupInfo>> groups) { answered = groups; });
        QTRY_VERIFY_WITH_TIMEOUT(answered.has_value(), OnlineTimeoutMs);
        QVERIFY(answered->hasValue());
        QVERIFY(!dropped);
    }

    // An authority key given up front (as the operator published it) is pinned before the
    // first contact: a wrong one stops registration at the hello.
    void pinsAnAuthorityGivenUpFront()
    {
        const QString carol = QStringLiteral("carol");
        QVERIFY_CLI_OK(m_users.run(carol, {QStringLiteral("init"), QStringLiteral("--identity"),
                                           CliUsers::identity(carol)}));
        const QString url = m_server.url().toString();
        const CliRun wrong = m_users.run(carol, {QStringLiteral("register"), QStringLiteral("--server"), url,
                                                 QStringLiteral("--authority"), QString(64, u'a')});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains("authority key"), wrong.describe().constData());
        QVERIFY_CLI_OK(m_users.run(carol, {QStringLiteral("register"), QStringLiteral("--server"), url,
                                           QStringLiteral("--authority"),
                                           QString::fromLatin1(m_server.authorityKey()->toByteArray().toHex())}));

        // Restoring onto a new device pins the same way: a wrong key stops it at the hello
        // with the reason (not a timeout's "no answer"), before any code is requested.
        const CliRun restore = m_users.run(QStringLiteral("carol-phone"),
                                           {QStringLiteral("restore"), QStringLiteral("--server"), url,
                                            QStringLiteral("--identity"), CliUsers::identity(carol),
                                            QStringLiteral("--authority"), QString(64, u'b')});
        QCOMPARE(restore.exitCode, 1);
        QVERIFY2(restore.err.contains("authority key"), restore.describe().constData());

    }

    // What onboarding asks before it stores anything: is this a Cardinal server, and the
    // one whose key I was given?
    void probesTheServer()
    {
        const auto probe = [](const QUrl &url, std::optional<crypto::Ed25519PublicKey> pinned) {
            std::optional<Result<crypto::Ed25519PublicKey>> answer;
            QObject context;
            ServerProbe::check(url, pinned,
                               [&answer](Result<crypto::Ed25519PublicKey> result) {
                                   answer = std::move(result);
                               },
                               &context);
            if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, OnlineTimeoutMs))
                return Result<crypto::Ed25519PublicKey>(fail(ErrorCode::Unreachable, QStringLiteral("no answer")));
            return *answer;
        };
        const auto known = probe(m_server.url(), std::nullopt);
        QVERIFY2(known, qPrintable(known ? QString() : known.error().message()));
        QCOMPARE(*known, *m_server.authorityKey());
        QVERIFY(probe(m_server.url(), m_server.authorityKey()));
        const auto other = crypto::Ed25519PublicKey::fromBytes(QByteArray(32, 'a'));
        QVERIFY(other);
        const auto impostor = probe(m_server.url(), *other);
        QVERIFY(!impostor);
        QCOMPARE(impostor.error().code, ErrorCode::BadSignature);
    }

    void refusesAnotherAuthority()
    {
        // The same address now answers with a different server (new keys): a replaced
        // server, or someone in between. The pinned key says no.
        QVERIFY(m_server.stop());
        const quint16 port = m_server.port();
        ServerProcess impostor{QStringLiteral(CARDINAL_SERVER_PATH)};
        QVERIFY2(impostor.init(), qPrintable(impostor.lastError()));
        QVERIFY2(impostor.start(port), qPrintable(impostor.lastError()));

        auto messenger = Messenger::open(m_users.profileDir(Alice), passphrase());
        QVERIFY(messenger);
        Messenger &alice = **messenger;
        QSignalSpy failed(&alice, &Messenger::failed);
        alice.connectToServer();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, OnlineTimeoutMs);
        const auto error = failed.first().first().value<Error>();
        QVERIFY2(error.detail.contains(QStringLiteral("authority key")), qPrintable(error.message()));
        QTest::qWait(1500); // no reconnect attempts follow a refused authority
        QVERIFY(alice.connectionState() != Connection::State::Online);
        QCOMPARE(failed.size(), 1);
        QVERIFY(impostor.stop());
    }
};

QTEST_GUILESS_MAIN(TestClientConnection)
#include "tst_client_connection.moc"
