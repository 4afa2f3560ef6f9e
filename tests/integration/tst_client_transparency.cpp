// SPDX-License-Identifier: GPL-3.0-or-later
// Key transparency through the real cardinal-cli against the real server
// (docs/key-transparency.md): the honest path verifies and audits clean; the operator
// registers a second key for bob through the code it reads, and bob's client raises an
// alert at its next login while alice sees the key in bob's history; and a log rewritten
// behind the clients' backs is caught by the next client that holds an older checkpoint.
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
const QString Mallory = QStringLiteral("mallory"); // the operator, as bob

} // namespace

class TestClientTransparency : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server{QStringLiteral(CARDINAL_SERVER_PATH)};
    CliUsers m_users;
    TestTexts m_texts;

    QJsonObject status(const QString &name, int *exitCode)
    {
        const CliRun run = m_users.json(name, {QStringLiteral("kt"), QStringLiteral("status")});
        *exitCode = run.exitCode;
        const QList<QJsonObject> lines = run.json(QStringLiteral("kt-status"));
        return lines.size() == 1 ? lines.first() : QJsonObject();
    }

    QList<QJsonObject> historyOf(const QString &name, const QString &of)
    {
        const CliRun run = m_users.json(
            name, {QStringLiteral("kt"), QStringLiteral("history"), CliUsers::identity(of)});
        return run.exitCode == 0 ? run.json(QStringLiteral("kt-entry")) : QList<QJsonObject>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_users.startWithUsers(m_server, {Alice, Bob}, &error), qPrintable(error));
    }

    void theHonestPathVerifiesAndAuditsClean()
    {
        const QString body = m_texts.make(QStringLiteral("logged and proven"));
        const CliRun sent = m_users.json(
            Alice, {QStringLiteral("send"), QStringLiteral("--to"), CliUsers::identity(Bob), body});
        QVERIFY2(sent.exitCode == 0, sent.describe().constData());
        QCOMPARE(bodiesOf(m_users.receive(Bob)), QStringList{body});
        for (const QString &name : {Alice, Bob}) {
            const CliRun run = m_users.json(name, {QStringLiteral("kt"), QStringLiteral("status")});
            QVERIFY2(run.exitCode == 0, run.describe().constData());
            const QJsonObject held = run.json(QStringLiteral("kt-status")).value(0);
            QVERIFY(held.value(QStringLiteral("checkpointSize")).toInteger() > 0);
            QCOMPARE(held.value(QStringLiteral("openAlerts")).toInt(), 0);
        }
        // bob's own watch found his card.
        int exitCode = -1;
        QCOMPARE(status(Bob, &exitCode).value(QStringLiteral("ownVersion")).toInteger(), 1);
        const QList<QJsonObject> history = historyOf(Alice, Bob);
        QCOMPARE(history.size(), 1);
        QCOMPARE(field(history.first(), "kind"), QStringLiteral("card-published"));

        const CliRun audit = m_users.json(
            Alice, {QStringLiteral("kt"), QStringLiteral("audit"), QStringLiteral("--server"),
                    m_server.url().toString()});
        QVERIFY2(audit.exitCode == 0, audit.describe().constData());
        const QList<QJsonObject> report = audit.json(QStringLiteral("kt-audit"));
        QCOMPARE(report.size(), 1);
        QVERIFY(report.first().value(QStringLiteral("ok")).toBool());
        QVERIFY(report.first().value(QStringLiteral("entries")).toInteger() >= 3);
        QCOMPARE(report.first().value(QStringLiteral("addresses")).toInteger(), 2);
        // A wrong checkpoint key: refused before anything is believed.
        const CliRun wrongKey = m_users.run(
            Alice, {QStringLiteral("kt"), QStringLiteral("audit"), QStringLiteral("--server"),
                    m_server.url().toString(), QStringLiteral("--kt-key"),
                    QStringLiteral("other+00000000+AcAP1WdyB3ZASrXWnrJO3iiBNl7RmNGBOK1uCj9gOhAD")});
        QVERIFY(wrongKey.exitCode != 0);
    }

    void aKeyTheOperatorRegisteredAlertsItsOwner()
    {
        // The operator reads the code it sends and publishes a card of its own for bob (it
        // restarts its server first: its rate limit on codes is its own to lift).
        QVERIFY(m_server.stop());
        QVERIFY2(m_server.start(m_server.port()), qPrintable(m_server.lastError()));
        const CliRun init = m_users.run(Mallory, {QStringLiteral("init"), QStringLiteral("--identity"),
                                                  CliUsers::identity(Bob)});
        QVERIFY2(init.exitCode == 0, init.describe().constData());
        const CliRun registered = m_users.run(
            Mallory, {QStringLiteral("register"), QStringLiteral("--server"), m_server.url().toString()});
        QVERIFY2(registered.exitCode == 0, registered.describe().constData());
        const std::optional<QString> code = m_server.takeCode(CliUsers::identity(Bob));
        QVERIFY2(code, qPrintable(m_server.lastError()));
        const CliRun confirmed = m_users.json(Mallory, {QStringLiteral("confirm"), *code});
        QVERIFY2(confirmed.exitCode == 0, confirmed.describe().constData());

        // bob's client at its next login: an alert it cannot miss, and a non-zero exit.
        int exitCode = 0;
        const QJsonObject held = status(Bob, &exitCode);
        QVERIFY(exitCode != 0);
        QCOMPARE(held.value(QStringLiteral("openAlerts")).toInt(), 1);
        const CliRun alerts = m_users.json(Bob, {QStringLiteral("kt"), QStringLiteral("status")});
        const QList<QJsonObject> evidence = alerts.json(QStringLiteral("evidence"));
        QVERIFY2(evidence.size() == 1, alerts.describe().constData());
        QCOMPARE(field(evidence.first(), "kind"), QStringLiteral("foreign-key"));
        QVERIFY(field(evidence.first(), "detail").contains(QStringLiteral("did not create")));
        // Every command names it.
        const CliRun contacts = m_users.run(Bob, {QStringLiteral("contacts")});
        QVERIFY(contacts.err.contains("ALERT"));

        // alice sees both keys in bob's history.
        const QList<QJsonObject> history = historyOf(Alice, Bob);
        QCOMPARE(history.size(), 2);
        QVERIFY(field(history.at(0), "identityKey") != field(history.at(1), "identityKey"));

        // bob exports the evidence; acknowledged, the alert closes and the status is clean.
        const QString file = QDir(m_users.profileDir(Bob)).filePath(QStringLiteral("evidence.json"));
        const CliRun exported = m_users.run(
            Bob, {QStringLiteral("kt"), QStringLiteral("evidence"), QStringLiteral("--out"), file});
        QVERIFY2(exported.exitCode == 0, exported.describe().constData());
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QJsonArray items =
            QJsonDocument::fromJson(written.readAll()).object().value(QStringLiteral("evidence")).toArray();
        QCOMPARE(items.size(), 1);
        QVERIFY(items.first().toObject().value(QStringLiteral("statements")).toArray().size() >= 2);
        const CliRun acknowledged = m_users.run(
            Bob, {QStringLiteral("kt"), QStringLiteral("acknowledge"),
                  QString::number(evidence.first().value(QStringLiteral("id")).toInteger())});
        QVERIFY2(acknowledged.exitCode == 0, acknowledged.describe().constData());
        QCOMPARE(status(Bob, &exitCode).value(QStringLiteral("openAlerts")).toInt(), 0);
    }

    void aRewrittenLogIsCaughtByTheNextClient()
    {
        QVERIFY(m_server.stop());
        {
            SqliteFile db(m_server.databasePath());
            QVERIFY(db.exec(QStringLiteral("DELETE FROM kt_entries")));
            QVERIFY(db.exec(QStringLiteral("DELETE FROM kt_checkpoints")));
        }
        QVERIFY2(m_server.start(m_server.port()), qPrintable(m_server.lastError()));
        // alice held a checkpoint of the old log; her next look at a card meets the new one.
        const CliRun looked = m_users.json(Alice, {QStringLiteral("kt"), QStringLiteral("history"),
                                                   CliUsers::identity(Alice)});
        QVERIFY(looked.exitCode != 0);
        int exitCode = 0;
        const QJsonObject held = status(Alice, &exitCode);
        QVERIFY(exitCode != 0);
        QVERIFY(held.value(QStringLiteral("openAlerts")).toInt() >= 1);
        const CliRun alerts = m_users.json(Alice, {QStringLiteral("kt"), QStringLiteral("status")});
        QVERIFY(fieldOf(alerts.json(QStringLiteral("evidence")), "kind")
                    .contains(QStringLiteral("inconsistent")));
    }
};

QTEST_GUILESS_MAIN(TestClientTransparency)
#include "tst_client_transparency.moc"
