// SPDX-License-Identifier: GPL-3.0-or-later
#include "relayunits.h"

#include <QMutexLocker>
#include <QSet>

namespace cardinal::server::units {

using namespace cardinal::protocol;

namespace {

// Bounded: a cold cache costs one query per channel or card.
constexpr qsizetype MaxStableFacts = 100'000;

Result<void> requireActiveCard(Storage &storage, const QString &identity, const QString &notFound)
{
    auto card = storage.activeCard(identity);
    if (!card)
        return fail(card.error());
    if (!*card)
        return fail(ErrorCode::NotFound, notFound);
    return {};
}

Result<QSet<DeviceId>> activeDevicesOf(Storage &storage, const QStringList &identities)
{
    QSet<DeviceId> devices;
    for (const QString &identity : identities) {
        auto card = storage.activeCard(identity);
        if (!card)
            return fail(card.error());
        if (!*card)
            continue;
        auto stored = storage.devices((*card)->id, false);
        if (!stored)
            return fail(stored.error());
        for (const StoredDevice &device : std::as_const(*stored))
            devices.insert(device.id);
    }
    return devices;
}

Result<Channel> resolveTarget(Storage &storage, const QString &sender, const SendTarget &target)
{
    if (target.kind() == ChannelKind::Group)
        return memberChannel(storage, sender, target.groupId().toByteArray());
    const QString peer = target.peer().toString();
    if (peer == sender)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("a direct channel needs another person"));
    if (auto ok = requireActiveCard(storage, peer, QStringLiteral("nobody has this identity")); !ok)
        return fail(ok.error());
    return storage.directChannel(sender, peer);
}

} // namespace

template<typename Key, typename Value, typename Read>
Result<Value> StableFacts::remembered(QHash<Key, Value> &table, const Key &key, Read read)
{
    {
        const QMutexLocker lock(&m_mutex);
        if (auto it = table.constFind(key); it != table.constEnd())
            return *it;
    }
    Result<Value> value = read(); // outside the lock: it queries storage
    if (!value)
        return value;
    const QMutexLocker lock(&m_mutex);
    if (table.size() >= MaxStableFacts)
        table.clear();
    table.insert(key, *value);
    return value;
}

Result<Channel> StableFacts::channel(Storage &storage, const QByteArray &id)
{
    return remembered(m_channels, id, [&]() -> Result<Channel> {
        auto channel = storage.channel(id);
        if (!channel)
            return fail(channel.error());
        if (!*channel)
            return fail(ErrorCode::NotFound, QStringLiteral("queued message of a deleted channel"));
        Channel kept = **channel;
        if (kept.kind == ChannelKind::Group)
            kept.members.clear(); // only the parts that never change are kept
        return kept;
    });
}

Result<QString> StableFacts::cardIdentity(Storage &storage, const CardId &card)
{
    return remembered(m_identities, card, [&]() -> Result<QString> {
        auto stored = storage.card(card);
        if (!stored)
            return fail(stored.error());
        if (!*stored)
            return fail(ErrorCode::NotFound);
        return (*stored)->identity;
    });
}

Result<Channel> memberChannel(Storage &storage, const QString &identity, const QByteArray &groupId)
{
    auto group = storage.channel(groupId);
    if (!group)
        return fail(group.error());
    if (!*group || (*group)->kind != ChannelKind::Group || !(*group)->members.contains(identity))
        return fail(ErrorCode::NotFound, QStringLiteral("no such group"));
    return **group;
}

Result<void> createGroup(Storage &storage, const Channel &group)
{
    for (const QString &member : group.members)
        if (member != group.owner)
            if (auto ok = requireActiveCard(
                    storage, member, QStringLiteral("nobody has the identity %1").arg(member));
                !ok)
                return ok;
    return storage.createGroup(group);
}

Result<Channel> addMember(Storage &storage, const QString &identity,
                          const api::GroupAdd &request, int maxMembers)
{
    auto group = memberChannel(storage, identity, request.group.toByteArray());
    if (!group)
        return fail(group.error());
    const QString member = request.member.toString();
    if (group->owner != identity)
        return fail(ErrorCode::Forbidden, QStringLiteral("only the group's owner adds members"));
    if (group->members.contains(member))
        return fail(ErrorCode::Conflict, QStringLiteral("already a member"));
    if (group->members.size() >= maxMembers)
        return fail(ErrorCode::LimitReached, QStringLiteral("the group is full"));
    if (auto ok = requireActiveCard(storage, member, QStringLiteral("nobody has this identity"));
        !ok)
        return fail(ok.error());
    if (auto ok = storage.addMember(group->id, member); !ok)
        return fail(ok.error());
    group->members.append(member);
    return group;
}

