// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/frames.h"
#include "protocol/ids.h"
#include "serverconfig.h"

#include <QString>

#include <functional>

namespace cardinal::server {

class IdentityVerifier;
class Storage;
struct ServerKeys;

//! Who sent a request. Before authentication only `connectionKey` is set.
struct Caller
{
    bool authenticated = false;
    protocol::CardId card;
    protocol::DeviceId device;
    QString identity;
    QString connectionKey; //!< identifies the connection for per-connection rate limits
};

//! How services reach connected devices. Implemented by the ChannelServer; every call is
//! a no-op for devices that are not connected.
class EventSink
{
public:
    virtual ~EventSink();
    //! Pushes an event to every connected device of `identity`.
    virtual void pushToIdentity(const QString &identity, const protocol::Frame &event) = 0;
    //! Tells a connected device that its queue has new messages to fetch.
    virtual void queueGrew(const protocol::DeviceId &device) = 0;
    //! Closes the connection of a device that was just revoked.
    virtual void disconnectDevice(const protocol::DeviceId &device) = 0;
};

//! What every service works with. Single-threaded: all on the server's thread.
struct ServerContext
{
    Storage &storage;
    const ServerKeys &keys;
    IdentityVerifier &verifier;
    EventSink &events;
    const ServerLimits &limits;
    std::function<qint64()> nowMs; //!< wall clock, ms since the epoch; injectable in tests
};

} // namespace cardinal::server
