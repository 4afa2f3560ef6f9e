// SPDX-License-Identifier: GPL-3.0-or-later
// What the real cardinal-server keeps and prints: the raw bytes of its database (with the
// WAL, while running and after stopping) never contain a message's plaintext, and its
// standard output and error never contain plaintext, identity codes or validation tokens.
// With console delivery the code goes to standard output, by design, and nowhere else.
#include "serverprocess.h"
#include "testclient.h"
#include "testmessages.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cardinal;
using namespace cardinal::testing;
namespace wire = protocol::wire;

namespace {

//! Every file of the database: the main file, its WAL and shared-memory index.
QByteArray databaseBytes(const ServerProcess &server)
{
    QByteArray all;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile file(server.databasePath() + suffix);
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

//! The forms a token could take in text: raw, base64, base64url, hex.
QList<QByteArray> tokenForms(const QByteArray &token)
{
    return {token, token.toBase64(),
            token.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
            token.toHex()};
}

} // namespace

class TestServerConfidentiality : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server{QStringLiteral(CARDINAL_SERVER_PATH)};
    QTemporaryDir m_dir;
    std::optional<client::Profile> m_alice;
    std::optional<client::Profile> m_bob;
    QStringList m_codes;
    QList<QByteArray> m_tokens;
    QList<QByteArray> m_plaintexts;
    QList<protocol::MessageId> m_messageIds;

    //! Registers a new profile by code, keeping the code and the token it was traded for.
    std::optional<client::Profile> registerKeepingSecrets(const QString &name)
    {
        auto profile = makeProfile(m_dir.filePath(name), name + QStringLiteral("@example.org"));
        TestClient client;
        if (!profile || !client.connectTo(m_server.url()) ||
            !client.requestCode(profile->identity()).ok())
            return std::nullopt;
        const std::optional<QString> code = m_server.takeCode(profile->identity());
        if (!code)
            return std::nullopt;
        m_codes.append(*code);
        const Reply confirmed =
            client.confirmCode(profile->identity(), wire::PurposeRegister, *code);
        if (!confirmed.ok())
            return std::nullopt;
        const QByteArray token = confirmed.payload().at(0).toByteArray();
        m_tokens.append(token);
        const Reply published = client.publishCard(token, profile->ownBundle().encode());
        auto card = protocol::Card::decode(published.payload().at(0).toByteArray());
        if (!published.ok() || !card ||
            !profile->storeOwnBundle({*card, profile->ownBundle().devices}))
            return std::nullopt;
        return std::move(*profile);
    }

