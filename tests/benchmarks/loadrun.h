// SPDX-License-Identifier: GPL-3.0-or-later
// One measured scenario, a closed loop: `inFlight` messages are under way at any time (sent,
// not yet received by every recipient), each from a different client; when one has
// arrived everywhere, the longest-idle client sends the next. So every connection carries
// traffic, yet the load does not grow with the number of connections. Runs for a warm-up
// and a measurement period; then sending stops and the run drains.
#pragma once

#include "benchsupport.h"
#include "loadclient.h"

#include <QMap>

#include <deque>
#include <memory>
#include <vector>

namespace cardinal::bench {

struct RunSettings
{
    int warmupMs = 2000;
    int measureMs = 8000;
    int drainMs = 15000; //!< how long to wait for messages in flight once sending stops
    int inFlight = 100;  //!< messages under way; at most one per client
};

struct RunResult
{
    qint64 sent = 0;             //!< messages, whole run
    qint64 expected = 0;         //!< deliveries they should make
    qint64 received = 0;         //!< deliveries that arrived, whole run
    qint64 receivedInWindow = 0; //!< deliveries that arrived during the measurement period
    double windowSeconds = 0;
    std::vector<qint64> latencyNs; //!< of deliveries of messages sent in the period
    QMap<QString, int> errors;     //!< "request: error" -> count
    int duplicates = 0;            //!< deliveries of messages already complete
    bool drained = false;          //!< everything sent arrived
    double serverCpu = 0;          //!< server CPU seconds per second, measurement period
    double clientCpu = 0;          //!< this process, likewise

    [[nodiscard]] double rate() const
    {
        return windowSeconds > 0 ? receivedInWindow / windowSeconds : 0;
    }
    //! Latency percentile in milliseconds (nearest rank), -1 without samples.
    [[nodiscard]] double percentileMs(double p) const;
};

class LoadRun
{
public:
    LoadRun(const std::vector<std::unique_ptr<LoadClient>> &clients,
            const std::vector<SenderPlan> &plans, const RunSettings &settings, qint64 serverPid);
    [[nodiscard]] RunResult run();

private:
    void dispatch();
    void send(int sender);
    void complete(int sender);
    void onMessage(const QByteArray &envelope);
    void onReply(LoadClient &client, const QString &type, const protocol::Frame &reply);

    const std::vector<std::unique_ptr<LoadClient>> &m_clients;
    const std::vector<SenderPlan> &m_plans;
    RunSettings m_settings;
    qint64 m_serverPid;
    std::vector<int> m_outstanding; //!< per sender: deliveries of its message still to arrive
    std::vector<quint32> m_counter; //!< per sender: number of its current message
    std::deque<int> m_idle;         //!< senders without a message under way, longest idle first
    int m_underWay = 0;
    bool m_sending = false;
    qint64 m_periodStart = 0;
    qint64 m_periodEnd = 0;
    int m_failedSends = 0;
    RunResult m_result;
};

} // namespace cardinal::bench
