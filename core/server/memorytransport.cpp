// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorytransport.h"

#include <utility>

namespace cardinal::server {

MemoryTransport::MemoryTransport(QHostAddress peer, QObject *parent)
    : SessionTransport(parent), m_peer(std::move(peer))
{
}

void MemoryTransport::sendBinaryMessage(const QByteArray &message)
{
    m_sent.append(message);
    if (!m_reading)
        m_unread += message.size();
}

void MemoryTransport::close(const QString &reason)
{
    m_closed = true;
    m_closeReason = reason;
}

bool MemoryTransport::receiveBinary(const QByteArray &message)
{
    if (m_maxIncoming > 0 && quint64(message.size()) > m_maxIncoming)
        return false;
    Q_EMIT binaryMessageReceived(message);
    return true;
}

bool MemoryTransport::receiveText(const QString &message)
{
    if (m_maxIncoming > 0 && quint64(message.toUtf8().size()) > m_maxIncoming)
        return false;
    Q_EMIT textMessageReceived(message);
    return true;
}

void MemoryTransport::drain()
{
    m_reading = true;
    m_unread = 0;
    Q_EMIT bytesWritten();
}

QList<QByteArray> MemoryTransport::takeSent()
{
    return std::exchange(m_sent, {});
}

} // namespace cardinal::server
