// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "directoryservice.h"
#include "protocol/frames.h"
#include "relayservice.h"

#include <QHash>

#include <functional>

class QObject;

namespace cardinal::server {

//! Routes a request frame to the service that handles its type and turns the outcome into a
//! response or an error frame. Knows which requests need an authenticated caller.
//! (Authentication itself is the Session's: it owns the challenge.)
//!
//! Requests are answered later, from the event loop, once the service's storage work (or the
//! mail system, for an identity code) is done, so that nobody else waits meanwhile. Only
//! refusals that need nothing stored (an unknown type, a malformed payload, a request that
//! needs authentication) are answered before handle() returns.
class Dispatcher
{
public:
    //! Takes the one frame that answers a request.
    using Answer = std::function<void(const protocol::Frame &)>;

    explicit Dispatcher(ServerContext &context);

    //! Answers `request` from `caller` with exactly one frame with the same id, through
    //! `answer`. `context` is the requester (its Session): an answer that would come after it
    //! is destroyed is dropped instead.
    void handle(const Caller &caller, const protocol::Frame &request, QObject *context,
                Answer answer);

    [[nodiscard]] DirectoryService &directory() { return m_directory; }
    [[nodiscard]] RelayService &relay() { return m_relay; }

    //! The wire error that reports a core error to a client.
    [[nodiscard]] static protocol::WireError wireErrorFor(ErrorCode code);
    //! The frame that answers `request` with `result`. An internal failure is logged and
    //! reported without its detail, which may name server internals.
    [[nodiscard]] static protocol::Frame answerFor(const protocol::Frame &request,
                                                   const Result<QCborArray> &result);

    //! A route: decodes a payload, runs the service, answers with the encoded reply. Who
    //! may call one is wire::allowedBeforeAuthentication()'s to say.
    using Handler = std::function<void(const Caller &, const QCborArray &, ServiceReply)>;

private:

    DirectoryService m_directory;
    RelayService m_relay;
    QHash<QString, Handler> m_routes;
};

} // namespace cardinal::server
