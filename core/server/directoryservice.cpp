// SPDX-License-Identifier: GPL-3.0-or-later
#include "directoryservice.h"

#include "asyncstorage.h"
#include "crypto/keystore.h"
#include "identityverifier.h"
#include "protocol/api/events.h"
#include "protocol/api/session.h"
#include "protocol/cardbundle.h"
#include "protocol/sessionproof.h"
#include "protocol/signing.h"
#include "serverkeys.h"
#include "directoryunits.h"
#include "storage.h"
#include "transparencyservice.h"

#include <QLoggingCategory>

namespace cardinal::server {

Q_LOGGING_CATEGORY(lcDirectory, "cardinal.directory")

using namespace cardinal::protocol;

namespace {

// The lookup answer for a stored card, without its proof.
Result<api::CardLookup> describeCard(const units::CardWithDevices &stored)
{
    auto bundle = units::servedBundle(stored);
    if (!bundle)
        return fail(bundle.error());
    QList<DeviceId> revokedIds;
    for (const StoredDevice &device : stored.devices) {
        if (device.revoked)
            revokedIds.append(device.id);
    }
    return api::CardLookup{bundle->encode(), stored.card.revoked, revokedIds, std::nullopt};
}

// A new device's record, checked against the card it claims to join.
Result<DeviceRecord> checkNewDevice(const CardId &card, const crypto::Ed25519PublicKey &identityKey,
                                    QByteArrayView recordBytes)
{
    auto record = DeviceRecord::decode(recordBytes);
    if (!record)
        return fail(record.error());
    if (auto ok = record->verify(identityKey); !ok)
        return fail(ok.error());
    if (record->content().cardId != card)
        return fail(ErrorCode::BadSignature, QStringLiteral("device record of another card"));
    return record;
}

} // namespace

template<typename Unit, typename Done>
void DirectoryService::store(Unit unit, Done done)
{
    m_context.storage.run(&m_alive, std::move(unit), std::move(done));
}

void DirectoryService::requestCode(const Caller &caller, const api::RequestCode &request,
                                   Answer<api::RequestCode::Reply> reply)
{
    m_context.verifier.requestCode(
        request.identity.toString(), codePurposeName(request.purpose), caller.connectionKey,
        answerWith<qint64>(std::move(reply),
                           [](qint64 expiresIn) { return api::RequestCode::Reply{expiresIn}; }));
}

void DirectoryService::confirmCode(const Caller &, const api::ConfirmCode &request,
                                   Answer<api::ConfirmCode::Reply> reply)
{
    m_context.verifier.confirmCode(
        request.identity.toString(), codePurposeName(request.purpose), request.code,
        answerWith<QByteArray>(std::move(reply),
                               [](QByteArray token) { return api::ConfirmCode::Reply{token}; }));
}

void DirectoryService::publishCard(const Caller &, const api::PublishCard &request,
                                   Answer<api::PublishCard::Reply> reply)
{
    auto bundle = CardBundle::decode(request.cardBundle);
    if (!bundle)
        return reply(fail(bundle.error()));
    if (auto ok = bundle->verify(std::nullopt); !ok)
        return reply(fail(ok.error()));
    if (bundle->devices.size() != 1)
        return reply(
            fail(ErrorCode::InvalidArgument, QStringLiteral("publish exactly one device")));
    // The token is judged here, but its verdict counts only once storage has found nothing
    // else wrong: publishing a card twice is a conflict, whatever the token.
    const QString &identity = bundle->card.content().identity;
    // Only a token for registering publishes a card: one for fetching the key backup on a
    // new device (recover) must not also replace the card.
    auto token = m_context.verifier.checkToken(
        request.token, protocol::codePurposeName(protocol::CodePurpose::Register));
    if (token && token->identity() != identity)
        token = fail(ErrorCode::InvalidToken, QStringLiteral("the token was issued for another address"));

    bundle->card.countersign(m_context.keys.authority);
    const qint64 now = m_context.nowMs() / 1000;
    const StoredCard card{bundle->card.id(), identity, bundle->card.encode(), false, now};
    const DeviceRecord &first = bundle->devices.first();
    const StoredDevice device{first.deviceId(), card.id, first.encode(), false, {}};
    store([card, device, token](Storage &storage) {
              return units::publishCard(storage, card, device, token);
          },
          [this, card, reply = std::move(reply)](Result<units::DirectoryChange> published) {
              if (!published)
                  return reply(fail(published.error()));
              qCInfo(lcDirectory) << "published a card";
              m_context.transparency.record(kt::ChangeKind::CardPublished, card.identity,
                                            published->state);
              announceCardChange(card.identity, card.id, false, published->peers);
              reply(api::PublishCard::Reply{card.card});
              // The replaced card's devices were signed in as a card that is now revoked,
              // so their sessions end as after revoke-card.
              for (const StoredDevice &replaced : std::as_const(published->endedDevices))
                  m_context.events.disconnectDevice(replaced.id, QStringLiteral("card replaced"));
          });
}

void DirectoryService::backupFetch(const Caller &, const api::BackupFetch &request,
                                   Answer<api::BackupFetch::Reply> reply)
{
    auto token = m_context.verifier.checkToken(request.token, wire::PurposeRecover);
    if (!token)
        return reply(fail(token.error()));
    store([token = *token](Storage &storage) { return units::fetchBackup(storage, token); },
        [reply = std::move(reply)](Result<units::Backup> backup) {
            if (!backup)
                return reply(fail(backup.error()));
            auto card = describeCard(backup->card);
            if (!card)
                return reply(fail(card.error()));
            reply(api::BackupFetch::Reply{backup->keystore, std::move(*card)});
        });
}

void DirectoryService::authenticate(const Caller &caller, QByteArrayView challenge,
                                    const QCborArray &payload, Authenticated done)
{
    auto auth = api::Auth::decode(payload);
    if (!auth)
        return done(fail(ErrorCode::Forbidden));
    const protocol::SessionProof proof =
        auth->proof(challenge.toByteArray(), m_context.keys.authority.publicKey());
    store(
        [card = auth->card, device = auth->device](Storage &storage) {
            return units::readSignIn(storage, card, device);
        },
        [this, caller, auth = *auth, proof,
         done = std::move(done)](Result<units::SignInState> state) {
            const auto denied = [&] { done(fail(ErrorCode::Forbidden)); };
            if (!state) {
                qCWarning(lcDirectory)
                    << "cannot read a card to sign in:" << state.error().message();
                return denied();
            }
            if (!state->card || state->card->revoked)
                return denied();
            auto card = Card::decode(state->card->card);
            if (!card)
                return denied();
            const crypto::Ed25519PublicKey &identityKey = card->content().identityKey;
            if (!proof.verify(identityKey, auth.signature))
                return denied();

            Caller authenticated = caller;
            authenticated.authenticated = true;
            authenticated.card = auth.card;
            authenticated.device = auth.device;
            authenticated.identity = state->card->identity;
            authenticated.identityKey = identityKey;
            const std::optional<StoredDevice> &device = state->device;
            if (device && device->cardId == auth.card && !device->revoked)
                return done(authenticated);
            // A device the card does not have yet joins with its signed record.
            if (device || auth.newDeviceRecord.isEmpty())
                return denied(); // unknown without a record, revoked, or another card's
            auto record = checkNewDevice(auth.card, identityKey, auth.newDeviceRecord);
            if (!record || record->deviceId() != auth.device)
                return denied();
            store(
                [identity = authenticated.identity, record = *record](Storage &storage) {
                    return units::addDevice(storage, identity, record);
                },
                [this, authenticated, done](Result<units::DirectoryChange> added) {
                    if (!added)
                        return done(added.error().code == ErrorCode::LimitReached
                                        ? fail(added.error())
                                        : fail(ErrorCode::Forbidden));
                    m_context.transparency.record(kt::ChangeKind::DeviceAdded,
                                                  authenticated.identity, added->state);
                    announceCardChange(authenticated.identity, authenticated.card, false,
                                       added->peers);
                    done(authenticated);
                });
        });
}

void DirectoryService::lookup(const Caller &, const api::Lookup &request,
                              Answer<api::CardLookup> reply)
{
    store(
        [identity = request.identity.toString()](Storage &storage) {
            return units::readCard(storage, storage.activeCard(identity),
                            QStringLiteral("nobody has this identity"));
        },
        [this, reply = std::move(reply)](Result<units::CardWithDevices> card) {
            if (!card)
                return reply(fail(card.error()));
            answerWithProof(*card, std::nullopt, std::move(reply));
        });
}

void DirectoryService::lookupCard(const Caller &, const api::LookupCard &request,
                                  Answer<api::CardLookup> reply)
{
    store([id = request.card](Storage &storage) { return units::readCardById(storage, id); },
          [this, reply = std::move(reply)](Result<units::CardAndEntry> found) {
              if (!found)
                  return reply(fail(found.error()));
              answerWithProof(found->card, std::move(found->lastEntry), std::move(reply));
          });
}

void DirectoryService::answerWithProof(const units::CardWithDevices &card,
                                       std::optional<StoredLogEntry> lastEntry,
                                       Answer<api::CardLookup> reply)
{
    auto described = describeCard(card);
    if (!described)
        return reply(fail(described.error()));
    m_context.transparency.prove(card.card.identity, std::move(lastEntry),
                                 [lookup = std::move(*described),
                                  reply = std::move(reply)](Result<api::KtProof> proof) mutable {
                                     if (!proof)
                                         return reply(fail(proof.error()));
                                     lookup.transparency = std::move(*proof);
                                     reply(std::move(lookup));
                                 });
}

void DirectoryService::addDevice(const Caller &caller, const api::AddDevice &request,
                                 Answer<api::Empty> reply)
{
    auto record = checkNewDevice(caller.card, caller.identityKey, request.deviceRecord);
    if (!record)
        return reply(fail(record.error()));
    store(
        [identity = caller.identity, record = *record](Storage &storage) {
            return units::addDevice(storage, identity, record);
        },
        [this, caller, reply = std::move(reply)](Result<units::DirectoryChange> added) {
            if (!added)
                return reply(fail(added.error()));
            m_context.transparency.record(kt::ChangeKind::DeviceAdded, caller.identity,
                                          added->state);
            announceCardChange(caller.identity, caller.card, false, added->peers);
            reply(api::Empty{});
        });
}

void DirectoryService::revokeDevice(const Caller &caller, const api::RevokeDevice &request,
                                    Answer<api::Empty> reply)
{
    const DeviceId &deviceId = request.device;
    // Checked here, reported only once storage has found the device: nobody learns from
    // the answer whether a device they cannot revoke exists.
    const bool signatureValid = verifyWithContext(caller.identityKey, DeviceRevocationContext,
                                           {caller.card.view(), deviceId.view()},
                                           request.signature);
    store(
        [identity = caller.identity, card = caller.card, deviceId, signatureValid,
         signature = request.signature.toByteArray()](Storage &storage) {
            return units::revokeDevice(storage, identity, card, deviceId, signatureValid,
                                       signature);
        },
        [this, identity = caller.identity, deviceId,
         reply = std::move(reply)](Result<units::DirectoryChange> revoked) {
            if (!revoked)
                return reply(fail(revoked.error()));
            m_context.transparency.record(kt::ChangeKind::DeviceRevoked, identity, revoked->state);
            const protocol::Frame event =
                api::eventFrame(api::DeviceRevokedEvent{storedIdentity(identity), deviceId});
            m_context.events.publishToIdentity(identity, event);
            for (const QString &peer : std::as_const(revoked->peers))
                m_context.events.publishToIdentity(peer, event);
            reply(api::Empty{});
            m_context.events.disconnectDevice(deviceId, QStringLiteral("device revoked"));
        });
}

void DirectoryService::revokeCard(const Caller &caller, const api::RevokeCard &request,
                                  Answer<api::Empty> reply)
{
    if (!verifyWithContext(caller.identityKey, CardRevocationContext, {caller.card.view()},
                           request.signature))
        return reply(fail(ErrorCode::BadSignature, QStringLiteral("revocation signature")));
    store([identity = caller.identity, card = caller.card](
              Storage &storage) { return units::revokeCard(storage, identity, card); },
          [this, caller, reply = std::move(reply)](Result<units::DirectoryChange> revoked) {
              if (!revoked)
                  return reply(fail(revoked.error()));
              m_context.transparency.record(kt::ChangeKind::CardRevoked, caller.identity,
                                            revoked->state);
              announceCardChange(caller.identity, caller.card, true, revoked->peers);
              reply(api::Empty{});
              for (const StoredDevice &device : std::as_const(revoked->endedDevices))
                  m_context.events.disconnectDevice(device.id, QStringLiteral("card revoked"));
          });
}

void DirectoryService::backupStore(const Caller &caller, const api::BackupStore &request,
                                   Answer<api::Empty> reply)
{
    const QByteArray &blob = request.keystore;
    if (blob.size() > m_context.limits.maxBackupBytes)
        return reply(fail(ErrorCode::TooLarge,
                          QStringLiteral("a key backup is at most %1 bytes")
                              .arg(m_context.limits.maxBackupBytes)));
    // Only a well-formed keystore is kept: the server holds ciphertext, never a raw key
    // that a buggy client might upload by mistake.
    if (auto ok = crypto::inspectKeystore(blob); !ok)
        return reply(
            fail(ErrorCode::InvalidArgument, QStringLiteral("backup is not a sealed keystore")));
    store([identity = caller.identity, blob](Storage &storage) {
              return storage.putBackup(identity, blob);
          },
          [reply = std::move(reply)](Result<void> stored) {
              reply(stored ? Result<api::Empty>(api::Empty{}) : fail(stored.error()));
          });
}

void DirectoryService::announceCardChange(const QString &identity, const CardId &card,
                                          bool revoked, const QStringList &peers)
{
    const protocol::Frame event =
        api::eventFrame(api::CardChangedEvent{storedIdentity(identity), card, revoked});
    m_context.events.publishToIdentity(identity, event);
    for (const QString &peer : peers)
        m_context.events.publishToIdentity(peer, event);
}

} // namespace cardinal::server
