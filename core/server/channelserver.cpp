// SPDX-License-Identifier: GPL-3.0-or-later
#include "channelserver.h"

#include "session.h"
#include "websockettransport.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QWebSocket>

#include <utility>

namespace cardinal::server {

Q_LOGGING_CATEGORY(lcServer, "cardinal.server")

namespace {
constexpr int ListenBacklog = 1024;
constexpr int HandshakeTimeoutMs = 10'000;

Result<QSslConfiguration> loadTls(const ServerConfig &config)
{
    QFile certFile(config.tlsCertificate);
    QFile keyFile(config.tlsKey);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return fail(ErrorCode::IoError, QStringLiteral("cannot read the TLS certificate or key"));
    const QList<QSslCertificate> chain = QSslCertificate::fromDevice(&certFile, QSsl::Pem);
    const QByteArray keyPem = keyFile.read(1024 * 1024);
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (chain.isEmpty() || key.isNull())
        return fail(ErrorCode::IoError, QStringLiteral("the TLS certificate or key is not valid PEM"));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate by signature
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    return tls;
}
} // namespace

ChannelServer::ChannelServer(const ServerConfig &config, AsyncStorage &storage,
                             const ServerKeys &keys, IdentityVerifier &verifier,
                             TransparencyService &transparency, std::function<qint64()> nowMs,
                             QObject *parent)
    : QObject(parent),
      m_config(config), m_context{storage,  keys,          verifier,         transparency,
                                  m_events, config.limits, std::move(nowMs), config.serverName},
      m_dispatcher(m_context), m_webSockets(config.serverName, QWebSocketServer::NonSecureMode)
{
    m_webSockets.setMaxPendingConnections(ListenBacklog);
    m_webSockets.setHandshakeTimeout(std::chrono::milliseconds(HandshakeTimeoutMs));
    connect(&m_webSockets, &QWebSocketServer::newConnection, this, &ChannelServer::acceptWebSockets);
}

ChannelServer::~ChannelServer()
{
    // Sessions are our children, but they go first, while the event bus they are subscribed
    // to is still there; none may call back while we are half destroyed. That includes the
    // ones that closed and wait for their deleteLater(), which are no longer in m_sessions.
    m_sessions.clear();
    const QList<Session *> sessions = findChildren<Session *>(Qt::FindDirectChildrenOnly);
    for (Session *session : sessions) {
        session->disconnect(this);
        delete session;
    }
}

Result<void> ChannelServer::listen()
{
    const bool tls = !m_config.tlsCertificate.isEmpty();
    if (tls) {
        auto configuration = loadTls(m_config);
        if (!configuration)
            return fail(configuration.error());
        auto sslServer = std::make_unique<QSslServer>();
        sslServer->setSslConfiguration(*configuration);
        sslServer->setHandshakeTimeout(HandshakeTimeoutMs);
        m_tcp = std::move(sslServer);
    } else {
        m_tcp = std::make_unique<QTcpServer>();
    }
    m_tcp->setListenBacklogSize(ListenBacklog);
    m_tcp->setMaxPendingConnections(ListenBacklog);
    connect(m_tcp.get(), &QTcpServer::pendingConnectionAvailable, this,
            &ChannelServer::acceptTcpConnections);
    if (!m_tcp->listen(m_config.listenAddress, m_config.listenPort))
        return fail(ErrorCode::IoError,
                    QStringLiteral("cannot listen on %1:%2: %3")
                        .arg(m_config.listenAddress.toString())
                        .arg(m_config.listenPort)
                        .arg(m_tcp->errorString()));
    return {};
}

QUrl ChannelServer::url() const
{
    QUrl url;
    url.setScheme(m_config.tlsCertificate.isEmpty() ? QStringLiteral("ws") : QStringLiteral("wss"));
    url.setHost(m_config.listenAddress.toString());
    url.setPort(m_tcp ? m_tcp->serverPort() : 0);
    return url;
}

int ChannelServer::unauthenticatedCount() const
{
    return int(m_sessions.size()) - m_authenticatedCount;
}

void ChannelServer::acceptTcpConnections()
{
    while (m_tcp->hasPendingConnections()) {
        QTcpSocket *socket = m_tcp->nextPendingConnection();
        if (int(m_sessions.size()) >= m_context.limits.maxConnections ||
            unauthenticatedCount() >= m_context.limits.maxUnauthenticated) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        // Frames are small and must go out at once: with Nagle's algorithm a push waits for
        // the client's delayed ACK of the previous one (~40 ms on Linux).
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_webSockets.handleConnection(socket);
    }
}

void ChannelServer::acceptWebSockets()
{
    while (m_webSockets.hasPendingConnections()) {
        QWebSocket *socket = m_webSockets.nextPendingConnection();
        auto *session =
            new Session(new WebSocketTransport(socket), m_context, m_dispatcher, this);
        connect(session, &Session::authenticated, this, [this] { ++m_authenticatedCount; });
        connect(session, &Session::finished, this, &ChannelServer::forget);
        m_sessions.insert(session);
    }
}

void ChannelServer::forget(Session *session)
{
    if (m_sessions.remove(session) && session->isAuthenticated())
        --m_authenticatedCount;
    session->deleteLater();
}

} // namespace cardinal::server
