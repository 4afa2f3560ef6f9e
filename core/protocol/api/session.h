// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Opening a session: the server's hello and the client's auth (docs/protocol.md, Session).

#include "crypto/keys.h"
#include "protocol/api/schema.h"
#include "protocol/ktlookup.h"
#include "protocol/sessionproof.h"
#include "protocol/wiretypes.h"

namespace cardinal::protocol::api {

//! The longest server name a hello may carry, in UTF-8 bytes (64 characters).
inline constexpr qsizetype MaxServerNameBytes = 256;
//! Bounds of the hello's challenge.
inline constexpr qsizetype MinChallengeBytes = 16;
inline constexpr qsizetype MaxChallengeBytes = 64;
//! The longest key-transparency verifier key (C2SP text: name, key ID, base64 key).
inline constexpr qsizetype MaxNoteKeyTextBytes = 512;

//! `hello` `[protocolVersion, serverName, authorityKey, challenge, ktVerifierKey, ktVrfKey]`:
//! the first frame on every connection. Clients pin `authority` (and the log's keys) and
//! answer `challenge` with an Auth.
struct Hello
{
    static const QString &type() { return wire::Hello; }

    qint64 protocolVersion = WireProtocolVersion;
    QString serverName;
    crypto::Ed25519PublicKey authority;
    QByteArray challenge;
    //! The keys of the server's key-transparency log (since 0.5: fields 4 and 5, the
    //! checkpoints' verifier key as C2SP text and the VRF public key). A client pins them
    //! at first contact, like the authority key.
    std::optional<kt::LogKeys> transparency;

    [[nodiscard]] QCborArray encode() const;
    [[nodiscard]] static Result<Hello> decode(const QCborArray &payload);
};

//! `auth` `[cardId, deviceId, signature, newDeviceRecord / null]` -> `[identity]`.
struct Auth
{
    static const QString &type() { return wire::Auth; }

    CardId card;
    DeviceId device;
    //! The identity key's signature over the SessionProof for this hello.
    crypto::Ed25519Signature signature;
    //! A device joining its card (after a restore): its record, signed by the identity key.
    //! Empty otherwise (null on the wire).
    QByteArray newDeviceRecord;

    //! Signs the proof for `hello`'s challenge and authority with `identityKey`.
    [[nodiscard]] static Auth prove(const Hello &hello, const CardId &card,
                                    const DeviceId &device,
                                    const crypto::Ed25519KeyPair &identityKey,
                                    QByteArray newDeviceRecord = {});
    //! The proof this request claims to answer, for the server to verify.
    [[nodiscard]] SessionProof proof(QByteArray challenge,
                                     const crypto::Ed25519PublicKey &authority) const;

    [[nodiscard]] QCborArray encode() const;
    [[nodiscard]] static Result<Auth> decode(const QCborArray &payload);

    //! The identity the session is now signed in as.
    struct Reply
    {
        Identity identity;

        [[nodiscard]] QCborArray encode() const;
        [[nodiscard]] static Result<Reply> decode(const QCborArray &payload);
    };
};

} // namespace cardinal::protocol::api
