// SPDX-License-Identifier: GPL-3.0-or-later
#include "directoryservice.h"

#include "crypto/keystore.h"
#include "identityverifier.h"
#include "protocol/cardbundle.h"
#include "protocol/cborfields.h"
#include "protocol/sessionproof.h"
#include "protocol/signing.h"
#include "serverkeys.h"
#include "storage.h"

#include <QLoggingCategory>

namespace cardinal::server {

Q_LOGGING_CATEGORY(lcDirectory, "cardinal.directory")

using namespace cardinal::protocol;

namespace {

constexpr qsizetype MaxPurposeBytes = 16;
constexpr qsizetype MaxCodeBytes = 16;
constexpr qsizetype MaxTokenBytes = 1024;

Result<QString> identityField(CborFields &fields, qsizetype index)
{
    const QString raw = fields.text(index, MaxEmailBytes + 8);
    if (auto ok = fields.status(); !ok)
        return fail(ok.error());
    return normalizeEmail(raw);
}

Result<QString> purposeField(CborFields &fields, qsizetype index)
{
    const QString purpose = fields.text(index, MaxPurposeBytes);
    if (auto ok = fields.status(); !ok)
        return fail(ok.error());
    if (purpose != wire::PurposeRegister && purpose != wire::PurposeRecover)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("unknown purpose"));
    return purpose;
}

// The active devices of a card, decoded; the directory only ever stores verified records.
Result<QList<DeviceRecord>> decodeDevices(const QList<StoredDevice> &stored)
{
    QList<DeviceRecord> records;
    for (const StoredDevice &device : stored) {
        auto record = DeviceRecord::decode(device.record);
        if (!record)
            return fail(ErrorCode::IoError, QStringLiteral("stored device record does not decode"));
        records.append(std::move(*record));
    }
    return records;
}

// The card a session is bound to. It was active when the session authenticated; a
// revocation since then closed the session, so a missing card means storage trouble.
Result<Card> sessionCard(Storage &storage, const CardId &id)
{
    auto stored = storage.card(id);
    if (!stored)
        return fail(stored.error());
    if (!*stored)
        return fail(ErrorCode::IoError, QStringLiteral("session card vanished"));
    return Card::decode((*stored)->card);
}

} // namespace

void DirectoryService::requestCode(const Caller &caller, const QCborArray &payload,
                                   ServiceReply reply)
{
    CborFields fields(payload, QStringLiteral("request-code"), 2);
    auto identity = identityField(fields, 0);
    if (!identity)
        return reply(fail(identity.error()));
    auto purpose = purposeField(fields, 1);
    if (!purpose)
        return reply(fail(purpose.error()));
    m_context.verifier.requestCode(*identity, *purpose, caller.connectionKey,
                                   [reply = std::move(reply)](Result<qint64> expiresIn) {
                                       if (!expiresIn)
                                           return reply(fail(expiresIn.error()));
                                       reply(QCborArray{*expiresIn});
                                   });
}

Result<QCborArray> DirectoryService::confirmCode(const Caller &, const QCborArray &payload)
{
    CborFields fields(payload, QStringLiteral("confirm-code"), 3);
    auto identity = identityField(fields, 0);
    if (!identity)
        return fail(identity.error());
    auto purpose = purposeField(fields, 1);
    if (!purpose)
        return fail(purpose.error());
    const QString code = fields.text(2, MaxCodeBytes);
    if (auto ok = fields.status(); !ok)
        return fail(ok.error());
    auto token = m_context.verifier.confirmCode(*identity, *purpose, code);
    if (!token)
        return fail(token.error());
    return QCborArray{*token};
}

