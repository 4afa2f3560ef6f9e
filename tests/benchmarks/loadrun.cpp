// SPDX-License-Identifier: GPL-3.0-or-later
#include "loadrun.h"

#include "protocol/api/relay.h"

#include "protocol/envelope.h"

#include <unistd.h>

#include <algorithm>
#include <cmath>

namespace cardinal::bench {

using protocol::Frame;
namespace wire = protocol::wire;

namespace {
// A server that refuses sends would make the closed loop spin: stop sending after this many.
constexpr int MaxFailedSends = 1000;
} // namespace

double RunResult::percentileMs(double p) const
{
    if (latencyNs.empty())
        return -1;
    std::vector<qint64> sorted = latencyNs;
    const auto rank = std::size_t(std::ceil(p * double(sorted.size()))) - 1;
    const std::size_t at = std::min(rank, sorted.size() - 1);
    std::nth_element(sorted.begin(), sorted.begin() + qsizetype(at), sorted.end());
    return double(sorted[at]) / 1e6;
}

LoadRun::LoadRun(const std::vector<std::unique_ptr<LoadClient>> &clients,
                 const std::vector<SenderPlan> &plans, const RunSettings &settings,
                 qint64 serverPid)
    : m_clients(clients), m_plans(plans), m_settings(settings), m_serverPid(serverPid),
      m_outstanding(clients.size(), 0), m_counter(clients.size(), 0)
{
}

RunResult LoadRun::run()
{
    for (const auto &client : m_clients)
        client->setHooks([this](LoadClient &, const QByteArray &envelope) { onMessage(envelope); },
                         [this](LoadClient &c, const QString &type, const Frame &reply) {
                             onReply(c, type, reply);
                         });
    const qint64 start = nowNs();
    m_periodStart = start + qint64(m_settings.warmupMs) * 1'000'000;
    m_periodEnd = m_periodStart + qint64(m_settings.measureMs) * 1'000'000;
    m_sending = true;
    for (int i = 0; i < int(m_clients.size()); ++i)
        m_idle.push_back(i);
    dispatch();

    (void)waitUntil([&] { return nowNs() >= m_periodStart; }, m_settings.warmupMs + 1000);
    const double server0 = cpuSeconds(m_serverPid);
    const double client0 = cpuSeconds(getpid());
    const qint64 cpuStart = nowNs();
    (void)waitUntil([&] { return nowNs() >= m_periodEnd; }, m_settings.measureMs + 1000);
    const double cpuWall = double(nowNs() - cpuStart) / 1e9;
    m_result.serverCpu = (cpuSeconds(m_serverPid) - server0) / cpuWall;
    m_result.clientCpu = (cpuSeconds(getpid()) - client0) / cpuWall;
    m_sending = false;

    m_result.drained = waitUntil(
        [&] {
            return m_underWay == 0 &&
                   std::all_of(m_clients.begin(), m_clients.end(),
                               [](const auto &c) { return c->pendingRequests() == 0; });
        },
        m_settings.drainMs);
    m_result.windowSeconds = double(m_periodEnd - m_periodStart) / 1e9;
    for (const auto &client : m_clients)
        client->setHooks({}, {});
    return m_result;
}

void LoadRun::dispatch()
{
    while (m_sending && m_underWay < m_settings.inFlight && !m_idle.empty()) {
        const int sender = m_idle.front();
        m_idle.pop_front();
        send(sender);
    }
}

void LoadRun::send(int sender)
{
    const auto at = std::size_t(sender);
    const SenderPlan &plan = m_plans[at];
    LoadClient &client = *m_clients[at];
    if (plan.recipients <= 0 || !client.isReady())
        return; // leaves the rotation; a client that is gone is reported by the caller
    QByteArray envelope = plan.envelope;
    writeStamp(envelope.data() + plan.idOffset, {nowNs(), quint32(sender), ++m_counter[at]});
    client.call(protocol::api::Send{plan.target, envelope});
    m_outstanding[at] = plan.recipients;
    ++m_underWay;
    ++m_result.sent;
    m_result.expected += plan.recipients;
}

void LoadRun::complete(int sender)
{
    m_outstanding[std::size_t(sender)] = 0;
    --m_underWay;
    m_idle.push_back(sender);
    dispatch();
}

void LoadRun::onMessage(const QByteArray &envelope)
{
    const qint64 now = nowNs();
    auto header = protocol::readEnvelopeHeader(envelope);
    if (!header) {
        ++m_result.errors[QStringLiteral("received: undecodable envelope")];
        return;
    }
    const Stamp stamp = readStamp(header->messageId.data());
    ++m_result.received;
    if (now >= m_periodStart && now < m_periodEnd)
        ++m_result.receivedInWindow;
    if (stamp.sender >= m_outstanding.size()) {
        ++m_result.errors[QStringLiteral("received: unknown sender")];
        return;
    }
    int &outstanding = m_outstanding[stamp.sender];
    if (outstanding <= 0 || stamp.counter != m_counter[stamp.sender]) {
        ++m_result.duplicates;
        return;
    }
    if (stamp.sentNs >= m_periodStart && stamp.sentNs < m_periodEnd)
        m_result.latencyNs.push_back(now - stamp.sentNs);
    if (--outstanding == 0)
        complete(int(stamp.sender));
}

void LoadRun::onReply(LoadClient &client, const QString &type, const Frame &reply)
{
    if (reply.kind != protocol::FrameKind::Error)
        return;
    ++m_result.errors[type + QStringLiteral(": ") + reply.type];
    if (type != wire::Send)
        return;
    // The message will not arrive (the rest of it, if some recipients got it already).
    m_result.expected -= m_outstanding[std::size_t(client.index())];
    if (++m_failedSends >= MaxFailedSends)
        m_sending = false;
    complete(client.index());
}

} // namespace cardinal::bench
