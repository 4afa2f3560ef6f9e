// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessiontransport.h"

#include <QList>

namespace cardinal::server {

//! A SessionTransport without a network, for driving a Session from the same thread: what
//! the session sends is kept until taken, and the peer's side is a set of calls (a message
//! arrives, a pong, the peer goes). The peer may stop reading, so that the session's
//! unsent bytes grow as they would on a socket nobody reads. Nothing happens by itself:
//! closing or aborting is recorded, and whoever drives the session decides when the peer
//! has gone (disconnectPeer()).
class MemoryTransport final : public SessionTransport
{
    Q_OBJECT

public:
    explicit MemoryTransport(QHostAddress peer = QHostAddress(QStringLiteral("192.0.2.1")),
                             QObject *parent = nullptr);

    void sendBinaryMessage(const QByteArray &message) override;
    [[nodiscard]] qint64 bytesToWrite() const override { return m_unread; }
    void close(const QString &reason) override;
    void abort() override { m_aborted = true; }
    void ping() override { ++m_pings; }
    [[nodiscard]] QHostAddress peerAddress() const override { return m_peer; }
    void setMaxIncomingMessageBytes(quint64 bytes) override { m_maxIncoming = bytes; }

    // The peer's side.

    //! Hands `message` to the session, unless it is above the incoming limit (then nothing
    //! arrives, as a WebSocket refuses it unread). Whether it arrived.
    bool receiveBinary(const QByteArray &message);
    //! Likewise for a text message.
    bool receiveText(const QString &message);
    void receivePong() { Q_EMIT pong(); }
    //! The peer stops taking what is sent: from now on everything sent counts as unsent.
    void stopReading() { m_reading = false; }
    //! The peer takes everything unsent and reads on.
    void drain();
    void disconnectPeer() { Q_EMIT disconnected(); }

    // What happened.

    //! Everything sent since the last call, oldest first.
    [[nodiscard]] QList<QByteArray> takeSent();
    [[nodiscard]] bool isClosed() const { return m_closed; }
    [[nodiscard]] const QString &closeReason() const { return m_closeReason; }
    [[nodiscard]] bool isAborted() const { return m_aborted; }
    [[nodiscard]] int pingCount() const { return m_pings; }
    [[nodiscard]] quint64 maxIncomingMessageBytes() const { return m_maxIncoming; }

private:
    QHostAddress m_peer;
    QList<QByteArray> m_sent;
    qint64 m_unread = 0;
    bool m_reading = true;
    bool m_closed = false;
    bool m_aborted = false;
    QString m_closeReason;
    int m_pings = 0;
    quint64 m_maxIncoming = 0; //!< 0: no limit set
};

} // namespace cardinal::server
