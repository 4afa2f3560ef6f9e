// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Groups: created, joined, left and renamed through the server, which knows their members
// (never what they say to each other).

#include "protocol/api/schema.h"
#include "protocol/wiretypes.h"

namespace cardinal::protocol::api {

//! The most members a group description may list. The server's own limit (256 by default,
//! `max-group-members`) is lower; this bound only keeps a decoder's work finite.
inline constexpr qsizetype MaxWireGroupMembers = 4096;
//! The most groups one `groups` reply may list.
inline constexpr qsizetype MaxWireGroups = 65'536;

//! A group as the server describes it: `[groupId, name, owner, [member, ...]]`.
struct GroupDescription
{
    GroupId id;
    QString name;
    Identity owner;
    QList<Identity> members;

    [[nodiscard]] QCborArray encode() const;
    [[nodiscard]] static Result<GroupDescription> decode(const QCborArray &payload);
};

//! `group-create` `[name, [identity, ...]]` -> `[groupId]`. The caller becomes owner and
//! member; the name is 1-MaxGroupNameBytes bytes once trimmed.
struct GroupCreate
{
    static const QString &type() { return wire::GroupCreate; }

    QString name;
    QList<Identity> members;

    [[nodiscard]] QCborArray encode() const;
    [[nodiscard]] static Result<GroupCreate> decode(const QCborArray &payload);

    struct Reply
    {
        GroupId group;

        [[nodiscard]] QCborArray encode() const;
        [[nodiscard]] static Result<Reply> decode(const QCborArray &payload);
    };
};

//! `group-add` / `group-remove` `[groupId, identity]` -> `[]`. Add: the owner only. Remove:
//! the owner, or a member removing themselves (leaving).
struct MembershipChange
{
    GroupId group;
    Identity member;

    [[nodiscard]] QCborArray encode() const;
    using Reply = Empty;
};

struct GroupAdd : MembershipChange
{
    static const QString &type() { return wire::GroupAdd; }
    [[nodiscard]] static Result<GroupAdd> decode(const QCborArray &payload);
};

struct GroupRemove : MembershipChange
{
    static const QString &type() { return wire::GroupRemove; }
    [[nodiscard]] static Result<GroupRemove> decode(const QCborArray &payload);
};

//! `group-rename` `[groupId, name]` -> `[]`: the owner only; since 0.2.
struct GroupRename
{
    static const QString &type() { return wire::GroupRename; }
    using Reply = Empty;

    GroupId group;
    QString name;

    [[nodiscard]] QCborArray encode() const;
    [[nodiscard]] static Result<GroupRename> decode(const QCborArray &payload);
};

//! `group-info` `[groupId]` -> GroupDescription: members only.
struct GroupInfo
{
    static const QString &type() { return wire::GroupInfo; }
    using Reply = GroupDescription;

    GroupId group;

    [[nodiscard]] QCborArray encode() const;
    [[nodiscard]] static Result<GroupInfo> decode(const QCborArray &payload);
};

//! `groups` `[]` -> `[[GroupDescription, ...]]`: every group the caller is in.
struct Groups
{
    static const QString &type() { return wire::Groups; }

    [[nodiscard]] QCborArray encode() const { return {}; }
    [[nodiscard]] static Result<Groups> decode(const QCborArray &payload);

    struct Reply
    {
        QList<GroupDescription> groups;

        [[nodiscard]] QCborArray encode() const;
        [[nodiscard]] static Result<Reply> decode(const QCborArray &payload);
    };
};

} // namespace cardinal::protocol::api
