// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "crypto/keys.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>

//! Signed notes, as C2SP specifies them (c2sp.org/signed-note): the envelope of the key-
//! transparency log's checkpoints, so that the tools of the transparency ecosystem (Go's
//! sumdb/note, witnesses, monitors) read and check Cardinal's checkpoints unchanged.
//!
//!     <text, ending in a newline>
//!     <an empty line>
//!     — <key name> <base64(key ID (4 bytes, big-endian) ‖ Ed25519 signature of the text)>
//!     (one line per signature)
//!
//! The key ID is the first four bytes of SHA-256(key name ‖ 0x0A ‖ 0x01 ‖ public key). A
//! verifier knows a key by its name and ID together; signatures from other keys are skipped
//! (witnesses may add theirs), and the first signature from the known key decides. Only
//! Ed25519 (signature type 0x01) is implemented.
//!
//! A verifier key travels as text: `<name>+<key ID, 8 hex digits>+<base64(0x01 ‖ key)>`.
namespace cardinal::transparency {

//! Bounds for hostile input: the whole note, and its signature lines (C2SP asks that at
//! least 16 be accepted; Go's implementation stops at 100).
inline constexpr qsizetype MaxNoteBytes = 64 * 1024;
inline constexpr qsizetype MaxNoteSignatures = 100;

//! One signature line, not yet checked.
struct NoteSignature
{
    QString keyName;
    std::uint32_t keyId = 0;
    QByteArray signature; //!< what follows the key ID: 64 bytes for Ed25519

    friend bool operator==(const NoteSignature &, const NoteSignature &) = default;
};

//! A note split into its text and signature lines; nothing verified yet.
struct SignedNote
{
    QByteArray text; //!< UTF-8, ends with a newline
    QList<NoteSignature> signatures;

    //! MalformedInput for anything the format does not allow (control characters, no
    //! blank line before the signatures, a bad signature line, invalid UTF-8); TooLarge
    //! beyond the bounds above.
    [[nodiscard]] static Result<SignedNote> parse(QByteArrayView note);
    [[nodiscard]] QByteArray encode() const;
};

//! Whether `text` is what a note may carry: UTF-8 without ASCII control characters other
//! than the newline. (Checkpoint texts, which are parsed on their own too, use it as well.)
[[nodiscard]] bool isNoteText(QByteArrayView text);

//! Whether `name` may name a key: non-empty, no Unicode spaces, no '+'.
[[nodiscard]] bool isValidNoteKeyName(const QString &name);

//! The C2SP key ID of an Ed25519 key under `name`.
[[nodiscard]] std::uint32_t ed25519NoteKeyId(const QString &name,
                                             const crypto::Ed25519PublicKey &key);

//! A key that checks notes: its name and Ed25519 public key.
struct NoteVerifier
{
    QString name;
    crypto::Ed25519PublicKey key;

    [[nodiscard]] std::uint32_t keyId() const { return ed25519NoteKeyId(name, key); }

    //! `<name>+<key ID hex>+<base64(0x01 ‖ key)>`; MalformedInput for anything else,
    //! including a key ID that is not the one the name and key give, or a weak key.
    [[nodiscard]] static Result<NoteVerifier> parse(QStringView text);
    [[nodiscard]] QString encode() const;
};

//! The note of `text` signed by `key` under `name`. InvalidArgument when the text is not a
//! valid note text (empty, no final newline, control characters, an empty line) or the
//! name is not a valid key name.
[[nodiscard]] Result<QByteArray> signNote(QByteArrayView text, const QString &name,
                                          const crypto::Ed25519KeyPair &key);

//! The text of `note` once `verifier`'s signature on it checks out. BadSignature when the
//! first signature from that key does not verify, NotFound when the note has none from it,
//! and the parse errors of SignedNote::parse.
[[nodiscard]] Result<QByteArray> openNote(QByteArrayView note, const NoteVerifier &verifier);

} // namespace cardinal::transparency
