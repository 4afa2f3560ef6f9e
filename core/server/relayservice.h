// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "protocol/api/groups.h"
#include "protocol/api/relay.h"
#include "servercontext.h"
#include "storage.h"

#include <QObject>

#include <memory>

namespace cardinal::server {

namespace units {
class StableFacts;
}

//! Channels and store-and-forward: groups, sending envelopes, device queues and acks. Each
//! handler takes a decoded request (protocol/api) and answers through `reply` once its unit
//! of storage work is done (AsyncStorage): later, from the event loop, and never after the
//! service is destroyed.
class RelayService
{
public:
    explicit RelayService(ServerContext &context);
    ~RelayService();

    void groupCreate(const Caller &caller, const api::GroupCreate &request,
                     Answer<api::GroupCreate::Reply> reply);
    void groupAdd(const Caller &caller, const api::GroupAdd &request, Answer<api::Empty> reply);
    void groupRemove(const Caller &caller, const api::GroupRemove &request,
                     Answer<api::Empty> reply);
    void groupRename(const Caller &caller, const api::GroupRename &request,
                     Answer<api::Empty> reply);
    void groupInfo(const Caller &caller, const api::GroupInfo &request,
                   Answer<api::GroupDescription> reply);
    void groups(const Caller &caller, const api::Groups &request, Answer<api::Groups::Reply> reply);

    //! Stores an envelope for every recipient device (after checking each belongs to a
    //! channel member) before answering, and pushes it to those connected.
    void send(const Caller &caller, const api::Send &request, Answer<api::Send::Reply> reply);
    //! Removes acknowledged messages from the caller's queue; tells senders how far
    //! delivery has come.
    void ack(const Caller &caller, const api::Ack &request, Answer<api::Empty> reply);

    //! Message events of a device's queue: (seq, event), oldest first.
    using PendingEvents = QList<std::pair<qint64, protocol::Frame>>;
    //! Reads up to `limit` of `device`'s queued messages with seq > `afterSeq` and hands
    //! their events to `done`, unless `context` (the device's session) is gone by then.
    void pendingEvents(const protocol::DeviceId &device, qint64 afterSeq, int limit,
                       QObject *context, std::function<void(Result<PendingEvents>)> done);

    //! The `message` event that pushes `message` of `channel` to a device: the same for every
    //! device it is queued for.
    [[nodiscard]] static protocol::Frame messageEvent(const Channel &channel,
                                                      const QueuedMessage &message);

private:
    //! Runs `unit`, which adds or removes `member` and returns the group afterwards, then
    //! tells the members (and a removed member) with an Event and answers.
    template<typename Event, typename Unit>
    void changeMembership(const Caller &caller, const QString &member, Unit unit,
                          Answer<api::Empty> reply);
    //! Runs a unit of storage work for this service (see AsyncStorage::run()).
    template<typename Unit, typename Done>
    void store(Unit unit, Done done);

    ServerContext &m_context;
    //! What never changes once stored (a channel's kind and direct members, a card's
    //! identity), shared with the units that read it.
    std::shared_ptr<units::StableFacts> m_facts;
    QObject m_alive; //!< storage results that arrive after we are gone are dropped
};

} // namespace cardinal::server
