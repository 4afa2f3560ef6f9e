// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "envelope.h"

#include <QCborArray>
#include <QString>

#include <optional>

namespace cardinal::protocol {

//! Version of the client-server protocol, announced in the server's hello event.
inline constexpr qint64 WireProtocolVersion = 1;
//! The largest frame either side accepts: a maximal envelope plus routing fields.
inline constexpr qsizetype MaxFrameBytes = MaxEnvelopeBytes + 4096;
//! Request ids are chosen by the client; 0 is reserved for errors about unparseable frames.
inline constexpr quint64 MaxRequestId = (quint64(1) << 53) - 1;

//! What a frame is. Every WebSocket binary message carries exactly one frame.
enum class FrameKind : quint8 {
    Request = 0,  //!< client -> server; answered by a Response or an Error with the same id
    Response = 1, //!< server -> client; success
    Error = 2,    //!< server -> client; failure of the request with this id (0: unparseable)
    Event = 3,    //!< server -> client; pushed without a request (id 0)
};

//! Why a request failed, as named on the wire (`type` of an Error frame). Authentication
//! failures are one code, saying nothing about which step failed.
enum class WireError {
    BadFrame,        //!< "bad-frame": not a frame, or fields of the wrong shape
    UnknownType,     //!< "unknown-type": no such request
    Unauthenticated, //!< "unauthenticated": authenticate first, or authentication failed
    Forbidden,       //!< "forbidden": authenticated, but not allowed to do this
    NotFound,        //!< "not-found"
    Conflict,        //!< "conflict": e.g. the device already exists
    RateLimited,     //!< "rate-limited": slow down
    TooLarge,        //!< "too-large": a size or count limit
    LimitReached,    //!< "limit-reached": e.g. a recipient's queue is full
    InvalidCode,     //!< "invalid-code": wrong code (attempts remain)
    CodeExpired,     //!< "code-expired": no valid code (expired, used up, or never sent)
    InvalidToken,    //!< "invalid-token": validation token bad, expired or already used
    BadSignature,    //!< "bad-signature": a card, record or statement fails to verify
    Internal,        //!< "internal": the server failed; nothing was changed
};

[[nodiscard]] QString wireErrorName(WireError error);
[[nodiscard]] std::optional<WireError> wireErrorFromName(QStringView name);

//! One frame: [kind, id, type, payload], canonical CBOR. `payload` is a positional array
//! whose layout depends on `type` (see docs/protocol.md). For Error frames, `type` is the
//! WireError name and the payload is [message].
struct Frame
{
    FrameKind kind = FrameKind::Request;
    quint64 id = 0;
    QString type;
    QCborArray payload;

    [[nodiscard]] static Frame request(quint64 id, const QString &type, QCborArray payload = {});
    [[nodiscard]] static Frame response(quint64 id, const QString &type, QCborArray payload = {});
    [[nodiscard]] static Frame error(quint64 id, WireError error, const QString &message);
    [[nodiscard]] static Frame event(const QString &type, QCborArray payload = {});

    //! For Error frames: the error code, if it is one we know.
    [[nodiscard]] std::optional<WireError> wireError() const;
    //! For Error frames: the human-readable message.
    [[nodiscard]] QString errorMessage() const;

    [[nodiscard]] QByteArray encode() const;
    //! Parses a frame from outside. MalformedInput / TooLarge; the payload's own fields are
    //! checked by whoever handles the type.
    [[nodiscard]] static Result<Frame> decode(QByteArrayView bytes);
};

//! Request, response and event type names. One place, so client and server cannot drift.
namespace wire {
// Before authentication.
inline const QString RequestCode = QStringLiteral("request-code");
inline const QString ConfirmCode = QStringLiteral("confirm-code");
inline const QString PublishCard = QStringLiteral("publish-card");
inline const QString Auth = QStringLiteral("auth");
inline const QString BackupFetch = QStringLiteral("backup-fetch");
inline const QString KtCheckpoint = QStringLiteral("kt-checkpoint");
inline const QString KtConsistency = QStringLiteral("kt-consistency");
inline const QString KtEntries = QStringLiteral("kt-entries");
inline const QString KtHistory = QStringLiteral("kt-history");
// After authentication.
inline const QString Lookup = QStringLiteral("lookup");
inline const QString LookupCard = QStringLiteral("lookup-card");
inline const QString AddDevice = QStringLiteral("add-device");
inline const QString RevokeDevice = QStringLiteral("revoke-device");
inline const QString RevokeCard = QStringLiteral("revoke-card");
inline const QString BackupStore = QStringLiteral("backup-store");
inline const QString GroupCreate = QStringLiteral("group-create");
inline const QString GroupAdd = QStringLiteral("group-add");
inline const QString GroupRemove = QStringLiteral("group-remove");
inline const QString GroupRename = QStringLiteral("group-rename");
inline const QString GroupInfo = QStringLiteral("group-info");
inline const QString Groups = QStringLiteral("groups");
inline const QString Send = QStringLiteral("send");
inline const QString Ack = QStringLiteral("ack");
// Events.
inline const QString Hello = QStringLiteral("hello");
inline const QString Message = QStringLiteral("message");
inline const QString Delivery = QStringLiteral("delivery");
inline const QString CardChanged = QStringLiteral("card-changed");
inline const QString DeviceRevoked = QStringLiteral("device-revoked");
inline const QString MemberAdded = QStringLiteral("member-added");
inline const QString MemberRemoved = QStringLiteral("member-removed");
inline const QString GroupRenamed = QStringLiteral("group-renamed");
//! Every message queued for the device when it authenticated has been pushed (payload: the
//! seq of the last one, 0 if none). Sent once per connection; since protocol 0.3.
inline const QString BacklogEnd = QStringLiteral("backlog-end");

//! Whether a request of `type` may be made before the session is authenticated (the
//! registration and recovery steps, and `auth` itself). The one table of it: the client
//! queues everything else until it is online, and the server refuses it with
//! `unauthenticated`.
[[nodiscard]] bool allowedBeforeAuthentication(QStringView type);

// Purposes of an identity code.
inline const QString PurposeRegister = QStringLiteral("register");
inline const QString PurposeRecover = QStringLiteral("recover");
} // namespace wire

//! Signature contexts (see signing.h) for statements an identity key makes to the server.
//! Session proof (made and checked only by SessionProof, protocol/sessionproof.h).
inline constexpr QByteArrayView SessionProofContext = "Cardinal session v1";
//! Device revocation, parts: card id, device id.
inline constexpr QByteArrayView DeviceRevocationContext = "Cardinal revoke device v1";
//! Card revocation, parts: card id.
inline constexpr QByteArrayView CardRevocationContext = "Cardinal revoke card v1";

} // namespace cardinal::protocol
