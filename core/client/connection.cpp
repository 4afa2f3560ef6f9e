// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QWebSocket>

namespace cardinal::client {

Q_LOGGING_CATEGORY(lcNet, "cardinal.net")

using protocol::Frame;
using protocol::FrameKind;
using protocol::WireError;
namespace wire = protocol::wire;

namespace {

//! Why an attempt failed, from the socket's error. `closed`: the socket is unconnected, so a
//! refusal came from the machine (nothing listens); otherwise it came during the WebSocket
//! handshake, from something that answered but is not a WebSocket server.
Error classify(QAbstractSocket::SocketError error, bool closed, const QString &words)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return closed ? Error{ErrorCode::ConnectionRefused, words}
                      : Error{ErrorCode::NotAServer, words};
    case QAbstractSocket::HostNotFoundError:
        return {ErrorCode::HostNotFound, words};
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return {ErrorCode::TlsFailed, words};
    case QAbstractSocket::UnknownSocketError:
        return {ErrorCode::Unreachable, QStringLiteral("the link closed before the server's hello")};
    default:
        return {ErrorCode::Unreachable, words};
    }
}

} // namespace

Connection::Connection(QUrl url, QObject *parent) : QObject(parent), m_url(std::move(url))
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &Connection::open);
    m_helloTimer.setSingleShot(true);
    connect(&m_helloTimer, &QTimer::timeout, this, [this] {
        // A WebSocket that says nothing is not our server; no WebSocket at all is no answer.
        const bool open = m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
        attemptFailed(open ? Error{ErrorCode::NotAServer,
                                   QStringLiteral("it accepted a WebSocket but sent no hello")}
                           : Error{ErrorCode::Unreachable,
                                   QStringLiteral("no answer within %1 s")
                                       .arg(HelloTimeout.count() / 1000)});
    });
}

Connection::~Connection()
{
    m_stopped = true;
    for (Pending &pending : m_pending)
        delete pending.timer;
    m_pending.clear();
}

void Connection::setPinnedAuthority(std::optional<crypto::Ed25519PublicKey> key)
{
    m_pinned = key;
}

void Connection::setCredentials(std::optional<SessionCredentials> credentials)
{
    m_credentials = std::move(credentials);
}

namespace {

//! The server's text without the English name of its error code in front ("not found: no
//! such group" gives "no such group"): the code travels on its own, and whoever shows the
//! error names it in their own words, once.
QString withoutCodeName(ErrorCode code, const QString &text)
{
    const QString prefix = errorCodeName(code) + QStringLiteral(": ");
    return text.startsWith(prefix) ? text.mid(prefix.size()) : text;
}

} // namespace

ErrorCode Connection::errorCodeFor(WireError error)
{
    switch (error) {
    case WireError::BadFrame: return ErrorCode::MalformedInput;
    case WireError::UnknownType: return ErrorCode::UnsupportedVersion;
    case WireError::Unauthenticated: return ErrorCode::Forbidden;
    case WireError::Forbidden: return ErrorCode::Forbidden;
    case WireError::NotFound: return ErrorCode::NotFound;
    case WireError::Conflict: return ErrorCode::Conflict;
    case WireError::RateLimited: return ErrorCode::RateLimited;
    case WireError::TooLarge: return ErrorCode::TooLarge;
    case WireError::LimitReached: return ErrorCode::LimitReached;
    case WireError::InvalidCode: return ErrorCode::InvalidCode;
    case WireError::CodeExpired: return ErrorCode::CodeExpired;
    case WireError::InvalidToken: return ErrorCode::InvalidToken;
    case WireError::BadSignature: return ErrorCode::BadSignature;
    case WireError::Internal: return ErrorCode::ServerFailed;
    }
    return ErrorCode::ServerFailed; // an error code of a newer server
}

bool Connection::needsAuthentication(const QString &type)
{
    return !wire::allowedBeforeAuthentication(type);
}

