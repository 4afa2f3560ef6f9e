// SPDX-License-Identifier: GPL-3.0-or-later
// bench_server's preparation: registering identities, sealing the envelopes, setting up
// direct pairs and groups on the server under test.
#pragma once

#include "benchsupport.h"
#include "loadclient.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace cardinal::bench {

inline constexpr qsizetype BodyBytes = 1024;
inline constexpr int GroupSize = 10;
inline constexpr int ConnectTimeoutMs = 120'000;

using Clients = std::vector<std::unique_ptr<LoadClient>>;

struct Setup
{
    QString serverProgram = QStringLiteral(CARDINAL_SERVER_PATH);
    QString dataDir;
    QString codesDir;
    QString configFile;
    std::vector<BenchIdentity> identities;

    //! Arguments that serve this data directory with the benchmark's configuration.
    [[nodiscard]] QStringList serverArguments() const;
};

//! Waits until every client is ready or gone; true if all are ready.
bool waitReady(const Clients &clients, int timeoutMs);
//! The first few problems the clients ran into.
[[nodiscard]] QStringList clientProblems(const Clients &clients);

//! Publishes every identity's card on a server started for the purpose, with validation
//! tokens minted from the data directory's application key.
[[nodiscard]] Result<void> registerIdentities(const Setup &setup);

//! One plan per client 0..n-1, each sealed to the other members of its block of
//! `groupSize` clients (2: its direct peer). Targets are set by prepareTargets().
[[nodiscard]] Result<std::vector<SenderPlan>> sealPlans(const Setup &setup, int n, int groupSize);

//! Channel server: targets the peer (groupSize 2) or creates one group per block. Baseline:
//! moves the clients to routes `routeBase + i / groupSize`. False if that fails.
bool prepareTargets(LoadClient::Mode mode, const Clients &clients, std::vector<SenderPlan> &plans,
                    const Setup &setup, int groupSize, int routeBase);

} // namespace cardinal::bench
