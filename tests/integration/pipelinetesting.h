// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The client's messaging pipelines (Outbox, Inbox) in process, without the Messenger: the
// parts the Messenger wires together, over a registered profile in a directory of its own
// and its real encrypted profile database, linked to a real cardinal-server
// (ServerProcess). Only the wiring a test needs is done here; each test connects the
// pipeline it examines itself.

#include "historytesting.h"
#include "client/carddirectory.h"
#include "client/clientcontext.h"
#include "client/connection.h"
#include "client/historystore.h"
#include "client/ktstore.h"
#include "client/ktverifier.h"
#include "client/profile.h"
#include "client/profiledatabase.h"
#include "client/truststore.h"
#include "serverprocess.h"
#include "testclient.h"
#include "testmessages.h"

#include <QTest>

#include <memory>

namespace cardinal::testing {

//! How long a test waits for the pipeline to get through what it was given.
inline constexpr int PipelineTimeoutMs = 60'000;

//! What a Messenger holds around its pipelines, opened from `directory` (a profile made by
//! makeProfile() or registerNewProfile()) and pointed at `server`, not yet connected.
struct PipelineParts
{
    client::Profile profile;
    std::unique_ptr<client::ProfileDatabase> database;
    client::HistoryStore history;
    client::TrustStore trust;
    client::Connection connection;
    client::CardDirectory directory;
    client::KtStore kt;
    //! Without the log's keys: the pipelines' tests are not about the log (the Messenger's
    //! are, tst_client_transparency).
    client::KtVerifier verifier;
    client::ClientContext context;

    PipelineParts(client::Profile p, std::unique_ptr<client::ProfileDatabase> db,
                  const ServerProcess &server)
        : profile(std::move(p)), database(std::move(db)), history(*database), trust(*database),
          connection(server.url()),
          directory(connection), kt(*database), verifier(connection, kt, server.url().toString()),
          context{profile, history, trust, connection, directory, verifier}
    {
        connection.setPinnedAuthority(server.authorityKey());
        connection.setCredentials(client::SessionCredentials{
            profile.cardId(),
            profile.deviceId(),
            std::make_shared<crypto::Ed25519KeyPair>(profile.identityKey()),
            {}});
    }

    //! The parts of the profile in `directory`, or nothing with the reason in `error`.
    [[nodiscard]] static std::unique_ptr<PipelineParts>
    open(const QString &directory, const ServerProcess &server, QString *error)
    {
        auto profile = client::Profile::open(directory, testPassphrase());
        if (!profile) {
            *error = profile.error().message();
            return nullptr;
        }
        auto database = client::ProfileDatabase::open(
            directory, client::deriveStorageKey(profile->deviceKey()));
        if (!database) {
            *error = database.error().message();
            return nullptr;
        }
        return std::make_unique<PipelineParts>(std::move(*profile), std::move(*database), server);
    }

    //! Opens the connection and waits (bounded) until it is authenticated.
    [[nodiscard]] bool goOnline()
    {
        connection.open();
        return QTest::qWaitFor(
            [this] { return connection.state() == client::Connection::State::Online; },
            PipelineTimeoutMs);
    }
};

} // namespace cardinal::testing
