// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1StringView>
#include <QString>
#include <QStringList>

namespace cardinal::client {

//! Why a message could not be opened here, waits, or was given up: a fact the core records
//! and every program says in its own language (the app through ui::Wording::failureReason(),
//! the CLI through its catalogue, logs and JSON through failureTextEnglish()), so that no
//! English sentence of the core ends up in a translated screen.
//!
//! The numbers are stored (see encodeFailureReason()); never renumber. A kind says which
//! details it carries; the others carry none.
enum class FailureKind : quint8 {
    //! A reason without a kind of its own: details [the reason as English text]. Rows written
    //! before reasons were typed (Cardinal 0.1) read back as this, with their sentence.
    Other = 0,

    // Why an incoming message could not be opened (MessageState::Undecryptable).
    NotForThisDevice = 1,    //!< the envelope names no device of ours
    DamagedOrAltered = 2,    //!< it does not decrypt: damaged on the way, or altered
    MalformedEnvelope = 3,   //!< the bytes are not an envelope at all
    UnsupportedVersion = 4,  //!< a format or algorithm this version does not implement
    SenderMismatch = 5,      //!< the server names one sender, the signed card another:
                             //!< details [the server's sender, the card's identity]
    UnknownSenderDevice = 6, //!< sent from a device that is not on the sender's card
    BadSignature = 7,        //!< the sender's signature does not verify
    WrongConversation = 8,   //!< delivered to another conversation than the sender signed
    SenderCardUnusable = 9,  //!< the sender's card cannot be had or does not check out:
                             //!< details [why, in English]

    // Why an outgoing message waits (MessageState::Held) or was given up (Failed).
    KeyChanged = 32,            //!< Held: a verified contact's key changed: details [who, ...]
    NoDeviceToSendTo = 33,      //!< no recipient has a device to encrypt to
    EncryptionFailed = 34,      //!< the envelope could not be sealed: details [why, in English]
    RefusedByServer = 35,       //!< the server refused it: details [the server's words]
    NotInGroup = 36,            //!< we are not a member of the group (any more)
    RecipientUnknown = 37,      //!< nobody has a card for the recipient: details [who]
    RecipientRevoked = 38,      //!< the recipient's card was revoked: details [who]
    RecipientCardUnusable = 39, //!< the card shown for the recipient does not check out:
                                //!< details [who, why in English]

    // Why a message that went out did not go to everyone (with MessageState::Stored or
    // Delivered): the others got it.
    RecipientsLeftOut = 40, //!< group members (or devices) it was not encrypted to: details
                            //!< [who, why in English, who, why, ...]
};

//! Bounds on a reason's details, so that a stored reason stays small whatever a server
//! said: make() cuts to them, and a stored reason beyond them is refused as damaged.
inline constexpr qsizetype MaxFailureDetails = 8;
inline constexpr qsizetype MaxFailureDetailBytes = 1024;
//! The most bytes decodeFailureReason() reads: a typed reason within the bounds above, or
//! the English sentence an older version stored.
inline constexpr qsizetype MaxStoredFailureBytes = 16 * 1024;
static_assert(MaxFailureDetails * (MaxFailureDetailBytes + 3) + 8 < MaxStoredFailureBytes);

//! Why a message is Undecryptable, Held or Failed: a kind, and the words its sentence names
//! (identities, or English text from elsewhere such as a server's refusal).
struct FailureReason
{
    FailureKind kind = FailureKind::Other;
    QStringList details; //!< as the kind says; at most MaxFailureDetails

    //! A reason of `kind` within the bounds: at most MaxFailureDetails details, each cut to
    //! MaxFailureDetailBytes of UTF-8 (at a character boundary), control characters turned
    //! into spaces. What every writer uses, so a stored reason always encodes.
    [[nodiscard]] static FailureReason make(FailureKind kind, QStringList details = {});

    friend bool operator==(const FailureReason &, const FailureReason &) = default;
};

//! A stable lowercase name of `kind` for scripts and JSON ("not-for-this-device",
//! "key-changed", ...; "other" for Other).
[[nodiscard]] QLatin1StringView failureName(FailureKind kind);
//! The reason as an English clause that can follow "not sent:" or "could not decrypt:"
//! ("it was not encrypted for this device"), for logs, JSON and wherever no translation is
//! at hand. Not for the UI: it says the kind in its own language.
[[nodiscard]] QString failureTextEnglish(const FailureReason &reason);

//! The version byte of the stored form. UTF-8 text never contains 0xF5..0xFF, so it tells a
//! typed reason from the English text of older versions by its first byte; a later encoding
//! takes another byte of that range.
inline constexpr char FailureEncodingV1 = char(0xFF);

//! The stored form of `reason` (sealed in the profile database's messages.failure):
//!
//!     0xFF || canonical CBOR [kind: uint, [detail: tstr, ...]]
//!
//! InvalidArgument when `reason` is beyond the bounds (one made by make() never is).
[[nodiscard]] Result<QByteArray> encodeFailureReason(const FailureReason &reason);
//! Reads what encodeFailureReason() wrote, or the English UTF-8 sentence an older version
//! stored, which reads as Other with that sentence. The bytes are treated as hostile:
//! CorruptFile when they are empty or more than MaxStoredFailureBytes, not UTF-8 and not our
//! version byte, or a typed form that is not canonical, has an unknown kind (like an
//! unknown message state), or breaks a bound.
[[nodiscard]] Result<FailureReason> decodeFailureReason(QByteArrayView stored);

} // namespace cardinal::client
