// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "crypto/keys.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

namespace cardinal::client {

class Connection;

//! Checks, before anything is stored, that an address is a Cardinal server one can use:
//! it answers, speaks Cardinal's protocol and, when `authority` is given, proves to be the
//! server with that authority key. One attempt, no reconnect; bounded by the Connection's
//! HelloTimeout.
//!
//! The answer is the authority key the server announced, or the reason it cannot be used:
//! a network ErrorCode (isNetworkFailure(): Unreachable, ConnectionRefused, HostNotFound,
//! NotAServer, TlsFailed), UnsupportedVersion, or BadSignature for another authority key.
//! Onboarding runs it when the person presses Continue on the server page, so that a
//! mistyped address is named right there instead of surfacing as a failed code request.
//!
//! A probe deletes itself once it has answered; deleting its parent cancels it (no answer).
class ServerProbe : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(Result<crypto::Ed25519PublicKey>)>;

    //! Starts checking `url`; `done` is called once, later, from the event loop.
    static ServerProbe *check(const QUrl &url, std::optional<crypto::Ed25519PublicKey> authority,
                              Done done, QObject *parent);

private:
    ServerProbe(const QUrl &url, std::optional<crypto::Ed25519PublicKey> authority, Done done,
                QObject *parent);
    void answer(Result<crypto::Ed25519PublicKey> result);

    Connection *m_connection;
    Done m_done;
};

} // namespace cardinal::client
