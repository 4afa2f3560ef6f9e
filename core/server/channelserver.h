// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dispatcher.h"
#include "eventbus.h"
#include "servercontext.h"

#include <QSet>
#include <QObject>
#include <QUrl>
#include <QWebSocketServer>

#include <memory>

class QTcpServer;

namespace cardinal::server {

class Session;

//! The channel server: accepts WebSocket connections (ws://, or wss:// with a certificate),
//! runs a Session per connection, and routes pushed events to connected devices.
//!
//! Connections are accepted by our own QTcpServer (QSslServer for TLS) with a deep listen
//! backlog, then handed to QWebSocketServer::handleConnection(): QWebSocketServer alone
//! keeps Qt's backlog of 50, which stalls reconnect storms for a second per SYN retry.
//! Sessions reach each other only through the server's EventBus. Single-threaded:
//! everything runs on the thread that created it.
class ChannelServer : public QObject
{
    Q_OBJECT

public:
    //! All references must outlive the server. `nowMs` is the wall clock (injectable).
    ChannelServer(const ServerConfig &config, AsyncStorage &storage, const ServerKeys &keys,
                  IdentityVerifier &verifier, TransparencyService &transparency,
                  std::function<qint64()> nowMs, QObject *parent = nullptr);
    ~ChannelServer() override;

    //! Starts listening on the configured address. IoError if the port is taken or the
    //! certificate cannot be loaded.
    [[nodiscard]] Result<void> listen();
    //! ws://HOST:PORT or wss://HOST:PORT, with the port actually bound.
    [[nodiscard]] QUrl url() const;
    [[nodiscard]] const QString &serverName() const { return m_config.serverName; }
    //! Open connections, authenticated or not.
    [[nodiscard]] int connectionCount() const { return int(m_sessions.size()); }

private:
    void acceptTcpConnections();
    void acceptWebSockets();
    void forget(Session *session);
    [[nodiscard]] int unauthenticatedCount() const;

    const ServerConfig &m_config;
    LocalEventBus m_events;
    ServerContext m_context;
    Dispatcher m_dispatcher;
    std::unique_ptr<QTcpServer> m_tcp;
    QWebSocketServer m_webSockets;
    QSet<Session *> m_sessions;
    int m_authenticatedCount = 0;
};

} // namespace cardinal::server
