// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers of bench_server: benchmark identities, pre-sealed envelopes, clocks, /proc readers.
#pragma once

#include "protocol/wiretypes.h"

#include "common/result.h"
#include "crypto/keys.h"
#include "protocol/ids.h"

#include <QByteArray>
#include <QCborArray>
#include <QString>

#include <chrono>
#include <functional>
#include <vector>

namespace cardinal::bench {

//! A user with one device, made directly from keys (no keystore): what the server sees of a
//! registered client.
struct BenchIdentity
{
    QString email;
    crypto::Ed25519KeyPair identityKey;
    crypto::X25519KeyPair deviceKey;
    protocol::CardId cardId;
    protocol::DeviceId deviceId;
    QByteArray bundle; //!< self-signed card with its one device record, for publish-card
};

//! Identity number `index`: bench-NNNNN@bench.example with fresh keys.
[[nodiscard]] Result<BenchIdentity> makeIdentity(int index);

//! What one client sends, over and over: an envelope sealed once by protocol::sealEnvelope
//! for its recipient set. Per send the benchmark rewrites the 16-byte message id in the
//! header (at `idOffset`) with a send stamp; the server routes and de-duplicates by that id
//! and cannot tell (the header is only authenticated when a recipient opens the envelope).
struct SenderPlan
{
    protocol::SendTarget target = protocol::SendTarget::direct({}); //!< a peer or a group
    QByteArray envelope;
    qsizetype idOffset = -1;
    int recipients = 0; //!< deliveries each message makes
};

//! Seals a message with a `bodyBytes` body from `sender` to `recipients` and finds its
//! message id. With `checkOpens`, also opens it as the first recipient.
[[nodiscard]] Result<SenderPlan> sealPlan(const BenchIdentity &sender,
                                          const std::vector<const BenchIdentity *> &recipients,
                                          qsizetype bodyBytes, bool checkOpens);

//! The stamp written into a message id: send time, sender index, per-sender counter.
struct Stamp
{
    qint64 sentNs = 0;
    quint32 sender = 0;
    quint32 counter = 0;
};
void writeStamp(char *messageId, const Stamp &stamp);
[[nodiscard]] Stamp readStamp(const std::uint8_t *messageId);

//! Monotonic clock in nanoseconds; senders and receivers live in this one process.
[[nodiscard]] inline qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

//! Runs the event loop until `done` holds or `timeoutMs` passes; false on timeout.
bool waitUntil(const std::function<bool()> &done, int timeoutMs);

//! VmRSS of a process in KiB, or -1.
[[nodiscard]] qint64 residentKiB(qint64 pid);
//! User + system CPU time of a process in seconds, or -1.
[[nodiscard]] double cpuSeconds(qint64 pid);

} // namespace cardinal::bench