    void checkDatabase(const char *when)
    {
        const QByteArray bytes = databaseBytes(m_server);
        QVERIFY2(bytes.size() > 4096, when);
        for (const QByteArray &plaintext : std::as_const(m_plaintexts))
            QVERIFY2(!bytes.contains(plaintext), when);
        for (const QString &code : std::as_const(m_codes))
            QVERIFY2(!bytes.contains(code.toLatin1()), when);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.init(), qPrintable(m_server.lastError()));
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        m_alice = registerKeepingSecrets(QStringLiteral("alice"));
        QVERIFY2(m_alice, qPrintable(m_server.lastError()));
        m_bob = registerKeepingSecrets(QStringLiteral("bob"));
        QVERIFY2(m_bob, qPrintable(m_server.lastError()));
        // A wrong code is logged as such, and still not printed.
        TestClient client;
        QVERIFY(client.connectTo(m_server.url()));
        const Reply requested = client.requestCode(QStringLiteral("carol@example.org"));
        QVERIFY_REPLY(requested);
        const std::optional<QString> code = m_server.takeCode(QStringLiteral("carol@example.org"));
        QVERIFY(code);
        m_codes.append(*code);
        const QString wrong =
            QString::number((code->toInt() + 1) % 100'000'000).rightJustified(8, u'0');
        m_codes.append(wrong);
        const Reply refused =
            client.confirmCode(QStringLiteral("carol@example.org"), wire::PurposeRegister, wrong);
        QVERIFY_WIRE_ERROR(refused, InvalidCode);
        // An operator's token, used.
        const std::optional<QByteArray> token =
            m_server.issueToken(QStringLiteral("dave@example.org"));
        QVERIFY(token);
        m_tokens.append(*token);
        const Reply published =
            client.publishCard(*token, makeBundle(QStringLiteral("dave@example.org"),
                                                  crypto::Ed25519KeyPair::generate())
                                           .encode());
        QVERIFY_REPLY(published);
    }

    void storedMessagesAreCiphertext()
    {
        QString error;
        auto alice = connectAs(m_server, *m_alice, &error);
        QVERIFY2(alice, qPrintable(error));
        auto bobCard = alice->lookup(m_bob->identity());
        QVERIFY(bobCard);
        const QList<protocol::EnvelopeRecipient> recipients =
            recipientsOf(*bobCard) + recipientsOf(m_alice->ownBundle());
        const Reply created = alice->request(
            wire::GroupCreate, {QStringLiteral("secret plans"), QCborArray{m_bob->identity()}});
        QVERIFY_REPLY(created);
        for (int i = 0; i < 4; ++i) {
            QByteArray plaintext = "The eagle lands at dawn, canary #" + QByteArray::number(i) +
                                   " " + QByteArray(24, char('a' + i));
            m_plaintexts.append(plaintext);
            const QByteArray envelope = sealMessage(*m_alice, recipients, plaintext);
            m_messageIds.append(*messageIdOf(envelope));
            const QCborArray target = i % 2 ? groupTarget(created.payload().at(0).toByteArray())
                                            : directTarget(m_bob->identity());
            const Reply sent = alice->send(target, envelope);
            QVERIFY_REPLY(sent);
        }
        // Queued for Bob, who is offline: the messages are in the files, sealed.
        const QByteArray bytes = databaseBytes(m_server);
        for (const protocol::MessageId &id : std::as_const(m_messageIds))
            QVERIFY(bytes.contains(id.toByteArray()));
        checkDatabase("while queued");

        // Bob reads them: the content did go through.
        auto bob = connectAs(m_server, *m_bob, &error);
        QVERIFY2(bob, qPrintable(error));
        QVERIFY(bob->waitForMessages(4));
        QList<qint64> seqs;
        for (int i = 0; i < 4; ++i) {
            const MessageEvent message = bob->messages().at(i);
            auto opened = openMessage(message.envelope, *m_bob, {m_alice->ownBundle()});
            QVERIFY2(opened, failureText(opened).constData());
            QCOMPARE(opened->body, m_plaintexts.at(i));
            seqs.append(message.seq);
        }
        const Reply acked = bob->ack(seqs);
        QVERIFY_REPLY(acked);
        checkDatabase("after delivery");
    }

    void outputHoldsNoSecrets()
    {
        QVERIFY2(m_server.stop(), qPrintable(m_server.lastError()));
        checkDatabase("after stopping");
        const QByteArray out = m_server.standardOutput();
        const QByteArray err = m_server.standardError();
        QVERIFY(out.contains("listening on"));
        QVERIFY(!err.isEmpty()); // the log is there, it just holds no secrets
        QCOMPARE(m_codes.size(), 4);
        QCOMPARE(m_tokens.size(), 3);
        for (const QByteArray &output : {out, err}) {
            for (const QString &code : std::as_const(m_codes))
                QVERIFY2(!output.contains(code.toLatin1()), qPrintable(code));
            for (const QByteArray &token : std::as_const(m_tokens))
                for (const QByteArray &form : tokenForms(token))
                    QVERIFY(!output.contains(form));
            for (const QByteArray &plaintext : std::as_const(m_plaintexts))
                QVERIFY(!output.contains(plaintext));
        }
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); // for cleanupTestCase
    }

    void consoleCodesGoToStandardOutputOnly()
    {
        ServerProcess console(QStringLiteral(CARDINAL_SERVER_PATH));
        console.setCodeDelivery(QStringLiteral("console"));
        QVERIFY2(console.init(), qPrintable(console.lastError()));
        QVERIFY2(console.start(), qPrintable(console.lastError()));
        TestClient client;
        QVERIFY(client.connectTo(console.url()));
        const Reply requested = client.requestCode(QStringLiteral("erin@example.org"));
        QVERIFY_REPLY(requested);
        QVERIFY(QTest::qWaitFor([&] { return console.standardOutput().contains("code for erin"); },
                                5000));
        QVERIFY2(console.stop(), qPrintable(console.lastError()));
        const QByteArray out = console.standardOutput();
        const QByteArray prefix = "code for erin@example.org (register): ";
        const qsizetype at = out.indexOf(prefix);
        QVERIFY(at >= 0);
        const QByteArray code = out.mid(at + prefix.size(), 9);
        QVERIFY(code.endsWith('\n'));
        QCOMPARE(code.trimmed().size(), 8);
        QVERIFY(!console.standardError().contains(code.trimmed()));
    }

    void cleanupTestCase() { QVERIFY2(m_server.stop(), qPrintable(m_server.lastError())); }
};

QTEST_GUILESS_MAIN(TestServerConfidentiality)
#include "tst_server_confidentiality.moc"
