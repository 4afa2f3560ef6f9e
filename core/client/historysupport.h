// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to HistoryStore: what its writing and its reading half share.
#pragma once

#include "historystore.h"

namespace cardinal::client::history {

// ConversationRef::key() prefixes.
inline constexpr QByteArrayView DirectPrefix = "direct";
inline constexpr QByteArrayView GroupPrefix = "group";

// Seal contexts: table and column, so a sealed value cannot move to another column.
inline constexpr QByteArrayView RefContext = "conversations.ref";
inline constexpr QByteArrayView TitleContext = "conversations.title";
inline constexpr QByteArrayView DraftContext = "conversations.draft";
inline constexpr QByteArrayView SenderContext = "messages.sender";
inline constexpr QByteArrayView BodyContext = "messages.body";
inline constexpr QByteArrayView FailureContext = "messages.failure";

// Binds a message's sealed values to its id, its conversation and its direction: moving
// the row to another conversation or flipping it to "outgoing" makes it fail to open.
inline QByteArray messageRowKey(const protocol::MessageId &id, const QByteArray &lookup,
                                Direction direction)
{
    return id.toByteArray() + lookup + char(direction);
}

//! The ref whose key() is `key`, if `key` is a valid one.
[[nodiscard]] std::optional<ConversationRef> refFromKey(QByteArrayView key);

inline Failure corrupt(const QString &what)
{
    return fail(ErrorCode::CorruptFile, QStringLiteral("the profile database holds %1").arg(what));
}

} // namespace cardinal::client::history
