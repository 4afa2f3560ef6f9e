// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "crypto/random.h"
#include "protocol/ktlookup.h"
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

    //! A change recorded for the next epoch: its entry and the salt that opens it.
    struct Recorded
    {
        protocol::kt::ChangeEntry entry;
        QByteArray salt;
    };

    //! What an epoch appended (to be stored, in order) and the checkpoint it signed.
    struct Epoch
    {
        QList<QByteArray> entries;
        QList<QByteArray> salts; //!< one per entry; empty for the epoch entry
        transparency::SignedCheckpoint checkpoint;
    };

    explicit KtLog(Keys keys);

    //! What clients pin: the checkpoints' verifier key and the VRF key.
    [[nodiscard]] protocol::kt::LogKeys publicKeys() const;

    //! Records that `identity` (normalised) now has `state` (the bundle the directory
    //! serves for it, empty when none). The entry is in the log from the next epoch on.
    [[nodiscard]] Result<Recorded> record(protocol::kt::ChangeKind kind, const QString &identity,
                                          QByteArrayView state, std::int64_t time,
                                          crypto::RandomSource &random);
    [[nodiscard]] bool hasPending() const { return !m_pending.isEmpty(); }
    //! Whether `identity` has changes that no checkpoint includes yet.
    [[nodiscard]] bool isPending(const QString &identity) const;

    //! Appends the pending changes and an epoch entry, and signs a checkpoint of the result.
    [[nodiscard]] Result<Epoch> closeEpoch(std::int64_t time);

    //! Rebuilds the log from stored entries and their salts (as closeEpoch handed them out),
    //! checking that every epoch entry's map root is what the entries before it give.
    //! CorruptFile when they do not; the log is then empty.
    [[nodiscard]] Result<void> replay(const QList<QByteArray> &entries,
                                      const QList<QByteArray> &salts);

    [[nodiscard]] std::uint64_t size() const { return m_tree.size(); }
    [[nodiscard]] const std::optional<transparency::SignedCheckpoint> &checkpoint() const
    {
        return m_checkpoint;
    }

    //! The evidence for `identity` against the latest checkpoint (its changes still pending
    //! are not in it). InvalidArgument before the first checkpoint.
    [[nodiscard]] Result<protocol::kt::LookupEvidence> lookup(const QString &identity);
    //! The consistency proof from `oldSize` to the latest checkpoint.
    [[nodiscard]] Result<transparency::MerkleProof> consistency(std::uint64_t oldSize) const;

private:
    //! What the map and lookups need of one address.
    struct LabelState
    {
        std::uint64_t version = 0;       //!< entries in the log (committed by an epoch)
        std::uint64_t latestIndex = 0;
        QByteArray latestSalt;
        std::uint64_t pending = 0;       //!< entries recorded for the next epoch
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
