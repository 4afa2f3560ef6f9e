// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection.h"

#include "transparency/checkpoint.h"

#include <functional>

namespace cardinal::client {

//! What an audit of a server's whole key-transparency log found.
struct KtAuditReport
{
    std::uint64_t entries = 0;     //!< replayed, every one
    std::uint64_t epochs = 0;      //!< epoch entries whose map root was recomputed
    std::uint64_t checkpoints = 0; //!< signed checkpoints checked where they belong
    std::uint64_t addresses = 0;   //!< labels in the map
    QByteArray checkpoint;         //!< the newest, which the replay ends at
    bool matchedHeld = false;      //!< the replay passed the profile's held checkpoint
};

//! Replays the whole log of the server behind `connection` (`cardinal-cli kt audit`):
//! reads every entry (kt-entries), recomputes every map root the epoch entries commit to,
//! checks every checkpoint's signature under `keys` at its size, and ends at the newest
//! checkpoint's root. With `held` (a checkpoint a profile holds), the replay must pass
//! through it. ProofFailed when anything disagrees; the errors of the connection otherwise.
//! `done` is called once, unless `context` is gone by then.
void auditLog(Connection &connection, const transparency::NoteVerifier &keys,
              std::optional<transparency::SignedCheckpoint> held, QObject *context,
              std::function<void(Result<KtAuditReport>)> done);

} // namespace cardinal::client
