// SPDX-License-Identifier: GPL-3.0-or-later
// Channel-server load: N authenticated WebSocket clients against the real cardinal-server
// binary, sending envelopes with 1 KiB bodies in direct channels (pairs) and 10-member
// groups; the same clients against a bare WebSocket relay (this binary run with
// --baseline-server) as the floor. Figures: deliveries per second, end-to-end latency,
// server RSS per idle connection, and the ratio to the baseline.
//
// Identities are registered with validation tokens minted from the server's key file, as
// `cardinal-server issue-token` does (codes are rate-limited per address by design).
// Envelopes are sealed once per sender and recipient set with protocol::sealEnvelope; each
// send rewrites the message id in the header with a stamp (send time, sender, counter), so
// the server parses real headers and stores distinct messages while the clients spend no
// crypto in the loop. Latency is measured from that stamp to the receiving client, in this
// process, on one clock. The load is a closed loop of M messages under way (see loadrun.h);
// each scenario is also run with one message under way, for latency without queueing.
// The clients (one thread) and the server share this machine's cores; the CPU figures
// show who was busy. Run with QT_NO_GLIB=1 to compare Qt's poll()-based event dispatcher
// (the servers inherit the environment).
//
// Usage: bench_server [--quick] [--clients 100,1000] [--seconds S] [--in-flight M]
//                     [--server PATH-TO-ANOTHER-cardinal-server]
// Prints figures; asserts nothing about time. Exits non-zero if the servers misbehave
// (errors, lost messages, disconnects, unclean exit).
#include "baselineserver.h"
#include "benchsetup.h"
#include "childserver.h"
#include "loadrun.h"

#include <QAbstractEventDispatcher>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

using namespace cardinal;
using namespace cardinal::bench;

namespace {

QTextStream out(stdout);

// Limits raised so that only the server's own speed limits the benchmark.
const char *const ServerConfig = "requests-per-second = 100000\n"
                                 "request-burst = 1000000\n"
                                 "max-unauthenticated = 100000\n"
                                 "max-connections = 100000\n"
                                 "max-queued-per-device = 100000\n"
                                 "auth-timeout = 600\n"
                                 "idle-timeout = 600\n";

struct Measurement
{
    double connectSeconds = 0;
    double rssPerConnectionKiB = -1; //!< (after - before) / N
    double rssMarginalKiB = -1;      //!< over the last 90 % of the connections only
    qint64 rssKiB[3] = {-1, -1, -1}; //!< before, with N/10 and with N connections
    RunResult direct, group;         //!< loaded
    RunResult directIdle, groupIdle; //!< one message in flight
    QStringList problems;
};

struct Settings
{
    RunSettings loaded;
    RunSettings unloaded;
};

void settle(int ms)
{
    (void)waitUntil([] { return false; }, ms);
}

void runScenario(const char *name, const Clients &clients, const std::vector<SenderPlan> &plans,
                 const Settings &settings, const ChildServer &server, RunResult &loaded,
                 RunResult &unloaded, QStringList &problems)
{
    loaded = LoadRun(clients, plans, settings.loaded, server.pid()).run();
    unloaded = LoadRun(clients, plans, settings.unloaded, server.pid()).run();
    for (const RunResult *r : {&loaded, &unloaded})
        if (!r->drained || r->duplicates > 0 || !r->errors.isEmpty() || r->received != r->expected)
            problems.append(QStringLiteral("%1: lost, duplicated or refused messages")
                                .arg(QLatin1StringView(name)));
}

Measurement measure(LoadClient::Mode mode, int n, const Setup &setup, const Settings &settings,
                    std::vector<SenderPlan> directPlans, std::vector<SenderPlan> groupPlans)
{
    Measurement m;
    ChildServer server;
    auto url = mode == LoadClient::Mode::Cardinal
                   ? server.start(setup.serverProgram, setup.serverArguments())
                   : server.start(QCoreApplication::applicationFilePath(),
                                  {QStringLiteral("--baseline-server")});
    if (!url) {
        m.problems.append(url.error().message());
        return m;
    }
    settle(500);
    Clients clients;
    const auto connect = [&](int count) { // then lets the server settle
        const qint64 start = nowNs();
        for (int i = int(clients.size()); i < count; ++i) {
            clients.push_back(
                std::make_unique<LoadClient>(mode, i, &setup.identities[std::size_t(i)]));
            clients.back()->open(*url);
        }
        const bool ready = waitReady(clients, ConnectTimeoutMs);
        m.connectSeconds += double(nowNs() - start) / 1e9;
        settle(ready ? 1000 : 0);
        return ready;
    };
    const qint64 rssBefore = residentKiB(server.pid());
    const bool firstTenth = connect(n / 10);
    const qint64 rssTenth = residentKiB(server.pid());
    const bool connected = firstTenth && connect(n);
    const qint64 rssAfter = residentKiB(server.pid());
    m.rssPerConnectionKiB = double(rssAfter - rssBefore) / n;
    m.rssKiB[0] = rssBefore;
    m.rssKiB[1] = rssTenth;
    m.rssKiB[2] = rssAfter;
    m.rssMarginalKiB = double(rssAfter - rssTenth) / (n - n / 10);
    if (!connected)
        m.problems.append(QStringLiteral("connecting %1 clients failed").arg(n));
    else if (!prepareTargets(mode, clients, directPlans, setup, 2, 0))
        m.problems.append(QStringLiteral("preparing direct channels failed"));
    else
        runScenario("direct", clients, directPlans, settings, server, m.direct, m.directIdle,
                    m.problems);
    if (connected && m.problems.isEmpty()) {
        if (!prepareTargets(mode, clients, groupPlans, setup, GroupSize, n))
            m.problems.append(QStringLiteral("preparing groups failed"));
        else
            runScenario("group", clients, groupPlans, settings, server, m.group, m.groupIdle,
                        m.problems);
    }
    m.problems += clientProblems(clients);
    for (const auto &client : clients)
        client->close();
    settle(200);
    clients.clear();
    if (const QString stopped = server.stop(); !stopped.isEmpty())
        m.problems.append(QStringLiteral("server ") + stopped);
    if (server.warningCount() > 0)
        m.problems.append(QStringLiteral("server logged %1 warnings, e.g. %2")
                              .arg(server.warningCount())
                              .arg(server.warningSamples().join(u" | ")));
    return m;
}

QString num(double value, int width, int precision = 1)
{
    return (value < 0 ? QStringLiteral("-") : QString::number(value, 'f', precision))
        .rightJustified(width);
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readLine().trimmed())
                                          : QString();
}

