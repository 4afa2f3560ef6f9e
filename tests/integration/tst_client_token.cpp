// SPDX-License-Identifier: GPL-3.0-or-later
// Registering with a validation token the server's operator issued (`cardinal-server
// issue-token`), instead of an e-mail code, through the real cardinal-cli against the real
// server: the token works (on the command line or from standard input) and the person can
// be written to; a token for another address, an expired one and a used one are refused
// with the reason, and nothing is published.
#include "clitesting.h"
#include "serverprocess.h"
#include "server/serverkeys.h"
#include "server/validationtoken.h"

#include <QDateTime>
#include <QTest>

using namespace cardinal;
using namespace cardinal::testing;

namespace {

const QString Alice = QStringLiteral("alice");

QString printable(const QByteArray &token)
{
    return QString::fromLatin1(
        token.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

class TestClientToken : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server{QStringLiteral(CARDINAL_SERVER_PATH)};
    CliUsers m_users;
    TestTexts m_texts;

    //! `init` of `name` for `identity` (its own address unless told).
    void init(const QString &name, const QString &identity = {})
    {
        const CliRun run = m_users.run(
            name, {QStringLiteral("init"), QStringLiteral("--identity"),
                   identity.isEmpty() ? CliUsers::identity(name) : identity});
        QVERIFY2(run.exitCode == 0, run.describe().constData());
    }

    CliRun registerWith(const QString &name, const QString &token, const QByteArray &input = {})
    {
        return m_users.run(name,
                           {QStringLiteral("--json"), QStringLiteral("register"),
                            QStringLiteral("--server"), m_server.url().toString(),
                            QStringLiteral("--token"), token},
                           QStringLiteral("en"), input);
    }

    //! The entries alice finds in the log for `identity`: what was ever published for it.
    qsizetype publishedFor(const QString &identity)
    {
        const CliRun history = m_users.json(
            Alice, {QStringLiteral("kt"), QStringLiteral("history"), identity});
        return history.exitCode == 0 ? history.json(QStringLiteral("kt-entry")).size() : -1;
    }

    //! Waits (bounded) until the log holds `count` entries for `identity`, so that a check
    //! that nothing more came is not merely early.
    bool publishedSettlesAt(const QString &identity, qsizetype count)
    {
        QTest::qWait(300); // several epochs (kt-epoch 0.05 s in tests)
        return QTest::qWaitFor([&] { return publishedFor(identity) == count; }, 10'000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_users.startWithUsers(m_server, {Alice}, &error), qPrintable(error));
    }

    void anIssuedTokenRegistersWithoutACode()
    {
        const QString tina = CliUsers::identity(QStringLiteral("tina"));
        const std::optional<QByteArray> token = m_server.issueToken(tina);
        QVERIFY2(token, qPrintable(m_server.lastError()));
        init(QStringLiteral("tina"));
        const CliRun registered = registerWith(QStringLiteral("tina"), printable(*token));
        QVERIFY2(registered.exitCode == 0, registered.describe().constData());
        QCOMPARE(fieldOf(registered.json(QStringLiteral("registered")), "identity"),
                 QStringList{tina});
        QVERIFY(!m_server.takeCode(tina, 200)); // no code was sent for it

        // A registered person like any other: alice writes, tina reads.
        const QString hello = m_texts.make(QStringLiteral("welcome aboard"));
        const CliRun sent = m_users.json(
            Alice, {QStringLiteral("send"), QStringLiteral("--to"), tina, hello});
        QVERIFY2(sent.exitCode == 0, sent.describe().constData());
        QCOMPARE(bodiesOf(m_users.receive(QStringLiteral("tina"))), QStringList{hello});
    }

    void aTokenFromStandardInputStaysOffTheCommandLine()
    {
        const QString vera = CliUsers::identity(QStringLiteral("vera"));
        const std::optional<QByteArray> token = m_server.issueToken(vera);
        QVERIFY2(token, qPrintable(m_server.lastError()));
        init(QStringLiteral("vera"));
        const CliRun registered = registerWith(QStringLiteral("vera"), QStringLiteral("-"),
                                               printable(*token).toLatin1() + '\n');
        QVERIFY2(registered.exitCode == 0, registered.describe().constData());
        QVERIFY(publishedSettlesAt(vera, 1));
    }

    void aTokenForAnotherAddressIsRefused()
    {
        const std::optional<QByteArray> token =
            m_server.issueToken(CliUsers::identity(QStringLiteral("someone-else")));
        QVERIFY2(token, qPrintable(m_server.lastError()));
        const QString wendy = CliUsers::identity(QStringLiteral("wendy"));
        init(QStringLiteral("wendy"));
        const CliRun refused = registerWith(QStringLiteral("wendy"), printable(*token));
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains("another address"), refused.describe().constData());
        QVERIFY(publishedSettlesAt(wendy, 0));
        // Not a token at all: said so before anything is sent.
        const CliRun garbled = registerWith(QStringLiteral("wendy"), QStringLiteral("not a token!"));
        QVERIFY(garbled.exitCode != 0);
        QVERIFY2(garbled.err.contains("issue-token"), garbled.describe().constData());
    }

    void anExpiredTokenIsRefused()
    {
        // Signed with the server's own application key, an hour after it expired.
        const auto keys = server::ServerKeys::load(m_server.dataDir());
        QVERIFY(keys);
        const QString xena = CliUsers::identity(QStringLiteral("xena"));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QByteArray expired = server::ValidationToken::mint(keys->application, xena,
                                                                 QStringLiteral("register"),
                                                                 now - 7200, 3600,
                                                                 crypto::systemRandom())
                                       .encode();
        init(QStringLiteral("xena"));
        const CliRun refused = registerWith(QStringLiteral("xena"), printable(expired));
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains("expired"), refused.describe().constData());
        QVERIFY(publishedSettlesAt(xena, 0));
    }

    void aTokenForFetchingTheBackupDoesNotRegister()
    {
        const QString yara = CliUsers::identity(QStringLiteral("yara"));
        const std::optional<QByteArray> token = m_server.issueToken(yara, QStringLiteral("recover"));
        QVERIFY2(token, qPrintable(m_server.lastError()));
        init(QStringLiteral("yara"));
        const CliRun refused = registerWith(QStringLiteral("yara"), printable(*token));
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains("another purpose"), refused.describe().constData());
        QVERIFY(publishedSettlesAt(yara, 0));
    }

    void aUsedTokenIsRefused()
    {
        const QString uma = CliUsers::identity(QStringLiteral("uma"));
        const std::optional<QByteArray> token = m_server.issueToken(uma);
        QVERIFY2(token, qPrintable(m_server.lastError()));
        init(QStringLiteral("uma"));
        const CliRun first = registerWith(QStringLiteral("uma"), printable(*token));
        QVERIFY2(first.exitCode == 0, first.describe().constData());
        QVERIFY(publishedSettlesAt(uma, 1));
        // Someone who saw the token tries it for a key of their own.
        init(QStringLiteral("uma-copy"), uma);
        const CliRun again = registerWith(QStringLiteral("uma-copy"), printable(*token));
        QVERIFY(again.exitCode != 0);
        QVERIFY2(again.err.contains("used already"), again.describe().constData());
        QVERIFY(publishedSettlesAt(uma, 1));
    }
};

QTEST_GUILESS_MAIN(TestClientToken)
#include "tst_client_token.moc"
