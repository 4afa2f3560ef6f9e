// SPDX-License-Identifier: GPL-3.0-or-later
// Private to core/client: white-box access for tests, which fill and inspect the stores
// behind a Messenger directly. ui/ and app/ never include it (check_public_headers).
#pragma once

#include "historystore.h"
#include "messenger.h"
#include "messenger_p.h"
#include "profile.h"
#include "truststore.h"

namespace cardinal::client {

//! The stores behind a Messenger, for tests. Whatever a test writes here is not announced
//! until it calls announceAdded() or announceChanged(), as the inbox and outbox would.
struct MessengerInternals
{
    [[nodiscard]] static Profile &profile(Messenger &messenger)
    {
        return messenger.m_parts->profile;
    }
    [[nodiscard]] static HistoryStore &history(Messenger &messenger)
    {
        return messenger.m_parts->history;
    }
    [[nodiscard]] static TrustStore &trust(Messenger &messenger)
    {
        return messenger.m_parts->trust;
    }
    //! Emits messagesAdded() with the entries `ids`, read back from the history.
    static void announceAdded(Messenger &messenger, const QList<protocol::MessageId> &ids)
    {
        messenger.announceAdded(ids);
    }
    //! Emits messageChanged() with the entry `id`, read back from the history.
    static void announceChanged(Messenger &messenger, const protocol::MessageId &id)
    {
        messenger.announceChanged(id);
    }
};

} // namespace cardinal::client
