// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventbus.h"

namespace cardinal::server {

Subscriber::~Subscriber() = default;
EventBus::~EventBus() = default;

void LocalEventBus::subscribe(const protocol::DeviceId &device, const QString &identity,
                              Subscriber *subscriber)
{
    remove(subscriber);
    if (Subscriber *previous = m_byDevice.value(device); previous && previous != subscriber) {
        remove(previous);
        previous->endSubscription(QStringLiteral("replaced by a new connection"));
    }
    m_byDevice.insert(device, subscriber);
    m_byIdentity.insert(identity, subscriber);
    m_keys.insert(subscriber, {device, identity});
}

void LocalEventBus::unsubscribe(Subscriber *subscriber)
{
    remove(subscriber);
}

void LocalEventBus::remove(Subscriber *subscriber)
{
    const auto key = m_keys.constFind(subscriber);
    if (key == m_keys.constEnd())
        return;
    if (m_byDevice.value(key->device) == subscriber)
        m_byDevice.remove(key->device);
    m_byIdentity.remove(key->identity, subscriber);
    m_keys.erase(key);
}

void LocalEventBus::publishToIdentity(const QString &identity, const protocol::Frame &event)
{
    // Copied first: a subscriber that fails to send may close and unsubscribe meanwhile.
    const QList<Subscriber *> subscribers = m_byIdentity.values(identity);
    if (subscribers.isEmpty())
        return;
    const QByteArray encoded = event.encode();
    for (Subscriber *subscriber : subscribers)
        if (m_keys.contains(subscriber))
            subscriber->deliverEvent(encoded);
}

void LocalEventBus::publishQueued(const QList<protocol::DeviceId> &devices, qint64 seq,
                                  const protocol::Frame &event)
{
    QByteArray encoded;
    for (const protocol::DeviceId &device : devices) {
        Subscriber *subscriber = m_byDevice.value(device);
        if (!subscriber)
            continue;
        if (encoded.isEmpty())
            encoded = event.encode();
        subscriber->messageQueued(seq, encoded);
    }
}

void LocalEventBus::disconnectDevice(const protocol::DeviceId &device, const QString &reason)
{
    if (Subscriber *subscriber = m_byDevice.value(device)) {
        remove(subscriber);
        subscriber->endSubscription(reason);
    }
}

} // namespace cardinal::server
