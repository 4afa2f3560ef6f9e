// SPDX-License-Identifier: GPL-3.0-or-later
#include "directoryservice.h"

#include "crypto/keystore.h"
#include "identityverifier.h"
#include "protocol/cardbundle.h"
#include "protocol/api/events.h"
#include "protocol/api/session.h"
#include "protocol/sessionproof.h"
#include "protocol/signing.h"
#include "serverkeys.h"
#include "storage.h"

#include <QLoggingCategory>

namespace cardinal::server {

Q_LOGGING_CATEGORY(lcDirectory, "cardinal.directory")

using namespace cardinal::protocol;

namespace {

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

void DirectoryService::requestCode(const Caller &caller, const api::RequestCode &request,
                                   Answer<api::RequestCode::Reply> reply)
{
    m_context.verifier.requestCode(request.identity.toString(), codePurposeName(request.purpose),
                                   caller.connectionKey,
                                   [reply = std::move(reply)](Result<qint64> expiresIn) {
                                       if (!expiresIn)
                                           return reply(fail(expiresIn.error()));
                                       reply(api::RequestCode::Reply{*expiresIn});
                                   });
}

Result<api::ConfirmCode::Reply> DirectoryService::confirmCode(const Caller &,
                                                              const api::ConfirmCode &request)
{
    auto token = m_context.verifier.confirmCode(request.identity.toString(),
                                                codePurposeName(request.purpose), request.code);
    if (!token)
        return fail(token.error());
    return api::ConfirmCode::Reply{*token};
}

Result<api::PublishCard::Reply> DirectoryService::publishCard(const Caller &,
                                                              const api::PublishCard &request)
{
    auto bundle = CardBundle::decode(request.cardBundle);
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

    auto validation = m_context.verifier.redeemToken(request.token, QString());
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
    return api::PublishCard::Reply{card.card};
}

Result<api::BackupFetch::Reply> DirectoryService::backupFetch(const Caller &,
                                                              const api::BackupFetch &request)
{
    auto validation = m_context.verifier.redeemToken(request.token, wire::PurposeRecover);
    if (!validation)
        return fail(validation.error());
    auto blob = m_context.storage.backup(validation->identity());
    if (!blob)
        return fail(blob.error());
    if (!*blob)
        return fail(ErrorCode::NotFound, QStringLiteral("no key backup for this identity"));
    // The restoring device is not authenticated yet, so the card it restores into comes
    // along, as a lookup gives it.
    auto card = activeCardOf(validation->identity());
    if (!card)
        return fail(card.error());
    return api::BackupFetch::Reply{**blob, std::move(*card)};
}

Result<Caller> DirectoryService::authenticate(const Caller &caller, QByteArrayView challenge,
                                              const QCborArray &payload)
{
    const auto denied = [] { return fail(ErrorCode::Forbidden); };
    auto auth = api::Auth::decode(payload);
    if (!auth)
        return denied();
    const CardId &cardId = auth->card;
    const DeviceId &deviceId = auth->device;
    const QByteArray &newRecord = auth->newDeviceRecord;
    auto stored = m_context.storage.card(cardId);
    if (!stored || !*stored || (*stored)->revoked)
        return denied();
    auto card = Card::decode((*stored)->card);
    if (!card)
        return denied();
    const crypto::Ed25519PublicKey &identityKey = card->content().identityKey;
    const protocol::SessionProof proof =
        auth->proof(challenge.toByteArray(), m_context.keys.authority.publicKey());
    if (!proof.verify(identityKey, auth->signature))
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

Result<api::CardLookup> DirectoryService::activeCardOf(const QString &identity)
{
    auto stored = m_context.storage.activeCard(identity);
    if (!stored)
        return fail(stored.error());
    if (!*stored)
        return fail(ErrorCode::NotFound, QStringLiteral("nobody has this identity"));
    return lookupCard({}, api::LookupCard{(*stored)->id});
}

Result<api::CardLookup> DirectoryService::lookup(const Caller &, const api::Lookup &request)
{
    return activeCardOf(request.identity.toString());
}

Result<api::CardLookup> DirectoryService::lookupCard(const Caller &,
                                                     const api::LookupCard &request)
{
    const CardId &id = request.card;
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
    QList<DeviceId> revokedIds;
    for (const StoredDevice &device : *all) {
        if (device.revoked)
            revokedIds.append(device.id);
        else
            active.append(device);
    }
    auto records = decodeDevices(active);
    if (!records)
        return fail(records.error());
    const CardBundle bundle{std::move(*card), std::move(*records)};
    return api::CardLookup{bundle.encode(), (*stored)->revoked, revokedIds};
}

Result<api::Empty> DirectoryService::addDevice(const Caller &caller,
                                               const api::AddDevice &request)
{
    const QByteArray &record = request.deviceRecord;
    auto card = sessionCard(m_context.storage, caller.card);
    if (!card)
        return fail(card.error());
    if (auto ok = storeNewDevice(caller.card, card->content().identityKey, record); !ok)
        return fail(ok.error());
    announceCardChange(caller.identity, caller.card, false);
    return api::Empty{};
}

Result<api::Empty> DirectoryService::revokeDevice(const Caller &caller,
                                                  const api::RevokeDevice &request)
{
    const DeviceId &deviceId = request.device;
    const crypto::Ed25519Signature &signature = request.signature;
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
    const protocol::Frame event = api::eventFrame(
        api::DeviceRevokedEvent{storedIdentity(caller.identity), deviceId});
    m_context.events.publishToIdentity(caller.identity, event);
    if (auto peers = m_context.storage.peersOf(caller.identity))
        for (const QString &peer : *peers)
            m_context.events.publishToIdentity(peer, event);
    m_context.events.disconnectDevice(deviceId, QStringLiteral("device revoked"));
    return api::Empty{};
}

Result<api::Empty> DirectoryService::revokeCard(const Caller &caller,
                                                const api::RevokeCard &request)
{
    const crypto::Ed25519Signature &signature = request.signature;
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
    return api::Empty{};
}

Result<api::Empty> DirectoryService::backupStore(const Caller &caller,
                                                 const api::BackupStore &request)
{
    const QByteArray &blob = request.keystore;
    if (blob.size() > m_context.limits.maxBackupBytes)
        return fail(ErrorCode::TooLarge,
                    QStringLiteral("a key backup is at most %1 bytes")
                        .arg(m_context.limits.maxBackupBytes));
    // Only a well-formed keystore is kept: the server holds ciphertext, never a raw key
    // that a buggy client might upload by mistake.
    if (auto ok = crypto::inspectKeystore(blob); !ok)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("backup is not a sealed keystore"));
    if (auto ok = m_context.storage.putBackup(caller.identity, blob); !ok)
        return fail(ok.error());
    return api::Empty{};
}

void DirectoryService::announceCardChange(const QString &identity, const CardId &card, bool revoked)
{
    const protocol::Frame event = api::eventFrame(
        api::CardChangedEvent{storedIdentity(identity), card, revoked});
    m_context.events.publishToIdentity(identity, event);
    if (auto peers = m_context.storage.peersOf(identity))
        for (const QString &peer : *peers)
            m_context.events.publishToIdentity(peer, event);
}

} // namespace cardinal::server
