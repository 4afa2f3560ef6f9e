// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the server pushes without being asked (besides the hello, in session.h). Clients
// ignore event types they do not know, and fields appended to those they do.

#include "protocol/api/schema.h"
#include "protocol/wiretypes.h"

namespace cardinal::protocol::api {

//! `message` `[seq, channelKind, channelId, directMembers, sender, envelope, receivedAtMs]`:
//! one envelope from this device's queue (or sent just now).
struct MessageEvent
{
    static const QString &type() { return wire::Message; }

    qint64 seq = 0;
    ChannelKind channelKind = ChannelKind::Direct;
    ChannelId channelId;
    //! A direct channel's two identities; empty for a group.
    QList<Identity> directMembers;
    Identity sender;
    QByteArray envelope;
    qint64 receivedAtMs = 0;

    //! A group's id, when the channel is a group (its channel id is the group id).
    [[nodiscard]] GroupId groupId() const;

    [[nodiscard]] QCborArray encode() const;
    [[nodiscard]] static Result<MessageEvent> decode(const QCborArray &payload);
};

//! `delivery` `[messageId, delivered, total]`: to the sender's devices as recipients
//! acknowledge.
struct DeliveryEvent
{
    static const QString &type() { return wire::Delivery; }

    MessageId messageId;
    qint64 delivered = 0;
    qint64 total = 0;

    [[nodiscard]] QCborArray encode() const;
    [[nodiscard]] static Result<DeliveryEvent> decode(const QCborArray &payload);
};

//! `card-changed` `[identity, cardId, revoked]`: to the owner's devices and everyone who
//! shares a channel with them.
struct CardChangedEvent
{
    static const QString &type() { return wire::CardChanged; }

    Identity identity;
    CardId card;
    bool revoked = false;

    [[nodiscard]] QCborArray encode() const;
    [[nodiscard]] static Result<CardChangedEvent> decode(const QCborArray &payload);
};

//! `device-revoked` `[identity, deviceId]`: likewise.
struct DeviceRevokedEvent
{
    static const QString &type() { return wire::DeviceRevoked; }

    Identity identity;
    DeviceId device;

    [[nodiscard]] QCborArray encode() const;
    [[nodiscard]] static Result<DeviceRevokedEvent> decode(const QCborArray &payload);
};

//! `member-added` / `member-removed` `[groupId, identity, byIdentity]`.
struct MembershipEvent
{
    GroupId group;
    Identity member;
    Identity by;

    [[nodiscard]] QCborArray encode() const;
};

struct MemberAddedEvent : MembershipEvent
{
    static const QString &type() { return wire::MemberAdded; }
    [[nodiscard]] static Result<MemberAddedEvent> decode(const QCborArray &payload);
};

struct MemberRemovedEvent : MembershipEvent
{
    static const QString &type() { return wire::MemberRemoved; }
    [[nodiscard]] static Result<MemberRemovedEvent> decode(const QCborArray &payload);
};

//! `group-renamed` `[groupId, name, byIdentity]`: to every member; since 0.2.
struct GroupRenamedEvent
{
    static const QString &type() { return wire::GroupRenamed; }

    GroupId group;
    QString name;
    Identity by;

    [[nodiscard]] QCborArray encode() const;
    [[nodiscard]] static Result<GroupRenamedEvent> decode(const QCborArray &payload);
};

//! `backlog-end` `[lastSeq]`: once per connection, when everything queued for the device
//! has been pushed (0: nothing was); since 0.3.
struct BacklogEndEvent
{
    static const QString &type() { return wire::BacklogEnd; }

    qint64 lastSeq = 0;

    [[nodiscard]] QCborArray encode() const { return {lastSeq}; }
    [[nodiscard]] static Result<BacklogEndEvent> decode(const QCborArray &payload);
};

} // namespace cardinal::protocol::api
