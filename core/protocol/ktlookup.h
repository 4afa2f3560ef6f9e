// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ktformats.h"

#include "crypto/vrf.h"
#include "transparency/checkpoint.h"

#include <map>

//! What a server shows with a directory answer, and how a client checks it
//! (docs/key-transparency.md, "What a client checks"): that the address's current state
//! is the latest the log holds for it under a signed checkpoint.
namespace cardinal::protocol::kt {

//! The label of a normalised address: the first 32 bytes of the VRF output of its UTF-8.
[[nodiscard]] transparency::MapLabel labelOf(const crypto::VrfOutput &output);

//! Checks `proof` for `identity` (already normalised) under the server's VRF key.
//! WeakKey / BadSignature as crypto::vrfVerify.
[[nodiscard]] Result<transparency::MapLabel> verifiedLabel(const crypto::VrfPublicKey &key,
                                                           const QString &identity,
                                                           const crypto::VrfProof &proof);

//! Labels a client has checked already. The VRF proof is the costliest part of a lookup's
//! check (about 1 ms; the rest is about 0.1 ms at 10^6 entries), and it never changes: ECVRF
//! proofs are deterministic, so the server sends the same proof for an address every time.
//! A proof checked once, for one address under one key, is remembered here with its label;
//! the exact same bytes again give that label without the curve arithmetic. Anything else
//! (another proof, address or key) is checked in full. Bounded: forgotten all at once past
//! MaxEntries. Not thread-safe: one per verifier.
class LabelCache
{
public:
    static constexpr std::size_t MaxEntries = 4096;

    //! The label of `proof` for `identity` under `key`, checked now or before.
    [[nodiscard]] Result<transparency::MapLabel> label(const crypto::VrfPublicKey &key,
                                                       const QString &identity,
                                                       const crypto::VrfProof &proof);
    [[nodiscard]] std::size_t size() const { return m_labels.size(); }

private:
    std::map<QByteArray, transparency::MapLabel> m_labels;
};

//! The keys a client pins for a server's log, next to its authority key.
struct LogKeys
{
    transparency::NoteVerifier checkpoints;
    crypto::VrfPublicKey labels;
};

//! Everything a lookup answer carries to prove an address's state.
struct LookupEvidence
{
    QByteArray checkpoint;  //!< the signed note
    crypto::VrfProof labelProof;
    QByteArray epochEntry;  //!< the log's last leaf: the map root the checkpoint commits to
    LogProof epochInclusion;
    transparency::PrefixProof mapProof;
    //! The address's latest change (absent when the map proves the address has none).
    QByteArray changeEntry;
    LogProof changeInclusion;
    QByteArray salt;        //!< opens the change's commitment
};

//! What a checked lookup established.
struct VerifiedLookup
{
    transparency::SignedCheckpoint checkpoint;
    transparency::MapLabel label;
    //! The latest change for the address, or nothing when the log holds none.
    std::optional<ChangeEntry> latest;
    std::uint64_t latestIndex = 0;
    QByteArray latestSalt; //!< opens the latest change's commitment
};

//! Checks everything in `evidence` but the state it commits to: the checkpoint, the epoch
//! entry, the label, the map's value, and the latest change's place in the log. For a
//! client that reads an address's history rather than its card. Errors as verifyLookup.
//! With `labels`, a label proof checked before is not checked again (see LabelCache).
[[nodiscard]] Result<VerifiedLookup> verifyLatest(const LookupEvidence &evidence,
                                                  const LogKeys &keys, const QString &identity,
                                                  LabelCache *labels = nullptr);

//! Checks `evidence` for `identity` (normalised), whose state the server served as `state`
//! (empty when it served none): the checkpoint's signature, the epoch entry as its last
//! leaf, the label, the map's value for it, and the latest change's place in the log and
//! commitment to `state`. ProofFailed when the log contradicts the answer (another state,
//! another latest entry, a state served for an address the log has nothing for), the
//! errors of the parts otherwise.
[[nodiscard]] Result<VerifiedLookup> verifyLookup(const LookupEvidence &evidence,
                                                  const LogKeys &keys, const QString &identity,
                                                  QByteArrayView state,
                                                  LabelCache *labels = nullptr);

//! Checks one earlier change of the address `under` was verified for, opened: entry
//! `index` is in `under`'s checkpoint (`inclusion`), is a change of its label no later than
//! the latest, and commits to `state` with `salt`. The change; ProofFailed otherwise.
[[nodiscard]] Result<ChangeEntry> verifyOpenedEntry(const VerifiedLookup &under,
                                                    std::uint64_t index, QByteArrayView entry,
                                                    QByteArrayView salt, QByteArrayView state,
                                                    const LogProof &inclusion);

} // namespace cardinal::protocol::kt
