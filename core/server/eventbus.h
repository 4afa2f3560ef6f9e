// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/frames.h"
#include "protocol/ids.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMultiHash>
#include <QString>

namespace cardinal::server {

//! A connected, authenticated device as the EventBus reaches it (a Session). Frames arrive
//! already encoded: one encoding serves every device that gets them.
class Subscriber
{
public:
    virtual ~Subscriber();
    //! An event for this device's identity (a delivery report, a card change, ...).
    virtual void deliverEvent(const QByteArray &encodedEvent) = 0;
    //! A message was queued for this device: its server-wide `seq` and its `message` event.
    //! The subscriber either sends it at once (it has sent everything queued before it) or
    //! fetches it from storage later, in order, with the rest of its queue.
    virtual void messageQueued(qint64 seq, const QByteArray &encodedEvent) = 0;
    //! The subscription ends: the device was revoked, or a newer connection of the same device
    //! took its place. `reason` is for the client.
    virtual void endSubscription(const QString &reason) = 0;
};

//! How services reach connected devices: events are published by identity or by device,
//! and every connected device subscribed under them gets them; publishing to a device that
//! is not connected is a no-op (its messages wait in storage). Services never see sessions.
//!
//! One process today (LocalEventBus); the interface is what a bus shared by several server
//! nodes (e.g. over PostgreSQL LISTEN/NOTIFY) implements, so nothing above it changes then.
//! Not thread-safe: used on the server's thread.
class EventBus
{
public:
    virtual ~EventBus();

    //! Subscribes `subscriber` for `device` of `identity`. One subscriber per device: an
    //! earlier one for the same device is dropped and told so (endSubscription).
    virtual void subscribe(const protocol::DeviceId &device, const QString &identity,
                           Subscriber *subscriber) = 0;
    //! Forgets `subscriber`; nothing if it is not subscribed (any more).
    virtual void unsubscribe(Subscriber *subscriber) = 0;

    //! Sends `event` to every connected device of `identity`.
    virtual void publishToIdentity(const QString &identity, const protocol::Frame &event) = 0;
    //! Tells each of `devices` that the message `seq` was queued for it; `event` is its
    //! `message` event, the same bytes for every device.
    virtual void publishQueued(const QList<protocol::DeviceId> &devices, qint64 seq,
                               const protocol::Frame &event) = 0;
    //! Ends the subscription of `device`, if connected (it was revoked).
    virtual void disconnectDevice(const protocol::DeviceId &device, const QString &reason) = 0;
};

//! The EventBus of a single server process: subscribers in two indexes, frames encoded
//! once per publication.
class LocalEventBus final : public EventBus
{
public:
    void subscribe(const protocol::DeviceId &device, const QString &identity,
                   Subscriber *subscriber) override;
    void unsubscribe(Subscriber *subscriber) override;
    void publishToIdentity(const QString &identity, const protocol::Frame &event) override;
    void publishQueued(const QList<protocol::DeviceId> &devices, qint64 seq,
                       const protocol::Frame &event) override;
    void disconnectDevice(const protocol::DeviceId &device, const QString &reason) override;

    //! Connected devices, for tests and statistics.
    [[nodiscard]] int subscriberCount() const { return int(m_byDevice.size()); }

private:
    struct Key
    {
        protocol::DeviceId device;
        QString identity;
    };
    void remove(Subscriber *subscriber);

    QHash<protocol::DeviceId, Subscriber *> m_byDevice;
    QMultiHash<QString, Subscriber *> m_byIdentity;
    QHash<Subscriber *, Key> m_keys;
};

} // namespace cardinal::server
