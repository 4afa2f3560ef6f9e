// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "protocol/api/groups.h"
#include "protocol/ids.h"
#include "protocol/wiretypes.h"
#include "storage.h"

#include <QHash>
#include <QMutex>

#include <optional>

//! The relay's units of storage work (see AsyncStorage): what RelayService reads and writes
//! for each request, as functions of the Storage that run on the storage thread. Each takes
//! its inputs by value and returns what the service needs to answer and to publish.
namespace cardinal::server::units {

//! What never changes once stored, kept so that pushing and acknowledging do not read it
//! again: a channel's id, kind and direct members (a group's members do change, so they are
//! not kept) and a card's identity. Bounded; thread-safe, so that units may share it.
class StableFacts
{
public:
    //! The channel `id` without group members; NotFound if there is none.
    [[nodiscard]] Result<Channel> channel(Storage &storage, const QByteArray &id);
    //! The identity whose card `card` is; NotFound if there is none.
    [[nodiscard]] Result<QString> cardIdentity(Storage &storage, const protocol::CardId &card);

private:
    //! `table[key]`, read with `read()` and kept if it was not known yet.
    template<typename Key, typename Value, typename Read>
    [[nodiscard]] Result<Value> remembered(QHash<Key, Value> &table, const Key &key, Read read);

    QMutex m_mutex;
    QHash<QByteArray, Channel> m_channels;
    QHash<protocol::CardId, QString> m_identities;
};

//! The group `groupId` if `identity` is a member. Non-members cannot tell a group they are
//! not in from one that does not exist: both are NotFound.
[[nodiscard]] Result<Channel> memberChannel(Storage &storage, const QString &identity,
                                            const QByteArray &groupId);
//! Creates `group` once every member other than its owner has an active card.
[[nodiscard]] Result<void> createGroup(Storage &storage, const Channel &group);
//! The owner `identity` adds a member; the group afterwards.
[[nodiscard]] Result<Channel> addMember(Storage &storage, const QString &identity,
                                        const protocol::api::GroupAdd &request, int maxMembers);
//! The owner removes a member, or a member leaves; the group afterwards.
[[nodiscard]] Result<Channel> removeMember(Storage &storage, const QString &identity,
                                           const protocol::api::GroupRemove &request);
//! The owner renames the group; the group afterwards, or nothing if the name was the same.
[[nodiscard]] Result<std::optional<Channel>> renameGroup(Storage &storage, const QString &identity,
                                                         const QByteArray &groupId,
                                                         const QString &name);

//! A message on its way in, with what the sender's session knows.
struct OutgoingMessage
{
    QString senderIdentity;
    protocol::CardId senderCard;
    protocol::DeviceId senderDevice;
    protocol::SendTarget target;
    protocol::MessageId messageId;
    QList<protocol::DeviceId> recipients; //!< from the envelope's header
    QByteArray envelope;
    qint64 receivedAtMs = 0;
    int maxQueuedPerDevice = 0;
};

//! Where a message went.
struct StoredOutgoing
{
    Channel channel;
    StoredMessage message;
    QList<protocol::DeviceId> queuedFor; //!< the recipients but the sending device
};

//! Resolves the target (a direct channel is created on first use), checks that every
//! recipient is an active device of a member and has room in its queue, and stores the
//! message for them.
[[nodiscard]] Result<StoredOutgoing> storeOutgoing(Storage &storage,
                                                   const OutgoingMessage &message);

//! An acknowledged message and whom to tell.
struct Delivery
{
    AckedMessage message;
    QString sender;
};

//! Removes `seqs` from `device`'s queue; the messages that were in it, with their senders.
[[nodiscard]] Result<QList<Delivery>> acknowledge(Storage &storage, StableFacts &facts,
                                                  const protocol::DeviceId &device,
                                                  const QList<qint64> &seqs);

//! Up to `limit` messages queued for `device` after `afterSeq`, each with its channel.
[[nodiscard]] Result<QList<std::pair<Channel, QueuedMessage>>>
readQueue(Storage &storage, StableFacts &facts, const protocol::DeviceId &device, qint64 afterSeq,
          int limit);

} // namespace cardinal::server::units