void printDetail(const char *what, const RunResult &r, const RunResult &idle)
{
    out << "  " << QString::fromLatin1(what).leftJustified(17) << " sent " << r.sent
        << ", delivered " << r.received << "/" << r.expected << (r.drained ? "" : " NOT DRAINED")
        << ", duplicates " << r.duplicates << ", cpu: server " << num(r.serverCpu * 100, 0, 0)
        << "% client " << num(r.clientCpu * 100, 0, 0) << "%; unloaded p50/p99 "
        << num(idle.percentileMs(0.5), 0, 2) << "/" << num(idle.percentileMs(0.99), 0, 2) << " ms";
    for (const RunResult *run : {&r, &idle})
        for (auto it = run->errors.cbegin(); it != run->errors.cend(); ++it)
            out << ", " << it.key() << " x" << it.value();
    out << "\n";
}

void printRow(const char *scenario, int n, const RunResult &real, const RunResult &base,
              const Measurement &mReal, const Measurement &mBase)
{
    out << QString::fromLatin1(scenario).leftJustified(8) << QString::number(n).rightJustified(6)
        << QString::number(real.receivedInWindow).rightJustified(11) << num(real.rate(), 9, 0)
        << num(real.percentileMs(0.5), 8, 2) << num(real.percentileMs(0.99), 8, 2)
        << num(mReal.rssPerConnectionKiB, 10) << num(base.rate(), 11, 0)
        << num(base.percentileMs(0.5), 8, 2) << num(base.percentileMs(0.99), 8, 2)
        << num(mBase.rssPerConnectionKiB, 9)
        << num(base.rate() > 0 ? real.rate() / base.rate() : -1, 7, 2) << "\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().contains(QStringLiteral("--baseline-server")))
        return runBaselineServer();

    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("quick"), QStringLiteral("Smoke run: 20 clients, short periods.")},
         {QStringLiteral("clients"), QStringLiteral("Client counts, multiples of 10."),
          QStringLiteral("LIST")},
         {QStringLiteral("seconds"), QStringLiteral("Measured period per scenario."),
          QStringLiteral("S")},
         {QStringLiteral("in-flight"), QStringLiteral("Messages under way (default 100)."),
          QStringLiteral("M")},
         {QStringLiteral("server"), QStringLiteral("Another cardinal-server build to measure."),
          QStringLiteral("PATH")}});
    parser.process(app);
    const bool quick = parser.isSet(QStringLiteral("quick"));
    Settings settings;
    settings.loaded.warmupMs = quick ? 300 : 2000;
    settings.loaded.measureMs = int(1000 * (parser.isSet(QStringLiteral("seconds"))
                                                ? parser.value(QStringLiteral("seconds")).toDouble()
                                                : (quick ? 1.5 : 8.0)));
    if (parser.isSet(QStringLiteral("in-flight")))
        settings.loaded.inFlight = parser.value(QStringLiteral("in-flight")).toInt();
    settings.unloaded = {200, quick ? 300 : 2000, settings.loaded.drainMs, 1};
    QList<int> counts = quick ? QList<int>{20} : QList<int>{100, 1000};
    if (parser.isSet(QStringLiteral("clients"))) {
        counts.clear();
        for (const QString &word : parser.value(QStringLiteral("clients")).split(u','))
            counts.append(word.toInt());
    }
    for (int n : counts)
        if (n < GroupSize || n % GroupSize != 0 || settings.loaded.inFlight < 1 ||
            settings.loaded.measureMs < 100) {
            out << "error: client counts must be multiples of 10, in-flight >= 1, seconds >= 0.1\n";
            return 2;
        }

    Setup setup;
    if (parser.isSet(QStringLiteral("server")))
        setup.serverProgram = parser.value(QStringLiteral("server"));
    QTemporaryDir work;
    setup.dataDir = work.filePath(QStringLiteral("data"));
    setup.codesDir = work.filePath(QStringLiteral("codes"));
    setup.configFile = work.filePath(QStringLiteral("bench.conf"));
    QFile config(setup.configFile);
    if (!work.isValid() || !QDir().mkpath(setup.codesDir) || !config.open(QIODevice::WriteOnly) ||
        config.write(ServerConfig) < 0 || !config.flush()) {
        out << "error: cannot prepare " << work.path() << Qt::endl;
        return 1;
    }
    QProcess init;
    init.start(setup.serverProgram,
               {QStringLiteral("init"), QStringLiteral("--data"), setup.dataDir});
    if (!init.waitForFinished(30'000) || init.exitStatus() != QProcess::NormalExit ||
        init.exitCode() != 0) {
        out << "error: cardinal-server init failed: " << init.readAllStandardError() << Qt::endl;
        return 1;
    }
    const qint64 prepareStart = nowNs();
    for (int i = 0; i < *std::max_element(counts.begin(), counts.end()); ++i) {
        auto identity = makeIdentity(i);
        if (!identity) {
            out << "error: " << identity.error().message() << Qt::endl;
            return 1;
        }
        setup.identities.push_back(std::move(*identity));
    }
    if (auto registered = registerIdentities(setup); !registered) {
        out << "error: " << registered.error().message() << Qt::endl;
        return 1;
    }
    out << "cardinal server benchmark (" << (quick ? "quick" : "full") << " run), "
        << QAbstractEventDispatcher::instance()->metaObject()->className() << ", load average "
        << loadAverage() << "\n"
        << BodyBytes << "-byte bodies; " << settings.loaded.inFlight
        << " messages under way (one per client at most); " << settings.loaded.warmupMs / 1000.0
        << " s warm-up + " << settings.loaded.measureMs / 1000.0 << " s measured per scenario\n"
        << "registered " << setup.identities.size() << " identities in "
        << num(double(nowNs() - prepareStart) / 1e9, 0, 1) << " s\n";
    out.flush();

    struct Row
    {
        int n;
        Measurement real, base;
    };
    std::vector<Row> rows;
    bool clean = true;
    for (int n : counts) {
        auto direct = sealPlans(setup, n, 2);
        auto group = sealPlans(setup, n, GroupSize);
        if (!direct || !group) {
            out << "error: cannot seal: " << (direct ? group : direct).error().message()
                << Qt::endl;
            return 1;
        }
        Row row{n, measure(LoadClient::Mode::Cardinal, n, setup, settings, *direct, *group),
                measure(LoadClient::Mode::Baseline, n, setup, settings, *direct, *group)};
        out << "N=" << n << ": envelope " << direct->front().envelope.size() << " B direct, "
            << group->front().envelope.size() << " B group; connect+auth "
            << num(row.real.connectSeconds, 0, 2) << " s (baseline "
            << num(row.base.connectSeconds, 0, 2) << " s)\n";
        for (const auto &[name, m] :
             {std::pair{"cardinal", &row.real}, std::pair{"baseline", &row.base}})
            out << "  server RSS " << name << ": " << m->rssKiB[0] << " KiB idle, " << m->rssKiB[1]
                << " with " << n / 10 << " clients, " << m->rssKiB[2] << " with " << n
                << "; per connection over the last " << n - n / 10 << ": "
                << num(m->rssMarginalKiB, 0) << " KiB\n";
        printDetail("direct, cardinal", row.real.direct, row.real.directIdle);
        printDetail("direct, baseline", row.base.direct, row.base.directIdle);
        printDetail("group, cardinal", row.real.group, row.real.groupIdle);
        printDetail("group, baseline", row.base.group, row.base.groupIdle);
        for (const QString &problem : row.real.problems + row.base.problems) {
            out << "  PROBLEM: " << problem << "\n";
            clean = false;
        }
        out.flush();
        rows.push_back(std::move(row));
    }

    out << "\nscenario     N  delivered    msgs/s  p50 ms  p99 ms  RSS/conn  base msg/s  "
           "b.p50ms  b.p99ms  b.RSS/c  ratio\n";
    for (const Row &row : rows) {
        printRow("direct", row.n, row.real.direct, row.base.direct, row.real, row.base);
        printRow("group", row.n, row.real.group, row.base.group, row.real, row.base);
    }
    out << "delivered: deliveries (one per receiving device) in the measured period; latency under "
           "that load;\nRSS/conn: server RSS growth per idle authenticated connection, KiB; "
           "ratio: msgs/s real / baseline. Load average now "
        << loadAverage() << "\n";
    out.flush();
    return clean ? 0 : 1;
}
