// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "directoryservice.h"
#include "protocol/frames.h"
#include "relayservice.h"

#include <QHash>

#include <functional>

namespace cardinal::server {

//! Routes a request frame to the service that handles its type and turns the outcome into a
//! response or an error frame. Knows which requests need an authenticated caller.
//! (Authentication itself is the Session's: it owns the challenge.)
class Dispatcher
{
public:
    explicit Dispatcher(ServerContext &context);

    //! The answer to `request` from `caller`: always exactly one frame with the same id.
    [[nodiscard]] protocol::Frame handle(const Caller &caller, const protocol::Frame &request);

    [[nodiscard]] DirectoryService &directory() { return m_directory; }
    [[nodiscard]] RelayService &relay() { return m_relay; }

    //! The wire error that reports a core error to a client.
    [[nodiscard]] static protocol::WireError wireErrorFor(ErrorCode code);

private:
    using Handler = std::function<Result<QCborArray>(const Caller &, const QCborArray &)>;
    struct Route
    {
        Handler handler; //!< who may call it: wire::allowedBeforeAuthentication()
    };

    DirectoryService m_directory;
    RelayService m_relay;
    QHash<QString, Route> m_routes;
};

} // namespace cardinal::server