Result<QCborArray> DirectoryService::publishCard(const Caller &, const QCborArray &payload)
{
    CborFields fields(payload, QStringLiteral("publish-card"), 2);
    const QByteArray token = fields.bytes(0, 1, MaxTokenBytes);
    const QByteArray bundleBytes = fields.bytes(1, 1, MaxCardBundleBytes);
    if (auto ok = fields.status(); !ok)
        return fail(ok.error());
    auto bundle = CardBundle::decode(bundleBytes);
    if (!bundle)
        return fail(bundle.error());
    if (auto ok = bundle->verify(std::nullopt); !ok)
        return fail(ok.error());
    if (bundle->devices.size() != 1)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("publish exactly one device"));
    // Checked before the token is spent, so a malformed request costs the user no new code.
    if (auto existing = m_context.storage.card(bundle->card.id()); !existing || *existing)
        return existing ? fail(ErrorCode::Conflict, QStringLiteral("card already published"))
                        : fail(existing.error());
    if (auto existing = m_context.storage.device(bundle->devices.first().deviceId());
        !existing || *existing)
        return existing ? fail(ErrorCode::Conflict, QStringLiteral("device id already used"))
                        : fail(existing.error());

    auto validation = m_context.verifier.redeemToken(token, QString());
    if (!validation)
        return fail(validation.error());
    const QString &identity = bundle->card.content().identity;
    if (validation->identity() != identity)
        return fail(ErrorCode::InvalidToken, QStringLiteral("token is for another identity"));

    // The card this one replaces: its devices are signed in as a card that is about to be
    // revoked, so their sessions end as after revoke-card.
    auto previous = m_context.storage.activeCard(identity);
    if (!previous)
        return fail(previous.error());
    QList<StoredDevice> replacedDevices;
    if (*previous) {
        auto devices = m_context.storage.devices((*previous)->id, false);
        if (!devices)
            return fail(devices.error());
        replacedDevices = std::move(*devices);
    }

    bundle->card.countersign(m_context.keys.authority);
    const qint64 now = m_context.nowMs() / 1000;
    const StoredCard card{bundle->card.id(), identity, bundle->card.encode(), false, now};
    const DeviceRecord &first = bundle->devices.first();
    const StoredDevice device{first.deviceId(), card.id, first.encode(), false, {}};
    if (auto ok = m_context.storage.publishCard(card, device); !ok)
        return fail(ok.error());
    qCInfo(lcDirectory) << "published a card";
    announceCardChange(identity, card.id, false);
    for (const StoredDevice &replaced : std::as_const(replacedDevices))
        m_context.events.disconnectDevice(replaced.id, QStringLiteral("card replaced"));
    return QCborArray{card.card};
}

Result<QCborArray> DirectoryService::backupFetch(const Caller &, const QCborArray &payload)
{
    CborFields fields(payload, QStringLiteral("backup-fetch"), 1);
    const QByteArray token = fields.bytes(0, 1, MaxTokenBytes);
    if (auto ok = fields.status(); !ok)
        return fail(ok.error());
    auto validation = m_context.verifier.redeemToken(token, wire::PurposeRecover);
    if (!validation)
        return fail(validation.error());
    auto blob = m_context.storage.backup(validation->identity());
    if (!blob)
        return fail(blob.error());
    if (!*blob)
        return fail(ErrorCode::NotFound, QStringLiteral("no key backup for this identity"));
    // The restoring device is not authenticated yet, so the card it restores into comes
    // along: [backup, then the lookup response for the identity].
    auto card = lookup({}, QCborArray{validation->identity()});
    if (!card)
        return fail(card.error());
    QCborArray response{**blob};
    for (const QCborValue &field : *card)
        response.append(field);
    return response;
}

Result<Caller> DirectoryService::authenticate(const Caller &caller, QByteArrayView challenge,
                                              const QCborArray &payload)
{
    const auto denied = [] { return fail(ErrorCode::Forbidden); };
    CborFields fields(payload, QStringLiteral("auth"), 4);
    const CardId cardId = fields.fixed<CardId>(0);
    const DeviceId deviceId = fields.fixed<DeviceId>(1);
    const auto signature = fields.fixed<crypto::Ed25519Signature>(2);
    const QByteArray newRecord = fields.isNull(3) ? QByteArray() : fields.bytes(3, 1, MaxDeviceRecordBytes);
    if (!fields.status())
        return denied();
    auto stored = m_context.storage.card(cardId);
    if (!stored || !*stored || (*stored)->revoked)
        return denied();
    auto card = Card::decode((*stored)->card);
    if (!card)
        return denied();
    const crypto::Ed25519PublicKey &identityKey = card->content().identityKey;
    const protocol::SessionProof proof{challenge.toByteArray(), m_context.keys.authority.publicKey(),
                                       cardId, deviceId};
    if (!proof.verify(identityKey, signature))
        return denied();

    auto device = m_context.storage.device(deviceId);
    if (!device)
        return fail(device.error());
    const bool active = *device && (*device)->cardId == cardId && !(*device)->revoked;
    if (!active) {
        if (*device || newRecord.isEmpty())
            return denied(); // unknown without a record, revoked, or another card's
        auto record = DeviceRecord::decode(newRecord);
        if (!record || record->deviceId() != deviceId)
            return denied();
        if (auto ok = storeNewDevice(cardId, identityKey, newRecord); !ok)
            return ok.error().code == ErrorCode::LimitReached ? fail(ok.error()) : denied();
        announceCardChange((*stored)->identity, cardId, false);
    }
    Caller authenticated = caller;
    authenticated.authenticated = true;
    authenticated.card = cardId;
    authenticated.device = deviceId;
    authenticated.identity = (*stored)->identity;
    return authenticated;
}

