// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Key transparency on the wire (docs/protocol.md, "Key transparency";
// docs/key-transparency.md): the proof that comes with every directory answer, and the
// requests that read the log. The log's own formats (entries, proofs as bytes) are in
// protocol/ktformats.h; each travels here as a byte string in that format.

#include "protocol/api/schema.h"
#include "protocol/ktlookup.h"
#include "protocol/wiretypes.h"

#include <optional>

namespace cardinal::protocol::api {

//! The most entries one `kt-history` answer carries; a client asks again from the last.
inline constexpr qsizetype MaxKtHistoryEntries = 64;
//! The most entries one `kt-entries` answer carries.
inline constexpr qsizetype MaxKtEntriesPerRequest = 1024;

//! A lookup's evidence (kt::LookupEvidence): `[checkpoint, labelProof, epochEntry,
//! epochInclusion, mapProof, changeEntry / null, changeInclusion / null, salt / null]`.
[[nodiscard]] QCborArray encodeEvidence(const kt::LookupEvidence &evidence);
[[nodiscard]] Result<kt::LookupEvidence> decodeEvidence(const QCborValue &value);

//! One change entry of the log with what opens it: `[index, entry, salt, state,
//! inclusion]`, the state being the address's card bundle after the change (empty once it
//! had none) and the inclusion proof against the checkpoint it comes with.
struct KtOpenedEntry
{
    quint64 index = 0;
    QByteArray entry;
    QByteArray salt;
    QByteArray state;
    kt::LogProof inclusion;

    [[nodiscard]] QCborArray encode() const;
    [[nodiscard]] static Result<KtOpenedEntry> decode(const QCborValue &value);
};

//! What a `lookup` or `lookup-card` answer proves about the card's address
//! (CardLookup's fourth field): `[evidence, pendingSeconds / null, cardEntry / null]`.
struct KtProof
{
    //! The address's latest state under the newest checkpoint.
    kt::LookupEvidence evidence;
    //! Set when the address changed since that checkpoint: the served card is not in the
    //! log yet, and the next checkpoint, due in about this many seconds, will hold it.
    std::optional<qint64> pendingSeconds;
    //! For a card that is no longer its address's current one (`lookup-card` of a replaced
    //! or revoked card): the last entry whose state held it.
    std::optional<KtOpenedEntry> cardEntry;

    [[nodiscard]] QCborArray encode() const;
    [[nodiscard]] static Result<KtProof> decode(const QCborValue &value);
};

//! `kt-checkpoint` `[]` -> `[checkpoint]`: the newest signed checkpoint. Allowed before
//! authentication, for auditors and witnesses.
struct KtCheckpoint
{
    static const QString &type() { return wire::KtCheckpoint; }

    [[nodiscard]] QCborArray encode() const { return {}; }
    [[nodiscard]] static Result<KtCheckpoint> decode(const QCborArray &payload);

    struct Reply
    {
        QByteArray checkpoint;

        [[nodiscard]] QCborArray encode() const;
        [[nodiscard]] static Result<Reply> decode(const QCborArray &payload);
    };
};

//! `kt-consistency` `[fromSize, toSize]` -> `[proof]`: that the log of `toSize` entries
//! extends the log of `fromSize` entries (a log proof with first = fromSize, size =
//! toSize). Both sizes are those of checkpoints the asker holds, signed; the proof is all
//! that is missing. Allowed before authentication. InvalidArgument (bad-frame) unless
//! 1 <= fromSize <= toSize <= the log's size.
struct KtConsistency
{
    static const QString &type() { return wire::KtConsistency; }

    quint64 fromSize = 0;
    quint64 toSize = 0;

    [[nodiscard]] QCborArray encode() const;
    [[nodiscard]] static Result<KtConsistency> decode(const QCborArray &payload);

    struct Reply
    {
        kt::LogProof proof;

        [[nodiscard]] QCborArray encode() const;
        [[nodiscard]] static Result<Reply> decode(const QCborArray &payload);
    };
};

//! `kt-history` `[identity, sinceVersion]` -> `[evidence, [openedEntry...]]`: the address's
//! entries with a version above `sinceVersion`, oldest first, at most MaxKtHistoryEntries,
//! each opened and proven against the evidence's checkpoint. The evidence gives the latest
//! version, so the client knows whether to ask again. For monitoring one's own address and
//! for a contact's key history. Allowed before authentication: a person whose card was
//! replaced behind their back can no longer sign in, and must still see by whom.
struct KtHistory
{
    static const QString &type() { return wire::KtHistory; }

    Identity identity;
    quint64 sinceVersion = 0;

    [[nodiscard]] QCborArray encode() const;
    [[nodiscard]] static Result<KtHistory> decode(const QCborArray &payload);

    struct Reply
    {
        kt::LookupEvidence evidence;
        QList<KtOpenedEntry> entries;

        [[nodiscard]] QCborArray encode() const;
        [[nodiscard]] static Result<Reply> decode(const QCborArray &payload);
    };
};

//! `kt-entries` `[from, count]` -> `[[entry...], [checkpoint...]]`: raw log entries from
//! index `from` (at most `count`, at most MaxKtEntriesPerRequest, fewer at the log's end),
//! and the signed checkpoints whose sizes fall in (from, from + entries returned]. For
//! auditors replaying the log; allowed before authentication. Entries hide their
//! addresses and states.
struct KtEntries
{
    static const QString &type() { return wire::KtEntries; }

    quint64 from = 0;
    qint64 count = 0;

    [[nodiscard]] QCborArray encode() const;
    [[nodiscard]] static Result<KtEntries> decode(const QCborArray &payload);

    struct Reply
    {
        QList<QByteArray> entries;
        QList<QByteArray> checkpoints;

        [[nodiscard]] QCborArray encode() const;
        [[nodiscard]] static Result<Reply> decode(const QCborArray &payload);
    };
};

} // namespace cardinal::protocol::api
