// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/client: recording trust notices in the history. What a notice is, for
// readers, is in notices.h.
#include "notices.h"
#include "protocol/ids.h"

#include <QString>

#include <optional>

namespace cardinal::client {

class HistoryStore;
enum class TrustEvent;

//! Puts a notice into the contact's conversation for trust events a person must see: a
//! changed key (held or adopted) and a revoked card. Returns the line's id when one was
//! added. Errors are only logged: a missing notice must not stop messages from flowing.
std::optional<protocol::MessageId> recordTrustNotice(HistoryStore &history,
                                                     const QString &identity, TrustEvent event);
//! Puts a notice of `kind` into the direct conversation with `identity`; as above.
std::optional<protocol::MessageId> recordNotice(HistoryStore &history, const QString &identity,
                                                NoticeKind kind);

} // namespace cardinal::client