Result<Channel> removeMember(Storage &storage, const QString &identity,
                             const api::GroupRemove &request)
{
    auto group = memberChannel(storage, identity, request.group.toByteArray());
    if (!group)
        return fail(group.error());
    const QString member = request.member.toString();
    const bool leaving = member == identity;
    if (!leaving && group->owner != identity)
        return fail(ErrorCode::Forbidden, QStringLiteral("only the group's owner removes members"));
    if (leaving && group->owner == identity)
        return fail(ErrorCode::Forbidden, QStringLiteral("the owner cannot leave the group"));
    if (!group->members.contains(member))
        return fail(ErrorCode::NotFound, QStringLiteral("not a member"));
    if (auto ok = storage.removeMember(group->id, member); !ok)
        return fail(ok.error());
    group->members.removeAll(member);
    return group;
}

Result<std::optional<Channel>> renameGroup(Storage &storage, const QString &identity,
                                           const QByteArray &groupId, const QString &name)
{
    auto group = memberChannel(storage, identity, groupId);
    if (!group)
        return fail(group.error());
    if (group->owner != identity)
        return fail(ErrorCode::Forbidden, QStringLiteral("only the group's owner renames it"));
    if (group->name == name)
        return std::optional<Channel>();
    if (auto ok = storage.renameGroup(group->id, name); !ok)
        return fail(ok.error());
    group->name = name;
    return std::optional<Channel>(std::move(*group));
}

Result<StoredOutgoing> storeOutgoing(Storage &storage, const OutgoingMessage &message)
{
    auto channel = resolveTarget(storage, message.senderIdentity, message.target);
    if (!channel)
        return fail(channel.error());
    auto allowed = activeDevicesOf(storage, channel->members);
    if (!allowed)
        return fail(allowed.error());
    QList<DeviceId> queueFor;
    for (const DeviceId &device : message.recipients) {
        if (!allowed->contains(device))
            return fail(ErrorCode::Forbidden,
                        QStringLiteral("device %1 is not an active device of a member")
                            .arg(toHex(device)));
        if (device == message.senderDevice)
            continue;
        auto length = storage.queueLength(device);
        if (!length)
            return fail(length.error());
        if (*length >= message.maxQueuedPerDevice)
            return fail(ErrorCode::LimitReached, QStringLiteral("a recipient's queue is full"));
        queueFor.append(device);
    }
    const NewMessage stored{channel->id,        message.senderCard, message.senderDevice,
                            message.senderIdentity, message.messageId, message.envelope,
                            message.receivedAtMs, queueFor};
    auto outcome = storage.storeMessage(stored);
    if (!outcome)
        return fail(outcome.error());
    return StoredOutgoing{std::move(*channel), *outcome, std::move(queueFor)};
}

Result<QList<Delivery>> acknowledge(Storage &storage, StableFacts &facts, const DeviceId &device,
                                    const QList<qint64> &seqs)
{
    auto acked = storage.ack(device, seqs);
    if (!acked)
        return fail(acked.error());
    QList<Delivery> deliveries;
    for (const AckedMessage &message : std::as_const(*acked))
        if (auto sender = facts.cardIdentity(storage, message.senderCard))
            deliveries.append({message, *sender});
    return deliveries;
}

Result<QList<std::pair<Channel, QueuedMessage>>> readQueue(Storage &storage, StableFacts &facts,
                                                           const DeviceId &device,
                                                           qint64 afterSeq, int limit)
{
    auto queued = storage.queue(device, afterSeq, limit);
    if (!queued)
        return fail(queued.error());
    QList<std::pair<Channel, QueuedMessage>> messages;
    messages.reserve(queued->size());
    for (QueuedMessage &message : *queued) {
        auto channel = facts.channel(storage, message.channelId);
        if (!channel)
            return fail(channel.error());
        messages.append({std::move(*channel), std::move(message)});
    }
    return messages;
}

} // namespace cardinal::server::units
