// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "merkle.h"
#include "signednote.h"

#include <QStringList>

//! Checkpoints of the key-transparency log, as C2SP specifies them (c2sp.org/tlog-checkpoint):
//! the text of a signed note (signednote.h) that states the log's size and root.
//!
//!     <origin>                  the log's unique name, e.g. "chat.example.org/cardinal-kt"
//!     <size>                    leaves in the tree, decimal, no leading zeros
//!     <root>                    base64 of the RFC 9162 root hash (merkle.h)
//!     <extension line>...       optional, each non-empty
//!
//! The log's key signs it under the key name = origin. A checkpoint is a promise: whoever
//! holds two signed checkpoints of one log can demand a consistency proof between them, and
//! two of the same size with different roots are proof that the log forked.
namespace cardinal::transparency {

//! Bounds for hostile input.
inline constexpr qsizetype MaxCheckpointOriginBytes = 255;
inline constexpr qsizetype MaxCheckpointExtensions = 16;

struct Checkpoint
{
    QString origin;
    std::uint64_t size = 0;
    MerkleHash root;
    QStringList extensions;

    //! The note text. InvalidArgument for an origin or extension the format cannot carry.
    [[nodiscard]] Result<QByteArray> text() const;
    //! MalformedInput for anything else than the lines above (a size with a leading zero or
    //! over 2^63 - 1, a root that is not 32 bytes of canonical base64, an empty line).
    [[nodiscard]] static Result<Checkpoint> parse(QByteArrayView text);

    friend bool operator==(const Checkpoint &, const Checkpoint &) = default;
};

//! A checkpoint with the exact note that carried it: the note is the evidence to keep and
//! show when the log is caught lying.
struct SignedCheckpoint
{
    Checkpoint checkpoint;
    QByteArray note;

    //! Signs `checkpoint` with the log's key under the key name = its origin.
    [[nodiscard]] static Result<SignedCheckpoint> sign(const Checkpoint &checkpoint,
                                                       const crypto::Ed25519KeyPair &logKey);
    //! Checks `note` with the log's verifier (whose name must be the checkpoint's origin)
    //! and reads the checkpoint in it. Errors as openNote() and Checkpoint::parse();
    //! BadSignature when the origin is not the verifier's name.
    [[nodiscard]] static Result<SignedCheckpoint> open(QByteArrayView note,
                                                       const NoteVerifier &log);
};

} // namespace cardinal::transparency
