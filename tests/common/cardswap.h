// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a compromised (or simply rekeyed) server can do to a user's card: replace it, while
// the server is stopped, with a new card for the same identity under a fresh identity key,
// countersigned with the server's own authority key, with one fresh device. To clients this
// is exactly what a contact reinstalling Cardinal looks like: a key change.
// Compiled into the suites that use it, with clitesting.cpp; links cardinal_server.
#include "crypto/keys.h"
#include "protocol/ids.h"

#include <QString>

namespace cardinal::testing {

class ServerProcess;

//! The new owner of a swapped card: its identity and device keys.
struct SwappedCard
{
    crypto::Ed25519KeyPair identityKey = crypto::Ed25519KeyPair::generate();
    crypto::X25519KeyPair deviceKey = crypto::X25519KeyPair::generate();
    protocol::DeviceId deviceId;
};

//! Stops `server`, replaces `identity`'s active card and devices in its database with a
//! card for `replacement`'s keys (countersigned by the server's authority key; the old
//! card and devices are marked revoked), and starts the server again on the same port.
//! Fills replacement.deviceId. False with the reason in `error`.
[[nodiscard]] bool swapCard(ServerProcess &server, const QString &identity,
                            SwappedCard &replacement, QString *error);

} // namespace cardinal::testing
