// SPDX-License-Identifier: GPL-3.0-or-later
#include "testclient.h"

#include "protocol/sessionproof.h"
#include "testmessages.h"
#include "testserver.h"

#include <QCborValue>
#include <QTest>

namespace cardinal::testing {

using protocol::Frame;
using protocol::FrameKind;
namespace wire = protocol::wire;

std::optional<protocol::WireError> Reply::error() const
{
    return frame ? frame->wireError() : std::nullopt;
}

QByteArray Reply::describe() const
{
    if (!frame)
        return "no answer";
    if (frame->kind == FrameKind::Error)
        return "error " + frame->type.toUtf8() + ": " + frame->errorMessage().toUtf8();
    return frame->type.toUtf8() + " " + QCborValue(frame->payload).toDiagnosticNotation().toUtf8();
}

std::optional<MessageEvent> MessageEvent::fromFrame(const Frame &event)
{
    const QCborArray &p = event.payload;
    if (event.kind != FrameKind::Event || event.type != wire::Message || p.size() != 7 ||
        !p.at(0).isInteger() || !p.at(1).isInteger() || !p.at(2).isByteArray() ||
        !p.at(3).isArray() || !p.at(4).isString() || !p.at(5).isByteArray() || !p.at(6).isInteger())
        return std::nullopt;
    MessageEvent out;
    out.seq = p.at(0).toInteger();
    out.channelKind = p.at(1).toInteger();
    out.channelId = p.at(2).toByteArray();
    for (const QCborValue &member : p.at(3).toArray())
        out.directMembers.append(member.toString());
    out.sender = p.at(4).toString();
    out.envelope = p.at(5).toByteArray();
    out.receivedAtMs = p.at(6).toInteger();
    return out;
}

QCborArray directTarget(const QString &peerIdentity)
{
    return {0, peerIdentity};
}

QCborArray groupTarget(const QByteArray &groupId)
{
    return {1, groupId};
}

TestClient::TestClient(QObject *parent) : QObject(parent)
{
    connect(&m_socket, &QWebSocket::binaryMessageReceived, this, &TestClient::onBinaryMessage);
}

TestClient::~TestClient()
{
    m_socket.abort();
}

bool TestClient::connectTo(const QUrl &url, int timeoutMs)
{
    m_haveHello = false;
    m_socket.open(url);
    return QTest::qWaitFor([this] { return m_haveHello; }, timeoutMs);
}

void TestClient::disconnectFromServer(int timeoutMs)
{
    if (m_socket.state() == QAbstractSocket::UnconnectedState)
        return;
    m_socket.close();
    if (!waitForDisconnected(timeoutMs))
        m_socket.abort();
}

void TestClient::abort()
{
    m_socket.abort();
}

bool TestClient::isConnected() const
{
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

bool TestClient::waitForDisconnected(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; },
                           timeoutMs);
}

void TestClient::onBinaryMessage(const QByteArray &bytes)
{
    auto frame = Frame::decode(bytes);
    if (!frame) {
        m_undecodable.append(bytes);
        return;
    }
    if (frame->kind == FrameKind::Event && frame->type == wire::Hello && !m_haveHello) {
        const QCborArray &p = frame->payload;
        m_hello.protocolVersion = p.at(0).toInteger();
        m_hello.serverName = p.at(1).toString();
        m_hello.authorityKey = crypto::Ed25519PublicKey::fromBytes(p.at(2).toByteArray())
                                   .value_or(crypto::Ed25519PublicKey{});
        m_hello.challenge = p.at(3).toByteArray();
        m_haveHello = true;
        return;
    }
    if (frame->kind == FrameKind::Event) {
        m_events.append(*frame);
        return;
    }
    ++m_answerCount;
    if (frame->kind == FrameKind::Error)
        ++m_refusalCount;
    else
        m_acceptedIds.append(frame->id);
    if (frame->id == 0)
        m_frameErrors.append(*frame);
    else
        m_answers.insert(frame->id, *frame);
}

quint64 TestClient::post(const QString &type, const QCborArray &payload)
{
    const quint64 id = m_nextId++;
    m_answers.remove(id); // a stale answer to a raw frame that happened to use this id
    m_socket.sendBinaryMessage(Frame::request(id, type, payload).encode());
    return id;
}

Reply TestClient::waitForReply(quint64 id, int timeoutMs)
{
    if (!QTest::qWaitFor([&] { return m_answers.contains(id); }, timeoutMs))
        return {};
    return {m_answers.take(id)};
}

Reply TestClient::request(const QString &type, const QCborArray &payload, int timeoutMs)
{
    return waitForReply(post(type, payload), timeoutMs);
}

void TestClient::sendBinary(const QByteArray &bytes)
{
    m_socket.sendBinaryMessage(bytes);
}

void TestClient::sendText(const QString &text)
{
    m_socket.sendTextMessage(text);
}

QList<Frame> TestClient::events(const QString &type) const
{
    if (type.isEmpty())
        return m_events;
    QList<Frame> out;
    for (const Frame &event : m_events)
        if (event.type == type)
            out.append(event);
    return out;
}

