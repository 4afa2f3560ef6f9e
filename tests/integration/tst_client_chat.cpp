// SPDX-License-Identifier: GPL-3.0-or-later
// Chatting through the real cardinal-cli and the real server: two people both ways, a group
// with a member who is offline while the server is killed and restarted, a message written
// just before the client crashed, a message the server refuses (failed, not held), and
// nothing of it readable on disk afterwards.
#include "clitesting.h"
#include "serverprocess.h"

#include <QSet>
#include <QTcpServer>
#include <QTest>

using namespace cardinal::testing;

namespace {

const QString Alice = QStringLiteral("alice");
const QString Bob = QStringLiteral("bob");
const QString Carol = QStringLiteral("carol");

} // namespace

class TestClientChat : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server{QStringLiteral(CARDINAL_SERVER_PATH)};
    CliUsers m_users;
    TestTexts m_texts;

    //! `send` to a person (a name) or, with `group`, to the group with that id.
    CliRun send(const QString &from, const QString &to, const QString &body, bool group = false)
    {
        return m_users.json(from, {QStringLiteral("send"),
                                   group ? QStringLiteral("--group") : QStringLiteral("--to"),
                                   group ? to : CliUsers::identity(to), body});
    }

    //! The "sent" line of a `send --json` run, or an empty object.
    static QJsonObject sentLine(const CliRun &sent)
    {
        const QList<QJsonObject> lines = sent.json(QStringLiteral("sent"));
        return lines.size() == 1 ? lines.first() : QJsonObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_users.isValid());
        QString error;
        QVERIFY2(m_users.startWithUsers(m_server, {Alice, Bob, Carol}, &error), qPrintable(error));
    }

    void aliceAndBobChatBothWays()
    {
        const QString a1 = m_texts.make(QStringLiteral("Lunch at the marmalade stall?"));
        const QString b1 = m_texts.make(QStringLiteral("Only if the walrus comes too."));
        const QString a2 = m_texts.make(QStringLiteral("The walrus is always welcome."));

        const CliRun sentA1 = send(Alice, Bob, a1);
        QVERIFY_CLI_OK(sentA1);
        QCOMPARE(field(sentLine(sentA1), "state"), QStringLiteral("stored"));
        QCOMPARE(sentLine(sentA1).value(QStringLiteral("total")).toInt(), 1);

        CliRun run;
        QList<QJsonObject> got = m_users.receive(Bob, &run);
        QVERIFY_CLI_OK(run);
        QCOMPARE(bodiesOf(got), QStringList{a1});
        QCOMPARE(field(got.first(), "from"), CliUsers::identity(Alice));
        QCOMPARE(field(got.first(), "conversation"), CliUsers::identity(Alice));
        QCOMPARE(field(got.first(), "direction"), QStringLiteral("incoming"));
        QCOMPARE(field(got.first(), "state"), QStringLiteral("received"));
        QCOMPARE(field(got.first(), "id"), field(sentLine(sentA1), "id"));

        QVERIFY_CLI_OK(send(Bob, Alice, b1));
        got = m_users.receive(Alice, &run);
        QVERIFY_CLI_OK(run);
        QCOMPARE(bodiesOf(got), QStringList{b1});
        QCOMPARE(field(got.first(), "from"), CliUsers::identity(Bob));

        QVERIFY_CLI_OK(send(Alice, Bob, a2));
        QCOMPARE(bodiesOf(m_users.receive(Bob)), QStringList{a2});

        // Both sides show the whole conversation, in order, with the same ids.
        const QList<QJsonObject> aliceSide = m_users.historyWith(Alice, Bob);
        const QList<QJsonObject> bobSide = m_users.historyWith(Bob, Alice);
        const QStringList expected{a1, b1, a2};
        QCOMPARE(bodiesOf(aliceSide), expected);
        QCOMPARE(bodiesOf(bobSide), expected);
        QCOMPARE(fieldOf(aliceSide, "id"), fieldOf(bobSide, "id"));
        const QString in = QStringLiteral("incoming");
        const QString out = QStringLiteral("outgoing");
        QCOMPARE(fieldOf(aliceSide, "direction"), (QStringList{out, in, out}));
        QCOMPARE(fieldOf(bobSide, "direction"), (QStringList{in, out, in}));
        const QString alice = CliUsers::identity(Alice);
        const QString bob = CliUsers::identity(Bob);
        QCOMPARE(fieldOf(aliceSide, "from"), (QStringList{alice, bob, alice}));
        QCOMPARE(fieldOf(bobSide, "from"), (QStringList{alice, bob, alice}));
        const QStringList fine{QStringLiteral("stored"), QStringLiteral("delivered"),
                               QStringLiteral("received")};
        for (const QJsonObject &message : aliceSide + bobSide)
            QVERIFY(fine.contains(field(message, "state")));
    }

    void offlineMemberGetsGroupInOrderAcrossServerKill()
    {
        const CliRun created = m_users.json(
            Alice, {QStringLiteral("group"), QStringLiteral("create"), QStringLiteral("trio"),
                    QStringLiteral("--member"), CliUsers::identity(Bob), QStringLiteral("--member"),
                    CliUsers::identity(Carol)});
        QVERIFY_CLI_OK(created);
        QCOMPARE(created.json(QStringLiteral("group-created")).size(), 1);
        const QString group = field(created.json(QStringLiteral("group-created")).first(), "id");
        QCOMPARE(group.size(), 32);

        // carol stays offline throughout.
        const QStringList bodies{m_texts.make(QStringLiteral("g1 first, from alice")),
                                 m_texts.make(QStringLiteral("g2 from bob")),
                                 m_texts.make(QStringLiteral("g3 alice again")),
                                 m_texts.make(QStringLiteral("g4 bob closes"))};
        const QStringList senders{Alice, Bob, Alice, Bob};
        for (qsizetype i = 0; i < bodies.size(); ++i) {
            const CliRun sent = send(senders.at(i), group, bodies.at(i), true);
            QVERIFY_CLI_OK(sent);
            QCOMPARE(field(sentLine(sent), "state"), QStringLiteral("stored"));
            QCOMPARE(sentLine(sent).value(QStringLiteral("total")).toInt(), 2);
        }

        // Between sending and receiving the server dies without any chance to clean up.
        m_server.kill();
        QVERIFY2(m_server.restart(), qPrintable(m_server.lastError()));

        CliRun run;
        QList<QJsonObject> got = m_users.receive(Carol, &run);
        QVERIFY_CLI_OK(run);
        QCOMPARE(bodiesOf(got), bodies);
        QStringList expectedSenders;
        for (const QString &name : senders)
            expectedSenders.append(CliUsers::identity(name));
        QCOMPARE(fieldOf(got, "from"), expectedSenders);
        for (const QJsonObject &message : got)
            QCOMPARE(field(message, "conversation"), QStringLiteral("group:") + group);

        // Once more through a kill: what carol acknowledged does not come back.
        m_server.kill();
        QVERIFY2(m_server.restart(), qPrintable(m_server.lastError()));
        got = m_users.receive(Carol, &run);
        QVERIFY_CLI_OK(run);
        QCOMPARE(got.size(), 0);
        QCOMPARE(bodiesOf(m_users.historyOfGroup(Carol, group)), bodies);

        // The senders' own views: each message exactly once, nothing lost.
        for (const QString &name : {Alice, Bob}) {
            // Each gets the other's two messages now: `send` leaves arrivals for `receive`.
            QCOMPARE(m_users.receive(name).size(), 2);
            const QStringList seen = bodiesOf(m_users.historyOfGroup(name, group));
            QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()),
                     QSet<QString>(bodies.cbegin(), bodies.cend()));
            QCOMPARE(seen.size(), bodies.size());
        }
    }

    void messageWrittenBeforeACrashGoesOutLater()
    {
        const QString early = m_texts.make(QStringLiteral("typed while the server was down"));
        const QString later = m_texts.make(QStringLiteral("typed once it was back"));
        // The server is down; in its place a listener that only tells us when the client
        // tries to connect, which it does after writing the message to its outbox.
        m_server.kill();
        QTcpServer standIn;
        QVERIFY2(standIn.listen(QHostAddress::LocalHost, m_server.port()),
                 qPrintable(standIn.errorString()));
        QProcess sender;
        QVERIFY(m_users.start(
            sender, Alice,
            {QStringLiteral("send"), QStringLiteral("--to"), CliUsers::identity(Bob), early}));
        QVERIFY(standIn.waitForNewConnection(CliUsers::RunTimeoutMs));
        // The client dies before it could send anything.
        sender.kill();
        QVERIFY(sender.waitForFinished(CliUsers::RunTimeoutMs));
        standIn.close();
        QVERIFY2(m_server.start(m_server.port()), qPrintable(m_server.lastError()));

        // The next session sends the outbox in order: the old message, then the new one.
        const CliRun sent = send(Alice, Bob, later);
        QVERIFY_CLI_OK(sent);
        QCOMPARE(field(sentLine(sent), "state"), QStringLiteral("stored"));
        QCOMPARE(bodiesOf(m_users.receive(Bob)), (QStringList{early, later}));
        const QList<QJsonObject> history = m_users.historyWith(Alice, Bob);
        QVERIFY(history.size() >= 2);
        QCOMPARE(bodiesOf(history.last(2)), (QStringList{early, later}));
        QCOMPARE(field(history.at(history.size() - 2), "state"), QStringLiteral("stored"));
    }

    void aRefusalFailsTheMessageInsteadOfHoldingIt()
    {
        // A group nobody made: the server refuses to describe it. That is given up on with
        // the server's words; held is only ever the trust store's word for a changed key.
        const QString group = QStringLiteral("00112233445566778899aabbccddeeff");
        const QString body = m_texts.make(QStringLiteral("to a group that does not exist"));
        const CliRun sent = send(Alice, group, body, true);
        QCOMPARE(sent.exitCode, 1);
        const QJsonObject line = sentLine(sent);
        QCOMPARE(field(line, "state"), QStringLiteral("failed"));
        QCOMPARE(field(line, "reason"), QStringLiteral("refused-by-server"));
        QVERIFY2(field(line, "error").contains(QStringLiteral("no such group")),
                 sent.describe().constData());
        QVERIFY2(sent.err.contains("not sent: the server refused it: not found: no such group"),
                 sent.describe().constData());
        // So it stays in the history, and the outbox does not try it again.
        const QList<QJsonObject> history = m_users.historyOfGroup(Alice, group);
        QCOMPARE(history.size(), 1);
        QCOMPARE(field(history.first(), "state"), QStringLiteral("failed"));
        QCOMPARE(field(history.first(), "reason"), QStringLiteral("refused-by-server"));
        QCOMPARE(field(history.first(), "body"), body);
    }

    void noPlaintextAtRest()
    {
        // Killed, not stopped: the server's write-ahead log stays as it is on disk.
        m_server.kill();
        QCOMPARE(m_users.profileDirs().size(), 3);
        // The scan does find what is stored in the clear (identities are, by design).
        QVERIFY(!filesContaining({m_server.dataDir()}, {"carol@example.org"}).isEmpty());
        const QStringList leaks =
            filesContaining(m_users.profileDirs() << m_server.dataDir(), m_texts.needles());
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestClientChat)
#include "tst_client_chat.moc"