Result<void> DirectoryService::storeNewDevice(const CardId &card,
                                              const crypto::Ed25519PublicKey &identityKey,
                                              QByteArrayView recordBytes)
{
    auto record = DeviceRecord::decode(recordBytes);
    if (!record)
        return fail(record.error());
    if (auto ok = record->verify(identityKey); !ok)
        return ok;
    if (record->content().cardId != card)
        return fail(ErrorCode::BadSignature, QStringLiteral("device record of another card"));
    auto existing = m_context.storage.device(record->deviceId());
    if (!existing)
        return fail(existing.error());
    if (*existing)
        return fail(ErrorCode::Conflict, QStringLiteral("device id already used"));
    auto active = m_context.storage.devices(card, false);
    if (!active)
        return fail(active.error());
    if (active->size() >= MaxDevicesPerCard)
        return fail(ErrorCode::LimitReached,
                    QStringLiteral("a card has at most %1 devices").arg(MaxDevicesPerCard));
    return m_context.storage.addDevice({record->deviceId(), card, record->encode(), false, {}});
}

Result<QCborArray> DirectoryService::lookup(const Caller &, const QCborArray &payload)
{
    CborFields fields(payload, QStringLiteral("lookup"), 1);
    auto identity = identityField(fields, 0);
    if (!identity)
        return fail(identity.error());
    auto stored = m_context.storage.activeCard(*identity);
    if (!stored)
        return fail(stored.error());
    if (!*stored)
        return fail(ErrorCode::NotFound, QStringLiteral("nobody has this identity"));
    return lookupCard({}, QCborArray{(*stored)->id.toByteArray()});
}

Result<QCborArray> DirectoryService::lookupCard(const Caller &, const QCborArray &payload)
{
    CborFields fields(payload, QStringLiteral("lookup-card"), 1);
    const CardId id = fields.fixed<CardId>(0);
    if (auto ok = fields.status(); !ok)
        return fail(ok.error());
    auto stored = m_context.storage.card(id);
    if (!stored)
        return fail(stored.error());
    if (!*stored)
        return fail(ErrorCode::NotFound, QStringLiteral("no such card"));
    auto card = Card::decode((*stored)->card);
    auto all = m_context.storage.devices(id, true);
    if (!card || !all)
        return fail(ErrorCode::IoError, QStringLiteral("stored card does not decode"));
    QList<StoredDevice> active;
    QCborArray revokedIds;
    for (const StoredDevice &device : *all) {
        if (device.revoked)
            revokedIds.append(device.id.toByteArray());
        else
            active.append(device);
    }
    auto records = decodeDevices(active);
    if (!records)
        return fail(records.error());
    const CardBundle bundle{std::move(*card), std::move(*records)};
    return QCborArray{bundle.encode(), (*stored)->revoked, revokedIds};
}

Result<QCborArray> DirectoryService::addDevice(const Caller &caller, const QCborArray &payload)
{
    CborFields fields(payload, QStringLiteral("add-device"), 1);
    const QByteArray record = fields.bytes(0, 1, MaxDeviceRecordBytes);
    if (auto ok = fields.status(); !ok)
        return fail(ok.error());
    auto card = sessionCard(m_context.storage, caller.card);
    if (!card)
        return fail(card.error());
    if (auto ok = storeNewDevice(caller.card, card->content().identityKey, record); !ok)
        return fail(ok.error());
    announceCardChange(caller.identity, caller.card, false);
    return QCborArray{};
}

