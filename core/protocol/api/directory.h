// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Registration, recovery, the card directory, devices and the key backup
// (docs/protocol.md, Requests).

#include "crypto/keys.h"
#include "protocol/api/schema.h"
#include "protocol/api/transparency.h"
#include "protocol/wiretypes.h"

namespace cardinal::protocol::api {

//! The longest code a person types (codes are 8 digits; room for separators).
inline constexpr qsizetype MaxCodeBytes = 16;
//! The largest validation token the server mints or accepts.
inline constexpr qsizetype MaxTokenBytes = 1024;

//! A card as the directory gives it (`lookup`, `lookup-card`, and inside `backup-fetch`):
//! `[cardBundle, cardRevoked, [revokedDeviceId, ...], ktProof]`. The bundle holds the active
//! devices only; the client verifies it against the pinned authority key, and against the
//! key-transparency log with the proof, before using it. A server without a log (before
//! 0.5) sends three fields; `backup-fetch` carries no proof.
struct CardLookup
{
    QByteArray cardBundle;
    bool revoked = false;
    QList<DeviceId> revokedDevices;
    std::optional<KtProof> transparency;

    [[nodiscard]] QCborArray encode() const;
    [[nodiscard]] static Result<CardLookup> decode(const QCborArray &payload);
};

//! `request-code` `[identity, purpose]` -> `[expiresInSeconds]`.
struct RequestCode
{
    static const QString &type() { return wire::RequestCode; }

    Identity identity;
    CodePurpose purpose = CodePurpose::Register;

    [[nodiscard]] QCborArray encode() const;
    [[nodiscard]] static Result<RequestCode> decode(const QCborArray &payload);

    struct Reply
    {
        qint64 expiresInSeconds = 0;

        [[nodiscard]] QCborArray encode() const;
        [[nodiscard]] static Result<Reply> decode(const QCborArray &payload);
    };
};

//! `confirm-code` `[identity, purpose, code]` -> `[token]`.
struct ConfirmCode
{
    static const QString &type() { return wire::ConfirmCode; }

    Identity identity;
    CodePurpose purpose = CodePurpose::Register;
    QString code;

    [[nodiscard]] QCborArray encode() const;
    [[nodiscard]] static Result<ConfirmCode> decode(const QCborArray &payload);

    //! A validation token for publish-card (register) or backup-fetch (recover).
    struct Reply
    {
        QByteArray token;

        [[nodiscard]] QCborArray encode() const;
        [[nodiscard]] static Result<Reply> decode(const QCborArray &payload);
    };
};

//! `publish-card` `[token, cardBundle]` -> `[countersignedCard]`. The bundle holds exactly
//! one device; the card replaces (revokes) the identity's previous one.
struct PublishCard
{
    static const QString &type() { return wire::PublishCard; }

    QByteArray token;
    QByteArray cardBundle;

    [[nodiscard]] QCborArray encode() const;
    [[nodiscard]] static Result<PublishCard> decode(const QCborArray &payload);

    struct Reply
    {
        QByteArray countersignedCard;

        [[nodiscard]] QCborArray encode() const;
        [[nodiscard]] static Result<Reply> decode(const QCborArray &payload);
    };
};

//! `backup-fetch` `[token]` -> `[keystore, cardBundle, cardRevoked, [revokedDeviceId, ...]]`:
//! the sealed key backup and the identity's active card, for a device being restored.
struct BackupFetch
{
    static const QString &type() { return wire::BackupFetch; }

    QByteArray token;

    [[nodiscard]] QCborArray encode() const;
    [[nodiscard]] static Result<BackupFetch> decode(const QCborArray &payload);

    struct Reply
    {
        QByteArray keystore;
        CardLookup card;

        [[nodiscard]] QCborArray encode() const;
        [[nodiscard]] static Result<Reply> decode(const QCborArray &payload);
    };
};

//! `lookup` `[identity]` -> CardLookup: the identity's active card.
struct Lookup
{
    static const QString &type() { return wire::Lookup; }
    using Reply = CardLookup;

    Identity identity;

    [[nodiscard]] QCborArray encode() const;
    [[nodiscard]] static Result<Lookup> decode(const QCborArray &payload);
};

//! `lookup-card` `[cardId]` -> CardLookup: one card by id, also a revoked one.
struct LookupCard
{
    static const QString &type() { return wire::LookupCard; }
    using Reply = CardLookup;

    CardId card;

    [[nodiscard]] QCborArray encode() const;
    [[nodiscard]] static Result<LookupCard> decode(const QCborArray &payload);
};

//! `add-device` `[deviceRecord]` -> `[]`: a record signed by the session's identity key.
struct AddDevice
{
    static const QString &type() { return wire::AddDevice; }
    using Reply = Empty;

    QByteArray deviceRecord;

    [[nodiscard]] QCborArray encode() const;
    [[nodiscard]] static Result<AddDevice> decode(const QCborArray &payload);
};

//! `revoke-device` `[deviceId, signature]` -> `[]`. The signature: DeviceRevocationContext
//! over the session's card id and `device`.
struct RevokeDevice
{
    static const QString &type() { return wire::RevokeDevice; }
    using Reply = Empty;

    DeviceId device;
    crypto::Ed25519Signature signature;

    [[nodiscard]] QCborArray encode() const;
    [[nodiscard]] static Result<RevokeDevice> decode(const QCborArray &payload);
};

//! `revoke-card` `[signature]` -> `[]`. The signature: CardRevocationContext over the
//! session's card id.
struct RevokeCard
{
    static const QString &type() { return wire::RevokeCard; }
    using Reply = Empty;

    crypto::Ed25519Signature signature;

    [[nodiscard]] QCborArray encode() const;
    [[nodiscard]] static Result<RevokeCard> decode(const QCborArray &payload);
};

//! `backup-store` `[keystore]` -> `[]`: the identity key sealed under a backup passphrase
//! (ciphertext only; the server's own limit, 64 KiB by default, applies).
struct BackupStore
{
    static const QString &type() { return wire::BackupStore; }
    using Reply = Empty;

    QByteArray keystore;

    [[nodiscard]] QCborArray encode() const;
    [[nodiscard]] static Result<BackupStore> decode(const QCborArray &payload);
};

} // namespace cardinal::protocol::api
