// SPDX-License-Identifier: GPL-3.0-or-later
// A malicious server, through the real cardinal-cli: the test rewrites the server's database
// so that bob's card is an attacker's, countersigned with the server's own authority key (what
// a compromised server could do). alice, who verified bob, must hold her message instead of
// encrypting it to the attacker, until she accepts the new key (or verifies it); alice2, who
// never verified bob, is told about the change in the conversation.
#include "cardswap.h"
#include "clitesting.h"
#include "serverprocess.h"

#include "protocol/envelope.h"

#include <QTest>

using namespace cardinal;
using namespace cardinal::testing;

namespace {

const QString Alice = QStringLiteral("alice");   // verified bob before the swap
const QString Alice2 = QStringLiteral("alice2"); // knows bob, never verified him
const QString Alice3 = QStringLiteral("alice3"); // verified bob, re-verifies the new key
const QString Bob = QStringLiteral("bob");

//! The entry of `history` with `body`, or an empty object.
QJsonObject entryWithBody(const QList<QJsonObject> &history, const QString &body)
{
    for (const QJsonObject &entry : history)
        if (field(entry, "body") == body)
            return entry;
    return {};
}

//! The System lines of `history`.
QList<QJsonObject> noticesIn(const QList<QJsonObject> &history)
{
    QList<QJsonObject> notices;
    for (const QJsonObject &entry : history)
        if (field(entry, "direction") == QStringLiteral("system"))
            notices.append(entry);
    return notices;
}

//! The kinds of the notices in `history`, oldest first.
QStringList noticeKinds(const QList<QJsonObject> &history)
{
    QStringList kinds;
    for (const QJsonObject &notice : noticesIn(history))
        kinds.append(field(notice, "notice"));
    return kinds;
}

} // namespace

