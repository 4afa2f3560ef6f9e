// SPDX-License-Identifier: GPL-3.0-or-later
#include "relayservice.h"

#include "crypto/random.h"
#include "protocol/api/events.h"
#include "protocol/devicerecord.h"
#include "protocol/envelope.h"
#include "protocol/identity.h"

#include <QLoggingCategory>
#include <QSet>

namespace cardinal::server {

Q_LOGGING_CATEGORY(lcRelay, "cardinal.relay")

using namespace cardinal::protocol;

namespace {

constexpr qsizetype MaxCachedCardIdentities = 100'000;

QList<Identity> identitiesOf(const QStringList &canonical)
{
    QList<Identity> out;
    for (const QString &identity : canonical)
        if (auto parsed = Identity::parse(identity))
            out.append(*parsed);
    return out;
}

api::GroupDescription describeGroup(const Channel &group)
{
    return {GroupId::fromBytes(group.id).value_or(GroupId()), group.name,
            storedIdentity(group.owner), identitiesOf(group.members)};
}

} // namespace

Result<Channel> RelayService::memberChannel(const Caller &caller, const QByteArray &groupId)
{
    auto group = m_context.storage.channel(groupId);
    if (!group)
        return fail(group.error());
    // Non-members cannot tell a group they are not in from one that does not exist.
    if (!*group || (*group)->kind != ChannelKind::Group || !(*group)->members.contains(caller.identity))
        return fail(ErrorCode::NotFound, QStringLiteral("no such group"));
    return **group;
}

Result<QSet<DeviceId>> RelayService::activeDevicesOf(const QStringList &identities)
{
    QSet<DeviceId> devices;
    for (const QString &identity : identities) {
        auto card = m_context.storage.activeCard(identity);
        if (!card)
            return fail(card.error());
        if (!*card)
            continue;
        auto stored = m_context.storage.devices((*card)->id, false);
        if (!stored)
            return fail(stored.error());
        for (const StoredDevice &device : *stored)
            devices.insert(device.id);
    }
    return devices;
}

template<typename Event>
void RelayService::announceMembership(const Channel &group, const QString &identity,
                                      const QString &by)
{
    Event event;
    event.group = GroupId::fromBytes(group.id).value_or(GroupId());
    event.member = storedIdentity(identity);
    event.by = storedIdentity(by);
    const Frame frame = api::eventFrame(event);
    QStringList audience = group.members;
    if (!audience.contains(identity))
        audience.append(identity); // the removed member learns it too
    for (const QString &member : audience)
        m_context.events.publishToIdentity(member, frame);
}

Result<api::GroupCreate::Reply> RelayService::groupCreate(const Caller &caller,
                                                         const api::GroupCreate &request)
{
    const QString name = request.name.trimmed();
    if (name.isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("a group needs a name"));
    if (request.members.size() > m_context.limits.maxGroupMembers)
        return fail(ErrorCode::MalformedInput, QStringLiteral("group-create: too many members"));
    QStringList members{caller.identity};
    for (const Identity &identity : request.members) {
        if (members.contains(identity.toString()))
            continue;
        auto card = m_context.storage.activeCard(identity.toString());
        if (!card)
            return fail(card.error());
        if (!*card)
            return fail(ErrorCode::NotFound,
                        QStringLiteral("nobody has the identity %1").arg(identity.toString()));
        members.append(identity.toString());
    }
    if (members.size() > m_context.limits.maxGroupMembers)
        return fail(ErrorCode::LimitReached, QStringLiteral("too many members"));
    members.sort();
    GroupId id;
    crypto::systemRandom().fill(id.span());
    const Channel group{id.toByteArray(), ChannelKind::Group, name, caller.identity, members};
    if (auto ok = m_context.storage.createGroup(group); !ok)
        return fail(ok.error());
    // Each new member hears once that they are in; the rest they read with group-info.
    for (const QString &member : members)
        if (member != caller.identity)
            m_context.events.publishToIdentity(
                member, api::eventFrame(api::MemberAddedEvent{
                            {id, storedIdentity(member), storedIdentity(caller.identity)}}));
    return api::GroupCreate::Reply{id};
}

Result<api::Empty> RelayService::groupAdd(const Caller &caller, const api::GroupAdd &request)
{
    auto group = memberChannel(caller, request.group.toByteArray());
    if (!group)
        return fail(group.error());
    const QString &identity = request.member.toString();
    if (group->owner != caller.identity)
        return fail(ErrorCode::Forbidden, QStringLiteral("only the group's owner adds members"));
    if (group->members.contains(identity))
        return fail(ErrorCode::Conflict, QStringLiteral("already a member"));
    if (group->members.size() >= m_context.limits.maxGroupMembers)
        return fail(ErrorCode::LimitReached, QStringLiteral("the group is full"));
    auto card = m_context.storage.activeCard(identity);
    if (!card)
        return fail(card.error());
    if (!*card)
        return fail(ErrorCode::NotFound, QStringLiteral("nobody has this identity"));
    if (auto ok = m_context.storage.addMember(group->id, identity); !ok)
        return fail(ok.error());
    group->members.append(identity);
    announceMembership<api::MemberAddedEvent>(*group, identity, caller.identity);
    return api::Empty{};
}

Result<api::Empty> RelayService::groupRemove(const Caller &caller,
                                             const api::GroupRemove &request)
{
    auto group = memberChannel(caller, request.group.toByteArray());
    if (!group)
        return fail(group.error());
    const QString &identity = request.member.toString();
    const bool leaving = identity == caller.identity;
    if (!leaving && group->owner != caller.identity)
        return fail(ErrorCode::Forbidden, QStringLiteral("only the group's owner removes members"));
    if (leaving && group->owner == caller.identity)
        return fail(ErrorCode::Forbidden, QStringLiteral("the owner cannot leave the group"));
    if (!group->members.contains(identity))
        return fail(ErrorCode::NotFound, QStringLiteral("not a member"));
    if (auto ok = m_context.storage.removeMember(group->id, identity); !ok)
        return fail(ok.error());
    group->members.removeAll(identity);
    announceMembership<api::MemberRemovedEvent>(*group, identity, caller.identity);
    return api::Empty{};
}

Result<api::Empty> RelayService::groupRename(const Caller &caller,
                                             const api::GroupRename &request)
{
    const QString name = request.name.trimmed();
    if (name.isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("a group needs a name"));
    auto group = memberChannel(caller, request.group.toByteArray());
    if (!group)
        return fail(group.error());
    if (group->owner != caller.identity)
        return fail(ErrorCode::Forbidden, QStringLiteral("only the group's owner renames it"));
    if (group->name == name)
        return api::Empty{};
    if (auto ok = m_context.storage.renameGroup(group->id, name); !ok)
        return fail(ok.error());
    const Frame event = api::eventFrame(
        api::GroupRenamedEvent{request.group, name, storedIdentity(caller.identity)});
    for (const QString &member : std::as_const(group->members))
        m_context.events.publishToIdentity(member, event);
    return api::Empty{};
}

Result<api::GroupDescription> RelayService::groupInfo(const Caller &caller,
                                                      const api::GroupInfo &request)
{
    auto group = memberChannel(caller, request.group.toByteArray());
    if (!group)
        return fail(group.error());
    return describeGroup(*group);
}

Result<api::Groups::Reply> RelayService::groups(const Caller &caller, const api::Groups &)
{
    auto groups = m_context.storage.groupsOf(caller.identity);
    if (!groups)
        return fail(groups.error());
    api::Groups::Reply reply;
    for (const Channel &group : *groups)
        reply.groups.append(describeGroup(group));
    return reply;
}

Result<Channel> RelayService::resolveTarget(const Caller &caller, const SendTarget &target)
{
    if (target.kind() == protocol::ChannelKind::Group)
        return memberChannel(caller, target.groupId().toByteArray());
    const QString peer = target.peer().toString();
    if (peer == caller.identity)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("a direct channel needs another person"));
    auto card = m_context.storage.activeCard(peer);
    if (!card)
        return fail(card.error());
    if (!*card)
        return fail(ErrorCode::NotFound, QStringLiteral("nobody has this identity"));
    return m_context.storage.directChannel(caller.identity, peer);
}

