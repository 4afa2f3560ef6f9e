// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "protocol/ids.h"
#include "protocol/wiretypes.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cardinal::server {

//! A card as the directory keeps it: the countersigned encoding plus what we index by.
struct StoredCard
{
    protocol::CardId id;
    QString identity;
    QByteArray card;      //!< Card::encode(), countersigned
    bool revoked = false;
    qint64 createdAt = 0; //!< server time, seconds
};

//! A device record as the directory keeps it.
struct StoredDevice
{
    protocol::DeviceId id;
    protocol::CardId cardId;
    QByteArray record;     //!< DeviceRecord::encode()
    bool revoked = false;
    QByteArray revocation; //!< the owner's signed revocation statement, once revoked
};

//! One leaf of the key-transparency log as kept (docs/key-transparency.md): its position,
//! its bytes, and for a change the salt and state that open its commitment (both empty for
//! an epoch). The state is what the directory served for the address after the change (its
//! card bundle; empty once it has no card); the server shows it only to those who may look
//! the address up, never in the raw log.
struct StoredLogEntry
{
    qint64 index = 0;
    QByteArray entry;
    QByteArray salt;
    QByteArray state;
    std::optional<protocol::CardId> card; //!< the card in `state`, to find a card's entries

    friend bool operator==(const StoredLogEntry &, const StoredLogEntry &) = default;
};

//! An identity code waiting to be confirmed. Only its keyed hash is stored.
struct PendingCode
{
    QByteArray codeHash;
    qint64 expiresAt = 0; //!< seconds
    int attemptsLeft = 0;
};

using ChannelKind = protocol::ChannelKind;

//! A direct conversation (two members, no owner) or a group.
struct Channel
{
    QByteArray id;       //!< 16 bytes
    ChannelKind kind = ChannelKind::Direct;
    QString name;        //!< groups only
    QString owner;       //!< groups only: the identity that may add and remove members
    QStringList members; //!< identities, sorted
};

//! A message to store: the envelope and the devices it is queued for.
struct NewMessage
{
    QByteArray channelId;
    protocol::CardId senderCard;
    protocol::DeviceId senderDevice;
    QString senderIdentity;
    protocol::MessageId messageId;
    QByteArray envelope;
    qint64 receivedAtMs = 0;
    QList<protocol::DeviceId> queueFor; //!< recipient devices (the sending device excluded)
};

//! Outcome of storeMessage().
struct StoredMessage
{
    qint64 seq = 0;         //!< server-wide order
    int total = 0;          //!< devices it was queued for
    int delivered = 0;      //!< of those, how many acknowledged so far
    bool duplicate = false; //!< the sender had already stored this message id; nothing new
};

//! A message waiting in a device's queue.
struct QueuedMessage
{
    qint64 seq = 0;
    QByteArray channelId;
    QString senderIdentity;
    protocol::MessageId messageId;
    QByteArray envelope;
    qint64 receivedAtMs = 0;
};

//! Outcome of ack(): whose message it was and how far its delivery has come.
struct AckedMessage
{
    protocol::MessageId messageId;
    protocol::CardId senderCard;
    protocol::DeviceId senderDevice;
    int delivered = 0;
    int total = 0;
};

//! Everything the channel server persists, behind one interface so that a PostgreSQL
//! backend can replace SQLite without touching the server logic. Implementations must make
//! each call atomic (one transaction) and durable before returning success: the server
//! acknowledges senders only after storeMessage() returns. Failures are ErrorCode::IoError
//! (the database failed) or InvalidArgument (a constraint the caller should have checked).
//! Identities are passed in canonical form (protocol::normalizeEmail). Not thread-safe:
//! the server uses it from its storage thread only, through AsyncStorage, and an
//! implementation is created on the thread that uses it.
class Storage
{
public:
    virtual ~Storage();

    // Directory.
    //! The identity's active card, if any.
    [[nodiscard]] virtual Result<std::optional<StoredCard>> activeCard(const QString &identity) = 0;
    //! A card by id, active or revoked.
    [[nodiscard]] virtual Result<std::optional<StoredCard>> card(const protocol::CardId &id) = 0;
    //! Stores a newly countersigned card and its first device; the identity's previous
    //! active card (if any) and all its devices become revoked in the same transaction.
    [[nodiscard]] virtual Result<void> publishCard(const StoredCard &card,
                                                   const StoredDevice &firstDevice) = 0;
    //! Marks a card and all its devices revoked.
    [[nodiscard]] virtual Result<void> revokeCard(const protocol::CardId &id) = 0;
    //! A card's devices, in the order they were added.
    [[nodiscard]] virtual Result<QList<StoredDevice>> devices(const protocol::CardId &card,
                                                              bool includeRevoked) = 0;
    [[nodiscard]] virtual Result<std::optional<StoredDevice>> device(const protocol::DeviceId &id) = 0;
    //! Adds a device; InvalidArgument if the id exists already (even revoked: ids are never reused).
    [[nodiscard]] virtual Result<void> addDevice(const StoredDevice &device) = 0;
    [[nodiscard]] virtual Result<void> revokeDevice(const protocol::DeviceId &id,
                                                    const QByteArray &revocation) = 0;

