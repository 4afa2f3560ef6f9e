// SPDX-License-Identifier: GPL-3.0-or-later
// For tests that drive the server's services and verifier directly: they answer later, from
// the event loop, once their unit of storage work has run on the storage thread.
#pragma once

#include "server/asyncstorage.h"
#include "server/codedelivery.h"
#include "server/eventbus.h"
#include "server/identityverifier.h"
#include "server/servercontext.h"
#include "server/serverkeys.h"
#include "server/sqlitestorage.h"
#include "server/transparencyservice.h"

#include <QCoreApplication>
#include <QDateTime>

#include <QTest>

#include <chrono>
#include <memory>
#include <optional>

namespace cardinal::testing {

//! Calls `call(done)` and runs the event loop until `done` has been handed a Result<T>, for
//! up to `timeout` (then IoError: the test fails on it rather than hanging).
template<typename T, typename Call>
[[nodiscard]] Result<T> awaitResult(Call call,
                                    std::chrono::milliseconds timeout = std::chrono::seconds(10))
{
    // Shared, so that an answer after the timeout lands somewhere harmless.
    auto outcome = std::make_shared<std::optional<Result<T>>>();
    call([outcome](Result<T> result) { outcome->emplace(std::move(result)); });
    if (!QTest::qWaitFor([&] { return outcome->has_value(); }, int(timeout.count())))
        return fail(ErrorCode::IoError, QStringLiteral("no answer in time"));
    return std::move(**outcome);
}

//! What `service` answers to `request` from `caller`, through `method` (a route's handler).
template<typename Service, typename Request>
[[nodiscard]] Result<typename Request::Reply>
ask(Service &service,
    void (Service::*method)(const server::Caller &, const Request &,
                            server::Answer<typename Request::Reply>),
    const server::Caller &caller, const Request &request)
{
    return awaitResult<typename Request::Reply>(
        [&](server::Answer<typename Request::Reply> reply) {
            (service.*method)(caller, request, std::move(reply));
        });
}

//! The server's storage in the SQLite file at `path`, on its own thread, as the server runs it.
[[nodiscard]] inline Result<std::unique_ptr<server::AsyncStorage>> startStorage(const QString &path)
{
    return server::AsyncStorage::start([path]() -> Result<std::unique_ptr<server::Storage>> {
        auto opened = server::SqliteStorage::open(path);
        if (!opened)
            return fail(opened.error());
        return std::unique_ptr<server::Storage>(std::move(*opened));
    });
}

//! What the services work with, wired as ChannelServer wires it, around a data directory:
//! storage on its thread, fresh server keys, the identity verifier over a given delivery,
//! an event bus and default limits.
struct ServerParts
{
    std::unique_ptr<server::AsyncStorage> storage;
    std::optional<server::ServerKeys> keys;
    std::unique_ptr<server::IdentityVerifier> verifier;
    std::unique_ptr<server::TransparencyService> transparency;
    server::LocalEventBus events;
    server::ServerLimits limits;
    std::unique_ptr<server::ServerContext> context;

    //! The parts for `dataDir` (keys and database are created there), with codes going to
    //! `codes`, which must outlive them.
    [[nodiscard]] static Result<std::unique_ptr<ServerParts>> create(const QString &dataDir,
                                                                     server::CodeDelivery &codes)
    {
        auto parts = std::make_unique<ServerParts>();
        auto storage = startStorage(dataDir + QStringLiteral("/server.db"));
        if (!storage)
            return fail(storage.error());
        parts->storage = std::move(*storage);
        auto keys = server::ServerKeys::create(dataDir);
        if (!keys)
            return fail(keys.error());
        parts->keys.emplace(std::move(*keys));
        parts->verifier =
            std::make_unique<server::IdentityVerifier>(*parts->storage, *parts->keys, codes);
        const auto now = [] { return QDateTime::currentMSecsSinceEpoch(); };
        auto transparency = server::TransparencyService::start(
            *parts->storage, *parts->keys, {QStringLiteral("test/cardinal-kt")}, now);
        if (!transparency)
            return fail(transparency.error());
        parts->transparency = std::move(*transparency);
        parts->context = std::make_unique<server::ServerContext>(server::ServerContext{
            *parts->storage, *parts->keys, *parts->verifier, *parts->transparency, parts->events,
            parts->limits, now, QStringLiteral("test")});
        return parts;
    }

    //! Lets everything submitted to storage so far run and hand its results back, twice
    //! over (a result may submit more work).
    void settle()
    {
        for (int round = 0; round < 2; ++round) {
            (void)storage->wait([](server::Storage &) { return 0; });
            QCoreApplication::sendPostedEvents();
        }
    }
};

} // namespace cardinal::testing
