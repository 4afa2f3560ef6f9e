// SPDX-License-Identifier: GPL-3.0-or-later
// Comparing a payload as it came with the payload its decoded value encodes to. Request,
// reply and event decoders may change a payload in exactly two documented ways
// (docs/protocol.md): identities are canonicalised (normalizeEmail), and replies and events
// drop fields appended after the ones they know. Anything else that changes is a decoder
// that accepted one thing and means another.
#pragma once

#include <QCborValue>

namespace cardinal::fuzzing {

//! How a decoder treats fields after the ones it knows.
enum class Appended {
    Refused, //!< requests: every array keeps its length
    Dropped, //!< replies and events: an array may lose elements at its end
};

//! Whether `encoded` is `received` with identities canonicalised and, when `appended` is
//! Dropped, with trailing array elements dropped; nothing else may differ.
[[nodiscard]] bool sameUpToCanonicalForm(const QCborValue &received, const QCborValue &encoded,
                                         Appended appended);

} // namespace cardinal::fuzzing
