// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/frames.h"
#include "protocol/ids.h"
#include "protocol/wiretypes.h"
#include "eventbus.h"
#include "serverconfig.h"

#include <QCborArray>
#include <QString>

#include <functional>

namespace cardinal::server {

namespace api = protocol::api;

class IdentityVerifier;
class Storage;
struct ServerKeys;

//! An identity the server stored (canonical when it came in), as the wire types carry it.
[[nodiscard]] inline protocol::Identity storedIdentity(const QString &canonical)
{
    return protocol::Identity::parse(canonical).value_or({});
}

//! Who sent a request. Before authentication only `connectionKey` is set.
struct Caller
{
    bool authenticated = false;
    protocol::CardId card;
    protocol::DeviceId device;
    QString identity;
    QString connectionKey; //!< identifies the connection for per-connection rate limits
};

//! How a service answers a request that it finishes later: called exactly once, unless the
//! requester is gone by then (see Dispatcher::handle()). `Reply` is the request's reply
//! type (protocol/api); the dispatcher encodes it.
template<typename Reply>
using Answer = std::function<void(Result<Reply>)>;
//! An answer already encoded as a frame payload.
using ServiceReply = Answer<QCborArray>;

//! What every service and session works with. Single-threaded: all on the server's thread.
struct ServerContext
{
    Storage &storage;
    const ServerKeys &keys;
    IdentityVerifier &verifier;
    EventBus &events;
    const ServerLimits &limits;
    std::function<qint64()> nowMs; //!< wall clock, ms since the epoch; injectable in tests
    QString serverName;            //!< announced in the hello
};

} // namespace cardinal::server
