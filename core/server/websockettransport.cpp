// SPDX-License-Identifier: GPL-3.0-or-later
#include "websockettransport.h"

#include <QWebSocket>

namespace cardinal::server {

WebSocketTransport::WebSocketTransport(QWebSocket *socket, QObject *parent)
    : SessionTransport(parent), m_socket(socket)
{
    m_socket->setParent(this);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this,
            &SessionTransport::binaryMessageReceived);
    connect(m_socket, &QWebSocket::textMessageReceived, this,
            &SessionTransport::textMessageReceived);
    connect(m_socket, &QWebSocket::pong, this, [this] { Q_EMIT pong(); });
    connect(m_socket, &QWebSocket::bytesWritten, this, [this] { Q_EMIT bytesWritten(); });
    connect(m_socket, &QWebSocket::disconnected, this, &SessionTransport::disconnected);
}

void WebSocketTransport::sendBinaryMessage(const QByteArray &message)
{
    m_socket->sendBinaryMessage(message);
}

qint64 WebSocketTransport::bytesToWrite() const
{
    return m_socket->bytesToWrite();
}

void WebSocketTransport::close(const QString &reason)
{
    m_socket->close(QWebSocketProtocol::CloseCodePolicyViolated, reason);
}

void WebSocketTransport::abort()
{
    m_socket->abort();
}

void WebSocketTransport::ping()
{
    m_socket->ping();
}

QHostAddress WebSocketTransport::peerAddress() const
{
    return m_socket->peerAddress();
}

void WebSocketTransport::setMaxIncomingMessageBytes(quint64 bytes)
{
    m_socket->setMaxAllowedIncomingFrameSize(bytes);
    m_socket->setMaxAllowedIncomingMessageSize(bytes);
}

} // namespace cardinal::server
