// SPDX-License-Identifier: GPL-3.0-or-later
#include "loadclient.h"

#include "protocol/api/events.h"
#include "protocol/api/relay.h"
#include "protocol/api/session.h"

#include <QCborValue>

#include <utility>

namespace cardinal::bench {

using protocol::Frame;
using protocol::FrameKind;
namespace wire = protocol::wire;
namespace api = protocol::api;

namespace {
// Acks go out once the socket's current burst of frames is handled, or at this many.
constexpr qsizetype AckBatchLimit = 512;
} // namespace

LoadClient::LoadClient(Mode mode, int index, const BenchIdentity *identity, QObject *parent)
    : QObject(parent), m_mode(mode), m_index(index), m_identity(identity)
{
    connect(&m_socket, &QWebSocket::connected, this, &LoadClient::onConnected);
    connect(&m_socket, &QWebSocket::binaryMessageReceived, this, &LoadClient::onBinary);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        if (m_mode == Mode::Baseline && text == QStringLiteral("ok"))
            m_ready = true;
    });
    connect(&m_socket, &QWebSocket::disconnected, this, &LoadClient::onDisconnected);
}

LoadClient::~LoadClient()
{
    m_closing = true;
    m_socket.disconnect(this);
    m_socket.abort();
}

void LoadClient::setHooks(MessageHook message, ReplyHook reply)
{
    m_onMessage = std::move(message);
    m_onReply = std::move(reply);
}

void LoadClient::open(const QUrl &url)
{
    m_socket.open(url);
}

void LoadClient::join(int route)
{
    m_ready = false;
    m_socket.sendTextMessage(QStringLiteral("join %1").arg(route));
}

quint64 LoadClient::request(const QString &type, const QCborArray &payload)
{
    const quint64 id = m_nextId++;
    if (m_mode == Mode::Cardinal)
        m_pending.insert(id, type);
    m_socket.sendBinaryMessage(Frame::request(id, type, payload).encode());
    return id;
}

void LoadClient::close()
{
    m_closing = true;
    m_socket.close();
}

void LoadClient::onConnected()
{
    if (m_mode == Mode::Baseline)
        join(m_index);
}

void LoadClient::onBinary(const QByteArray &bytes)
{
    auto frame = Frame::decode(bytes);
    if (!frame) {
        setProblem(QStringLiteral("undecodable frame: %1").arg(frame.error().message()));
        return;
    }
    if (m_mode == Mode::Cardinal) {
        onCardinalFrame(*frame);
        return;
    }
    // The bare relay forwards our peers' send requests unchanged, and it routes by room, not
    // by target (which stays empty): only the envelope's place in the payload matters.
    if (m_onMessage)
        m_onMessage(*this, frame->payload.at(1).toByteArray());
}

void LoadClient::onCardinalFrame(const Frame &frame)
{
    if (frame.kind == FrameKind::Event) {
        if (frame.type == wire::Message) {
            // Decoded and checked in full, as the real client's inbox does.
            auto message = api::MessageEvent::decode(frame.payload);
            if (!message) {
                setProblem(QStringLiteral("malformed message event: %1")
                               .arg(message.error().message()));
                return;
            }
            m_acks.append(message->seq);
            if (m_acks.size() >= AckBatchLimit) {
                flushAcks();
            } else if (!m_ackFlushQueued) {
                m_ackFlushQueued = true;
                QMetaObject::invokeMethod(this, &LoadClient::flushAcks, Qt::QueuedConnection);
            }
            if (m_onMessage)
                m_onMessage(*this, message->envelope);
        } else if (frame.type == wire::Hello) {
            onHello(frame);
        }
        return; // delivery receipts, member-added, card-changed: not measured
    }
    if (frame.id == 0) {
        setProblem(QStringLiteral("server error without a request: %1 %2")
                       .arg(frame.type, frame.errorMessage()));
        return;
    }
    const QString type = m_pending.take(frame.id);
    if (type == wire::Auth) {
        if (frame.kind == FrameKind::Response)
            m_ready = true;
        else
            setProblem(QStringLiteral("auth refused: %1 %2").arg(frame.type, frame.errorMessage()));
    } else if (type == wire::Ack) {
        if (frame.kind == FrameKind::Error && ++m_ackErrors == 1)
            setProblem(QStringLiteral("ack refused: %1 %2").arg(frame.type, frame.errorMessage()));
    } else if (m_onReply) {
        m_onReply(*this, type, frame);
    }
}

void LoadClient::onHello(const Frame &hello)
{
    if (!m_identity) {
        m_ready = true; // stays unauthenticated: publish-card only
        return;
    }
    const auto decoded = api::Hello::decode(hello.payload);
    if (!decoded)
        return; // not our server: the benchmark reports the client as never ready
    call(api::Auth::prove(*decoded, m_identity->cardId, m_identity->deviceId,
                          m_identity->identityKey));
}

void LoadClient::onDisconnected()
{
    m_gone = true;
    m_ready = false;
    if (!m_closing)
        setProblem(QStringLiteral("disconnected (close code %1: %2; socket: %3)")
                       .arg(int(m_socket.closeCode()))
                       .arg(m_socket.closeReason(), m_socket.errorString()));
}

void LoadClient::flushAcks()
{
    m_ackFlushQueued = false;
    if (m_acks.isEmpty() || m_gone)
        return;
    call(api::Ack{std::exchange(m_acks, {})});
}

void LoadClient::setProblem(const QString &problem)
{
    if (m_problem.isEmpty())
        m_problem = problem;
}

} // namespace cardinal::bench
