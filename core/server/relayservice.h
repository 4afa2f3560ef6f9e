// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "servercontext.h"
#include "storage.h"

#include <QCborArray>
#include <QHash>

namespace cardinal::server {

//! Channels and store-and-forward: groups, sending envelopes, device queues and acks.
class RelayService
{
public:
    explicit RelayService(ServerContext &context) : m_context(context) {}

    [[nodiscard]] Result<QCborArray> groupCreate(const Caller &caller, const QCborArray &payload);
    [[nodiscard]] Result<QCborArray> groupAdd(const Caller &caller, const QCborArray &payload);
    [[nodiscard]] Result<QCborArray> groupRemove(const Caller &caller, const QCborArray &payload);
    [[nodiscard]] Result<QCborArray> groupRename(const Caller &caller, const QCborArray &payload);
    [[nodiscard]] Result<QCborArray> groupInfo(const Caller &caller, const QCborArray &payload);
    [[nodiscard]] Result<QCborArray> groups(const Caller &caller, const QCborArray &payload);
    //! Stores an envelope for every recipient device (after checking each belongs to a
    //! channel member) before answering [messageId, seq, total, delivered].
    [[nodiscard]] Result<QCborArray> send(const Caller &caller, const QCborArray &payload);
    //! Removes acknowledged messages from the caller's queue; tells senders how far
    //! delivery has come. Payload: [[seq, ...]].
    [[nodiscard]] Result<QCborArray> ack(const Caller &caller, const QCborArray &payload);

    //! Message events for `device`'s queued messages with seq > `afterSeq`, oldest first.
    [[nodiscard]] Result<QList<std::pair<qint64, protocol::Frame>>>
    pendingEvents(const protocol::DeviceId &device, qint64 afterSeq, int limit);

    //! The `message` event that pushes `message` of `channel` to a device: the same for every
    //! device it is queued for.
    [[nodiscard]] static protocol::Frame messageEvent(const Channel &channel,
                                                      const QueuedMessage &message);

private:
    //! A group-add/group-remove payload [groupId, identity]: the caller's group and the
    //! canonical identity.
    struct MembershipRequest
    {
        Channel group;
        QString identity;
    };
    [[nodiscard]] Result<MembershipRequest> membershipRequest(const Caller &caller,
                                                              const QCborArray &payload,
                                                              const QString &what);
    [[nodiscard]] Result<Channel> memberChannel(const Caller &caller, const QByteArray &groupId);
    [[nodiscard]] Result<Channel> resolveTarget(const Caller &caller, const QCborArray &target);
    [[nodiscard]] Result<QSet<protocol::DeviceId>> activeDevicesOf(const QStringList &identities);
    void announceMembership(const Channel &group, const QString &type, const QString &identity,
                            const QString &by);
    [[nodiscard]] Result<Channel> cachedChannel(const QByteArray &id);
    [[nodiscard]] Result<QString> senderIdentity(const protocol::CardId &card);

    ServerContext &m_context;
    QHash<QByteArray, Channel> m_channelCache; //!< kind and direct members never change
    QHash<protocol::CardId, QString> m_cardIdentities; //!< a card's identity never changes
};

} // namespace cardinal::server
