// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "crypto/random.h"
#include "protocol/ktlookup.h"
#include "storage.h"
#include "transparency/prefixtree.h"

#include <QHash>

//! The key-transparency log as the server keeps it in memory (docs/key-transparency.md):
//! the Merkle tree of every entry, the map as of the last epoch, and the changes waiting
//! for the next. Changes are recorded as the directory makes them; an epoch appends them
//! with an epoch entry carrying the map's new root, and signs a checkpoint. Proofs are
//! always against the latest checkpoint.
//!
//! The log itself does no I/O: what it appends is handed back to be stored, and a server
//! that starts rebuilds the log by replaying what it stored (replay()).
namespace cardinal::server {

class KtLog
{
public:
    struct Keys
    {
        QString origin;                  //!< the checkpoints' origin and key name
        crypto::Ed25519KeyPair checkpoints;
        crypto::VrfKeyPair labels;
    };

    //! A change recorded for the next epoch: its entry, and the salt and state that open
    //! its commitment.
    struct Recorded
    {
        protocol::kt::ChangeEntry entry;
        QByteArray salt;
        QByteArray state;
        std::optional<protocol::CardId> card;
    };

    //! What an epoch appended (to be stored, in order, at their indices) and the
    //! checkpoint it signed.
    struct Epoch
    {
        QList<StoredLogEntry> entries; //!< the changes, then the epoch entry
        transparency::SignedCheckpoint checkpoint;
    };

    explicit KtLog(Keys keys);

    //! What clients pin: the checkpoints' verifier key and the VRF key.
    [[nodiscard]] protocol::kt::LogKeys publicKeys() const;

    //! Records that `identity` (normalised) now has `state` (the bundle the directory
    //! serves for it, holding `card`; empty when none). The entry is in the log from the
    //! next epoch on.
    [[nodiscard]] Result<Recorded> record(protocol::kt::ChangeKind kind, const QString &identity,
                                          const QByteArray &state,
                                          const std::optional<protocol::CardId> &card,
                                          std::int64_t time, crypto::RandomSource &random);
    [[nodiscard]] bool hasPending() const { return !m_pending.isEmpty(); }
    //! Whether `identity` has changes that no checkpoint includes yet.
    [[nodiscard]] bool isPending(const QString &identity) const;

    //! Appends the pending changes and an epoch entry, and signs a checkpoint of the result.
    [[nodiscard]] Result<Epoch> closeEpoch(std::int64_t time);

    //! Rebuilds the log from stored entries with their salts (as closeEpoch handed them
    //! out; states are not needed), checking that they follow each other and that every
    //! epoch entry's map root is what the entries before it give. CorruptFile when they do
    //! not; the log is then unchanged.
    [[nodiscard]] Result<void> replay(const QList<StoredLogEntry> &entries);

    [[nodiscard]] std::uint64_t size() const { return m_tree.size(); }
    [[nodiscard]] const std::optional<transparency::SignedCheckpoint> &checkpoint() const
    {
        return m_checkpoint;
    }

    //! The evidence for `identity` against the latest checkpoint (its changes still pending
    //! are not in it). InvalidArgument before the first checkpoint.
    [[nodiscard]] Result<protocol::kt::LookupEvidence> lookup(const QString &identity);
    //! The consistency proof from `oldSize` to `newSize` (the latest checkpoint's when 0).
    [[nodiscard]] Result<transparency::MerkleProof> consistency(std::uint64_t oldSize,
                                                                std::uint64_t newSize = 0) const;
    //! The inclusion proof of entry `index` in the log of `treeSize` entries (the latest
    //! checkpoint's when 0): an answer put together over several turns of the event loop
    //! proves everything against the one size it started with.
    [[nodiscard]] Result<protocol::kt::LogProof> inclusion(std::uint64_t index,
                                                           std::uint64_t treeSize = 0) const;

    //! Where `identity`'s entries with a version above `sinceVersion` are, oldest first, at
    //! most `limit` of them (those in a checkpoint; pending ones are not in the log yet).
    [[nodiscard]] Result<QList<std::uint64_t>> history(const QString &identity,
                                                       std::uint64_t sinceVersion, int limit);
    //! Up to `count` entries from `from` on, as bytes (for auditors).
    [[nodiscard]] QList<QByteArray> entries(std::uint64_t from, int count) const;
    //! Whether the log's latest word on `identity` (committed or pending) is `state`: an
    //! address it has nothing for matches only the empty state. The server checks its
    //! directory against the log with it when it starts.
    [[nodiscard]] Result<bool> matchesLatest(const QString &identity, const QByteArray &state);

private:
    //! What the map and lookups need of one address.
    struct LabelState
    {
        QList<std::uint64_t> indices; //!< its entries in the log: version v at indices[v - 1]
        QByteArray latestSalt;
        std::uint64_t pending = 0;       //!< entries recorded for the next epoch

        //! Entries in the log (committed by an epoch).
        [[nodiscard]] std::uint64_t version() const { return std::uint64_t(indices.size()); }
    };

    [[nodiscard]] Result<std::pair<transparency::MapLabel, crypto::VrfProof>>
    labelOf(const QString &identity);
    //! Appends `entry` as the next leaf; its leaf hash, which the map records.
    transparency::MerkleHash append(const QByteArray &entry);
    [[nodiscard]] Result<transparency::SignedCheckpoint> sign();

    Keys m_keys;
    transparency::MerkleTree m_tree;
    transparency::PrefixTree m_map;
    QHash<QByteArray, LabelState> m_labels;
    QHash<QString, std::pair<transparency::MapLabel, crypto::VrfProof>> m_labelCache;
    QList<Recorded> m_pending;
    std::uint64_t m_epochs = 0;
    QList<QByteArray> m_leaves; //!< every entry's bytes, for lookups by index
    std::optional<transparency::SignedCheckpoint> m_checkpoint;
};

} // namespace cardinal::server
