// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/keys.h"
#include "protocol/api/schema.h"
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

class AsyncStorage;
class IdentityVerifier;
class TransparencyService;
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
    //! The identity key of the card it signed in with. The card cannot change under a
    //! session: replacing or revoking it closes the session.
    crypto::Ed25519PublicKey identityKey;
    QString connectionKey; //!< identifies the connection for per-connection rate limits
};

//! How a service answers a request that it finishes later: called exactly once, unless the
//! requester is gone by then (see Dispatcher::handle()). `Reply` is the request's reply
//! type (protocol/api); the dispatcher encodes it.
template<typename Reply>
using Answer = std::function<void(Result<Reply>)>;
//! A callback that answers with `make(value)` once a Result<T> comes, or passes its
//! failure on.
template<typename T, typename Reply, typename Make>
[[nodiscard]] std::function<void(Result<T>)> answerWith(Answer<Reply> reply, Make make)
{
    return [reply = std::move(reply), make = std::move(make)](Result<T> result) {
        if (!result)
            return reply(fail(result.error()));
        reply(make(std::move(*result)));
    };
}

//! An answer already encoded as a frame payload.
using ServiceReply = Answer<QCborArray>;

//! What every service and session works with. All on the server's thread; only units of
//! storage work run elsewhere (see AsyncStorage).
struct ServerContext
{
    AsyncStorage &storage;
    const ServerKeys &keys;
    IdentityVerifier &verifier;
    TransparencyService &transparency;
    EventBus &events;
    const ServerLimits &limits;
    std::function<qint64()> nowMs; //!< wall clock, ms since the epoch; injectable in tests
    QString serverName;            //!< announced in the hello
};

} // namespace cardinal::server