bool TestClient::waitForEvents(const QString &type, qsizetype count, int timeoutMs)
{
    return QTest::qWaitFor([&] { return events(type).size() >= count; }, timeoutMs);
}

bool TestClient::waitForFrameErrors(qsizetype count, int timeoutMs)
{
    return QTest::qWaitFor([&] { return m_frameErrors.size() >= count; }, timeoutMs);
}

QList<MessageEvent> TestClient::messages() const
{
    QList<MessageEvent> out;
    for (const Frame &event : m_events)
        if (auto message = MessageEvent::fromFrame(event))
            out.append(*message);
    return out;
}

bool TestClient::waitForMessages(qsizetype count, int timeoutMs)
{
    return waitForEvents(wire::Message, count, timeoutMs);
}

Reply TestClient::requestCode(const QString &identity, const QString &purpose)
{
    return request(wire::RequestCode, {identity, purpose});
}

Reply TestClient::confirmCode(const QString &identity, const QString &purpose, const QString &code)
{
    return request(wire::ConfirmCode, {identity, purpose, code});
}

Reply TestClient::publishCard(const QByteArray &token, const QByteArray &bundle)
{
    return request(wire::PublishCard, {token, bundle});
}

Reply TestClient::registerProfile(client::Profile &profile, TestServer &server)
{
    const QString &identity = profile.identity();
    if (Reply requested = requestCode(identity); !requested.ok())
        return requested;
    const std::optional<QString> code = server.takeCode(identity);
    if (!code)
        return {};
    const Reply confirmed = confirmCode(identity, wire::PurposeRegister, *code);
    if (!confirmed.ok() || confirmed.payload().size() != 1)
        return confirmed;
    const Reply published =
        publishCard(confirmed.payload().at(0).toByteArray(), profile.ownBundle().encode());
    if (!published.ok() || published.payload().size() != 1)
        return published;
    auto card = protocol::Card::decode(published.payload().at(0).toByteArray());
    if (!card)
        return {};
    const protocol::CardBundle countersigned{*card, profile.ownBundle().devices};
    if (!profile.storeOwnBundle(countersigned))
        return {};
    return published;
}

Reply TestClient::authenticate(const crypto::Ed25519KeyPair &identityKey,
                               const protocol::CardId &card, const protocol::DeviceId &device,
                               const QByteArray &newDeviceRecord)
{
    const crypto::Ed25519Signature signature =
        protocol::SessionProof{m_hello.challenge, m_hello.authorityKey, card, device}.sign(identityKey);
    const QCborValue record =
        newDeviceRecord.isEmpty() ? QCborValue(QCborValue::Null) : QCborValue(newDeviceRecord);
    return request(wire::Auth,
                   {card.toByteArray(), device.toByteArray(), signature.toByteArray(), record});
}

Reply TestClient::authenticate(const client::Profile &profile)
{
    return authenticate(profile.identityKey(), profile.cardId(), profile.deviceId());
}

std::optional<protocol::CardBundle> TestClient::lookup(const QString &identity)
{
    const Reply reply = request(wire::Lookup, {identity});
    if (!reply.ok() || reply.payload().size() != 3)
        return std::nullopt;
    auto bundle = protocol::CardBundle::decode(reply.payload().at(0).toByteArray());
    if (!bundle || !bundle->verify(m_hello.authorityKey))
        return std::nullopt;
    return std::move(*bundle);
}

Reply TestClient::send(const QCborArray &target, const QByteArray &envelope)
{
    return request(wire::Send, {target, envelope});
}

Reply TestClient::ack(const QList<qint64> &seqs)
{
    QCborArray list;
    for (qint64 seq : seqs)
        list.append(seq);
    return request(wire::Ack, QCborArray{QCborValue(list)});
}

std::optional<client::Profile> registerNewProfile(TestServer &server, const QString &directory,
                                                  const QString &identity, QString *error)
{
    auto profile = makeProfile(directory, identity);
    if (!profile) {
        *error = profile.error().message();
        return std::nullopt;
    }
    TestClient client;
    if (!client.connectTo(server.url())) {
        *error = QStringLiteral("cannot connect to %1").arg(server.url().toString());
        return std::nullopt;
    }
    const Reply published = client.registerProfile(*profile, server);
    if (!published.ok()) {
        *error = QStringLiteral("registering %1: %2 %3")
                     .arg(identity, QString::fromUtf8(published.describe()),
                          published.timedOut() ? server.lastError() : QString());
        return std::nullopt;
    }
    return std::move(*profile);
}

std::unique_ptr<TestClient> connectAs(TestServer &server, const client::Profile &profile,
                                      QString *error)
{
    auto client = std::make_unique<TestClient>();
    if (!client->connectTo(server.url())) {
        *error = QStringLiteral("cannot connect to %1").arg(server.url().toString());
        return nullptr;
    }
    const Reply reply = client->authenticate(profile);
    if (!reply.ok()) {
        *error = QStringLiteral("authenticating %1: %2")
                     .arg(profile.identity(), QString::fromUtf8(reply.describe()));
        return nullptr;
    }
    return client;
}

} // namespace cardinal::testing