class TestClientTrust : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server{QStringLiteral(CARDINAL_SERVER_PATH)};
    CliUsers m_users;
    TestTexts m_texts;
    SwappedCard m_attacker;
    QString m_numberBefore; //!< the safety number alice3 compared with the real bob

    //! `send --to bob`; the "sent" line, or an empty object. `run` gets the whole run.
    QJsonObject sendToBob(const QString &from, const QString &body, CliRun *run)
    {
        *run = m_users.json(
            from, {QStringLiteral("send"), QStringLiteral("--to"), CliUsers::identity(Bob), body});
        const QList<QJsonObject> lines = run->json(QStringLiteral("sent"));
        return lines.size() == 1 ? lines.first() : QJsonObject();
    }

    //! `name`'s trust state for bob, as `contacts` prints it.
    QString trustInBob(const QString &name)
    {
        const CliRun contacts = m_users.json(name, {QStringLiteral("contacts")});
        for (const QJsonObject &contact : contacts.json(QStringLiteral("contact")))
            if (field(contact, "identity") == CliUsers::identity(Bob))
                return field(contact, "trust");
        return QStringLiteral("(none: ") + QString::fromUtf8(contacts.describe()) + u')';
    }

    //! The bodies the attacker's device can open from the envelopes queued for it.
    QStringList openedByAttacker()
    {
        SqliteFile db(m_server.databasePath());
        const QList<QVariantList> rows = db.select(
            QStringLiteral("SELECT m.envelope FROM messages m JOIN queue q ON q.seq = m.seq"
                           " WHERE q.device_id = ? ORDER BY m.seq"),
            {m_attacker.deviceId.toByteArray()});
        QStringList bodies;
        for (const QVariantList &row : rows) {
            auto opened = protocol::decryptEnvelope(row.at(0).toByteArray(), m_attacker.deviceId,
                                                    m_attacker.deviceKey);
            bodies.append(opened ? QString::fromUtf8(opened->content.body) : QStringLiteral("?"));
        }
        return bodies;
    }

    //! Whether any envelope on the server, queued or not, names the attacker's device.
    bool anyEnvelopeNamesAttacker()
    {
        SqliteFile db(m_server.databasePath());
        const QList<QVariantList> rows = db.select(QStringLiteral("SELECT envelope FROM messages"));
        for (const QVariantList &row : rows) {
            auto header = protocol::readEnvelopeHeader(row.at(0).toByteArray());
            if (!header || header->recipients.contains(m_attacker.deviceId))
                return true;
        }
        return false;
    }

    //! What publish-card would do for the attacker's bundle, written straight into the
    //! stopped server's database with the server's own authority key.
    void swapBobsCard()
    {
        QString error;
        QVERIFY2(swapCard(m_server, CliUsers::identity(Bob), m_attacker, &error),
                 qPrintable(error));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_users.isValid());
        QString error;
        QVERIFY2(m_users.startWithUsers(m_server, {Alice, Alice2, Alice3, Bob}, &error), qPrintable(error));
    }

    void beforeTheSwap()
    {
        // alice and alice3 compare safety numbers with bob; alice2 just writes to him.
        for (const QString &name : {Alice, Alice3}) {
            const CliRun verified =
                m_users.json(name, {QStringLiteral("verify"), CliUsers::identity(Bob),
                                    QStringLiteral("--mark")});
            QVERIFY_CLI_OK(verified);
            m_numberBefore =
                field(verified.json(QStringLiteral("safety-number")).value(0), "digits");
            QCOMPARE(m_numberBefore.size(), 60);
            QCOMPARE(trustInBob(name), QStringLiteral("verified"));
        }
        CliRun run;
        const QString hello = m_texts.make(QStringLiteral("alice2 says hello to the real bob"));
        QCOMPARE(field(sendToBob(Alice2, hello, &run), "state"), QStringLiteral("stored"));
        QCOMPARE(trustInBob(Alice2), QStringLiteral("unverified"));
        QCOMPARE(bodiesOf(m_users.receive(Bob)), QStringList{hello});
    }

    void verifiedContactHoldsMessages()
    {
        swapBobsCard();
        if (QTest::currentTestFailed())
            return;

        CliRun run;
        const QString secret = m_texts.make(QStringLiteral("the vault code is under the fern"));
        const QJsonObject sent = sendToBob(Alice, secret, &run);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(field(sent, "state"), QStringLiteral("held"));
        // Held because the trust store says bob's key changed: that reason, naming him.
        QCOMPARE(field(sent, "reason"), QStringLiteral("key-changed"));
        QVERIFY2(field(sent, "error").contains(QStringLiteral("changed")),
                 run.describe().constData());
        QVERIFY2(field(sent, "error").contains(CliUsers::identity(Bob)),
                 run.describe().constData());
        QVERIFY2(run.err.contains("not sent: the key of bob@example.org changed"),
                 run.describe().constData());
        QCOMPARE(trustInBob(Alice), QStringLiteral("changed"));
        // The timeline says why, as a line of our own, not as something bob wrote.
        // (The first line records her decision to mark bob verified.)
        const QList<QJsonObject> history = m_users.historyWith(Alice, Bob);
        QCOMPARE(history.size(), 3);
        QCOMPARE(field(entryWithBody(history, secret), "state"), QStringLiteral("held"));
        QCOMPARE(field(entryWithBody(history, secret), "reason"), QStringLiteral("key-changed"));
        QCOMPARE(noticeKinds(history),
                 (QStringList{QStringLiteral("marked-verified"), QStringLiteral("key-changed-held")}));
        const QJsonObject notice = noticesIn(history).last();
        QCOMPARE(field(notice, "from"), CliUsers::identity(Bob));
        QCOMPARE(field(notice, "conversation"), CliUsers::identity(Bob));
        const QString body = field(notice, "body");
        QVERIFY2(body.startsWith(QStringLiteral("The safety number with bob@example.org changed.")),
                 qPrintable(body));
        QVERIFY2(body.contains(QStringLiteral("held")), qPrintable(body));

        // Nothing was encrypted to the attacker, nor even sent.
        QCOMPARE(openedByAttacker(), QStringList());
        QVERIFY(!anyEnvelopeNamesAttacker());

        // Accepting the new key lets it go, to the new key.
        const CliRun accepted =
            m_users.json(Alice, {QStringLiteral("accept-key"), CliUsers::identity(Bob)});
        QVERIFY_CLI_OK(accepted);
        QCOMPARE(accepted.json(QStringLiteral("key-accepted")).size(), 1);
        QCOMPARE(trustInBob(Alice), QStringLiteral("unverified"));
        const QList<QJsonObject> after = m_users.historyWith(Alice, Bob);
        QCOMPARE(field(entryWithBody(after, secret), "state"), QStringLiteral("stored"));
        QCOMPARE(field(entryWithBody(after, secret), "reason"), QString()); // sent: no reason
        // Her decision is on the record, in the timeline.
        QCOMPARE(noticeKinds(after).last(), QStringLiteral("key-accepted"));
        QVERIFY2(field(noticesIn(after).last(), "body").startsWith(QStringLiteral("You accepted")),
                 qPrintable(field(noticesIn(after).last(), "body")));
        QCOMPARE(openedByAttacker(), QStringList{secret});
    }

    void reverifyingReleasesHeldMessages()
    {
        CliRun run;
        const QString held = m_texts.make(QStringLiteral("alice3 waits for a fresh comparison"));
        QCOMPARE(field(sendToBob(Alice3, held, &run), "state"), QStringLiteral("held"));
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(trustInBob(Alice3), QStringLiteral("changed"));
        QCOMPARE(openedByAttacker().size(), 1);

        // The safety number shown now is the new key's. She compares it (in this test it is
        // the attacker's, of course) and marks it verified: that accepts the new key.
        const CliRun verified = m_users.json(
            Alice3, {QStringLiteral("verify"), CliUsers::identity(Bob), QStringLiteral("--mark")});
        QVERIFY_CLI_OK(verified);
        const QString numberNow =
            field(verified.json(QStringLiteral("safety-number")).value(0), "digits");
        QCOMPARE(numberNow.size(), 60);
        QVERIFY(numberNow != m_numberBefore);
        QCOMPARE(trustInBob(Alice3), QStringLiteral("verified"));
        const QList<QJsonObject> history = m_users.historyWith(Alice3, Bob);
        QCOMPARE(field(entryWithBody(history, held), "state"), QStringLiteral("stored"));
        QCOMPARE(noticeKinds(history).last(), QStringLiteral("marked-verified"));
        QCOMPARE(openedByAttacker().last(), held);
    }

    void unverifiedContactGetsNotice()
    {
        CliRun run;
        const QString after = m_texts.make(QStringLiteral("alice2 writes after the swap"));
        QCOMPARE(field(sendToBob(Alice2, after, &run), "state"), QStringLiteral("stored"));
        QVERIFY_CLI_OK(run);
        QCOMPARE(trustInBob(Alice2), QStringLiteral("unverified"));
        QCOMPARE(openedByAttacker().last(), after);

        const QList<QJsonObject> history = m_users.historyWith(Alice2, Bob);
        QCOMPARE(history.size(), 3);
        QCOMPARE(field(history.at(0), "direction"), QStringLiteral("outgoing"));
        QCOMPARE(field(entryWithBody(history, after), "state"), QStringLiteral("stored"));
        const QList<QJsonObject> notices = noticesIn(history);
        QCOMPARE(notices.size(), 1);
        QCOMPARE(field(notices.first(), "notice"), QStringLiteral("key-changed"));
        QCOMPARE(field(notices.first(), "from"), CliUsers::identity(Bob));
        QCOMPARE(field(notices.first(), "conversation"), CliUsers::identity(Bob));
        const QString body = field(notices.first(), "body");
        QVERIFY2(body.startsWith(QStringLiteral("The safety number with bob@example.org changed.")),
                 qPrintable(body));
        QVERIFY2(body.contains(QStringLiteral("make sure it is really them")), qPrintable(body));
        QVERIFY(!body.contains(QStringLiteral("held")));
        // Ordinary lines carry no notice field.
        QVERIFY(!entryWithBody(history, after).contains(QStringLiteral("notice")));

        // The text form marks it as ours, not bob's, and never shows the stored token.
        const CliRun plain = m_users.run(
            Alice2, {QStringLiteral("history"), QStringLiteral("--with"), CliUsers::identity(Bob)});
        QVERIFY_CLI_OK(plain);
        QVERIFY2(plain.out.contains("*** The safety number with bob@example.org changed"),
                 plain.describe().constData());
        QVERIFY(!plain.out.contains("bob@example.org: The safety number"));
        QVERIFY(!plain.out.contains("cardinal-notice"));
    }

    void noPlaintextAtRest()
    {
        QVERIFY2(m_server.stop(), qPrintable(m_server.lastError()));
        QCOMPARE(m_users.profileDirs().size(), 4);
        const QStringList leaks =
            filesContaining(m_users.profileDirs() << m_server.dataDir(), m_texts.needles());
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestClientTrust)
#include "tst_client_trust.moc"
