// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dispatcher.h"
#include "eventbus.h"
#include "servercontext.h"
#include "sessiontransport.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace cardinal::server {

//! One client connection. Sends the hello (with a fresh challenge), accepts only
//! registration, recovery and `auth` frames until authenticated, answers every request
//! with exactly one frame, and pushes the device's queued messages in order, at most
//! `QueueWindow` unacknowledged at a time and no faster than the socket drains (pushing
//! pauses above half of `maxPendingWriteBytes` unsent). Once everything that was queued has
//! been pushed, it says so once with a `backlog-end` event. Enforces the per-connection
//! limits: frame size, request rate (token bucket), time to authenticate, idle time
//! (ping/pong), and unsent bytes (a reader that stops reading is disconnected).
//!
//! Once authenticated it subscribes to the EventBus for its device. A message queued while
//! the session has pushed everything before it goes out at once, as the bytes the sender's
//! request encoded; otherwise it is read from storage in order with the rest, one read at a
//! time (storage answers later, see AsyncStorage). Lives on the server's thread.
class Session : public QObject, public Subscriber
{
    Q_OBJECT

public:
    static constexpr int QueueWindow = 256;
    //! Queued messages read from storage at a time while pushing.
    static constexpr int PushBatch = 16;
    static constexpr int MaxAuthAttempts = 3;

    //! Takes ownership of `transport` (a WebSocket in the server, see SessionTransport).
    Session(SessionTransport *transport, ServerContext &context, Dispatcher &dispatcher,
            QObject *parent = nullptr);
    ~Session() override;

    [[nodiscard]] const Caller &caller() const { return m_caller; }
    [[nodiscard]] bool isAuthenticated() const { return m_caller.authenticated; }
    //! Queued messages pushed and not acknowledged yet: at most QueueWindow.
    [[nodiscard]] int unacknowledged() const { return int(m_unacked.size()); }

    //! Sends an event (or any frame) to this client.
    void send(const protocol::Frame &frame);
    //! Closes the connection; `reason` goes to the client in the close frame. (A service that
    //! ends the caller's own session, revoking its device or card, answers first.)
    void close(const QString &reason);

    // Subscriber
    void deliverEvent(const QByteArray &encodedEvent) override;
    void messageQueued(qint64 seq, const QByteArray &encodedEvent) override;
    void endSubscription(const QString &reason) override;

Q_SIGNALS:
    //! The client proved who it is (counted by the server against its limits).
    void authenticated();
    //! The connection is gone; the server forgets the session and deletes it.
    void finished(cardinal::server::Session *session);

private:
    void sendEncoded(const QByteArray &encoded);
    //! Pushes queued messages up to the window, or until the socket has enough to send.
    void pumpQueue();
    //! Whether one more message may go out now (window and socket permitting).
    [[nodiscard]] bool mayPush();
    void onBinaryMessage(const QByteArray &message);
    void onTextMessage(const QString &message);
    void handleAuth(const protocol::Frame &request);
    void finishAuth(quint64 requestId, Result<Caller> caller);
    //! Pushes what a read of the queue returned; `room` is how many were asked for.
    void pushRead(int room, Result<RelayService::PendingEvents> events);
    void noteAcks(const protocol::Frame &request);
    [[nodiscard]] bool takeRequestToken();
    void checkIdle();

    SessionTransport *m_transport;
    ServerContext &m_context;
    Dispatcher &m_dispatcher;
    Caller m_caller;
    QByteArray m_challenge;
    int m_authAttempts = 0;
    QTimer m_authTimer;
    QTimer m_idleTimer;
    QElapsedTimer m_lastActivity;
    QElapsedTimer m_bucketClock;
    double m_tokens = 0;
    int m_rateViolations = 0;
    qint64 m_lastPushedSeq = 0;
    QSet<qint64> m_unacked;
    bool m_pushPaused = false; //!< pumpQueue() stopped for unsent bytes; bytesWritten resumes
    //! Everything queued up to m_lastPushedSeq has been pushed and storage had nothing more:
    //! a newly queued message may go out directly, and nothing needs reading.
    bool m_caughtUp = false;
    bool m_reading = false;     //!< a read of the queue is on its way
    bool m_readAgain = false;   //!< something was queued while reading: read once more
    bool m_authenticating = false;
    bool m_backlogEndSent = false;
    bool m_closing = false;
};

} // namespace cardinal::server