Result<api::Send::Reply> RelayService::send(const Caller &caller, const api::Send &request)
{
    const QByteArray &envelope = request.envelope;
    auto channel = resolveTarget(caller, request.target);
    if (!channel)
        return fail(channel.error());
    auto header = readEnvelopeHeader(envelope);
    if (!header)
        return fail(header.error());
    if (header->recipients.size() > m_context.limits.maxRecipients)
        return fail(ErrorCode::TooLarge, QStringLiteral("too many recipient devices"));

    auto allowed = activeDevicesOf(channel->members);
    if (!allowed)
        return fail(allowed.error());
    QList<DeviceId> queueFor;
    for (const DeviceId &device : header->recipients) {
        if (!allowed->contains(device))
            return fail(ErrorCode::Forbidden,
                        QStringLiteral("device %1 is not an active device of a member").arg(toHex(device)));
        if (device == caller.device)
            continue;
        auto length = m_context.storage.queueLength(device);
        if (!length)
            return fail(length.error());
        if (*length >= m_context.limits.maxQueuedPerDevice)
            return fail(ErrorCode::LimitReached, QStringLiteral("a recipient's queue is full"));
        queueFor.append(device);
    }

    const NewMessage message{channel->id,         caller.card,     caller.device, caller.identity,
                             header->messageId,  envelope,        m_context.nowMs(), queueFor};
    auto stored = m_context.storage.storeMessage(message);
    if (!stored)
        return fail(stored.error());
    if (!stored->duplicate) {
        // What was just stored goes to the connected recipients as it is, encoded once,
        // instead of each of them reading it back from storage.
        const QueuedMessage queued{stored->seq,      channel->id, caller.identity,
                                   header->messageId, envelope,    message.receivedAtMs};
        m_context.events.publishQueued(queueFor, stored->seq, messageEvent(*channel, queued));
    }
    return api::Send::Reply{header->messageId, stored->seq, stored->total, stored->delivered};
}

