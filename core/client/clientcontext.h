// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace cardinal::client {

class CardDirectory;
class Connection;
class HistoryStore;
class Profile;
class TrustStore;

//! What the messaging pipelines share. Owned by the Messenger; single-threaded.
struct ClientContext
{
    Profile &profile;
    HistoryStore &history;
    TrustStore &trust;
    Connection &connection;
    CardDirectory &directory;
};

} // namespace cardinal::client
