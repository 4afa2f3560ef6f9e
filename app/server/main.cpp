// SPDX-License-Identifier: GPL-3.0-or-later
// cardinal-server: the channel server. Parses options and starts a ServerInstance.
#include "server/serverinstance.h"
#include "signalwatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <QTextStream>

using namespace cardinal;
using namespace cardinal::server;

namespace {

constexpr int ExitFailure = 1;
constexpr int ExitUsage = 2;

int failWith(const QString &message, int code = ExitFailure)
{
    QTextStream(stderr) << "cardinal-server: " << message << Qt::endl;
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cardinal-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CARDINAL_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Cardinal channel server: relays and stores end-to-end encrypted messages.\n\n"
        "  cardinal-server init --data DIR\n"
        "  cardinal-server issue-token --data DIR --identity EMAIL [--purpose register|recover]\n"
        "                              [--valid-for 15m|48h|7d]\n"
        "  cardinal-server --data DIR --listen HOST:PORT [--codes console|drop:DIR|sendmail:COMMAND]\n"
        "                  [--tls-cert FILE --tls-key FILE] [--config FILE]"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("data"), QStringLiteral("Data directory."), QStringLiteral("DIR")},
        {QStringLiteral("listen"), QStringLiteral("Address to listen on (port 0: any free port)."), QStringLiteral("HOST:PORT")},
        {QStringLiteral("codes"), QStringLiteral("How identity codes are delivered."), QStringLiteral("CHANNEL")},
        {QStringLiteral("tls-cert"), QStringLiteral("PEM certificate chain: serve wss://."), QStringLiteral("FILE")},
        {QStringLiteral("tls-key"), QStringLiteral("PEM private key for --tls-cert."), QStringLiteral("FILE")},
        {QStringLiteral("config"), QStringLiteral("Configuration file (see docs/server.md)."), QStringLiteral("FILE")},
        {QStringLiteral("identity"), QStringLiteral("Identity for issue-token."), QStringLiteral("EMAIL")},
        {QStringLiteral("purpose"), QStringLiteral("Purpose for issue-token (default register)."), QStringLiteral("PURPOSE")},
        {QStringLiteral("valid-for"),
         QStringLiteral("How long the issued token stays valid: 1m to 30d (default 15m)."),
         QStringLiteral("LIFETIME")},
    });
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("init, issue-token, or none to serve."));
    if (!parser.parse(QCoreApplication::arguments()))
        return failWith(parser.errorText() + QStringLiteral(" (see --help)"), ExitUsage);
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    const QStringList words = parser.positionalArguments();
    const QString command = words.value(0);
    if (words.size() > 1)
        return failWith(QStringLiteral("unexpected argument '%1'").arg(words.at(1)), ExitUsage);

    ServerConfig config;
    if (parser.isSet(QStringLiteral("config")))
        if (auto ok = config.loadFile(parser.value(QStringLiteral("config"))); !ok)
            return failWith(ok.error().message());
    if (parser.isSet(QStringLiteral("data")))
        config.dataDir = parser.value(QStringLiteral("data"));
    if (config.dataDir.isEmpty())
        return failWith(QStringLiteral("--data DIR is required"), ExitUsage);

    QTextStream out(stdout);
    if (command == QStringLiteral("init")) {
        auto report = initDataDirectory(config);
        if (!report)
            return failWith(report.error().message());
        out << "initialised " << config.dataDir << "\n"
            << "authority fingerprint: " << report->authorityFingerprint << "\n"
            << "authority key: " << report->authorityKeyHex << "\n"
            << "key-transparency key: " << report->transparencyKeyHex << "\n"
            << "key-transparency label key: " << report->labelKeyHex << "\n"
            << "key-transparency checkpoint key: " << report->checkpointVerifierKey << Qt::endl;
        return 0;
    }
    if (command == QStringLiteral("issue-token")) {
        if (!parser.isSet(QStringLiteral("identity")))
            return failWith(QStringLiteral("issue-token needs --identity EMAIL"), ExitUsage);
        const QString purpose = parser.isSet(QStringLiteral("purpose")) ? parser.value(QStringLiteral("purpose"))
                                                                        : QStringLiteral("register");
        if (purpose != QStringLiteral("register") && purpose != QStringLiteral("recover"))
            return failWith(QStringLiteral("--purpose is register or recover"), ExitUsage);
        qint64 lifetime = ValidationTokenLifetimeSeconds;
        if (parser.isSet(QStringLiteral("valid-for"))) {
            auto chosen = parseTokenLifetime(parser.value(QStringLiteral("valid-for")));
            if (!chosen)
                return failWith(chosen.error().detail, ExitUsage);
            lifetime = *chosen;
        }
        auto issued = issueValidationToken(config.dataDir, parser.value(QStringLiteral("identity")),
                                           purpose, lifetime);
        if (!issued)
            return failWith(issued.error().message());
        // Standard output is the token alone, for scripts; what a person needs to know
        // about it goes to standard error.
        out << issued->token << Qt::endl;
        QTextStream(stderr) << "cardinal-server: the token is valid until "
                            << QDateTime::fromSecsSinceEpoch(issued->expiresAt, QTimeZone::utc())
                                   .toString(Qt::ISODate)
                            << " and once only; hand it over as you would a password" << Qt::endl;
        return 0;
    }
    if (!command.isEmpty())
        return failWith(QStringLiteral("unknown command '%1'").arg(command), ExitUsage);

    if (parser.isSet(QStringLiteral("listen")))
        if (auto ok = config.setListen(parser.value(QStringLiteral("listen"))); !ok)
            return failWith(ok.error().message(), ExitUsage);
    if (parser.isSet(QStringLiteral("codes"))) {
        auto codes = CodeDeliveryConfig::parse(parser.value(QStringLiteral("codes")));
        if (!codes)
            return failWith(codes.error().message(), ExitUsage);
        config.codes = *codes;
    }
    if (parser.isSet(QStringLiteral("tls-cert")))
        config.tlsCertificate = parser.value(QStringLiteral("tls-cert"));
    if (parser.isSet(QStringLiteral("tls-key")))
        config.tlsKey = parser.value(QStringLiteral("tls-key"));
    if (config.tlsCertificate.isEmpty() != config.tlsKey.isEmpty())
        return failWith(QStringLiteral("--tls-cert and --tls-key go together"), ExitUsage);

    auto instance = ServerInstance::start(config);
    if (!instance)
        return failWith(instance.error().message());
    out << "listening on " << (*instance)->url().toString() << Qt::endl;

    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, &app, &QCoreApplication::quit);
    const int status = app.exec();
    instance->reset(); // close connections and the database before exiting
    out << "stopped" << Qt::endl;
    return status;
}
