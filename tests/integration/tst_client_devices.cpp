// SPDX-License-Identifier: GPL-3.0-or-later
// Devices through the real cardinal-cli and the real server: a second device restored from
// the key backup shares the conversation both ways; a revoked device gets nothing more; an
// envelope the server tampered with shows up as "could not decrypt" with why (damaged, or not
// for this device), in the reader's language; nothing readable on disk.
#include "clitesting.h"
#include "serverprocess.h"

#include "protocol/envelope.h"

#include <QTest>

using namespace cardinal;
using namespace cardinal::testing;

namespace {

const QString Alice = QStringLiteral("alice");
const QString Laptop = QStringLiteral("alice-laptop"); // alice's second device
const QString Bob = QStringLiteral("bob");

} // namespace

class TestClientDevices : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server{QStringLiteral(CARDINAL_SERVER_PATH)};
    CliUsers m_users;
    TestTexts m_texts;
    QByteArray m_laptopDevice; //!< the id of alice's second device

    //! `send --to` (a name); the "sent" line, or an empty object.
    QJsonObject send(const QString &from, const QString &to, const QString &body,
                     CliRun *run = nullptr)
    {
        const CliRun sent = m_users.json(
            from, {QStringLiteral("send"), QStringLiteral("--to"), CliUsers::identity(to), body});
        if (run)
            *run = sent;
        const QList<QJsonObject> lines = sent.json(QStringLiteral("sent"));
        return lines.size() == 1 ? lines.first() : QJsonObject();
    }

    //! The envelopes queued on the server for `device`, by seq.
    QList<std::pair<qint64, QByteArray>> queuedFor(const QByteArray &device)
    {
        SqliteFile db(m_server.databasePath());
        const QList<QVariantList> rows = db.select(
            QStringLiteral("SELECT m.seq, m.envelope FROM messages m JOIN queue q ON q.seq = m.seq"
                           " WHERE q.device_id = ? ORDER BY m.seq"),
            {device});
        QList<std::pair<qint64, QByteArray>> out;
        for (const QVariantList &row : rows)
            out.append({row.at(0).toLongLong(), row.at(1).toByteArray()});
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_users.isValid());
        QString error;
        QVERIFY2(m_users.startWithUsers(m_server, {Alice, Bob}, &error), qPrintable(error));
    }

    void restoredDeviceSharesTheConversation()
    {
        // Before the second device exists.
        const QString r0 = m_texts.make(QStringLiteral("r0 before the laptop"));
        QCOMPARE(field(send(Alice, Bob, r0), "state"), QStringLiteral("stored"));
        QCOMPARE(bodiesOf(m_users.receive(Bob)), QStringList{r0});

        const CliRun backup =
            m_users.json(Alice, {QStringLiteral("backup"), QStringLiteral("upload")});
        QVERIFY_CLI_OK(backup);
        QCOMPARE(backup.json(QStringLiteral("backup-stored")).size(), 1);
        // The server allows one code request per identity every 30 s, and keeps count in
        // memory: a restart is quicker than waiting after alice's registration.
        QVERIFY2(m_server.restart(), qPrintable(m_server.lastError()));
        QString error;
        QVERIFY2(m_users.restoreDevice(m_server, Laptop, Alice, &error), qPrintable(error));

        const CliRun devices = m_users.json(Laptop, {QStringLiteral("devices")});
        QVERIFY_CLI_OK(devices);
        const QList<QJsonObject> listed = devices.json(QStringLiteral("device"));
        QCOMPARE(listed.size(), 2);
        for (const QJsonObject &device : listed)
            if (device.value(QStringLiteral("thisDevice")).toBool())
                m_laptopDevice = QByteArray::fromHex(field(device, "id").toLatin1());
        QCOMPARE(m_laptopDevice.size(), 16);

        // bob writes: both of alice's devices get it.
        const QString r1 = m_texts.make(QStringLiteral("r1 bob to both of alice"));
        const QJsonObject sent = send(Bob, Alice, r1);
        QCOMPARE(sent.value(QStringLiteral("total")).toInt(), 2);
        QCOMPARE(bodiesOf(m_users.receive(Alice)), QStringList{r1});
        QCOMPARE(bodiesOf(m_users.receive(Laptop)), QStringList{r1});

        // What the first device sends reaches the second, and the other way round.
        const QString r2 = m_texts.make(QStringLiteral("r2 from alice's desk"));
        QCOMPARE(send(Alice, Bob, r2).value(QStringLiteral("total")).toInt(), 2);
        QList<QJsonObject> got = m_users.receive(Laptop);
        QCOMPARE(bodiesOf(got), QStringList{r2});
        QCOMPARE(field(got.first(), "from"), CliUsers::identity(Alice));
        QCOMPARE(field(got.first(), "conversation"), CliUsers::identity(Bob));
        // Written by alice, so on her side of the laptop's timeline, not as bob's.
        QCOMPARE(field(got.first(), "direction"), QStringLiteral("outgoing"));
        QCOMPARE(field(got.first(), "state"), QStringLiteral("stored"));

        const QString r3 = m_texts.make(QStringLiteral("r3 from alice's laptop"));
        QCOMPARE(send(Laptop, Bob, r3).value(QStringLiteral("total")).toInt(), 2);
        got = m_users.receive(Alice);
        QCOMPARE(bodiesOf(got), QStringList{r3});
        QCOMPARE(field(got.first(), "conversation"), CliUsers::identity(Bob));
        QCOMPARE(bodiesOf(m_users.receive(Bob)), (QStringList{r2, r3}));

        const QList<QJsonObject> desk = m_users.historyWith(Alice, Bob);
        const QList<QJsonObject> laptop = m_users.historyWith(Laptop, Bob);
        QCOMPARE(bodiesOf(desk), (QStringList{r0, r1, r2, r3}));
        QCOMPARE(bodiesOf(laptop), (QStringList{r1, r2, r3}));
        QCOMPARE(fieldOf(laptop, "direction"),
                 (QStringList{QStringLiteral("incoming"), QStringLiteral("outgoing"),
                              QStringLiteral("outgoing")}));
        QCOMPARE(fieldOf(desk, "direction"),
                 (QStringList{QStringLiteral("outgoing"), QStringLiteral("incoming"),
                              QStringLiteral("outgoing"), QStringLiteral("outgoing")}));
        QCOMPARE(fieldOf(laptop, "id"), fieldOf(desk, "id").mid(1));
        QCOMPARE(bodiesOf(m_users.historyWith(Bob, Alice)), (QStringList{r0, r1, r2, r3}));

        // In a group too: what the desk writes is the laptop's own message.
        const CliRun group = m_users.json(Alice, {QStringLiteral("group"), QStringLiteral("create"),
                                                  QStringLiteral("Two devices"), QStringLiteral("--member"),
                                                  CliUsers::identity(Bob)});
        QVERIFY_CLI_OK(group);
        const QString groupId = field(group.json().last(), "id");
        QCOMPARE(groupId.size(), 32);
        const QString g1 = m_texts.make(QStringLiteral("g1 from the desk to the group"));
        QVERIFY_CLI_OK(m_users.run(Alice, {QStringLiteral("send"), QStringLiteral("--group"), groupId, g1}));
        got = m_users.receive(Laptop);
        QCOMPARE(bodiesOf(got), QStringList{g1});
        QCOMPARE(field(got.first(), "direction"), QStringLiteral("outgoing"));
        QCOMPARE(field(got.first(), "from"), CliUsers::identity(Alice));
        // bob takes it too, so no envelope to the laptop stays queued for the next case.
        QCOMPARE(bodiesOf(m_users.receive(Bob)), QStringList{g1});
    }

    void revokedDeviceReceivesNothing()
    {
        QCOMPARE(m_laptopDevice.size(), 16);
        const CliRun revoked =
            m_users.json(Alice, {QStringLiteral("revoke"), QStringLiteral("--device"),
                                 QString::fromLatin1(m_laptopDevice.toHex())});
        QVERIFY_CLI_OK(revoked);
        const CliRun devices = m_users.json(Alice, {QStringLiteral("devices")});
        QVERIFY_CLI_OK(devices);
        QCOMPARE(devices.json(QStringLiteral("device")).size(), 1);

        const QString fromBob = m_texts.make(QStringLiteral("after the revocation, from bob"));
        QCOMPARE(send(Bob, Alice, fromBob).value(QStringLiteral("total")).toInt(), 1);
        const QString fromDesk =
            m_texts.make(QStringLiteral("after the revocation, from the desk"));
        QCOMPARE(send(Alice, Bob, fromDesk).value(QStringLiteral("total")).toInt(), 1);

        // Nothing is queued for it, and no envelope even names it.
        QCOMPARE(queuedFor(m_laptopDevice).size(), 0);
        {
            SqliteFile db(m_server.databasePath());
            const QList<QVariantList> rows =
                db.select(QStringLiteral("SELECT envelope FROM messages"));
            QVERIFY2(!rows.isEmpty(), qPrintable(db.lastError()));
            for (const QVariantList &row : rows) {
                auto header = protocol::readEnvelopeHeader(row.at(0).toByteArray());
                QVERIFY(header);
                for (const protocol::DeviceId &device : header->recipients)
                    QVERIFY(device.toByteArray() != m_laptopDevice);
            }
        }

        // The revoked device is turned away, and says so; it shows nothing new.
        CliRun run;
        QCOMPARE(m_users.receive(Laptop, &run).size(), 0);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("refused"), run.describe().constData());
        QVERIFY_CLI_OK(
            run = m_users.json(Laptop, {QStringLiteral("history"), QStringLiteral("--with"),
                                        CliUsers::identity(Bob)}));
        QVERIFY(!run.out.contains(fromBob.toUtf8()));
        QVERIFY(!run.out.contains(fromDesk.toUtf8()));
        const QString fromLaptop = m_texts.make(QStringLiteral("the revoked laptop tries"));
        send(Laptop, Bob, fromLaptop, &run);
        QCOMPARE(run.exitCode, 1);

        QCOMPARE(bodiesOf(m_users.receive(Alice)), QStringList{fromBob});
        QCOMPARE(bodiesOf(m_users.receive(Bob)), QStringList{fromDesk});
    }

    void tamperedEnvelopeShowsAsUndecryptable()
    {
        QByteArray deskDevice; // alice's own device, which the envelopes to her name
        const CliRun devices = m_users.json(Alice, {QStringLiteral("devices")});
        QVERIFY_CLI_OK(devices);
        for (const QJsonObject &device : devices.json(QStringLiteral("device")))
            if (device.value(QStringLiteral("thisDevice")).toBool())
                deskDevice = QByteArray::fromHex(field(device, "id").toLatin1());
        QCOMPARE(deskDevice.size(), 16);

        const QString intact = m_texts.make(QStringLiteral("t0 arrives intact"));
        const QString tail = m_texts.make(QStringLiteral("t1 flipped near the end"));
        const QString middle = m_texts.make(QStringLiteral("t2 flipped in the middle"));
        const QString readdressed = m_texts.make(QStringLiteral("t3 addressed to another device"));
        const QString after = m_texts.make(QStringLiteral("t4 after the tampering"));
        QStringList ids;
        for (const QString &body : {intact, tail, middle, readdressed}) {
            const QJsonObject sent = send(Bob, Alice, body);
            QCOMPARE(field(sent, "state"), QStringLiteral("stored"));
            ids.append(field(sent, "id"));
        }

        // The server alters the three newest envelopes queued for alice.
        QVERIFY2(m_server.stop(), qPrintable(m_server.lastError()));
        {
            SqliteFile db(m_server.databasePath());
            QVERIFY2(db.isOpen(), qPrintable(db.lastError()));
            const QList<QVariantList> rows = db.select(
                QStringLiteral("SELECT seq, envelope FROM messages ORDER BY seq DESC LIMIT 3"));
            QCOMPARE(rows.size(), 3);
            for (qsizetype i = 0; i < rows.size(); ++i) {
                QByteArray envelope = rows.at(i).at(1).toByteArray();
                // t3: one bit of alice's device id in the header (it names another device
                // now); t2: a byte in the middle; t1: one in the AEAD tag at the end.
                const qsizetype at = i == 0   ? envelope.indexOf(deskDevice)
                                     : i == 1 ? envelope.size() / 2
                                              : envelope.size() - 3;
                QVERIFY(at >= 0);
                envelope[at] = char(envelope.at(at) ^ 0x20);
                QVERIFY2(db.exec(QStringLiteral("UPDATE messages SET envelope = ? WHERE seq = ?"),
                                 {envelope, rows.at(i).at(0)}),
                         qPrintable(db.lastError()));
            }
        }
        QVERIFY2(m_server.start(m_server.port()), qPrintable(m_server.lastError()));

        const CliRun received = m_users.run(Alice, {QStringLiteral("receive")});
        QVERIFY_CLI_OK(received);
        QCOMPARE(received.out.count("could not decrypt"), 3);
        QCOMPARE(received.out.count("could not decrypt: it was damaged on the way or altered"), 2);
        QCOMPARE(received.out.count("could not decrypt: it was not encrypted for this device"), 1);
        QVERIFY(received.out.contains(intact.toUtf8()));
        for (const QString &altered : {tail, middle, readdressed})
            QVERIFY(!received.out.contains(altered.toUtf8()));

        // Kept in the history, visibly, not dropped, with why; and the conversation goes on.
        QVERIFY(m_server.isRunning());
        QCOMPARE(field(send(Bob, Alice, after), "state"), QStringLiteral("stored"));
        QCOMPARE(bodiesOf(m_users.receive(Alice)), QStringList{after});
        QList<QJsonObject> history = m_users.historyWith(Alice, Bob);
        QVERIFY(history.size() >= 5);
        history = history.last(5);
        QCOMPARE(field(history.at(0), "body"), intact);
        QCOMPARE(field(history.at(0), "id"), ids.at(0));
        QCOMPARE(field(history.at(0), "reason"), QString());
        for (const QJsonObject &entry : {history.at(1), history.at(2), history.at(3)}) {
            QCOMPARE(field(entry, "state"), QStringLiteral("undecryptable"));
            QCOMPARE(field(entry, "body"), QString());
            QVERIFY(!field(entry, "error").isEmpty());
            QCOMPARE(field(entry, "from"), CliUsers::identity(Bob));
        }
        QCOMPARE(
            fieldOf(history.mid(1, 3), "reason"),
            (QStringList{QStringLiteral("damaged-or-altered"), QStringLiteral("damaged-or-altered"),
                         QStringLiteral("not-for-this-device")}));
        QCOMPARE(field(history.at(1), "id"), ids.at(1)); // its header was intact
        QCOMPARE(field(history.at(3), "id"), ids.at(3)); // so was this one's, but for the id
        QCOMPARE(field(history.at(4), "body"), after);

        // People read why in their own language: the same history, in Russian.
        const CliRun russian = m_users.run(
            Alice, {QStringLiteral("history"), QStringLiteral("--with"), CliUsers::identity(Bob)},
            QStringLiteral("ru"));
        QVERIFY_CLI_OK(russian);
        QCOMPARE(
            russian.out.count("не удалось расшифровать: оно было повреждено в пути или изменено"),
            2);
        QCOMPARE(russian.out.count(
                     "не удалось расшифровать: оно не было зашифровано для этого устройства"),
                 1);
        QVERIFY2(!russian.out.contains("could not decrypt"), russian.describe().constData());
    }

    void noPlaintextAtRest()
    {
        QVERIFY2(m_server.stop(), qPrintable(m_server.lastError()));
        QCOMPARE(m_users.profileDirs().size(), 3);
        QVERIFY(!filesContaining({m_server.dataDir()}, {"bob@example.org"}).isEmpty());
        const QStringList leaks =
            filesContaining(m_users.profileDirs() << m_server.dataDir(), m_texts.needles());
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestClientDevices)
#include "tst_client_devices.moc"
