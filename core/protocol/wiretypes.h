// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "protocol/ids.h"

#include <QCborArray>
#include <QHashFunctions>
#include <QString>

#include <compare>
#include <variant>

namespace cardinal::protocol {

//! A person's identity as the protocol carries it: an e-mail address in canonical form
//! (normalizeEmail(), protocol/identity.h). A value of this type has passed that check, so
//! code that holds one never normalises again and two equal addresses compare equal.
//! Default-constructed, it is empty (no identity); parse() never gives an empty one.
class Identity
{
public:
    Identity() = default;

    //! The canonical form of `raw`, or InvalidArgument saying what is wrong with it.
    [[nodiscard]] static Result<Identity> parse(const QString &raw);

    [[nodiscard]] const QString &toString() const { return m_value; }
    [[nodiscard]] bool isEmpty() const { return m_value.isEmpty(); }

    friend bool operator==(const Identity &, const Identity &) = default;
    friend std::strong_ordering operator<=>(const Identity &a, const Identity &b)
    {
        return a.m_value.compare(b.m_value) <=> 0;
    }
    friend std::size_t qHash(const Identity &identity, std::size_t seed = 0) noexcept
    {
        return ::qHash(identity.m_value, seed);
    }

private:
    explicit Identity(QString canonical) : m_value(std::move(canonical)) {}
    QString m_value;
};

//! The identities of a list, in order; for APIs that speak plain strings.
[[nodiscard]] QStringList toStrings(const QList<Identity> &identities);

//! What kind of channel a message travels in (`message` event, `send` target).
enum class ChannelKind : quint8 {
    Direct = 0, //!< two people
    Group = 1,  //!< a server-side group
};

//! What an identity code is for (`request-code`, `confirm-code`).
enum class CodePurpose : quint8 {
    Register, //!< "register": publish a first or replacement card
    Recover,  //!< "recover": fetch the key backup on a new device
};
[[nodiscard]] QString codePurposeName(CodePurpose purpose);
[[nodiscard]] std::optional<CodePurpose> codePurposeFromName(QStringView name);

//! Where a `send` goes: `[0, peerIdentity]` for a direct message, `[1, groupId]` for a group.
class SendTarget
{
public:
    [[nodiscard]] static SendTarget direct(Identity peer) { return SendTarget(std::move(peer)); }
    [[nodiscard]] static SendTarget group(const GroupId &group) { return SendTarget(group); }

    [[nodiscard]] ChannelKind kind() const
    {
        return std::holds_alternative<GroupId>(m_target) ? ChannelKind::Group : ChannelKind::Direct;
    }
    //! The peer of a direct target (empty for a group).
    [[nodiscard]] Identity peer() const;
    //! The group of a group target (all zero for a direct one).
    [[nodiscard]] GroupId groupId() const;

    [[nodiscard]] QCborArray encode() const;
    //! MalformedInput / InvalidArgument naming what is wrong.
    [[nodiscard]] static Result<SendTarget> decode(const QCborArray &target);

    friend bool operator==(const SendTarget &, const SendTarget &) = default;

private:
    explicit SendTarget(Identity peer) : m_target(std::move(peer)) {}
    explicit SendTarget(const GroupId &group) : m_target(group) {}
    std::variant<Identity, GroupId> m_target;
};

} // namespace cardinal::protocol
