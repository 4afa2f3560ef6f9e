// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "directoryunits.h"
#include "ktlog.h"
#include "protocol/api/transparency.h"
#include "servercontext.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>

namespace cardinal::server {

//! The server's key-transparency log, kept and served (docs/key-transparency.md).
//!
//! The directory hands it every change it stores, in the order it stored them; they wait
//! for the next epoch. An epoch closes on a timer: every `epoch` while changes are
//! pending, and every `maxEpoch` even without any (so that clients see the log is alive).
//! Its entries and checkpoint are stored in one unit of storage work; until that is done,
//! proofs wait, so that no client ever holds a checkpoint the server could lose.
//!
//! At start the stored log is replayed and checked against the directory: an address whose
//! served state is not the log's latest word on it (a change stored just before a crash,
//! or a directory from before the log existed) gets an entry in the first epoch.
//!
//! Lives on the server's thread, like the services.
class TransparencyService
{
public:
    struct Settings
    {
        QString origin; //!< the checkpoints' origin line
        std::chrono::milliseconds epoch = std::chrono::seconds(10);
        std::chrono::milliseconds maxEpoch = std::chrono::hours(1);
    };

    //! Replays the stored log, brings it up to date with the directory, and closes a first
    //! epoch when that recorded anything or the log is empty, so that a checkpoint exists
    //! once this returns. Blocks on storage: for start-up only. CorruptFile when the stored
    //! log does not replay.
    [[nodiscard]] static Result<std::unique_ptr<TransparencyService>>
    start(AsyncStorage &storage, const ServerKeys &keys, Settings settings,
          std::function<qint64()> nowMs);
    ~TransparencyService();

    //! What clients pin: announced in every hello.
    [[nodiscard]] protocol::kt::LogKeys publicKeys() const { return m_log.publicKeys(); }

    //! Records a change the directory stored: `identity` now has `state`.
    void record(protocol::kt::ChangeKind kind, const QString &identity,
                const units::ServedState &state);

    //! The proof for a directory answer about `identity`'s card: the evidence of its latest
    //! state, whether it is pending, and for a card that is no longer current, its last
    //! entry opened (`lastEntry`, as read with the card).
    void prove(const QString &identity, std::optional<StoredLogEntry> lastEntry,
               std::function<void(Result<protocol::api::KtProof>)> done);

    // Requests (protocol/api/transparency.h).
    void checkpoint(const Caller &caller, const api::KtCheckpoint &request,
                    Answer<api::KtCheckpoint::Reply> reply);
    void consistency(const Caller &caller, const api::KtConsistency &request,
                     Answer<api::KtConsistency::Reply> reply);
    void history(const Caller &caller, const api::KtHistory &request,
                 Answer<api::KtHistory::Reply> reply);
    void entries(const Caller &caller, const api::KtEntries &request,
                 Answer<api::KtEntries::Reply> reply);

    //! Closes an epoch now if one is due (for tests that drive time themselves).
    void tick();
    //! The log's size and whether it has changes waiting (for tests and statistics).
    [[nodiscard]] std::uint64_t size() const { return m_log.size(); }
    [[nodiscard]] bool hasPending() const { return m_log.hasPending(); }

private:
    TransparencyService(AsyncStorage &storage, KtLog log, Settings settings,
                        std::function<qint64()> nowMs);
    //! Runs `work` now, or once the epoch being stored is stored.
    void whenSettled(std::function<void(Result<void>)> work);
    void closeEpoch();
    void storeEpoch();
    //! `stored` with its inclusion proof in the log of `treeSize` entries (0: the latest).
    [[nodiscard]] Result<protocol::api::KtOpenedEntry> open(const StoredLogEntry &stored,
                                                            std::uint64_t treeSize = 0) const;
    [[nodiscard]] std::optional<qint64> pendingSeconds(const QString &identity) const;

    AsyncStorage &m_storage;
    KtLog m_log;
    Settings m_settings;
    std::function<qint64()> m_nowMs;
    qint64 m_lastEpochMs = 0;
    //! An epoch closed in memory and not stored yet (retried at every tick until it is).
    std::optional<KtLog::Epoch> m_unstored;
    bool m_storing = false;
    QList<std::function<void(Result<void>)>> m_waiting;
    QTimer m_timer;
    QObject m_alive;
};

} // namespace cardinal::server
