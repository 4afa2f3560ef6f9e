// SPDX-License-Identifier: GPL-3.0-or-later
#include "testclient.h"

#include "protocol/api/directory.h"
#include "protocol/api/events.h"
#include "protocol/api/relay.h"
#include "protocol/api/session.h"
#include "testmessages.h"
#include "testserver.h"

#include <QCborValue>
#include <QElapsedTimer>
#include <QTest>

namespace cardinal::testing {

using protocol::Frame;
using protocol::FrameKind;
namespace wire = protocol::wire;
namespace api = protocol::api;

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
    const auto decoded = api::eventFrom<api::MessageEvent>(event);
    if (!decoded)
        return std::nullopt;
    MessageEvent out;
    out.seq = decoded->seq;
    out.channelKind = qint64(decoded->channelKind);
    out.channelId = decoded->channelId.toByteArray();
    out.directMembers = protocol::toStrings(decoded->directMembers);
    out.sender = decoded->sender.toString();
    out.envelope = decoded->envelope;
    out.receivedAtMs = decoded->receivedAtMs;
    return out;
}

QCborArray directTarget(const QString &peerIdentity)
{
    auto peer = protocol::Identity::parse(peerIdentity);
    if (!peer)
        return {qint64(protocol::ChannelKind::Direct), peerIdentity};
    return protocol::SendTarget::direct(*peer).encode();
}

QCborArray groupTarget(const QByteArray &groupId)
{
    auto group = protocol::GroupId::fromBytes(groupId);
    if (!group)
        return {qint64(protocol::ChannelKind::Group), groupId};
    return protocol::SendTarget::group(*group).encode();
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
        auto hello = api::Hello::decode(frame->payload);
        if (!hello) {
            m_undecodable.append(bytes); // a hello that is not one
            return;
        }
        m_hello = {hello->protocolVersion, hello->serverName, hello->authority, hello->challenge,
                   hello->transparency};
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
    const auto token = confirmed.as<api::ConfirmCode>();
    if (!token)
        return confirmed;
    const Reply published = call(api::PublishCard{token->token, profile.ownBundle().encode()});
    const auto countersignedCard = published.as<api::PublishCard>();
    if (!countersignedCard)
        return published;
    auto card = protocol::Card::decode(countersignedCard->countersignedCard);
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
    const api::Hello hello{m_hello.protocolVersion, m_hello.serverName, m_hello.authorityKey,
                           m_hello.challenge, m_hello.logKeys};
    return call(api::Auth::prove(hello, card, device, identityKey, newDeviceRecord));
}

Reply TestClient::authenticate(const client::Profile &profile)
{
    return authenticate(profile.identityKey(), profile.cardId(), profile.deviceId());
}

std::optional<protocol::CardBundle> TestClient::lookup(const QString &identity)
{
    auto canonical = protocol::Identity::parse(identity);
    if (!canonical)
        return std::nullopt;
    const auto found = call(api::Lookup{*canonical}).as<api::Lookup>();
    if (!found)
        return std::nullopt;
    auto bundle = protocol::CardBundle::decode(found->cardBundle);
    if (!bundle || !bundle->verify(m_hello.authorityKey))
        return std::nullopt;
    return std::move(*bundle);
}

Result<api::CardLookup> TestClient::provenLookup(const QString &identity, int timeoutMs)
{
    auto canonical = protocol::Identity::parse(identity);
    if (!canonical)
        return fail(canonical.error());
    if (!m_hello.logKeys)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("the hello has no log keys"));
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        const auto found = call(api::Lookup{*canonical}).as<api::Lookup>();
        if (!found)
            return fail(ErrorCode::IoError, QStringLiteral("the lookup failed"));
        if (!found->transparency)
            return fail(ErrorCode::ProofFailed, QStringLiteral("the answer has no proof"));
        if (!found->transparency->pendingSeconds) {
            auto verified = protocol::kt::verifyLookup(found->transparency->evidence,
                                                       *m_hello.logKeys, canonical->toString(),
                                                       found->cardBundle);
            if (!verified)
                return fail(verified.error());
            return *found;
        }
        if (waited.elapsed() > timeoutMs)
            return fail(ErrorCode::Unreachable, QStringLiteral("the card stays pending"));
        QTest::qWait(20);
    }
}

Reply TestClient::send(const QCborArray &target, const QByteArray &envelope)
{
    return request(wire::Send, {target, envelope});
}

Reply TestClient::ack(const QList<qint64> &seqs)
{
    return call(api::Ack{seqs});
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
