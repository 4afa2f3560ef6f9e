// SPDX-License-Identifier: GPL-3.0-or-later
// For tests that compare history entries by id.
#pragma once

#include "client/conversations.h"

#include <QList>

namespace cardinal::testing {

//! The ids of `messages`, in their order.
inline QList<protocol::MessageId> idsOf(const QList<client::HistoryMessage> &messages)
{
    QList<protocol::MessageId> ids;
    for (const client::HistoryMessage &message : messages)
        ids.append(message.id);
    return ids;
}

} // namespace cardinal::testing
