// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory.h"

#include "crypto/keystore.h"
#include "protocol/cardbundle.h"
#include "protocol/devicerecord.h"
#include "protocol/wirefields.h"

namespace cardinal::protocol::api {

namespace {

QString replyName(const QString &type)
{
    return type + QStringLiteral(" reply");
}

CodePurpose purposeAt(CborFields &fields, qsizetype index)
{
    const auto purpose = codePurposeFromName(fields.text(index, 16));
    if (!purpose)
        fields.reject(QStringLiteral("field %1 is not a code purpose").arg(index));
    return purpose.value_or(CodePurpose::Register);
}

constexpr qsizetype MaxKeystoreFieldBytes = qsizetype(crypto::MaxKeystoreBytes);
// A card's revoked devices: every device id it ever had.
constexpr qsizetype MaxRevokedDevices = MaxDevicesPerCard * 64;

} // namespace

QCborArray CardLookup::encode() const
{
    QCborArray out{cardBundle, revoked, fixedListToCbor(revokedDevices)};
    if (transparency)
        out.append(transparency->encode());
    return out;
}

Result<CardLookup> CardLookup::decode(const QCborArray &payload)
{
    return readTolerant<CardLookup>(payload, QStringLiteral("card lookup"), 3, [&](auto &f) {
        CardLookup lookup{f.bytes(0, 1, MaxCardBundleBytes), f.boolean(1),
                          fixedListAt<DeviceId>(f, 2, MaxRevokedDevices), std::nullopt};
        if (payload.size() > 3 && !f.isNull(3)) {
            Result<KtProof> proof = KtProof::decode(payload.at(3));
            if (proof)
                lookup.transparency = std::move(*proof);
            else
                f.reject(QStringLiteral("field 3: ") + proof.error().message());
        }
        return lookup;
    });
}

QCborArray RequestCode::encode() const
{
    return {identity.toString(), codePurposeName(purpose)};
}

Result<RequestCode> RequestCode::decode(const QCborArray &payload)
{
    return readRequest<RequestCode>(payload, 2, [](auto &f) {
        return RequestCode{identityAt(f, 0), purposeAt(f, 1)};
    });
}

QCborArray RequestCode::Reply::encode() const
{
    return {expiresInSeconds};
}

Result<RequestCode::Reply> RequestCode::Reply::decode(const QCborArray &payload)
{
    return readTolerant<Reply>(payload, replyName(type()), 1,
                               [](auto &f) { return Reply{f.integer(0, 0, INT32_MAX)}; });
}

QCborArray ConfirmCode::encode() const
{
    return {identity.toString(), codePurposeName(purpose), code};
}

Result<ConfirmCode> ConfirmCode::decode(const QCborArray &payload)
{
    return readRequest<ConfirmCode>(payload, 3, [](auto &f) {
        return ConfirmCode{identityAt(f, 0), purposeAt(f, 1), f.text(2, MaxCodeBytes)};
    });
}

QCborArray ConfirmCode::Reply::encode() const
{
    return {token};
}

Result<ConfirmCode::Reply> ConfirmCode::Reply::decode(const QCborArray &payload)
{
    return readTolerant<Reply>(payload, replyName(type()), 1,
                               [](auto &f) { return Reply{f.bytes(0, 1, MaxTokenBytes)}; });
}

QCborArray PublishCard::encode() const
{
    return {token, cardBundle};
}

Result<PublishCard> PublishCard::decode(const QCborArray &payload)
{
    return readRequest<PublishCard>(payload, 2, [](auto &f) {
        return PublishCard{f.bytes(0, 1, MaxTokenBytes), f.bytes(1, 1, MaxCardBundleBytes)};
    });
}

QCborArray PublishCard::Reply::encode() const
{
    return {countersignedCard};
}

Result<PublishCard::Reply> PublishCard::Reply::decode(const QCborArray &payload)
{
    return readTolerant<Reply>(payload, replyName(type()), 1,
                               [](auto &f) { return Reply{f.bytes(0, 1, MaxCardBytes)}; });
}

QCborArray BackupFetch::encode() const
{
    return {token};
}

Result<BackupFetch> BackupFetch::decode(const QCborArray &payload)
{
    return readRequest<BackupFetch>(payload, 1,
                                    [](auto &f) { return BackupFetch{f.bytes(0, 1, MaxTokenBytes)}; });
}

QCborArray BackupFetch::Reply::encode() const
{
    QCborArray out{keystore};
    for (const QCborValue &field : card.encode())
        out.append(field);
    return out;
}

Result<BackupFetch::Reply> BackupFetch::Reply::decode(const QCborArray &payload)
{
    CborFields fields(payload, replyName(type()), 4, CborFields::Trailing::Ignore);
    const QByteArray keystore = fields.bytes(0, 1, MaxKeystoreFieldBytes);
    if (auto ok = fields.status(); !ok)
        return fail(ok.error());
    QCborArray rest;
    for (qsizetype i = 1; i < payload.size(); ++i)
        rest.append(payload.at(i));
    auto card = CardLookup::decode(rest);
    if (!card)
        return fail(card.error());
    return Reply{keystore, std::move(*card)};
}

QCborArray Lookup::encode() const
{
    return {identity.toString()};
}

Result<Lookup> Lookup::decode(const QCborArray &payload)
{
    return readRequest<Lookup>(payload, 1, [](auto &f) { return Lookup{identityAt(f, 0)}; });
}

QCborArray LookupCard::encode() const
{
    return {card.toByteArray()};
}

Result<LookupCard> LookupCard::decode(const QCborArray &payload)
{
    return readRequest<LookupCard>(payload, 1,
                                   [](auto &f) { return LookupCard{f.template fixed<CardId>(0)}; });
}

QCborArray AddDevice::encode() const
{
    return {deviceRecord};
}

Result<AddDevice> AddDevice::decode(const QCborArray &payload)
{
    return readRequest<AddDevice>(
        payload, 1, [](auto &f) { return AddDevice{f.bytes(0, 1, MaxDeviceRecordBytes)}; });
}

QCborArray RevokeDevice::encode() const
{
    return {device.toByteArray(), signature.toByteArray()};
}

Result<RevokeDevice> RevokeDevice::decode(const QCborArray &payload)
{
    return readRequest<RevokeDevice>(payload, 2, [](auto &f) {
        return RevokeDevice{f.template fixed<DeviceId>(0),
                            f.template fixed<crypto::Ed25519Signature>(1)};
    });
}

QCborArray RevokeCard::encode() const
{
    return {signature.toByteArray()};
}

Result<RevokeCard> RevokeCard::decode(const QCborArray &payload)
{
    return readRequest<RevokeCard>(payload, 1, [](auto &f) {
        return RevokeCard{f.template fixed<crypto::Ed25519Signature>(0)};
    });
}

QCborArray BackupStore::encode() const
{
    return {keystore};
}

Result<BackupStore> BackupStore::decode(const QCborArray &payload)
{
    return readRequest<BackupStore>(
        payload, 1, [](auto &f) { return BackupStore{f.bytes(0, 1, MaxKeystoreFieldBytes)}; });
}

} // namespace cardinal::protocol::api