Result<QCborArray> DirectoryService::revokeDevice(const Caller &caller, const QCborArray &payload)
{
    CborFields fields(payload, QStringLiteral("revoke-device"), 2);
    const DeviceId deviceId = fields.fixed<DeviceId>(0);
    const auto signature = fields.fixed<crypto::Ed25519Signature>(1);
    if (auto ok = fields.status(); !ok)
        return fail(ok.error());
    auto device = m_context.storage.device(deviceId);
    if (!device)
        return fail(device.error());
    if (!*device || (*device)->cardId != caller.card)
        return fail(ErrorCode::NotFound, QStringLiteral("no such device on your card"));
    if ((*device)->revoked)
        return fail(ErrorCode::Conflict, QStringLiteral("device already revoked"));
    auto card = sessionCard(m_context.storage, caller.card);
    if (!card)
        return fail(card.error());
    if (!verifyWithContext(card->content().identityKey, DeviceRevocationContext,
                           {caller.card.view(), deviceId.view()}, signature))
        return fail(ErrorCode::BadSignature, QStringLiteral("revocation signature"));
    if (auto ok = m_context.storage.revokeDevice(deviceId, signature.toByteArray()); !ok)
        return fail(ok.error());
    const protocol::Frame event = protocol::Frame::event(
        wire::DeviceRevoked, {caller.identity, deviceId.toByteArray()});
    m_context.events.publishToIdentity(caller.identity, event);
    if (auto peers = m_context.storage.peersOf(caller.identity))
        for (const QString &peer : *peers)
            m_context.events.publishToIdentity(peer, event);
    m_context.events.disconnectDevice(deviceId, QStringLiteral("device revoked"));
    return QCborArray{};
}

Result<QCborArray> DirectoryService::revokeCard(const Caller &caller, const QCborArray &payload)
{
    CborFields fields(payload, QStringLiteral("revoke-card"), 1);
    const auto signature = fields.fixed<crypto::Ed25519Signature>(0);
    if (auto ok = fields.status(); !ok)
        return fail(ok.error());
    auto card = sessionCard(m_context.storage, caller.card);
    if (!card)
        return fail(card.error());
    if (!verifyWithContext(card->content().identityKey, CardRevocationContext, {caller.card.view()},
                           signature))
        return fail(ErrorCode::BadSignature, QStringLiteral("revocation signature"));
    auto devices = m_context.storage.devices(caller.card, false);
    if (!devices)
        return fail(devices.error());
    if (auto ok = m_context.storage.revokeCard(caller.card); !ok)
        return fail(ok.error());
    announceCardChange(caller.identity, caller.card, true);
    for (const StoredDevice &device : *devices)
        m_context.events.disconnectDevice(device.id, QStringLiteral("card revoked"));
    return QCborArray{};
}

Result<QCborArray> DirectoryService::backupStore(const Caller &caller, const QCborArray &payload)
{
    CborFields fields(payload, QStringLiteral("backup-store"), 1);
    const QByteArray blob = fields.bytes(0, 1, m_context.limits.maxBackupBytes);
    if (auto ok = fields.status(); !ok)
        return fail(ok.error());
    // Only a well-formed keystore is kept: the server holds ciphertext, never a raw key
    // that a buggy client might upload by mistake.
    if (auto ok = crypto::inspectKeystore(blob); !ok)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("backup is not a sealed keystore"));
    if (auto ok = m_context.storage.putBackup(caller.identity, blob); !ok)
        return fail(ok.error());
    return QCborArray{};
}

void DirectoryService::announceCardChange(const QString &identity, const CardId &card, bool revoked)
{
    const protocol::Frame event =
        protocol::Frame::event(wire::CardChanged, {identity, card.toByteArray(), revoked});
    m_context.events.publishToIdentity(identity, event);
    if (auto peers = m_context.storage.peersOf(identity))
        for (const QString &peer : *peers)
            m_context.events.publishToIdentity(peer, event);
}

} // namespace cardinal::server
