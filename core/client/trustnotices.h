// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "historystore.h"
#include "truststore.h"

namespace cardinal::client {

//! Puts a line into the contact's conversation for trust events a person must see: a
//! changed key (held or adopted) and a revoked card. Returns the line's id when one was
//! added. Errors are only logged: a missing notice must not stop messages from flowing.
std::optional<protocol::MessageId> recordTrustNotice(HistoryStore &history,
                                                     const QString &identity, TrustEvent event);

} // namespace cardinal::client