Result<api::Empty> RelayService::ack(const Caller &caller, const api::Ack &request)
{
    const QList<qint64> &numbers = request.seqs;
    auto acked = m_context.storage.ack(caller.device, numbers);
    if (!acked)
        return fail(acked.error());
    // Repeated or foreign seqs are simply absent: nothing to do, nothing to reveal.
    for (const AckedMessage &message : *acked) {
        auto sender = senderIdentity(message.senderCard);
        if (sender)
            m_context.events.publishToIdentity(
                *sender, api::eventFrame(api::DeliveryEvent{message.messageId, message.delivered,
                                                            message.total}));
    }
    return api::Empty{};
}

Result<QString> RelayService::senderIdentity(const CardId &card)
{
    // A card's identity never changes, so the answer can be kept for good.
    if (auto it = m_cardIdentities.constFind(card); it != m_cardIdentities.constEnd())
        return *it;
    auto stored = m_context.storage.card(card);
    if (!stored)
        return fail(stored.error());
    if (!*stored)
        return fail(ErrorCode::NotFound);
    if (m_cardIdentities.size() >= MaxCachedCardIdentities)
        m_cardIdentities.clear(); // bounded: a cold cache costs one query per card
    m_cardIdentities.insert(card, (*stored)->identity);
    return (*stored)->identity;
}

Result<Channel> RelayService::cachedChannel(const QByteArray &id)
{
    if (auto it = m_channelCache.constFind(id); it != m_channelCache.constEnd())
        return *it;
    auto channel = m_context.storage.channel(id);
    if (!channel)
        return fail(channel.error());
    if (!*channel)
        return fail(ErrorCode::NotFound, QStringLiteral("queued message of a deleted channel"));
    Channel kept = **channel;
    if (kept.kind == ChannelKind::Group)
        kept.members.clear(); // only the immutable parts are cached
    m_channelCache.insert(id, kept);
    return kept;
}

Result<QList<std::pair<qint64, Frame>>> RelayService::pendingEvents(const DeviceId &device,
                                                                     qint64 afterSeq, int limit)
{
    auto queued = m_context.storage.queue(device, afterSeq, limit);
    if (!queued)
        return fail(queued.error());
    QList<std::pair<qint64, Frame>> events;
    for (const QueuedMessage &message : *queued) {
        auto channel = cachedChannel(message.channelId);
        if (!channel)
            return fail(channel.error());
        events.append({message.seq, messageEvent(*channel, message)});
    }
    return events;
}

Frame RelayService::messageEvent(const Channel &channel, const QueuedMessage &message)
{
    api::MessageEvent event;
    event.seq = message.seq;
    event.channelKind = protocol::ChannelKind(channel.kind);
    event.channelId = ChannelId::fromBytes(message.channelId).value_or(ChannelId());
    if (channel.kind == ChannelKind::Direct)
        event.directMembers = identitiesOf(channel.members);
    event.sender = storedIdentity(message.senderIdentity);
    event.envelope = message.envelope;
    event.receivedAtMs = message.receivedAtMs;
    return api::eventFrame(event);
}

} // namespace cardinal::server
