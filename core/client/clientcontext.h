// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace cardinal::client {

class CardDirectory;
class Connection;
class HistoryStore;
class KtVerifier;
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
    KtVerifier &transparency; //!< checks and gossips the log's checkpoints
};

} // namespace cardinal::client
