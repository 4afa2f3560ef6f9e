// SPDX-License-Identifier: GPL-3.0-or-later
#include "relayservice.h"

#include "crypto/random.h"
#include "protocol/cborfields.h"
#include "protocol/devicerecord.h"
#include "protocol/envelope.h"
#include "protocol/identity.h"

#include <QLoggingCategory>
#include <QSet>

namespace cardinal::server {

Q_LOGGING_CATEGORY(lcRelay, "cardinal.relay")

using namespace cardinal::protocol;

namespace {

constexpr qsizetype MaxAcksPerRequest = 1024;
constexpr qsizetype MaxCachedCardIdentities = 100'000;

QCborArray toCbor(const QStringList &strings)
{
    QCborArray out;
    for (const QString &s : strings)
        out.append(s);
    return out;
}

QCborArray describeGroup(const Channel &group)
{
    return QCborArray{group.id, group.name, group.owner, toCbor(group.members)};
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

void RelayService::announceMembership(const Channel &group, const QString &type,
                                      const QString &identity, const QString &by)
{
    const Frame event = Frame::event(type, {group.id, identity, by});
    QStringList audience = group.members;
    if (!audience.contains(identity))
        audience.append(identity); // the removed member learns it too
    for (const QString &member : audience)
        m_context.events.publishToIdentity(member, event);
}

Result<QCborArray> RelayService::groupCreate(const Caller &caller, const QCborArray &payload)
{
    CborFields fields(payload, QStringLiteral("group-create"), 2);
    const QString name = fields.text(0, MaxGroupNameBytes).trimmed();
    const QCborArray memberArray = fields.array(1, m_context.limits.maxGroupMembers);
    if (auto ok = fields.status(); !ok)
        return fail(ok.error());
    if (name.isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("a group needs a name"));
    QStringList members{caller.identity};
    for (const QCborValue &value : memberArray) {
        auto identity = normalizeEmail(value.toString());
        if (!value.isString() || !identity)
            return fail(ErrorCode::InvalidArgument, QStringLiteral("member is not an e-mail address"));
        if (members.contains(*identity))
            continue;
        auto card = m_context.storage.activeCard(*identity);
        if (!card)
            return fail(card.error());
        if (!*card)
            return fail(ErrorCode::NotFound, QStringLiteral("nobody has the identity %1").arg(*identity));
        members.append(*identity);
    }
    if (members.size() > m_context.limits.maxGroupMembers)
        return fail(ErrorCode::LimitReached, QStringLiteral("too many members"));
    members.sort();
    Channel group{QByteArray(GroupIdSize, '\0'), ChannelKind::Group, name, caller.identity, members};
    crypto::systemRandom().fill({reinterpret_cast<std::uint8_t *>(group.id.data()), std::size_t(GroupIdSize)});
    if (auto ok = m_context.storage.createGroup(group); !ok)
        return fail(ok.error());
    // Each new member hears once that they are in; the rest they read with group-info.
    for (const QString &member : members)
        if (member != caller.identity)
            m_context.events.publishToIdentity(
                member, Frame::event(wire::MemberAdded, {group.id, member, caller.identity}));
    return QCborArray{group.id};
}

Result<RelayService::MembershipRequest>
RelayService::membershipRequest(const Caller &caller, const QCborArray &payload, const QString &what)
{
    CborFields fields(payload, what, 2);
    const QByteArray groupId = fields.bytes(0, GroupIdSize, GroupIdSize);
    const QString raw = fields.text(1, MaxEmailBytes + 8);
    if (auto ok = fields.status(); !ok)
        return fail(ok.error());
    auto identity = normalizeEmail(raw);
    if (!identity)
        return fail(identity.error());
    auto group = memberChannel(caller, groupId);
    if (!group)
        return fail(group.error());
    return MembershipRequest{std::move(*group), std::move(*identity)};
}

Result<QCborArray> RelayService::groupAdd(const Caller &caller, const QCborArray &payload)
{
    auto request = membershipRequest(caller, payload, QStringLiteral("group-add"));
    if (!request)
        return fail(request.error());
    auto &[group, identity] = *request;
    const QByteArray &groupId = group.id;
    if (group.owner != caller.identity)
        return fail(ErrorCode::Forbidden, QStringLiteral("only the group's owner adds members"));
    if (group.members.contains(identity))
        return fail(ErrorCode::Conflict, QStringLiteral("already a member"));
    if (group.members.size() >= m_context.limits.maxGroupMembers)
        return fail(ErrorCode::LimitReached, QStringLiteral("the group is full"));
    auto card = m_context.storage.activeCard(identity);
    if (!card)
        return fail(card.error());
    if (!*card)
        return fail(ErrorCode::NotFound, QStringLiteral("nobody has this identity"));
    if (auto ok = m_context.storage.addMember(groupId, identity); !ok)
        return fail(ok.error());
    group.members.append(identity);
    announceMembership(group, wire::MemberAdded, identity, caller.identity);
    return QCborArray{};
}

Result<QCborArray> RelayService::groupRemove(const Caller &caller, const QCborArray &payload)
{
    auto request = membershipRequest(caller, payload, QStringLiteral("group-remove"));
    if (!request)
        return fail(request.error());
    auto &[group, identity] = *request;
    const QByteArray &groupId = group.id;
    const bool leaving = identity == caller.identity;
    if (!leaving && group.owner != caller.identity)
        return fail(ErrorCode::Forbidden, QStringLiteral("only the group's owner removes members"));
    if (leaving && group.owner == caller.identity)
        return fail(ErrorCode::Forbidden, QStringLiteral("the owner cannot leave the group"));
    if (!group.members.contains(identity))
        return fail(ErrorCode::NotFound, QStringLiteral("not a member"));
    if (auto ok = m_context.storage.removeMember(groupId, identity); !ok)
        return fail(ok.error());
    group.members.removeAll(identity);
    announceMembership(group, wire::MemberRemoved, identity, caller.identity);
    return QCborArray{};
}

Result<QCborArray> RelayService::groupRename(const Caller &caller, const QCborArray &payload)
{
    CborFields fields(payload, QStringLiteral("group-rename"), 2);
    const QByteArray groupId = fields.bytes(0, GroupIdSize, GroupIdSize);
    const QString name = fields.text(1, MaxGroupNameBytes).trimmed();
    if (auto ok = fields.status(); !ok)
        return fail(ok.error());
    if (name.isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("a group needs a name"));
    auto group = memberChannel(caller, groupId);
    if (!group)
        return fail(group.error());
    if (group->owner != caller.identity)
        return fail(ErrorCode::Forbidden, QStringLiteral("only the group's owner renames it"));
    if (group->name == name)
        return QCborArray{};
    if (auto ok = m_context.storage.renameGroup(groupId, name); !ok)
        return fail(ok.error());
    const Frame event = Frame::event(wire::GroupRenamed, {groupId, name, caller.identity});
    for (const QString &member : std::as_const(group->members))
        m_context.events.publishToIdentity(member, event);
    return QCborArray{};
}

Result<QCborArray> RelayService::groupInfo(const Caller &caller, const QCborArray &payload)
{
    CborFields fields(payload, QStringLiteral("group-info"), 1);
    const QByteArray groupId = fields.bytes(0, GroupIdSize, GroupIdSize);
    if (auto ok = fields.status(); !ok)
        return fail(ok.error());
    auto group = memberChannel(caller, groupId);
    if (!group)
        return fail(group.error());
    return describeGroup(*group);
}

Result<QCborArray> RelayService::groups(const Caller &caller, const QCborArray &payload)
{
    if (!payload.isEmpty())
        return fail(ErrorCode::MalformedInput, QStringLiteral("groups: expected no fields"));
    auto groups = m_context.storage.groupsOf(caller.identity);
    if (!groups)
        return fail(groups.error());
    QCborArray list;
    for (const Channel &group : *groups)
        list.append(describeGroup(group));
    return QCborArray{list};
}

Result<Channel> RelayService::resolveTarget(const Caller &caller, const QCborArray &target)
{
    CborFields fields(target, QStringLiteral("send target"), 2);
    const auto kind = ChannelKind(fields.integer(0, 0, 1));
    if (auto ok = fields.status(); !ok)
        return fail(ok.error());
    if (kind == ChannelKind::Group) {
        const QByteArray groupId = fields.bytes(1, GroupIdSize, GroupIdSize);
        if (auto ok = fields.status(); !ok)
            return fail(ok.error());
        return memberChannel(caller, groupId);
    }
    auto peer = normalizeEmail(fields.text(1, MaxEmailBytes + 8));
    if (auto ok = fields.status(); !ok)
        return fail(ok.error());
    if (!peer)
        return fail(peer.error());
    if (*peer == caller.identity)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("a direct channel needs another person"));
    auto card = m_context.storage.activeCard(*peer);
    if (!card)
        return fail(card.error());
    if (!*card)
        return fail(ErrorCode::NotFound, QStringLiteral("nobody has this identity"));
    return m_context.storage.directChannel(caller.identity, *peer);
}

Result<QCborArray> RelayService::send(const Caller &caller, const QCborArray &payload)
{
    CborFields fields(payload, QStringLiteral("send"), 2);
    const QCborArray target = fields.array(0, 2);
    const QByteArray envelope = fields.bytes(1, 1, m_context.limits.maxFrameBytes);
    if (auto ok = fields.status(); !ok)
        return fail(ok.error());
    auto channel = resolveTarget(caller, target);
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
    return QCborArray{header->messageId.toByteArray(), stored->seq, stored->total, stored->delivered};
}

Result<QCborArray> RelayService::ack(const Caller &caller, const QCborArray &payload)
{
    CborFields fields(payload, QStringLiteral("ack"), 1);
    const QCborArray seqs = fields.array(0, MaxAcksPerRequest);
    if (auto ok = fields.status(); !ok)
        return fail(ok.error());
    QList<qint64> numbers;
    numbers.reserve(seqs.size());
    for (const QCborValue &value : seqs) {
        if (!value.isInteger() || value.toInteger() <= 0)
            return fail(ErrorCode::MalformedInput, QStringLiteral("ack: not a sequence number"));
        numbers.append(value.toInteger());
    }
    auto acked = m_context.storage.ack(caller.device, numbers);
    if (!acked)
        return fail(acked.error());
    // Repeated or foreign seqs are simply absent: nothing to do, nothing to reveal.
    for (const AckedMessage &message : *acked) {
        auto sender = senderIdentity(message.senderCard);
        if (sender)
            m_context.events.publishToIdentity(
                *sender, Frame::event(wire::Delivery, {message.messageId.toByteArray(),
                                                       message.delivered, message.total}));
    }
    return QCborArray{};
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
    const QCborArray directMembers =
        channel.kind == ChannelKind::Direct ? toCbor(channel.members) : QCborArray{};
    return Frame::event(wire::Message, {message.seq, qint64(channel.kind), message.channelId,
                                        directMembers, message.senderIdentity, message.envelope,
                                        message.receivedAtMs});
}

} // namespace cardinal::server
