// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dispatcher.h"
#include "servercontext.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QTimer>

class QWebSocket;

namespace cardinal::server {

class ChannelServer;

//! One client connection. Sends the hello (with a fresh challenge), accepts only
//! registration, recovery and `auth` frames until authenticated, answers every request
//! with exactly one frame, and pushes the device's queued messages in order, at most
//! `QueueWindow` unacknowledged at a time. Enforces the per-connection limits: frame size,
//! request rate (token bucket), time to authenticate, idle time (ping/pong), and unsent
//! bytes (a reader that stops reading is disconnected). Lives on the server's thread.
class Session : public QObject
{
    Q_OBJECT

public:
    static constexpr int QueueWindow = 256;
    static constexpr int MaxAuthAttempts = 3;

    //! Takes ownership of `socket`.
    Session(QWebSocket *socket, ChannelServer &server, ServerContext &context,
            Dispatcher &dispatcher, QObject *parent = nullptr);
    ~Session() override;

    [[nodiscard]] const Caller &caller() const { return m_caller; }
    [[nodiscard]] bool isAuthenticated() const { return m_caller.authenticated; }

    //! Sends an event (or any frame) to this client.
    void send(const protocol::Frame &frame);
    //! Pushes queued messages up to the window.
    void pumpQueue();
    //! Closes the connection; `reason` goes to the client in the close frame.
    void close(const QString &reason);

Q_SIGNALS:
    //! The socket is gone; the server forgets the session and deletes it.
    void finished(cardinal::server::Session *session);

private:
    void onBinaryMessage(const QByteArray &message);
    void onTextMessage(const QString &message);
    void handleAuth(const protocol::Frame &request);
    void noteAcks(const protocol::Frame &request);
    [[nodiscard]] bool takeRequestToken();
    void checkIdle();

    QWebSocket *m_socket;
    ChannelServer &m_server;
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
    bool m_closing = false;
};

} // namespace cardinal::server