    // Identity codes and validation tokens.
    //! Replaces any pending code for (identity, purpose).
    [[nodiscard]] virtual Result<void> putCode(const QString &identity, const QString &purpose,
                                               const PendingCode &code) = 0;
    [[nodiscard]] virtual Result<std::optional<PendingCode>> code(const QString &identity,
                                                                  const QString &purpose) = 0;
    [[nodiscard]] virtual Result<void> setCodeAttempts(const QString &identity,
                                                       const QString &purpose, int attemptsLeft) = 0;
    [[nodiscard]] virtual Result<void> deleteCode(const QString &identity, const QString &purpose) = 0;
    //! Records a token's nonce as used; false if it had been used already.
    [[nodiscard]] virtual Result<bool> consumeToken(const QByteArray &nonce, qint64 expiresAt) = 0;

    // Key backup.
    [[nodiscard]] virtual Result<void> putBackup(const QString &identity, const QByteArray &blob) = 0;
    [[nodiscard]] virtual Result<std::optional<QByteArray>> backup(const QString &identity) = 0;

    // Channels.
    //! The direct channel between two identities, created on first use.
    [[nodiscard]] virtual Result<Channel> directChannel(const QString &a, const QString &b) = 0;
    //! Creates a group; InvalidArgument if the id exists.
    [[nodiscard]] virtual Result<void> createGroup(const Channel &group) = 0;
    [[nodiscard]] virtual Result<std::optional<Channel>> channel(const QByteArray &id) = 0;
    [[nodiscard]] virtual Result<void> addMember(const QByteArray &channelId, const QString &identity) = 0;
    [[nodiscard]] virtual Result<void> removeMember(const QByteArray &channelId,
                                                    const QString &identity) = 0;
    //! Renames a group; NotFound when there is no such group.
    [[nodiscard]] virtual Result<void> renameGroup(const QByteArray &channelId,
                                                   const QString &name) = 0;
    //! The groups `identity` is a member of.
    [[nodiscard]] virtual Result<QList<Channel>> groupsOf(const QString &identity) = 0;
    //! Every identity that shares a channel (direct or group) with `identity`.
    [[nodiscard]] virtual Result<QStringList> peersOf(const QString &identity) = 0;

    // Messages and queues.
    //! Stores the message and queues it for each device in one transaction. If the sender's
    //! card already stored this message id, returns the earlier record with duplicate=true
    //! and queues nothing (the sender retried after a lost acknowledgement).
    [[nodiscard]] virtual Result<StoredMessage> storeMessage(const NewMessage &message) = 0;
    //! Up to `limit` queued messages for `device` with seq > `afterSeq`, oldest first.
    [[nodiscard]] virtual Result<QList<QueuedMessage>> queue(const protocol::DeviceId &device,
                                                             qint64 afterSeq, int limit) = 0;
    [[nodiscard]] virtual Result<int> queueLength(const protocol::DeviceId &device) = 0;
    //! Removes queued messages of `device` in one transaction (a device acknowledges in
    //! batches, and a commit per message would dominate the server's time). Seqs that were
    //! not queued for it (repeats, foreign acks) are skipped; the result lists the others,
    //! in order. Messages no longer queued for any device are deleted.
    [[nodiscard]] virtual Result<QList<AckedMessage>> ack(const protocol::DeviceId &device,
                                                          const QList<qint64> &seqs) = 0;
    //! ack() of a single message: nothing if it was not queued for `device`.
    [[nodiscard]] Result<std::optional<AckedMessage>> ack(const protocol::DeviceId &device, qint64 seq);
    //! Drops expired codes and token nonces.
    [[nodiscard]] virtual Result<void> purgeExpired(qint64 nowSeconds) = 0;

    // The key-transparency log: append-only, one epoch at a time.
    //! Appends an epoch's entries and the checkpoint signed over the log they complete, in
    //! one transaction. Conflict unless the first index continues the log and the indices
    //! follow each other, or when the checkpoint's size is not the log's new size.
    [[nodiscard]] virtual Result<void> appendLogEpoch(const QList<StoredLogEntry> &entries,
                                                      const QByteArray &checkpoint,
                                                      qint64 checkpointSize) = 0;
    //! Up to `limit` entries from `fromIndex` on, in order, without their states (a
    //! replay of the whole log reads every entry; states are read one address at a time).
    [[nodiscard]] virtual Result<QList<StoredLogEntry>> logEntries(qint64 fromIndex, int limit) = 0;
    //! The entries at `indices`, states included, in the order asked; NotFound if one is
    //! missing.
    [[nodiscard]] virtual Result<QList<StoredLogEntry>>
    logEntriesAt(const QList<qint64> &indices) = 0;
    //! The last entry whose state holds `card`, state included, if any.
    [[nodiscard]] virtual Result<std::optional<StoredLogEntry>>
    latestLogEntryOfCard(const protocol::CardId &card) = 0;
    //! The newest checkpoint, if the log has one.
    [[nodiscard]] virtual Result<std::optional<QByteArray>> latestCheckpoint() = 0;
    //! Up to `limit` checkpoints of sizes in (afterSize, upToSize], smallest first.
    [[nodiscard]] virtual Result<QList<QByteArray>> checkpoints(qint64 afterSize, qint64 upToSize,
                                                                int limit) = 0;
    //! Every identity that has or had a card, to check the log against the directory.
    [[nodiscard]] virtual Result<QStringList> cardIdentities() = 0;
};

} // namespace cardinal::server
