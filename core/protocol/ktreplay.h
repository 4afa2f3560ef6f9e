// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ktformats.h"

#include "transparency/checkpoint.h"
#include "transparency/signednote.h"

//! The key-transparency log rebuilt entry by entry, as an auditor reads it from the server
//! (`cardinal-cli kt audit`) and as the server replays what it stored: the Merkle tree of
//! every entry and the map the entries give, with every rule checked that makes a log
//! well-formed (docs/key-transparency.md):
//!
//! - a change's version is its label's previous version + 1;
//! - epoch entries number the epochs 1, 2, ..., count the entries before them, and carry
//!   the map's root after those entries.
//!
//! Since the map is a function of the entries, an auditor who replays the whole log and
//! finds every epoch's root and every checkpoint as signed has checked everything the
//! server ever proved to anyone.
namespace cardinal::protocol::kt {

class LogReplay
{
public:
    //! Appends the next entry and returns it decoded. Errors of decodeEntry(); ProofFailed
    //! when it breaks a rule above. Nothing changes on failure.
    [[nodiscard]] Result<LogEntry> append(const QByteArray &entry);

    //! Checks a signed checkpoint of the log at its current size: its signature under
    //! `log`, its size and root. Errors of SignedCheckpoint::open(); ProofFailed when it
    //! signs another size or root, or the log does not end with an epoch entry there.
    [[nodiscard]] Result<transparency::SignedCheckpoint>
    checkCheckpoint(QByteArrayView note, const transparency::NoteVerifier &log) const;

    [[nodiscard]] std::uint64_t size() const { return m_tree.size(); }
    [[nodiscard]] transparency::MerkleHash root() const { return m_tree.root(); }
    [[nodiscard]] std::uint64_t epochs() const { return m_epochs; }
    [[nodiscard]] bool endsWithEpoch() const { return m_endsWithEpoch; }
    //! How many labels the map holds.
    [[nodiscard]] std::uint64_t labels() const { return m_map.size(); }

    //! The tree and map, handed over when the replay is done (the server keeps them).
    [[nodiscard]] transparency::MerkleTree takeTree() { return std::move(m_tree); }
    [[nodiscard]] transparency::PrefixTree takeMap() { return std::move(m_map); }

private:
    transparency::MerkleTree m_tree;
    transparency::PrefixTree m_map;
    std::uint64_t m_epochs = 0;
    bool m_endsWithEpoch = false;
};

} // namespace cardinal::protocol::kt
