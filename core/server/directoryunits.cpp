// SPDX-License-Identifier: GPL-3.0-or-later
#include "directoryunits.h"

#include "identityverifier.h"
#include "protocol/cardbundle.h"

#include <QLoggingCategory>

namespace cardinal::server::units {

Q_LOGGING_CATEGORY(lcDirectoryUnits, "cardinal.directory")

using namespace cardinal::protocol;

namespace {

// Everyone who shares a channel with `identity`, to be told that its card changed. A
// failure to read them is logged, not fatal: the change itself is stored.
QStringList peersToTell(Storage &storage, const QString &identity)
{
    auto peers = storage.peersOf(identity);
    if (!peers) {
        qCWarning(lcDirectoryUnits) << "cannot read whom to tell of a card change:"
                                    << peers.error().message();
        return {};
    }
    return *peers;
}

//! The state after a change, or the change's failure.
Result<DirectoryChange> withState(Storage &storage, const QString &identity, DirectoryChange change)
{
    auto state = currentState(storage, identity);
    if (!state)
        return fail(state.error());
    change.state = std::move(*state);
    return change;
}

} // namespace

Result<CardBundle> servedBundle(const CardWithDevices &stored)
{
    auto card = Card::decode(stored.card.card);
    if (!card)
        return fail(ErrorCode::IoError, QStringLiteral("stored card does not decode"));
    QList<DeviceRecord> active;
    for (const StoredDevice &device : stored.devices) {
        if (device.revoked)
            continue;
        auto record = DeviceRecord::decode(device.record);
        if (!record) {
            qCWarning(lcDirectoryUnits)
                << "leaving out a stored device record that no longer passes:"
                << record.error().message();
            continue;
        }
        active.append(std::move(*record));
    }
    return CardBundle{std::move(*card), std::move(active)};
}

Result<ServedState> currentState(Storage &storage, const QString &identity)
{
    auto active = storage.activeCard(identity);
    if (!active)
        return fail(active.error());
    if (!*active)
        return ServedState{};
    auto card = readCard(storage, *active, QString());
    if (!card)
        return fail(card.error());
    auto bundle = servedBundle(*card);
    if (!bundle)
        return fail(bundle.error());
    return ServedState{bundle->encode(), card->card.id};
}

Result<QList<std::pair<QString, ServedState>>> directoryStates(Storage &storage)
{
    auto identities = storage.cardIdentities();
    if (!identities)
        return fail(identities.error());
    QList<std::pair<QString, ServedState>> out;
    out.reserve(identities->size());
    for (const QString &identity : std::as_const(*identities)) {
        auto state = currentState(storage, identity);
        if (!state)
            return fail(state.error());
        out.append({identity, std::move(*state)});
    }
    return out;
}

Result<CardAndEntry> readCardById(Storage &storage, const CardId &id)
{
    auto card = readCard(storage, storage.card(id), QStringLiteral("no such card"));
    if (!card)
        return fail(card.error());
    CardAndEntry out{std::move(*card), std::nullopt};
    if (out.card.card.revoked) {
        auto entry = storage.latestLogEntryOfCard(id);
        if (!entry)
            return fail(entry.error());
        out.lastEntry = std::move(*entry);
    }
    return out;
}

Result<CardWithDevices> readCard(Storage &storage, const Result<std::optional<StoredCard>> &stored,
                                 const QString &notFound)
{
    if (!stored)
        return fail(stored.error());
    if (!*stored)
        return fail(ErrorCode::NotFound, notFound);
    auto devices = storage.devices((*stored)->id, true);
    if (!devices)
        return fail(devices.error());
    return CardWithDevices{**stored, std::move(*devices)};
}

Result<DirectoryChange> publishCard(Storage &storage, const StoredCard &card,
                                    const StoredDevice &device, const Result<ValidationToken> &token)
{
    // Checked before the token is spent, so a request that cannot succeed costs the user no
    // new code.
    if (auto existing = storage.card(card.id); !existing || *existing)
        return existing ? fail(ErrorCode::Conflict, QStringLiteral("card already published"))
                        : fail(existing.error());
    if (auto existing = storage.device(device.id); !existing || *existing)
        return existing ? fail(ErrorCode::Conflict, QStringLiteral("device id already used"))
                        : fail(existing.error());
    if (!token)
        return fail(token.error());
    if (auto spent = IdentityVerifier::spendToken(storage, *token); !spent)
        return fail(spent.error());
    DirectoryChange change;
    // The card this one replaces: its devices are signed in as a card that is about to be
    // revoked, so their sessions end as after revoke-card.
    auto previous = storage.activeCard(card.identity);
    if (!previous)
        return fail(previous.error());
    if (*previous) {
        auto devices = storage.devices((*previous)->id, false);
        if (!devices)
            return fail(devices.error());
        change.endedDevices = std::move(*devices);
    }
    if (auto ok = storage.publishCard(card, device); !ok)
        return fail(ok.error());
    change.peers = peersToTell(storage, card.identity);
    return withState(storage, card.identity, std::move(change));
}

Result<DirectoryChange> addDevice(Storage &storage, const QString &identity,
                                  const DeviceRecord &record)
{
    const CardId &card = record.content().cardId;
    auto existing = storage.device(record.deviceId());
    if (!existing)
        return fail(existing.error());
    if (*existing)
        return fail(ErrorCode::Conflict, QStringLiteral("device id already used"));
    auto active = storage.devices(card, false);
    if (!active)
        return fail(active.error());
    if (active->size() >= MaxDevicesPerCard)
        return fail(ErrorCode::LimitReached,
                    QStringLiteral("a card has at most %1 devices").arg(MaxDevicesPerCard));
    if (auto ok = storage.addDevice({record.deviceId(), card, record.encode(), false, {}}); !ok)
        return fail(ok.error());
    return withState(storage, identity, {{}, peersToTell(storage, identity), {}});
}

Result<DirectoryChange> revokeDevice(Storage &storage, const QString &identity, const CardId &card,
                                     const DeviceId &deviceId, bool signatureValid,
                                     const QByteArray &revocation)
{
    auto device = storage.device(deviceId);
    if (!device)
        return fail(device.error());
    if (!*device || (*device)->cardId != card)
        return fail(ErrorCode::NotFound, QStringLiteral("no such device on your card"));
    if ((*device)->revoked)
        return fail(ErrorCode::Conflict, QStringLiteral("device already revoked"));
    if (!signatureValid)
        return fail(ErrorCode::BadSignature, QStringLiteral("revocation signature"));
    if (auto ok = storage.revokeDevice(deviceId, revocation); !ok)
        return fail(ok.error());
    return withState(storage, identity, {{}, peersToTell(storage, identity), {}});
}

Result<DirectoryChange> revokeCard(Storage &storage, const QString &identity, const CardId &card)
{
    auto devices = storage.devices(card, false);
    if (!devices)
        return fail(devices.error());
    if (auto ok = storage.revokeCard(card); !ok)
        return fail(ok.error());
    return withState(storage, identity, {std::move(*devices), peersToTell(storage, identity), {}});
}

Result<SignInState> readSignIn(Storage &storage, const CardId &card, const DeviceId &device)
{
    auto storedCard = storage.card(card);
    if (!storedCard)
        return fail(storedCard.error());
    auto storedDevice = storage.device(device);
    if (!storedDevice)
        return fail(storedDevice.error());
    return SignInState{std::move(*storedCard), std::move(*storedDevice)};
}

Result<Backup> fetchBackup(Storage &storage, const ValidationToken &token)
{
    if (auto spent = IdentityVerifier::spendToken(storage, token); !spent)
        return fail(spent.error());
    auto blob = storage.backup(token.identity());
    if (!blob)
        return fail(blob.error());
    if (!*blob)
        return fail(ErrorCode::NotFound, QStringLiteral("no key backup for this identity"));
    // The restoring device is not authenticated yet, so the card it restores into comes
    // along, as a lookup gives it.
    auto card = readCard(storage, storage.activeCard(token.identity()),
                         QStringLiteral("nobody has this identity"));
    if (!card)
        return fail(card.error());
    return Backup{**blob, std::move(*card)};
}

} // namespace cardinal::server::units
