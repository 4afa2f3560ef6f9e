// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/secure.h"

namespace cardinal::protocol {

//! A card's id: SHA-256 of its canonical content encoding. Changes whenever anything signed
//! in the card changes, so it names one exact card version.
using CardId = crypto::FixedBytes<32, struct CardIdTag>;

//! A group's id: 16 random bytes chosen by the server when the group is created.
using GroupId = crypto::FixedBytes<16, struct GroupIdTag>;
//! Bytes in a group's id.
inline constexpr qsizetype GroupIdSize = qsizetype(GroupId::Size);

//! A channel's id as the server names it in `message` events: a group's GroupId bytes, or
//! for a direct channel a hash of its two identities (16 bytes either way).
using ChannelId = crypto::FixedBytes<16, struct ChannelIdTag>;
//! The longest group name, in UTF-8 bytes after trimming (group-create, group-rename).
inline constexpr qsizetype MaxGroupNameBytes = 128;

//! A device's id: 16 random bytes chosen by the device when it is created.
using DeviceId = crypto::FixedBytes<16, struct DeviceIdTag>;

//! A message's id: 16 random bytes chosen by the sender; receivers drop duplicates by it.
using MessageId = crypto::FixedBytes<16, struct MessageIdTag>;

//! Lower-case hex of an id, for logs, file names and the CLI.
template<typename Id>
[[nodiscard]] QString toHex(const Id &id)
{
    return QString::fromLatin1(id.toByteArray().toHex());
}

//! An id from lower- or upper-case hex, or nothing when `hex` is not exactly an id's length.
template<typename Id>
[[nodiscard]] std::optional<Id> idFromHex(QStringView hex)
{
    if (hex.size() != qsizetype(Id::Size * 2))
        return std::nullopt;
    for (QChar c : hex)
        if (!c.isDigit() && !QStringLiteral("abcdefABCDEF").contains(c))
            return std::nullopt;
    return Id::fromBytes(QByteArray::fromHex(hex.toLatin1()));
}

} // namespace cardinal::protocol
