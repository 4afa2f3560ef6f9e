// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "protocol/api/groups.h"
#include "protocol/api/relay.h"
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

    [[nodiscard]] Result<api::GroupCreate::Reply> groupCreate(const Caller &caller,
                                                              const api::GroupCreate &request);
    [[nodiscard]] Result<api::Empty> groupAdd(const Caller &caller, const api::GroupAdd &request);
    [[nodiscard]] Result<api::Empty> groupRemove(const Caller &caller,
                                                 const api::GroupRemove &request);
    [[nodiscard]] Result<api::Empty> groupRename(const Caller &caller,
                                                 const api::GroupRename &request);
    [[nodiscard]] Result<api::GroupDescription> groupInfo(const Caller &caller,
                                                          const api::GroupInfo &request);
    [[nodiscard]] Result<api::Groups::Reply> groups(const Caller &caller, const api::Groups &);

    //! Stores an envelope for every recipient device (after checking each belongs to a
    //! channel member) before answering.
    [[nodiscard]] Result<api::Send::Reply> send(const Caller &caller, const api::Send &request);
    //! Removes acknowledged messages from the caller's queue; tells senders how far
    //! delivery has come.
    [[nodiscard]] Result<api::Empty> ack(const Caller &caller, const api::Ack &request);

    //! Message events for `device`'s queued messages with seq > `afterSeq`, oldest first.
    [[nodiscard]] Result<QList<std::pair<qint64, protocol::Frame>>>
    pendingEvents(const protocol::DeviceId &device, qint64 afterSeq, int limit);

    //! The `message` event that pushes `message` of `channel` to a device: the same for every
    //! device it is queued for.
    [[nodiscard]] static protocol::Frame messageEvent(const Channel &channel,
                                                      const QueuedMessage &message);

private:
    [[nodiscard]] Result<Channel> memberChannel(const Caller &caller, const QByteArray &groupId);
    [[nodiscard]] Result<Channel> resolveTarget(const Caller &caller,
                                                const protocol::SendTarget &target);
    [[nodiscard]] Result<QSet<protocol::DeviceId>> activeDevicesOf(const QStringList &identities);
    //! Tells the members (and a removed member) that `identity` joined or left.
    template<typename Event>
    void announceMembership(const Channel &group, const QString &identity, const QString &by);
    [[nodiscard]] Result<Channel> cachedChannel(const QByteArray &id);
    [[nodiscard]] Result<QString> senderIdentity(const protocol::CardId &card);

    ServerContext &m_context;
    QHash<QByteArray, Channel> m_channelCache; //!< kind and direct members never change
    QHash<protocol::CardId, QString> m_cardIdentities; //!< a card's identity never changes
};

} // namespace cardinal::server