void Connection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Connection::open()
{
    m_stopped = false;
    m_reconnectTimer.stop();
    discardSocket();
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setMaxAllowedIncomingFrameSize(quint64(protocol::MaxFrameBytes));
    m_socket->setMaxAllowedIncomingMessageSize(quint64(protocol::MaxFrameBytes));
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &Connection::onBinaryMessage);
    connect(m_socket, &QWebSocket::textMessageReceived, this, [this] {
        if (m_state == State::Connecting)
            attemptFailed({ErrorCode::NotAServer, QStringLiteral("it sent text instead of a hello")});
    });
    connect(m_socket, &QWebSocket::disconnected, this, &Connection::onDisconnected);
    // Qt 6.4 names the signal error(); errorOccurred() arrives in 6.5.
    connect(m_socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError error) { onSocketError(int(error)); });
    setState(State::Connecting);
    m_helloTimer.start(HelloTimeout);
    m_socket->open(m_url);
}

void Connection::onSocketError(int socketError)
{
    if (!m_socket || m_state != State::Connecting)
        return; // after the hello, onDisconnected() deals with the drop
    const bool closed = m_socket->state() == QAbstractSocket::UnconnectedState;
    if (closed)
        return; // onDisconnected() has run or will run, and classifies the same error
    attemptFailed(classify(QAbstractSocket::SocketError(socketError), false, m_socket->errorString()));
}

void Connection::discardSocket()
{
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater(); // may be inside one of its own signals
    m_socket = nullptr;
}

void Connection::attemptFailed(const Error &problem)
{
    m_helloTimer.stop();
    m_problem = problem;
    qCInfo(lcNet) << "cannot reach" << m_url.toDisplayString() << ":" << problem.message();
    discardSocket();
    // Nothing was sent before a hello: every waiting request learns why now.
    failPending(problem);
    setState(State::Disconnected);
    if (!m_stopped && m_autoReconnect && !m_reconnectTimer.isActive())
        scheduleReconnect();
}

void Connection::close()
{
    m_stopped = true;
    m_reconnectTimer.stop();
    m_helloTimer.stop();
    failPending({ErrorCode::Unreachable, QStringLiteral("connection closed")});
    if (m_socket)
        m_socket->close();
    setState(State::Disconnected);
}

void Connection::giveUp(const Error &error)
{
    // Not a glitch to retry: every waiting request learns why at once.
    m_stopped = true;
    m_helloTimer.stop();
    failPending(error);
    Q_EMIT failed(error);
    if (m_socket)
        m_socket->close();
}

void Connection::failPending(const Error &error)
{
    const QList<quint64> ids = m_pending.keys();
    for (quint64 id : ids)
        finish(id, fail(error));
}

void Connection::request(const QString &type, QCborArray payload, Reply reply,
                         std::chrono::milliseconds timeout)
{
    const quint64 id = m_nextId++;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, id, type] {
        finish(id, fail(ErrorCode::Unreachable, QStringLiteral("%1: no answer from the server").arg(type)));
    });
    timer->start(timeout);
    m_pending.insert(id, Pending{type, std::move(payload), std::move(reply), timer, false});
    flushPending();
}

void Connection::flushPending()
{
    if (!m_socket || (m_state != State::Connected && m_state != State::Online))
        return;
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        Pending &pending = *it;
        if (pending.sent || (m_state != State::Online && needsAuthentication(pending.type)))
            continue;
        pending.sent = true;
        m_socket->sendBinaryMessage(Frame::request(it.key(), pending.type, pending.payload).encode());
    }
}

void Connection::finish(quint64 id, Result<QCborArray> result)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending pending = std::move(*it);
    m_pending.erase(it);
    pending.timer->deleteLater();
    if (pending.reply)
        pending.reply(std::move(result));
}

void Connection::onBinaryMessage(const QByteArray &message)
{
    auto frame = Frame::decode(message);
    const bool beforeHello = m_state == State::Connecting;
    if (beforeHello && (!frame || frame->kind != FrameKind::Event || frame->type != wire::Hello)) {
        // A Cardinal server speaks first, with its hello.
        attemptFailed({ErrorCode::NotAServer, QStringLiteral("its first message is not a hello")});
        return;
    }
    if (!frame) {
        qCWarning(lcNet) << "ignoring a frame from the server:" << frame.error().message();
        return;
    }
    switch (frame->kind) {
    case FrameKind::Event:
        if (frame->type == wire::Hello)
            onHello(*frame);
        else if (m_state == State::Connected || m_state == State::Online)
            Q_EMIT eventReceived(*frame);
        return;
    case FrameKind::Response:
        finish(frame->id, frame->payload);
        return;
    case FrameKind::Error: {
        const auto code = frame->wireError();
        if (frame->id == 0)
            qCWarning(lcNet) << "the server could not read a frame:" << frame->type;
        const ErrorCode local = code ? errorCodeFor(*code) : ErrorCode::ServerFailed;
        finish(frame->id, fail(local, withoutCodeName(local, frame->errorMessage())));
        return;
    }
    case FrameKind::Request:
        qCWarning(lcNet) << "ignoring a request frame from the server";
        return;
    }
}

