// SPDX-License-Identifier: GPL-3.0-or-later
#include "events.h"

#include "protocol/envelope.h"
#include "protocol/wirefields.h"

namespace cardinal::protocol::api {

GroupId MessageEvent::groupId() const
{
    return channelKind == ChannelKind::Group ? GroupId::fromBytes(channelId.view()).value_or(GroupId())
                                             : GroupId();
}

QCborArray MessageEvent::encode() const
{
    return {seq,    qint64(channelKind), channelId.toByteArray(), toCbor(directMembers),
            sender.toString(), envelope, receivedAtMs};
}

Result<MessageEvent> MessageEvent::decode(const QCborArray &payload)
{
    return readTolerant<MessageEvent>(payload, type(), 7, [](auto &f) {
        MessageEvent event;
        event.seq = f.integer(0, 1, INT64_MAX);
        event.channelKind = ChannelKind(f.integer(1, 0, 1));
        event.channelId = f.template fixed<ChannelId>(2);
        event.directMembers = identitiesAt(f, 3, 2);
        event.sender = identityAt(f, 4);
        event.envelope = f.bytes(5, 1, MaxEnvelopeBytes);
        event.receivedAtMs = f.integer(6, 0, INT64_MAX);
        const bool direct = event.channelKind == ChannelKind::Direct;
        if (direct != (event.directMembers.size() == 2) ||
            (!direct && !event.directMembers.isEmpty()))
            f.reject(QStringLiteral("the direct members do not match the channel kind"));
        return event;
    });
}

QCborArray DeliveryEvent::encode() const
{
    return {messageId.toByteArray(), delivered, total};
}

Result<DeliveryEvent> DeliveryEvent::decode(const QCborArray &payload)
{
    return readTolerant<DeliveryEvent>(payload, type(), 3, [](auto &f) {
        return DeliveryEvent{f.template fixed<MessageId>(0), f.integer(1, 0, INT32_MAX),
                             f.integer(2, 0, INT32_MAX)};
    });
}

QCborArray CardChangedEvent::encode() const
{
    return {identity.toString(), card.toByteArray(), revoked};
}

Result<CardChangedEvent> CardChangedEvent::decode(const QCborArray &payload)
{
    return readTolerant<CardChangedEvent>(payload, type(), 3, [](auto &f) {
        return CardChangedEvent{identityAt(f, 0), f.template fixed<CardId>(1), f.boolean(2)};
    });
}

QCborArray DeviceRevokedEvent::encode() const
{
    return {identity.toString(), device.toByteArray()};
}

Result<DeviceRevokedEvent> DeviceRevokedEvent::decode(const QCborArray &payload)
{
    return readTolerant<DeviceRevokedEvent>(payload, type(), 2, [](auto &f) {
        return DeviceRevokedEvent{identityAt(f, 0), f.template fixed<DeviceId>(1)};
    });
}

QCborArray MembershipEvent::encode() const
{
    return {group.toByteArray(), member.toString(), by.toString()};
}

Result<MemberAddedEvent> MemberAddedEvent::decode(const QCborArray &payload)
{
    return readTolerant<MemberAddedEvent>(payload, type(), 3, [](auto &f) {
        return MemberAddedEvent{{f.template fixed<GroupId>(0), identityAt(f, 1), identityAt(f, 2)}};
    });
}

Result<MemberRemovedEvent> MemberRemovedEvent::decode(const QCborArray &payload)
{
    return readTolerant<MemberRemovedEvent>(payload, type(), 3, [](auto &f) {
        return MemberRemovedEvent{
            {f.template fixed<GroupId>(0), identityAt(f, 1), identityAt(f, 2)}};
    });
}

QCborArray GroupRenamedEvent::encode() const
{
    return {group.toByteArray(), name, by.toString()};
}

Result<GroupRenamedEvent> GroupRenamedEvent::decode(const QCborArray &payload)
{
    return readTolerant<GroupRenamedEvent>(payload, type(), 3, [](auto &f) {
        return GroupRenamedEvent{f.template fixed<GroupId>(0), f.text(1, MaxGroupNameBytes),
                                 identityAt(f, 2)};
    });
}

Result<BacklogEndEvent> BacklogEndEvent::decode(const QCborArray &payload)
{
    return readTolerant<BacklogEndEvent>(payload, type(), 1,
                                         [](auto &f) { return BacklogEndEvent{f.integer(0, 0, INT64_MAX)}; });
}

} // namespace cardinal::protocol::api
