// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

#include "transparencyservice.h"

#include "crypto/random.h"
#include "protocol/api/events.h"
#include "protocol/api/relay.h"
#include "protocol/api/session.h"
#include "serverkeys.h"

#include <QCborValue>
#include <QLoggingCategory>
#include <QPointer>

#include <algorithm>

namespace cardinal::server {

Q_LOGGING_CATEGORY(lcSession, "cardinal.session")

using protocol::Frame;
using protocol::WireError;
namespace wire = protocol::wire;

namespace {
constexpr qsizetype ChallengeSize = 32;
// A client that keeps hammering after being told to slow down is cut off.
constexpr int MaxRateViolations = 100;
} // namespace

Session::Session(SessionTransport *transport, ServerContext &context, Dispatcher &dispatcher,
                 QObject *parent)
    : QObject(parent), m_transport(transport), m_context(context), m_dispatcher(dispatcher)
{
    m_transport->setParent(this);
    m_transport->setMaxIncomingMessageBytes(quint64(context.limits.maxFrameBytes));
    // Rate limits on identity codes count per peer address, so reconnecting does not reset them.
    m_caller.connectionKey = m_transport->peerAddress().toString();

    connect(m_transport, &SessionTransport::binaryMessageReceived, this,
            &Session::onBinaryMessage);
    connect(m_transport, &SessionTransport::textMessageReceived, this, &Session::onTextMessage);
    connect(m_transport, &SessionTransport::pong, this, [this] { m_lastActivity.restart(); });
    connect(m_transport, &SessionTransport::bytesWritten, this, [this] {
        if (m_pushPaused)
            pumpQueue();
    });
    connect(m_transport, &SessionTransport::disconnected, this, [this] {
        m_context.events.unsubscribe(this);
        Q_EMIT finished(this);
    });

    m_tokens = context.limits.requestBurst;
    m_bucketClock.start();
    m_lastActivity.start();

    m_authTimer.setSingleShot(true);
    connect(&m_authTimer, &QTimer::timeout, this, [this] {
        if (!isAuthenticated())
            close(QStringLiteral("authentication timed out"));
    });
    m_authTimer.start(std::chrono::seconds(context.limits.authTimeoutSeconds));
    // Check three times per idle period, so a dead peer goes within 4/3 of the timeout.
    connect(&m_idleTimer, &QTimer::timeout, this, &Session::checkIdle);
    m_idleTimer.start(std::chrono::milliseconds(context.limits.idleTimeoutSeconds * 1000 / 3));

    m_challenge.resize(ChallengeSize);
    crypto::systemRandom().fill(
        {reinterpret_cast<std::uint8_t *>(m_challenge.data()), std::size_t(ChallengeSize)});
    send(api::eventFrame(api::Hello{protocol::WireProtocolVersion, m_context.serverName,
                                    m_context.keys.authority.publicKey(), m_challenge,
                                    m_context.transparency.publicKeys()}));
}

Session::~Session()
{
    m_context.events.unsubscribe(this);
}

void Session::send(const Frame &frame)
{
    sendEncoded(frame.encode());
}

void Session::deliverEvent(const QByteArray &encodedEvent)
{
    sendEncoded(encodedEvent);
}

void Session::endSubscription(const QString &reason)
{
    close(reason);
}

void Session::sendEncoded(const QByteArray &encoded)
{
    if (m_closing)
        return;
    // Writes have no backpressure: a peer that stops reading would grow our memory without
    // bound, so past the cap it is dropped (it will get its queue again on reconnect).
    if (m_transport->bytesToWrite() > m_context.limits.maxPendingWriteBytes) {
        qCInfo(lcSession) << "dropping a connection that does not read";
        m_closing = true;
        m_transport->abort();
        return;
    }
    m_transport->sendBinaryMessage(encoded);
}

void Session::close(const QString &reason)
{
    if (m_closing)
        return;
    m_closing = true;
    m_transport->close(reason.left(100));
}

bool Session::takeRequestToken()
{
    const double elapsed = double(m_bucketClock.restart()) / 1000.0;
    m_tokens = std::min(double(m_context.limits.requestBurst),
                        m_tokens + elapsed * m_context.limits.requestsPerSecond);
    if (m_tokens < 1.0)
        return false;
    m_tokens -= 1.0;
    return true;
}

void Session::checkIdle()
{
    if (m_lastActivity.elapsed() > qint64(m_context.limits.idleTimeoutSeconds) * 1000) {
        close(QStringLiteral("idle"));
        return;
    }
    m_transport->ping();
}

void Session::onTextMessage(const QString &)
{
    m_lastActivity.restart();
    send(Frame::error(0, WireError::BadFrame, QStringLiteral("binary frames only")));
}

void Session::onBinaryMessage(const QByteArray &message)
{
    if (m_closing)
        return;
    m_lastActivity.restart();
    auto frame = Frame::decode(message);
    if (!frame) {
        const WireError error = frame.error().code == ErrorCode::TooLarge ? WireError::TooLarge
                                                                           : WireError::BadFrame;
        send(Frame::error(0, error, frame.error().message()));
        return;
    }
    if (!takeRequestToken()) {
        if (++m_rateViolations > MaxRateViolations)
            close(QStringLiteral("too many requests"));
        else
            send(Frame::error(frame->id, WireError::RateLimited, QStringLiteral("slow down")));
        return;
    }
    if (frame->kind != protocol::FrameKind::Request) {
        send(Frame::error(frame->id, WireError::BadFrame, QStringLiteral("clients send requests only")));
        return;
    }
    if (frame->type == wire::Auth) {
        handleAuth(*frame);
        return;
    }
    m_dispatcher.handle(m_caller, *frame, this, [this](const Frame &answer) { send(answer); });
    if (frame->type == wire::Ack && isAuthenticated())
        noteAcks(*frame);
}

void Session::handleAuth(const Frame &request)
{
    if (isAuthenticated() || m_authenticating) {
        send(Frame::error(request.id, WireError::Conflict,
                          isAuthenticated() ? QStringLiteral("already authenticated")
                                            : QStringLiteral("authentication in progress")));
        return;
    }
    m_authenticating = true;
    m_dispatcher.directory().authenticate(
        m_caller, m_challenge, request.payload,
        [self = QPointer<Session>(this), id = request.id](Result<Caller> caller) {
            if (self)
                self->finishAuth(id, std::move(caller));
        });
}

void Session::finishAuth(quint64 requestId, Result<Caller> caller)
{
    m_authenticating = false;
    if (m_closing)
        return;
    if (!caller) {
        // One answer for every failure: which step failed is nobody's business.
        const bool full = caller.error().code == ErrorCode::LimitReached;
        send(Frame::error(requestId, full ? WireError::LimitReached : WireError::Unauthenticated,
                          full ? caller.error().message() : QStringLiteral("authentication failed")));
        if (++m_authAttempts >= MaxAuthAttempts)
            close(QStringLiteral("authentication failed"));
        return;
    }
    m_caller = *caller;
    m_authTimer.stop();
    Q_EMIT authenticated();
    // One live session per device: a reconnect replaces the stale one.
    m_context.events.subscribe(m_caller.device, m_caller.identity, this);
    send(api::replyFrame<api::Auth>(requestId, {storedIdentity(m_caller.identity)}));
    pumpQueue();
}

void Session::noteAcks(const Frame &request)
{
    auto ack = api::Ack::decode(request.payload);
    if (!ack)
        return; // answered bad-frame by the dispatcher
    for (qint64 seq : std::as_const(ack->seqs))
        m_unacked.remove(seq);
    pumpQueue();
}

bool Session::mayPush()
{
    // A queue of large envelopes written all at once would sit in memory and trip the
    // slow-reader limit in sendEncoded(), dropping a reader that reads just fine (and again on
    // every reconnect). So pushing also waits for the socket to drain below half that limit.
    m_pushPaused = m_transport->bytesToWrite() > m_context.limits.maxPendingWriteBytes / 2;
    return !m_pushPaused && !m_closing && m_unacked.size() < QueueWindow;
}

void Session::messageQueued(qint64 seq, const QByteArray &encodedEvent)
{
    if (!isAuthenticated() || seq <= m_lastPushedSeq)
        return;
    if (m_caughtUp && mayPush()) {
        sendEncoded(encodedEvent);
        m_lastPushedSeq = seq;
        m_unacked.insert(seq);
        return;
    }
    // Behind (window full, socket busy, or storage not read to the end): it waits in
    // storage and goes out in order with the rest.
    m_caughtUp = false;
    pumpQueue();
}

void Session::pumpQueue()
{
    m_pushPaused = false;
    if (!isAuthenticated() || m_closing || m_caughtUp)
        return;
    if (m_reading) {
        m_readAgain = true; // what the read on its way returns may already be behind
        return;
    }
    if (!mayPush())
        return;
    const int room = std::min(QueueWindow - int(m_unacked.size()), PushBatch);
    m_reading = true;
    m_readAgain = false;
    m_dispatcher.relay().pendingEvents(
        m_caller.device, m_lastPushedSeq, room, this,
        [this, room](Result<RelayService::PendingEvents> events) {
            pushRead(room, std::move(events));
        });
}

void Session::pushRead(int room, Result<RelayService::PendingEvents> events)
{
    m_reading = false;
    if (m_closing)
        return;
    if (!events) {
        // The next queued message or ack tries again.
        qCWarning(lcSession) << "cannot read a queue:" << events.error().message();
        return;
    }
    for (const auto &[seq, event] : std::as_const(*events)) {
        if (seq <= m_lastPushedSeq)
            continue;
        if (!mayPush())
            return; // the rest is read again once the socket has drained or acks come
        send(event);
        m_lastPushedSeq = seq;
        m_unacked.insert(seq);
    }
    if (events->size() < room && !m_readAgain) {
        m_caughtUp = true;
        if (!m_backlogEndSent) {
            // Everything that waited for this device is on its way: a client can tell
            // "nothing more" from "nothing yet" without guessing from quiet time.
            m_backlogEndSent = true;
            send(api::eventFrame(api::BacklogEndEvent{m_lastPushedSeq}));
        }
        return;
    }
    pumpQueue();
}

} // namespace cardinal::server
