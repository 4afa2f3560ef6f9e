// SPDX-License-Identifier: GPL-3.0-or-later
#include "groups.h"

#include "protocol/wirefields.h"

#include <QCborValue>

namespace cardinal::protocol::api {

namespace {

// A name as sent, at most MaxGroupNameBytes; whether it is blank once trimmed is the
// server's to answer (a refused request rather than a malformed one).
QString nameAt(CborFields &fields, qsizetype index)
{
    return fields.text(index, MaxGroupNameBytes);
}

} // namespace

QCborArray GroupDescription::encode() const
{
    return {id.toByteArray(), name, owner.toString(), toCbor(members)};
}

Result<GroupDescription> GroupDescription::decode(const QCborArray &payload)
{
    return readTolerant<GroupDescription>(payload, QStringLiteral("group"), 4, [](auto &f) {
        return GroupDescription{f.template fixed<GroupId>(0), f.text(1, MaxGroupNameBytes),
                                identityAt(f, 2), identitiesAt(f, 3, MaxWireGroupMembers)};
    });
}

QCborArray GroupCreate::encode() const
{
    return {name, toCbor(members)};
}

Result<GroupCreate> GroupCreate::decode(const QCborArray &payload)
{
    return readRequest<GroupCreate>(payload, 2, [](auto &f) {
        return GroupCreate{nameAt(f, 0), identitiesAt(f, 1, MaxWireGroupMembers)};
    });
}

QCborArray GroupCreate::Reply::encode() const
{
    return {group.toByteArray()};
}

Result<GroupCreate::Reply> GroupCreate::Reply::decode(const QCborArray &payload)
{
    return readTolerant<Reply>(payload, type() + QStringLiteral(" reply"), 1,
                               [](auto &f) { return Reply{f.template fixed<GroupId>(0)}; });
}

QCborArray MembershipChange::encode() const
{
    return {group.toByteArray(), member.toString()};
}

Result<GroupAdd> GroupAdd::decode(const QCborArray &payload)
{
    return readRequest<GroupAdd>(payload, 2, [](auto &f) {
        return GroupAdd{{f.template fixed<GroupId>(0), identityAt(f, 1)}};
    });
}

Result<GroupRemove> GroupRemove::decode(const QCborArray &payload)
{
    return readRequest<GroupRemove>(payload, 2, [](auto &f) {
        return GroupRemove{{f.template fixed<GroupId>(0), identityAt(f, 1)}};
    });
}

QCborArray GroupRename::encode() const
{
    return {group.toByteArray(), name};
}

Result<GroupRename> GroupRename::decode(const QCborArray &payload)
{
    return readRequest<GroupRename>(payload, 2, [](auto &f) {
        return GroupRename{f.template fixed<GroupId>(0), nameAt(f, 1)};
    });
}

QCborArray GroupInfo::encode() const
{
    return {group.toByteArray()};
}

Result<GroupInfo> GroupInfo::decode(const QCborArray &payload)
{
    return readRequest<GroupInfo>(payload, 1,
                                  [](auto &f) { return GroupInfo{f.template fixed<GroupId>(0)}; });
}

Result<Groups> Groups::decode(const QCborArray &payload)
{
    return readRequest<Groups>(payload, 0, [](auto &) { return Groups{}; });
}

QCborArray Groups::Reply::encode() const
{
    QCborArray list;
    for (const GroupDescription &group : groups)
        list.append(group.encode());
    // One field holding the list; see Ack::encode() for why the element is a QCborValue.
    return {QCborValue(list)};
}

Result<Groups::Reply> Groups::Reply::decode(const QCborArray &payload)
{
    CborFields fields(payload, type() + QStringLiteral(" reply"), 1, CborFields::Trailing::Ignore);
    const QCborArray list = fields.array(0, MaxWireGroups);
    if (auto ok = fields.status(); !ok)
        return fail(ok.error());
    Reply reply;
    for (const QCborValue &entry : list) {
        auto group = GroupDescription::decode(entry.toArray());
        if (!entry.isArray() || !group)
            return fail(ErrorCode::MalformedInput,
                        QStringLiteral("groups reply: an entry is not a group"));
        reply.groups.append(std::move(*group));
    }
    return reply;
}

} // namespace cardinal::protocol::api
