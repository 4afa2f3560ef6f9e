// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessiontransport.h"

class QWebSocket;

namespace cardinal::server {

//! A Session's connection over a QWebSocket: what the ChannelServer accepts.
class WebSocketTransport final : public SessionTransport
{
    Q_OBJECT

public:
    //! Takes ownership of `socket`.
    explicit WebSocketTransport(QWebSocket *socket, QObject *parent = nullptr);

    void sendBinaryMessage(const QByteArray &message) override;
    [[nodiscard]] qint64 bytesToWrite() const override;
    void close(const QString &reason) override;
    void abort() override;
    void ping() override;
    [[nodiscard]] QHostAddress peerAddress() const override;
    void setMaxIncomingMessageBytes(quint64 bytes) override;

private:
    QWebSocket *m_socket;
};

} // namespace cardinal::server
