// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchsetup.h"

#include "protocol/api/directory.h"
#include "protocol/api/groups.h"

#include "childserver.h"
#include "server/serverkeys.h"
#include "server/validationtoken.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>

namespace cardinal::bench {

using protocol::Frame;
using protocol::FrameKind;
namespace wire = protocol::wire;

namespace {
constexpr int RegistrationConnections = 4;
constexpr int MaxProblemsShown = 3;
} // namespace

QStringList Setup::serverArguments() const
{
    return {QStringLiteral("--data"),   dataDir,
            QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
            QStringLiteral("--codes"),  QStringLiteral("drop:") + codesDir,
            QStringLiteral("--config"), configFile};
}

bool waitReady(const Clients &clients, int timeoutMs)
{
    const auto settled = [&] {
        return std::all_of(clients.begin(), clients.end(),
                           [](const auto &c) { return c->isReady() || c->isGone(); });
    };
    return waitUntil(settled, timeoutMs) &&
           std::none_of(clients.begin(), clients.end(), [](const auto &c) { return c->isGone(); });
}

QStringList clientProblems(const Clients &clients)
{
    QStringList problems;
    int count = 0;
    for (const auto &client : clients)
        if (!client->problem().isEmpty() && ++count <= MaxProblemsShown)
            problems.append(
                QStringLiteral("client %1: %2").arg(client->index()).arg(client->problem()));
    if (count > MaxProblemsShown)
        problems.append(QStringLiteral("... %1 clients with problems in all").arg(count));
    return problems;
}

Result<void> registerIdentities(const Setup &setup)
{
    auto keys = server::ServerKeys::load(setup.dataDir);
    if (!keys)
        return fail(keys.error());
    ChildServer server;
    auto url = server.start(setup.serverProgram, setup.serverArguments());
    if (!url)
        return fail(url.error());
    Clients clients;
    QStringList errors;
    for (int i = 0; i < RegistrationConnections; ++i) {
        // Without an identity the client stays unauthenticated, where publish-card belongs.
        clients.push_back(std::make_unique<LoadClient>(LoadClient::Mode::Cardinal, i, nullptr));
        clients.back()->setHooks({}, [&](LoadClient &, const QString &, const Frame &reply) {
            if (reply.kind == FrameKind::Error)
                errors.append(reply.type + QStringLiteral(": ") + reply.errorMessage());
        });
        clients.back()->open(*url);
    }
    if (!waitReady(clients, ConnectTimeoutMs))
        return fail(ErrorCode::IoError, clientProblems(clients).join(u"; "));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (std::size_t i = 0; i < setup.identities.size(); ++i) {
        const BenchIdentity &identity = setup.identities[i];
        const QByteArray token = server::ValidationToken::mint(
                                     keys->application, identity.email, wire::PurposeRegister, now,
                                     server::ValidationTokenLifetimeSeconds, crypto::systemRandom())
                                     .encode();
        clients[i % clients.size()]->call(protocol::api::PublishCard{token, identity.bundle});
    }
    const bool answered = waitUntil(
        [&] {
            return std::all_of(clients.begin(), clients.end(), [](const auto &c) {
                return c->pendingRequests() == 0 || c->isGone();
            });
        },
        ConnectTimeoutMs);
    const QStringList problems = clientProblems(clients);
    clients.clear();
    const QString stopped = server.stop();
    if (!answered || !errors.isEmpty() || !problems.isEmpty() || !stopped.isEmpty())
        return fail(ErrorCode::IoError, QStringLiteral("registration failed: %1 %2 %3")
                                            .arg(errors.mid(0, MaxProblemsShown).join(u"; "),
                                                 problems.join(u"; "), stopped));
    return {};
}

Result<std::vector<SenderPlan>> sealPlans(const Setup &setup, int n, int groupSize)
{
    std::vector<SenderPlan> plans;
    for (int i = 0; i < n; ++i) {
        const int first = i / groupSize * groupSize;
        std::vector<const BenchIdentity *> recipients;
        for (int j = first; j < first + groupSize; ++j)
            if (j != i)
                recipients.push_back(&setup.identities[std::size_t(j)]);
        auto plan = sealPlan(setup.identities[std::size_t(i)], recipients, BodyBytes, i == 0);
        if (!plan)
            return fail(plan.error());
        plans.push_back(std::move(*plan));
    }
    return plans;
}

bool prepareTargets(LoadClient::Mode mode, const Clients &clients, std::vector<SenderPlan> &plans,
                    const Setup &setup, int groupSize, int routeBase)
{
    const int n = int(clients.size());
    if (mode == LoadClient::Mode::Baseline) {
        for (int i = 0; i < n; ++i)
            clients[std::size_t(i)]->join(routeBase + i / groupSize);
        return waitReady(clients, ConnectTimeoutMs);
    }
    if (groupSize == 2) {
        for (int i = 0; i < n; ++i)
            plans[std::size_t(i)].target = protocol::SendTarget::direct(
                protocol::Identity::parse(setup.identities[std::size_t(i ^ 1)].email)
                    .value_or({}));
        return true;
    }
    QHash<int, QByteArray> groupIds; // owner -> group id; empty when refused
    for (int owner = 0; owner < n; owner += groupSize) {
        protocol::api::GroupCreate create{QStringLiteral("bench %1").arg(owner), {}};
        for (int j = owner + 1; j < owner + groupSize; ++j)
            create.members.append(
                protocol::Identity::parse(setup.identities[std::size_t(j)].email).value_or({}));
        LoadClient &client = *clients[std::size_t(owner)];
        client.setHooks({}, [&groupIds, owner](LoadClient &, const QString &, const Frame &reply) {
            const auto created = reply.kind == FrameKind::Response
                                     ? protocol::api::GroupCreate::Reply::decode(reply.payload)
                                     : fail(ErrorCode::NotFound);
            groupIds.insert(owner, created ? created->group.toByteArray() : QByteArray());
        });
        client.call(create);
    }
    const bool answered =
        waitUntil([&] { return groupIds.size() == n / groupSize; }, ConnectTimeoutMs);
    for (int owner = 0; owner < n; owner += groupSize)
        clients[std::size_t(owner)]->setHooks({}, {});
    for (int i = 0; i < n; ++i)
        plans[std::size_t(i)].target = protocol::SendTarget::group(
            protocol::GroupId::fromBytes(groupIds.value(i / groupSize * groupSize))
                .value_or(protocol::GroupId()));
    return answered && !groupIds.values().contains(QByteArray());
}

} // namespace cardinal::bench
