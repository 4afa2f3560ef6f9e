// SPDX-License-Identifier: GPL-3.0-or-later
// Registration against the real cardinal-server: the hello, identity codes through the drop
// channel (right, wrong, used up, expired, rate-limited), validation tokens and publishing a
// card that comes back countersigned by the authority key `init` printed. Codes and tokens
// never show up in the server's output.
#include "forgedkeys.h"
#include "serverprocess.h"
#include "testclient.h"
#include "testmessages.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace cardinal;
using namespace cardinal::testing;
using protocol::wire::PurposeRegister;

namespace {

//! A code that differs from `code` in its last digit.
QString wrongCode(const QString &code)
{
    QString wrong = code;
    wrong[wrong.size() - 1] = code.back() == u'0' ? u'1' : u'0';
    return wrong;
}

} // namespace

class TestServerRegistration : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server{QStringLiteral(CARDINAL_SERVER_PATH)};
    QTemporaryDir m_dir;
    QStringList m_secrets; //!< every code and (base64) token seen, for the log check

    QString profileDir(const QString &name) const { return m_dir.filePath(name); }

    //! Requests a code for `identity` and returns it (empty on failure).
    QString codeFor(TestClient &client, const QString &identity)
    {
        const Reply requested = client.requestCode(identity);
        if (!requested.ok())
            return {};
        const QString code = m_server.takeCode(identity).value_or(QString());
        m_secrets.append(code);
        return code;
    }

    void remember(const QByteArray &token)
    {
        m_secrets.append(QString::fromLatin1(token.toBase64()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.init(), qPrintable(m_server.lastError()));
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    }

    void cleanupTestCase()
    {
        QVERIFY2(m_server.stop(), qPrintable(m_server.lastError()));
        const QByteArray output = m_server.standardOutput() + m_server.standardError();
        QVERIFY(output.contains("listening on"));
        QVERIFY(!m_secrets.isEmpty());
        for (const QString &secret : std::as_const(m_secrets)) {
            QVERIFY(!secret.isEmpty());
            QVERIFY2(!output.contains(secret.toLatin1()), qPrintable(secret));
        }
    }

    void helloAnnouncesTheAuthority()
    {
        TestClient first;
        TestClient second;
        QVERIFY(first.connectTo(m_server.url()));
        QVERIFY(second.connectTo(m_server.url()));
        QCOMPARE(first.hello().protocolVersion, protocol::WireProtocolVersion);
        QCOMPARE(first.hello().serverName, QStringLiteral("cardinal"));
        QVERIFY(m_server.authorityKey().has_value());
        QCOMPARE(first.hello().authorityKey, *m_server.authorityKey());
        QCOMPARE(second.hello().authorityKey, *m_server.authorityKey());
        QCOMPARE(first.hello().challenge.size(), 32);
        QVERIFY(first.hello().challenge != second.hello().challenge);
    }

    void registerWithDropCode()
    {
        auto profile =
            makeProfile(profileDir(QStringLiteral("alice")), QStringLiteral("Alice@Example.org"));
        QVERIFY(profile);
        const QString alice = profile->identity();
        QCOMPARE(alice, QStringLiteral("alice@example.org"));
        TestClient client;
        QVERIFY(client.connectTo(m_server.url()));

        const Reply requested = client.requestCode(alice);
        QVERIFY_REPLY(requested);
        QCOMPARE(requested.payload(), QCborArray{600});
        const std::optional<QString> code = m_server.takeCode(alice);
        QVERIFY2(code, qPrintable(m_server.lastError())); // eight digits and a newline
        m_secrets.append(*code);

        const Reply confirmed = client.confirmCode(alice, PurposeRegister, *code);
        QVERIFY_REPLY(confirmed);
        QCOMPARE(confirmed.payload().size(), 1);
        const QByteArray token = confirmed.payload().at(0).toByteArray();
        QVERIFY(!token.isEmpty());
        remember(token);

        const Reply published = client.publishCard(token, profile->ownBundle().encode());
        QVERIFY_REPLY(published);
        QCOMPARE(published.payload().size(), 1);
        auto card = protocol::Card::decode(published.payload().at(0).toByteArray());
        QVERIFY(card);
        QCOMPARE(card->id(), profile->cardId());
        QCOMPARE(card->content(), profile->ownBundle().card.content());
        QVERIFY(card->verifySelfSignature());
        QVERIFY(card->verifyAuthority(*m_server.authorityKey()));
        QVERIFY(card->verifyAuthority(client.hello().authorityKey));
        QVERIFY(!card->verifyAuthority(profile->identityKey().publicKey()));

        // The code and the token are spent.
        const Reply again = client.confirmCode(alice, PurposeRegister, *code);
        QVERIFY_WIRE_ERROR(again, CodeExpired);
        const Reply reused = client.publishCard(token, profile->ownBundle().encode());
        QVERIFY(!reused.ok());

        // The countersigned card is what the directory serves, and the device can sign in.
        QVERIFY(profile->storeOwnBundle({*card, profile->ownBundle().devices}));
        TestClient session;
        QVERIFY(session.connectTo(m_server.url()));
        const Reply authenticated = session.authenticate(*profile);
        QVERIFY_REPLY(authenticated);
        QCOMPARE(authenticated.payload(), QCborArray{alice});
        const std::optional<protocol::CardBundle> looked = session.lookup(alice);
        QVERIFY(looked);
        QCOMPARE(looked->card, *card);
        QVERIFY(looked->verify(*m_server.authorityKey()));
    }

    void wrongCodeLeavesAttempts()
    {
        const QString bob = QStringLiteral("bob@example.org");
        TestClient client;
        QVERIFY(client.connectTo(m_server.url()));
        const QString code = codeFor(client, bob);
        QVERIFY(!code.isEmpty());
        const Reply wrong = client.confirmCode(bob, PurposeRegister, wrongCode(code));
        QVERIFY_WIRE_ERROR(wrong, InvalidCode);
        QVERIFY2(wrong.frame->errorMessage().contains(QStringLiteral("4 attempts left")),
                 wrong.describe().constData());
        const Reply right = client.confirmCode(bob, PurposeRegister, code);
        QVERIFY_REPLY(right);
        remember(right.payload().at(0).toByteArray());
    }

    void fiveWrongCodesUseTheCodeUp()
    {
        const QString carol = QStringLiteral("carol@example.org");
        TestClient client;
        QVERIFY(client.connectTo(m_server.url()));
        const QString code = codeFor(client, carol);
        QVERIFY(!code.isEmpty());
        for (int left = 4; left >= 1; --left) {
            const Reply wrong = client.confirmCode(carol, PurposeRegister, wrongCode(code));
            QVERIFY_WIRE_ERROR(wrong, InvalidCode);
            QVERIFY2(wrong.frame->errorMessage().contains(QString::number(left)),
                     wrong.describe().constData());
        }
        const Reply fifth = client.confirmCode(carol, PurposeRegister, wrongCode(code));
        QVERIFY_WIRE_ERROR(fifth, CodeExpired);
        // Even the right code is no good now.
        const Reply late = client.confirmCode(carol, PurposeRegister, code);
        QVERIFY_WIRE_ERROR(late, CodeExpired);
    }

    void confirmWithoutARequest()
    {
        TestClient client;
        QVERIFY(client.connectTo(m_server.url()));
        const Reply none = client.confirmCode(QStringLiteral("nobody@example.org"), PurposeRegister,
                                              QStringLiteral("12345678"));
        QVERIFY_WIRE_ERROR(none, CodeExpired);
        const Reply badPurpose =
            client.confirmCode(QStringLiteral("nobody@example.org"), QStringLiteral("steal"),
                               QStringLiteral("12345678"));
        QVERIFY_WIRE_ERROR(badPurpose, BadFrame);
    }

    void repeatedRequestsAreRateLimited()
    {
        const QString dave = QStringLiteral("dave@example.org");
        TestClient client;
        QVERIFY(client.connectTo(m_server.url()));
        QVERIFY(!codeFor(client, dave).isEmpty());
        TestClient other; // a new connection from the same address does not reset the limit
        QVERIFY(other.connectTo(m_server.url()));
        const Reply again = other.requestCode(dave);
        QVERIFY_WIRE_ERROR(again, RateLimited);
        QVERIFY(again.frame->errorMessage().contains(QStringLiteral("seconds")));
    }

    void expiredCode()
    {
        // A server of its own whose codes live one second, and which gives connections one
        // second to authenticate.
        ServerProcess shortLived(QStringLiteral(CARDINAL_SERVER_PATH));
        shortLived.setConfig({{QStringLiteral("code-lifetime"), QStringLiteral("1")},
                              {QStringLiteral("auth-timeout"), QStringLiteral("1")}});
        QVERIFY2(shortLived.init(), qPrintable(shortLived.lastError()));
        QVERIFY2(shortLived.start(), qPrintable(shortLived.lastError()));
        const QString erin = QStringLiteral("erin@example.org");
        TestClient client;
        QVERIFY(client.connectTo(shortLived.url()));
        const Reply requested = client.requestCode(erin);
        QVERIFY_REPLY(requested);
        QCOMPARE(requested.payload(), QCborArray{1});
        const std::optional<QString> code = shortLived.takeCode(erin);
        QVERIFY(code);
        QTest::qWait(2100);
        // The connection that never authenticated is gone by now.
        QVERIFY(!client.isConnected());
        QCOMPARE(client.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
        TestClient again;
        QVERIFY(again.connectTo(shortLived.url()));
        const Reply late = again.confirmCode(erin, PurposeRegister, *code);
        QVERIFY_WIRE_ERROR(late, CodeExpired);
        QVERIFY2(shortLived.stop(), qPrintable(shortLived.lastError()));
        const QByteArray output = shortLived.standardOutput() + shortLived.standardError();
        QVERIFY(!output.contains(code->toLatin1()));
    }

    void publishNeedsAGoodToken()
    {
        auto profile =
            makeProfile(profileDir(QStringLiteral("frank")), QStringLiteral("frank@example.org"));
        QVERIFY(profile);
        const QByteArray bundle = profile->ownBundle().encode();
        TestClient client;
        QVERIFY(client.connectTo(m_server.url()));

        const Reply empty = client.publishCard({}, bundle);
        QVERIFY_WIRE_ERROR(empty, BadFrame);
        const Reply null = client.request(protocol::wire::PublishCard, {QCborValue(), bundle});
        QVERIFY_WIRE_ERROR(null, BadFrame);
        const Reply missing = client.request(protocol::wire::PublishCard, {bundle});
        QVERIFY_WIRE_ERROR(missing, BadFrame);
        const Reply garbage = client.publishCard(QByteArray(120, 'x'), bundle);
        QVERIFY_WIRE_ERROR(garbage, InvalidToken);

        const std::optional<QByteArray> token = m_server.issueToken(profile->identity());
        QVERIFY2(token, qPrintable(m_server.lastError()));
        remember(*token);
        QByteArray forged = *token;
        forged[forged.size() - 1] = char(forged.back() ^ 1);
        const Reply tampered = client.publishCard(forged, bundle);
        QVERIFY_WIRE_ERROR(tampered, InvalidToken);

        const Reply published = client.publishCard(*token, bundle);
        QVERIFY_REPLY(published);
        auto card = protocol::Card::decode(published.payload().at(0).toByteArray());
        QVERIFY(card && card->verifyAuthority(*m_server.authorityKey()));

        // One token, one card: a second card for frank needs a new token.
        auto second =
            makeProfile(profileDir(QStringLiteral("frank2")), QStringLiteral("frank@example.org"));
        QVERIFY(second);
        const Reply reused = client.publishCard(*token, second->ownBundle().encode());
        QVERIFY_WIRE_ERROR(reused, InvalidToken);
        // The same card twice is a conflict, whatever the token.
        const Reply twice = client.publishCard(QByteArray(120, 'x'), bundle);
        QVERIFY_WIRE_ERROR(twice, Conflict);
    }
    void keysOfSmallOrderAreRefused()
    {
        // A card whose device key nobody can encrypt to would fail every group send that
        // includes it; a card under the neutral key would "verify" anything. The server
        // refuses both with a clear error, and the token is not spent on them.
        auto profile =
            makeProfile(profileDir(QStringLiteral("grace")), QStringLiteral("grace@example.org"));
        QVERIFY(profile);
        const std::optional<QByteArray> token = m_server.issueToken(profile->identity());
        QVERIFY2(token, qPrintable(m_server.lastError()));
        remember(*token);
        TestClient client;
        QVERIFY(client.connectTo(m_server.url()));

        const protocol::CardBundle &own = profile->ownBundle();
        protocol::DeviceRecordContent weak = own.devices.first().content();
        weak.encryptionKey = smallOrderX25519Key();
        const QByteArray weakBundle =
            QCborValue(QCborArray{own.card.encode(),
                                  QCborArray{forgeDeviceRecord(weak, profile->identityKey())}})
                .toCbor();
        const Reply weakDevice = client.publishCard(*token, weakBundle);
        QVERIFY_WIRE_ERROR(weakDevice, BadFrame);
        QVERIFY2(weakDevice.describe().contains("small order"), weakDevice.describe().constData());

        const QByteArray neutralBundle =
            QCborValue(QCborArray{forgeCard(profile->identity(), neutralEd25519Key()),
                                  QCborArray{own.devices.first().encode()}})
                .toCbor();
        const Reply neutralCard = client.publishCard(*token, neutralBundle);
        QVERIFY_WIRE_ERROR(neutralCard, BadFrame);
        QVERIFY2(neutralCard.describe().contains("small order"), neutralCard.describe().constData());

        // The same token still publishes the real card.
        const Reply published = client.publishCard(*token, own.encode());
        QVERIFY_REPLY(published);
    }

    void aSlowMailRelayBlocksNobody()
    {
        // The relay hands the mail on only once a file appears. While it waits, the server
        // answers everyone else; the code's own answer comes once the relay has finished.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString marker = dir.filePath(QStringLiteral("release"));
        const QString mail = dir.filePath(QStringLiteral("mail"));
        const QString relay = dir.filePath(QStringLiteral("relay.sh"));
        {
            QFile script(relay);
            QVERIFY(script.open(QIODevice::WriteOnly));
            script.write(QStringLiteral("#!/bin/sh\ncat > \"%1\"\n"
                                        "while [ ! -e \"%2\" ]; do sleep 0.05; done\n")
                             .arg(mail, marker)
                             .toUtf8());
            script.close();
            QVERIFY(script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner));
        }
        ServerProcess server{QStringLiteral(CARDINAL_SERVER_PATH)};
        server.setCodeDelivery(QStringLiteral("sendmail:%1").arg(relay));
        QVERIFY2(server.init(), qPrintable(server.lastError()));
        QVERIFY2(server.start(), qPrintable(server.lastError()));

        TestClient waiting;
        QVERIFY(waiting.connectTo(server.url()));
        const quint64 requested = waiting.post(
            protocol::wire::RequestCode, {QStringLiteral("erin@example.org"), PurposeRegister});
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(mail).size() > 0, 10'000); // the relay has it

        TestClient other; // a new connection and a request of its own, answered meanwhile
        QVERIFY(other.connectTo(server.url()));
        const Reply unrelated = other.request(
            protocol::wire::ConfirmCode,
            {QStringLiteral("frank@example.org"), PurposeRegister, QStringLiteral("12345678")});
        QVERIFY_WIRE_ERROR(unrelated, CodeExpired);
        QCOMPARE(waiting.answerCount(), 0); // still waiting for the relay

        QFile release(marker);
        QVERIFY(release.open(QIODevice::WriteOnly));
        release.close();
        const Reply answered = waiting.waitForReply(requested);
        QVERIFY_REPLY(answered);
        QVERIFY(answered.frame->payload.at(0).toInteger() > 0); // seconds the code is valid
        QFile sent(mail);
        QVERIFY(sent.open(QIODevice::ReadOnly));
        QVERIFY(sent.readAll().contains("To: erin@example.org"));
        QVERIFY2(server.stop(), qPrintable(server.lastError()));
    }
};

QTEST_GUILESS_MAIN(TestServerRegistration)
#include "tst_server_registration.moc"