void Connection::onHello(const Frame &hello)
{
    auto decoded = protocol::api::Hello::decode(hello.payload);
    if (!decoded || decoded->protocolVersion != protocol::WireProtocolVersion) {
        giveUp({ErrorCode::UnsupportedVersion, QStringLiteral("the server speaks another protocol")});
        return;
    }
    const crypto::Ed25519PublicKey &authority = decoded->authority;
    if (m_pinned && *m_pinned != authority) {
        // Either the server was replaced or someone is in between.
        giveUp({ErrorCode::BadSignature,
                QStringLiteral("the server's authority key is not the one pinned for it")});
        return;
    }
    if (m_pinnedLog && (!decoded->transparency ||
                        decoded->transparency->checkpoints.encode() !=
                            m_pinnedLog->checkpoints.encode() ||
                        decoded->transparency->labels != m_pinnedLog->labels)) {
        // A server that drops or changes its log's keys could show anything unlogged.
        giveUp({ErrorCode::BadSignature,
                QStringLiteral("the server's key-transparency keys are not the ones pinned "
                               "for it")});
        return;
    }
    m_helloTimer.stop();
    m_problem.reset();
    m_hello = *decoded;
    if (!m_pinned) {
        m_pinned = authority;
        Q_EMIT authorityLearned(authority.toByteArray());
    }
    if (!m_pinnedLog && decoded->transparency) {
        m_pinnedLog = decoded->transparency;
        Q_EMIT logKeysLearned(*m_pinnedLog);
    }
    setState(State::Connected);
    if (m_credentials)
        authenticate();
    flushPending();
}

void Connection::authenticate()
{
    const SessionCredentials &c = *m_credentials;
    const auto auth = protocol::api::Auth::prove(*m_hello, c.card, c.device, *c.identityKey,
                                                 c.newDeviceRecord);
    call(auth, [this](Result<protocol::api::Auth::Reply> result) {
        if (!result) {
            if (isNetworkFailure(result.error().code))
                return; // the link dropped; the next hello retries
            giveUp({result.error().code,
                    QStringLiteral("the server refused this device: ") + result.error().detail});
            return;
        }
        m_backoff = MinBackoff;
        if (m_credentials)
            m_credentials->newDeviceRecord.clear(); // added now; plain login next time
        setState(State::Online);
        flushPending();
    });
}

void Connection::onDisconnected()
{
    if (m_state == State::Connecting && m_socket) {
        // The attempt ended before a hello; the socket already holds the reason.
        attemptFailed(classify(m_socket->error(), true, m_socket->errorString()));
        return;
    }
    m_helloTimer.stop();
    if (m_state != State::Disconnected)
        m_problem = Error{ErrorCode::Unreachable, QStringLiteral("connection lost")};
    // Requests already on the wire have an unknown outcome; their callers decide whether to
    // retry (sends are idempotent by message id). Unsent ones wait for the next link.
    QList<quint64> lost;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
        if (it->sent)
            lost.append(it.key());
    for (quint64 id : lost)
        finish(id, fail(ErrorCode::Unreachable, QStringLiteral("connection lost")));
    setState(State::Disconnected);
    if (!m_stopped && m_autoReconnect)
        scheduleReconnect();
}

void Connection::scheduleReconnect()
{
    // Jitter spreads out the reconnects of many clients after a server restart.
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    m_reconnectTimer.start(std::chrono::milliseconds(qint64(double(m_backoff.count()) * jitter)));
    m_backoff = std::min(m_backoff * 2, MaxBackoff);
}

} // namespace cardinal::client
