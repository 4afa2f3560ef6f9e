// SPDX-License-Identifier: GPL-3.0-or-later
// A server that shows two people two logs is caught by the checkpoints their messages carry
// (docs/key-transparency.md, "Gossip"), through the real cardinal-cli against the real
// server. The fixture plays the operator: between runs of the server it swaps the log's
// tables, so that bob is served one log and alice another, while the directory and the
// queued messages stay the server's own. Neither log is wrong on its own; every answer each
// of them gets checks out against its own log. Only their messages meet both.
#include "clitesting.h"
#include "serverprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace cardinal;
using namespace cardinal::testing;

namespace {

const QString Alice = QStringLiteral("alice");
const QString Bob = QStringLiteral("bob");
const QString Carol = QStringLiteral("carol");
const QString Dave = QStringLiteral("dave");

const QStringList LogTables{QStringLiteral("kt_entries"), QStringLiteral("kt_checkpoints")};

} // namespace

class TestClientSplitView : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server{QStringLiteral(CARDINAL_SERVER_PATH)};
    CliUsers m_users;
    TestTexts m_texts;
    QTemporaryDir m_saved;

    //! Copies the stopped server's log tables into `name` under m_saved.
    bool saveLog(const QString &name)
    {
        const QString copy = m_saved.filePath(name + QStringLiteral(".db"));
        SqliteFile db(m_server.databasePath());
        if (!db.exec(QStringLiteral("ATTACH DATABASE ? AS saved"), {copy}))
            return false;
        for (const QString &table : LogTables)
            if (!db.exec(QStringLiteral("CREATE TABLE saved.%1 AS SELECT * FROM main.%1").arg(table)))
                return false;
        return db.exec(QStringLiteral("DETACH DATABASE saved"));
    }

    //! Replaces the stopped server's log tables with the copy saved as `name`.
    bool restoreLog(const QString &name)
    {
        const QString copy = m_saved.filePath(name + QStringLiteral(".db"));
        SqliteFile db(m_server.databasePath());
        if (!db.exec(QStringLiteral("ATTACH DATABASE ? AS saved"), {copy}))
            return false;
        for (const QString &table : LogTables)
            if (!db.exec(QStringLiteral("DELETE FROM main.%1").arg(table)) ||
                !db.exec(QStringLiteral("INSERT INTO main.%1 SELECT * FROM saved.%1").arg(table)))
                return false;
        return db.exec(QStringLiteral("DETACH DATABASE saved"));
    }

    QList<QJsonObject> evidenceOf(const QString &name, int *exitCode)
    {
        const CliRun run = m_users.json(name, {QStringLiteral("kt"), QStringLiteral("status")});
        *exitCode = run.exitCode;
        return run.json(QStringLiteral("evidence"));
    }

    //! Whether `name` finds `other` in the log (bounded: their first entry waits for the
    //! next epoch); `name` then holds a checkpoint with `other` in it.
    bool looksUpInTheLog(const QString &name, const QString &other)
    {
        return QTest::qWaitFor(
            [&] {
                const CliRun history = m_users.json(
                    name, {QStringLiteral("kt"), QStringLiteral("history"), CliUsers::identity(other)});
                return history.exitCode == 0 && !history.json(QStringLiteral("kt-entry")).isEmpty();
            },
            20'000);
    }

    //! Sends `text` from `from` to `to` and checks that it left.
    void send(const QString &from, const QString &to, const QString &text)
    {
        const CliRun sent = m_users.json(
            from, {QStringLiteral("send"), QStringLiteral("--to"), CliUsers::identity(to), text});
        QVERIFY2(sent.exitCode == 0, sent.describe().constData());
    }

    //! What `name`'s client caught: one split view naming the server and `other`, with the
    //! two contradicting checkpoints, each signed by the server.
    void requireSplitViewCaught(const QString &name, const QString &other)
    {
        int exitCode = 0;
        const QList<QJsonObject> evidence = evidenceOf(name, &exitCode);
        QVERIFY2(exitCode != 0, qPrintable(name + QStringLiteral(": kt status is clean")));
        QCOMPARE(fieldOf(evidence, "kind"), QStringList{QStringLiteral("split-view")});
        const QJsonObject &caught = evidence.first();
        QCOMPARE(field(caught, "server"), m_server.url().toString());
        QCOMPARE(field(caught, "subject"), CliUsers::identity(other));
        QVERIFY(field(caught, "detail").contains(m_server.url().toString()));
        QVERIFY(field(caught, "detail").contains(CliUsers::identity(other)));
        const QJsonArray statements = caught.value(QStringLiteral("statements")).toArray();
        QVERIFY(statements.size() >= 2);
        const QByteArray held = QByteArray::fromBase64(statements.at(0).toString().toLatin1());
        const QByteArray gossiped = QByteArray::fromBase64(statements.at(1).toString().toLatin1());
        QVERIFY(held != gossiped);
        for (const QByteArray &note : {held, gossiped})
            QVERIFY2(note.contains("\n\n\xE2\x80\x94 "), note.constData()); // signed notes

        // Exported for whoever must see it, and announced on every command until dismissed.
        const QString file = QDir(m_users.profileDir(name)).filePath(QStringLiteral("split.json"));
        const CliRun exported = m_users.run(
            name, {QStringLiteral("kt"), QStringLiteral("evidence"), QStringLiteral("--out"), file});
        QVERIFY2(exported.exitCode == 0, exported.describe().constData());
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QJsonArray items = QJsonDocument::fromJson(written.readAll())
                                     .object()
                                     .value(QStringLiteral("evidence"))
                                     .toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().toObject().value(QStringLiteral("statements")).toArray(), statements);
        QVERIFY(m_users.run(name, {QStringLiteral("contacts")}).err.contains("ALERT"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_saved.isValid(), "no temporary directory");
        QVERIFY2(m_users.startWithUsers(m_server, {Alice, Bob}, &error), qPrintable(error));
    }

    void gossipBetweenPeopleShownOneLogIsQuiet()
    {
        // The honest server: each message's checkpoint fits the receiver's log.
        const QString hello = m_texts.make(QStringLiteral("one log for all"));
        send(Alice, Bob, hello);
        CliRun received;
        QCOMPARE(bodiesOf(m_users.receive(Bob, &received)), QStringList{hello});
        QVERIFY2(!received.err.contains("ALERT"), received.err.constData());
        const QString back = m_texts.make(QStringLiteral("still one log"));
        send(Bob, Alice, back);
        QCOMPARE(bodiesOf(m_users.receive(Alice, &received)), QStringList{back});
        for (const QString &name : {Alice, Bob}) {
            int exitCode = -1;
            QVERIFY(evidenceOf(name, &exitCode).isEmpty());
            QCOMPARE(exitCode, 0);
        }
    }

    void aServerShowingTwoLogsIsCaughtAfterOneMessageEachWay()
    {
        // Both hold a checkpoint of the same log. The operator keeps a copy of it.
        QVERIFY(m_server.stop());
        QVERIFY(saveLog(QStringLiteral("common")));
        QVERIFY2(m_server.start(m_server.port()), qPrintable(m_server.lastError()));

        // bob's world: carol joins, and bob looks her up (so he holds a checkpoint with her
        // in it) and then writes to alice, who is away.
        QString error;
        QVERIFY2(m_users.registerUser(m_server, Carol, &error), qPrintable(error));
        QVERIFY(looksUpInTheLog(Bob, Carol));
        const QString fromBob = m_texts.make(QStringLiteral("written in bob's world"));
        send(Bob, Alice, fromBob);

        // alice's world: the operator puts the common log back. The server logs carol
        // afresh at its start (her card is in its directory but not in this log): the same
        // directory, another log.
        QVERIFY(m_server.stop());
        QVERIFY(saveLog(QStringLiteral("bob")));
        QVERIFY(restoreLog(QStringLiteral("common")));
        QVERIFY2(m_server.start(m_server.port()), qPrintable(m_server.lastError()));

        // dave joins in alice's world, and alice looks him up: her log has grown past the
        // size of bob's checkpoint, so that one is checked by a consistency proof.
        QVERIFY2(m_users.registerUser(m_server, Dave, &error), qPrintable(error));
        QVERIFY(looksUpInTheLog(Alice, Dave));

        // Every answer alice gets checks out against her log; bob's message does not.
        CliRun received;
        QCOMPARE(bodiesOf(m_users.receive(Alice, &received)), QStringList{fromBob});
        QVERIFY2(received.err.contains("ALERT"), received.describe().constData());
        requireSplitViewCaught(Alice, Bob);
        const QString fromAlice = m_texts.make(QStringLiteral("written in alice's world"));
        send(Alice, Bob, fromAlice);

        // bob's world again: alice's reply carries her log's checkpoint.
        QVERIFY(m_server.stop());
        QVERIFY(restoreLog(QStringLiteral("bob")));
        QVERIFY2(m_server.start(m_server.port()), qPrintable(m_server.lastError()));
        QCOMPARE(bodiesOf(m_users.receive(Bob, &received)), QStringList{fromAlice});
        QVERIFY2(received.err.contains("ALERT"), received.describe().constData());
        requireSplitViewCaught(Bob, Alice);

        // carol, shown bob's log all along, has nothing to report: gossip accuses nobody
        // who was not shown two logs.
        int exitCode = -1;
        QVERIFY(evidenceOf(Carol, &exitCode).isEmpty());
        QCOMPARE(exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestClientSplitView)
#include "tst_client_splitview.moc"
