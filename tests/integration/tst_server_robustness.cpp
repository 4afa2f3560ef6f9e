// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile input to the real cardinal-server: one client sends a barrage of random bytes,
// truncated and non-canonical CBOR, huge length prefixes, deep nesting, text frames, frames
// of the wrong kind, fields of the wrong types and unknown request types, before and after
// signing in, then an oversized frame. Every frame is answered (or the connection closed
// for the oversized one), a well-behaved client keeps being served throughout, and the
// server process is still alive and stops cleanly afterwards.
#include "serverprocess.h"
#include "testclient.h"
#include "testmessages.h"

#include <QCborMap>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include "cborliterals.h"

using namespace cardinal;
using namespace cardinal::testing;
namespace wire = protocol::wire;

namespace {

QByteArray cbor(const QCborValue &value)
{
    return value.toCbor();
}

QByteArray frame(const QCborValue &kind, const QCborValue &id, const QCborValue &type,
                 const QCborValue &payload)
{
    return cbor(QCborArray{kind, id, type, payload});
}

//! Binary messages that are not frames at all.
QList<QByteArray> undecodableFrames(QRandomGenerator &random)
{
    QList<QByteArray> out;
    for (int i = 0; i < 150; ++i) {
        QByteArray bytes(random.bounded(1, 3000), Qt::Uninitialized);
        for (char &byte : bytes)
            byte = char(random.bounded(256));
        out.append(bytes);
    }
    const QByteArray valid =
        protocol::Frame::request(1 << 20, wire::Lookup, {QStringLiteral("a@b.org")}).encode();
    for (qsizetype length = 0; length < valid.size(); ++length)
        out.append(valid.left(length)); // truncated CBOR, including the empty message
    out.append(valid + '\0');           // trailing bytes
    const QByteArray ones(8, '\xff');
    out.append(QByteArrayLiteral("\x9b") + ones);                     // array of 2^64-1 elements
    out.append(QByteArrayLiteral("\x9a\xff\xff\xff\xff"));            // array of 2^32-1 elements
    out.append(QByteArrayLiteral("\x84\x00\x01\x7b") + ones);         // text string of 2^64-1 bytes
    out.append(QByteArrayLiteral("\x84\x00\x01\x64send\x5b") + ones); // byte string of 2^64-1 bytes
    out.append(QByteArrayLiteral("\xbb") + ones);                     // map of 2^64-1 pairs
    out.append(QByteArrayLiteral("\x84\x00\x01\x64send\x9a\x7f\xff\xff\xff"));
    out.append(
        QByteArrayLiteral("\x9f\x00\x01\x64send\x80\xff")); // indefinite length: not canonical
    out.append(
        QByteArrayLiteral("\x84\x00\x18\x01\x64send\x80")); // id 1 in two bytes: not canonical
    out.append(QByteArray(100'000, '\x81') + '\0');         // nesting 100000 deep
    out.append(QByteArray(5000, '\x9f'));                   // unterminated indefinite nesting
    out.append(QByteArrayLiteral("\xc2\x5b") + ones);       // a bignum tag on a huge string
    out.append(cbor(QCborMap{{0, 1}}));                     // a map, not an array
    out.append(cbor(QCborValue(42)));
    out.append(cbor(QCborValue(QCborValue::Undefined)));
    return out;
}

//! Frames that decode as frames but are wrong: kind, id, type or payload. `auth` requests
//! only `withAuth`: before signing in, three failed ones close the connection.
QList<QByteArray> wrongFrames(const QByteArray &someId, bool withAuth)
{
    QCborArray tooManyFields;
    for (int i = 0; i < 100; ++i)
        tooManyFields.append(i);
    const QCborValue big(qint64(1) << 60);
    constexpr qint64 Id = qint64(1) << 40; // far from the ids TestClient::post() uses
    const QCborArray deep = testing::arrayOf({testing::arrayOf({QCborArray{1}})});
    QList<QByteArray> out{
        frame(1, Id, wire::Lookup, QCborArray{}), // a response
        frame(3, 0, wire::Message, QCborArray{}), // an event
        frame(7, Id, wire::Lookup, QCborArray{}), // no such kind
        frame(-1, Id, wire::Lookup, QCborArray{}),
        frame(0, -5, wire::Lookup, QCborArray{}),
        frame(0, big, wire::Lookup, QCborArray{}), // id above 2^53
        frame(0, QStringLiteral("1"), wire::Lookup, QCborArray{}),
        frame(0, Id, QByteArray("lookup"), QCborArray{}),
        frame(0, Id, QString(), QCborArray{}),
        frame(0, Id, QString(1000, u'x'), QCborArray{}),
        frame(0, Id, wire::Lookup, QStringLiteral("not an array")),
        frame(0, Id, wire::Lookup, QCborMap{}),
        frame(0, Id, wire::Lookup, tooManyFields),
        cbor(QCborArray{0, Id, wire::Lookup}), // three fields
        cbor(QCborArray{0, Id, wire::Lookup, QCborArray{}, 5}),
    };
    for (const QString &type :
         {QStringLiteral("frobnicate"), QStringLiteral("hello"), QStringLiteral("Auth"),
          QStringLiteral("message"), QStringLiteral(" lookup")})
        out.append(frame(0, Id + 1, type, QCborArray{}));
    // Every request type with payloads of the wrong shape.
    const QList<QCborArray> payloads{
        {},
        {QCborValue()},
        {42, 43},
        {QCborValue(QCborValue::Undefined), QCborValue(3.5), QCborValue(true)},
        {deep, deep, deep, deep},
        {QByteArray(64, 'x'), QStringLiteral("\u0001\u0002"), -1, QCborMap{}},
        {QCborArray{5, QStringLiteral("x")}, QByteArray("not an envelope")},
        {QCborArray{0, QStringLiteral("bob@example.org")}, QByteArray(2000, '\x84')},
        {QCborArray{1, someId}, QCborValue(QCborValue::Null)},
        {QCborArray{QStringLiteral("1"), -1, QCborValue(1e300), big}},
        {someId, QString(QString(300, u'x') + QStringLiteral("@example.org"))},
        {QStringLiteral("name"), QCborArray{42, QByteArray("x"), QStringLiteral("not an address")}},
    };
    QStringList types{wire::RequestCode,  wire::ConfirmCode, wire::PublishCard, wire::Auth,
                      wire::BackupFetch,  wire::Lookup,      wire::LookupCard,  wire::AddDevice,
                      wire::RevokeDevice, wire::RevokeCard,  wire::BackupStore, wire::GroupCreate,
                      wire::GroupAdd,     wire::GroupRemove, wire::GroupInfo,   wire::Groups,
                      wire::Send,         wire::Ack};
    if (!withAuth)
        types.removeAll(wire::Auth);
    quint64 id = Id + 1000;
    for (const QString &type : types)
        for (const QCborArray &payload : payloads)
            if (type != wire::Groups || !payload.isEmpty()) // `groups` takes nothing: well-formed
                out.append(protocol::Frame::request(id++, type, payload).encode());
    return out;
}

} // namespace

class TestServerRobustness : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server{QStringLiteral(CARDINAL_SERVER_PATH)};
    QTemporaryDir m_dir;
    std::optional<client::Profile> m_alice; //!< the good client
    std::optional<client::Profile> m_bob;   //!< the one sending garbage
    std::unique_ptr<TestClient> m_good;
    QByteArray m_groupId;

    //! The good client is still answered, and still receives what it is sent.
    void checkGoodClient()
    {
        const Reply looked = m_good->request(wire::Lookup, {m_bob->identity()}, 5000);
        QVERIFY_REPLY(looked);
        const Reply info = m_good->request(wire::GroupInfo, {m_groupId}, 5000);
        QVERIFY_REPLY(info);
    }

    //! Sends `frames` from `evil` in batches, checking the good client between batches, and
    //! waits until every frame is answered, each with a refusal.
    void barrage(TestClient &evil, const QList<QByteArray> &frames, qsizetype expectedAnswers)
    {
        const qsizetype before = evil.answerCount();
        const qsizetype acceptedBefore = evil.acceptedIds().size();
        const qsizetype refusedBefore = evil.refusalCount();
        for (qsizetype i = 0; i < frames.size(); ++i) {
            evil.sendBinary(frames.at(i));
            if (i % 100 == 99)
                checkGoodClient();
        }
        QVERIFY(QTest::qWaitFor([&] { return evil.answerCount() - before >= expectedAnswers; },
                                20'000));
        QTest::qWait(100);
        QCOMPARE(evil.answerCount() - before, expectedAnswers);
        // Answered means refused: not one of them was taken for a good request.
        QCOMPARE(evil.refusalCount() - refusedBefore, expectedAnswers);
        QCOMPARE(evil.acceptedIds().size(), acceptedBefore);
        QVERIFY(evil.undecodable().isEmpty());
        QVERIFY(evil.isConnected());
        QVERIFY(m_server.isRunning());
        checkGoodClient();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.init(), qPrintable(m_server.lastError()));
        // The barrage is a few thousand requests; past the rate limit they would be refused
        // (and the connection eventually closed) instead of being looked at.
        m_server.setConfig({{QStringLiteral("requests-per-second"), QStringLiteral("100000")},
                            {QStringLiteral("request-burst"), QStringLiteral("100000")}});
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        QString error;
        m_alice = registerNewProfile(m_server, m_dir.filePath(QStringLiteral("alice")),
                                     QStringLiteral("alice@example.org"), &error);
        QVERIFY2(m_alice, qPrintable(error));
        m_bob = registerNewProfile(m_server, m_dir.filePath(QStringLiteral("bob")),
                                   QStringLiteral("bob@example.org"), &error);
        QVERIFY2(m_bob, qPrintable(error));
        m_good = connectAs(m_server, *m_alice, &error);
        QVERIFY2(m_good, qPrintable(error));
        const Reply created = m_good->request(wire::GroupCreate,
                                              {QStringLiteral("g"), QCborArray{m_bob->identity()}});
        QVERIFY_REPLY(created);
        m_groupId = created.payload().at(0).toByteArray();
    }

    void cleanupTestCase()
    {
        m_good.reset();
        QVERIFY(m_server.isRunning());
        QVERIFY2(m_server.stop(), qPrintable(m_server.lastError()));
    }

    void barrageBeforeSigningIn()
    {
        QRandomGenerator random(20261128);
        TestClient evil;
        QVERIFY(evil.connectTo(m_server.url()));
        const QList<QByteArray> garbage = undecodableFrames(random);
        barrage(evil, garbage, garbage.size());
        const QList<QByteArray> wrong = wrongFrames(m_groupId, false);
        barrage(evil, wrong, wrong.size());
        const qsizetype errorsBefore = evil.frameErrors().size();
        for (int i = 0; i < 3; ++i)
            evil.sendText(QStringLiteral("{\"type\": \"lookup\"}"));
        QVERIFY(evil.waitForFrameErrors(errorsBefore + 3));
        QVERIFY(evil.isConnected());
        // Garbage `auth` requests are failed attempts: the third closes the connection.
        const QList<QByteArray> auth = wrongFrames(m_groupId, true);
        for (const QByteArray &bytes : auth)
            if (protocol::Frame::decode(bytes) &&
                protocol::Frame::decode(bytes)->type == wire::Auth)
                evil.sendBinary(bytes);
        QVERIFY(evil.waitForDisconnected());
        QVERIFY(m_server.isRunning());
        checkGoodClient();
    }

    void barrageAfterSigningIn()
    {
        QRandomGenerator random(42);
        QString error;
        auto evil = connectAs(m_server, *m_bob, &error);
        QVERIFY2(evil, qPrintable(error));
        const QList<QByteArray> garbage = undecodableFrames(random);
        const QList<QByteArray> wrong = wrongFrames(m_groupId, true);
        QList<QByteArray> mixed;
        for (qsizetype i = 0; i < qMax(garbage.size(), wrong.size()); ++i) {
            if (i < garbage.size())
                mixed.append(garbage.at(i));
            if (i < wrong.size())
                mixed.append(wrong.at(i));
        }
        barrage(*evil, mixed, mixed.size());
        const qsizetype errorsBefore = evil->frameErrors().size();
        evil->sendText(QStringLiteral("text frames are refused"));
        evil->sendText(QString());
        QVERIFY(evil->waitForFrameErrors(errorsBefore + 2));
        QCOMPARE(evil->frameErrors().constLast().wireError(), protocol::WireError::BadFrame);

        // The evil client itself still works, and so does delivery between the two.
        const std::optional<protocol::CardBundle> alice = evil->lookup(m_alice->identity());
        QVERIFY(alice);
        const Reply sent = evil->send(directTarget(m_alice->identity()),
                                      sealMessage(*m_bob, recipientsOf(*alice), "still fine"));
        QVERIFY_REPLY(sent);
        QVERIFY(m_good->waitForMessages(1));
        auto opened = openMessage(m_good->messages().constLast().envelope, *m_alice,
                                  {*evil->lookup(m_bob->identity())});
        QVERIFY2(opened, failureText(opened).constData());
        QCOMPARE(opened->body, QByteArray("still fine"));
    }

    void oversizedFrames()
    {
        QString error;
        auto evil = connectAs(m_server, *m_bob, &error);
        QVERIFY2(evil, qPrintable(error));
        // Above what a frame may be, below the WebSocket limit: refused, connection kept.
        const QByteArray large = protocol::Frame::request(1 << 20, wire::Send,
                                                          {directTarget(m_alice->identity()),
                                                           QByteArray(600 * 1024, 'x')})
                                     .encode();
        evil->sendBinary(large);
        QVERIFY(evil->waitForFrameErrors(1));
        QCOMPARE(evil->frameErrors().constLast().wireError(), protocol::WireError::TooLarge);
        QVERIFY(evil->isConnected());
        // Above max-frame-bytes (1 MiB): the WebSocket layer closes the connection.
        evil->sendBinary(QByteArray(1024 * 1024 + 1, '\x80'));
        QVERIFY(evil->waitForDisconnected());
        QCOMPARE(evil->closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);
        QVERIFY(m_server.isRunning());
        checkGoodClient();
    }
};

QTEST_GUILESS_MAIN(TestServerRobustness)
#include "tst_server_robustness.moc"
