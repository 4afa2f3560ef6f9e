// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "protocol/cardbundle.h"
#include "protocol/devicerecord.h"
#include "protocol/ids.h"
#include "storage.h"
#include "validationtoken.h"

#include <QStringList>

#include <optional>

//! The directory's units of storage work (see AsyncStorage): what DirectoryService reads and
//! writes for each request, as functions of the Storage that run on the storage thread.
//! Each takes its inputs by value and returns what the service needs to answer and to
//! publish. Anything that changes a card also returns whom to tell: everyone who shares a
//! channel with its identity.
namespace cardinal::server::units {

//! A card with all its devices, as a lookup answers it.
struct CardWithDevices
{
    StoredCard card;
    QList<StoredDevice> devices; //!< revoked ones included
};

//! The card `stored` found (NotFound with `notFound` if none) with its devices.
[[nodiscard]] Result<CardWithDevices> readCard(Storage &storage,
                                               const Result<std::optional<StoredCard>> &stored,
                                               const QString &notFound);

//! The bundle the directory serves for a stored card: the card and its active device
//! records. The directory stores only records that passed its checks, but checks grow
//! stricter (keys of small order, since 0.4): a stored record that no longer decodes is left
//! out, so that one bad row does not make the card unreachable. IoError if the card itself
//! does not decode.
[[nodiscard]] Result<protocol::CardBundle> servedBundle(const CardWithDevices &stored);

//! What the directory serves for an address: its active card's bundle (empty when it has
//! none), as the key-transparency log records it.
struct ServedState
{
    QByteArray bundle;
    std::optional<protocol::CardId> card;
};
//! The served state of `identity` now.
[[nodiscard]] Result<ServedState> currentState(Storage &storage, const QString &identity);

//! What a directory change means for connected devices, and for the log.
struct DirectoryChange
{
    QList<StoredDevice> endedDevices; //!< devices of a replaced or revoked card: sign them out
    QStringList peers;                //!< whom to tell
    ServedState state;                //!< the address's state after the change
};

//! Publishes a countersigned card with its first device, spending `token` (as the
//! IdentityVerifier judged it) once nothing else stands in the way; the identity's previous
//! card is replaced. Conflict if the card or device id is taken, before the token's own
//! failure if it has one.
[[nodiscard]] Result<DirectoryChange> publishCard(Storage &storage, const StoredCard &card,
                                                  const StoredDevice &device,
                                                  const Result<ValidationToken> &token);

//! Adds a verified device record to its card if the id is new and the card has room
//! (Conflict, LimitReached).
[[nodiscard]] Result<DirectoryChange> addDevice(Storage &storage, const QString &identity,
                                                const protocol::DeviceRecord &record);

//! Revokes one device of `card` with the owner's `revocation` statement, which
//! `signatureValid` says was verified. NotFound if it is not the card's, Conflict if
//! revoked already, and only then BadSignature.
[[nodiscard]] Result<DirectoryChange>
revokeDevice(Storage &storage, const QString &identity, const protocol::CardId &card,
             const protocol::DeviceId &device, bool signatureValid, const QByteArray &revocation);

//! Revokes a card and all its devices.
[[nodiscard]] Result<DirectoryChange> revokeCard(Storage &storage, const QString &identity,
                                                 const protocol::CardId &card);

//! A session's card and device as they are stored, to check a sign-in against.
struct SignInState
{
    std::optional<StoredCard> card;
    std::optional<StoredDevice> device;
};
[[nodiscard]] Result<SignInState> readSignIn(Storage &storage, const protocol::CardId &card,
                                             const protocol::DeviceId &device);

//! Every address the directory has or had a card for, with its served state: what the
//! key-transparency log must end with (checked when the server starts).
[[nodiscard]] Result<QList<std::pair<QString, ServedState>>> directoryStates(Storage &storage);

//! A card with its devices, and when it is not its address's current card any more, the
//! last log entry whose state held it (none if the log never had it).
struct CardAndEntry
{
    CardWithDevices card;
    std::optional<StoredLogEntry> lastEntry;
};
[[nodiscard]] Result<CardAndEntry> readCardById(Storage &storage, const protocol::CardId &id);

//! A key backup and the card to restore it into.
struct Backup
{
    QByteArray keystore;
    CardWithDevices card;
};
//! Spends a recovery `token` and reads the backup of its identity (NotFound if none).
[[nodiscard]] Result<Backup> fetchBackup(Storage &storage, const ValidationToken &token);

} // namespace cardinal::server::units
