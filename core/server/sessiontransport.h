// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QString>

namespace cardinal::server {

//! What a Session needs of its connection: it sends one binary message per frame, hears the
//! messages the peer sends, and pulls the levers of the per-connection limits. The server's
//! connections are WebSockets (WebSocketTransport); MemoryTransport hands messages in and
//! out without a network, so that tests and the session fuzz target can drive a real
//! Session frame by frame.
class SessionTransport : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~SessionTransport() override;

    virtual void sendBinaryMessage(const QByteArray &message) = 0;
    //! Bytes handed to sendBinaryMessage() that the peer has not taken yet.
    [[nodiscard]] virtual qint64 bytesToWrite() const = 0;
    //! Closes with the close code for a policy violation; `reason` goes to the peer.
    //! disconnected() follows once the peer has gone.
    virtual void close(const QString &reason) = 0;
    //! Drops the connection at once, without a closing handshake.
    virtual void abort() = 0;
    //! Asks the peer for a pong(), to tell a quiet peer from a dead one.
    virtual void ping() = 0;
    [[nodiscard]] virtual QHostAddress peerAddress() const = 0;
    //! Refuses incoming messages above `bytes` before reading them into memory.
    virtual void setMaxIncomingMessageBytes(quint64 bytes) = 0;

Q_SIGNALS:
    void binaryMessageReceived(const QByteArray &message);
    void textMessageReceived(const QString &message);
    void pong();
    //! Some of bytesToWrite() went out.
    void bytesWritten();
    void disconnected();
};

} // namespace cardinal::server
