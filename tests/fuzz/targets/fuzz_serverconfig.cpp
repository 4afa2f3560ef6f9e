// SPDX-License-Identifier: GPL-3.0-or-later
// The server's config file parser, ServerConfig::loadFile (the input is the file), and on
// the same text CodeDeliveryConfig::parse and ServerConfig::setListen as the command line
// hands them in.
// Oracle: a file that fails to load leaves the configuration as it was; one that loads
// says the same when written out again as "key = value" lines and loaded into a fresh
// configuration; likewise a code delivery and a listen address that parse.
#include "fuzzsupport.h"

#include "server/serverconfig.h"

#include <QFile>
#include <QTemporaryDir>

using namespace cardinal;
using namespace cardinal::server;

namespace {

constexpr fuzzing::Oracle oracle{"fuzz_serverconfig"};

QString codesSpec(const CodeDeliveryConfig &codes)
{
    switch (codes.kind) {
    case CodeDeliveryConfig::Kind::Console:
        return QStringLiteral("console");
    case CodeDeliveryConfig::Kind::Drop:
        return QStringLiteral("drop:") + codes.argument;
    case CodeDeliveryConfig::Kind::Sendmail:
        return QStringLiteral("sendmail:") + codes.argument;
    }
    return {};
}

QString listenSpec(const ServerConfig &config)
{
    const QString host = config.listenAddress.toString();
    const bool v6 = config.listenAddress.protocol() == QAbstractSocket::IPv6Protocol;
    return (v6 ? u'[' + host + u']' : host) + u':' + QString::number(config.listenPort);
}

bool sameCodes(const CodeDeliveryConfig &a, const CodeDeliveryConfig &b)
{
    return a.kind == b.kind && a.argument == b.argument && a.from == b.from;
}

bool sameLimits(const ServerLimits &a, const ServerLimits &b)
{
    return a.maxFrameBytes == b.maxFrameBytes && a.maxRecipients == b.maxRecipients &&
           a.maxQueuedPerDevice == b.maxQueuedPerDevice &&
           a.requestsPerSecond == b.requestsPerSecond && a.requestBurst == b.requestBurst &&
           a.maxUnauthenticated == b.maxUnauthenticated && a.maxConnections == b.maxConnections &&
           a.authTimeoutSeconds == b.authTimeoutSeconds &&
           a.idleTimeoutSeconds == b.idleTimeoutSeconds && a.maxGroupMembers == b.maxGroupMembers &&
           a.maxBackupBytes == b.maxBackupBytes &&
           a.maxPendingWriteBytes == b.maxPendingWriteBytes &&
           a.codeLifetimeSeconds == b.codeLifetimeSeconds;
}

bool sameConfig(const ServerConfig &a, const ServerConfig &b)
{
    return a.dataDir == b.dataDir && a.listenAddress == b.listenAddress &&
           a.listenPort == b.listenPort && a.tlsCertificate == b.tlsCertificate &&
           a.tlsKey == b.tlsKey && a.serverName == b.serverName && sameCodes(a.codes, b.codes) &&
           sameLimits(a.limits, b.limits);
}

//! `config` as a file that sets every key.
QByteArray written(const ServerConfig &config)
{
    QStringList lines{
        QStringLiteral("listen = ") + listenSpec(config),
        QStringLiteral("data = ") + config.dataDir,
        QStringLiteral("server-name = ") + config.serverName,
        QStringLiteral("codes = ") + codesSpec(config.codes),
        QStringLiteral("mail-from = ") + config.codes.from,
    };
    if (!config.tlsCertificate.isEmpty()) {
        lines << QStringLiteral("tls-cert = ") + config.tlsCertificate
              << QStringLiteral("tls-key = ") + config.tlsKey;
    }
    const ServerLimits &l = config.limits;
    const std::pair<const char *, qint64> limits[]{
        {"max-frame-bytes", l.maxFrameBytes},
        {"max-recipients", l.maxRecipients},
        {"max-queued-per-device", l.maxQueuedPerDevice},
        {"requests-per-second", l.requestsPerSecond},
        {"request-burst", l.requestBurst},
        {"max-unauthenticated", l.maxUnauthenticated},
        {"max-connections", l.maxConnections},
        {"auth-timeout", l.authTimeoutSeconds},
        {"idle-timeout", l.idleTimeoutSeconds},
        {"max-group-members", l.maxGroupMembers},
        {"max-backup-bytes", l.maxBackupBytes},
        {"max-pending-write-bytes", l.maxPendingWriteBytes},
        {"code-lifetime", l.codeLifetimeSeconds},
    };
    for (const auto &[key, value] : limits)
        lines << QString::fromLatin1(key) + QStringLiteral(" = ") + QString::number(value);
    return lines.join(u'\n').toUtf8() + '\n';
}

class ConfigFiles
{
public:
    //! Loads `bytes` as a config file over `config`.
    Result<void> load(ServerConfig &config, const QByteArray &bytes)
    {
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            oracle.failed(QStringLiteral("cannot write %1").arg(m_path));
        file.close();
        return config.loadFile(m_path);
    }

private:
    QTemporaryDir m_dir{fuzzing::scratchDirectoryTemplate()};
    QString m_path = m_dir.filePath(QStringLiteral("cardinal-server.conf"));
};

//! A configuration that differs from the defaults, to see that a failed load keeps it.
ServerConfig startingPoint()
{
    ServerConfig config;
    config.dataDir = QStringLiteral("/var/lib/cardinal-server");
    config.serverName = QStringLiteral("before");
    config.limits.maxRecipients = 7;
    return config;
}

void checkFile(ConfigFiles &files, const QByteArray &bytes)
{
    ServerConfig config = startingPoint();
    if (!files.load(config, bytes)) {
        oracle.require(sameConfig(config, startingPoint()),
                       "a file that fails to load leaves the configuration as it was");
        return;
    }
    const QByteArray rewritten = written(config);
    ServerConfig reloaded;
    const Result<void> ok = files.load(reloaded, rewritten);
    if (!ok)
        oracle.failed(QStringLiteral("a loaded configuration written out does not load: %1\n%2")
                          .arg(ok.error().message(), QString::fromUtf8(rewritten)));
    oracle.require(sameConfig(config, reloaded),
                   "a loaded configuration written out loads as the same configuration");
}

void checkCommandLine(const QString &text)
{
    if (const Result<CodeDeliveryConfig> codes = CodeDeliveryConfig::parse(text)) {
        const Result<CodeDeliveryConfig> again = CodeDeliveryConfig::parse(codesSpec(*codes));
        oracle.require(again && sameCodes(*codes, *again), "a code delivery parses as written");
    }
    ServerConfig config;
    if (config.setListen(text)) {
        ServerConfig again;
        oracle.require(bool(again.setListen(listenSpec(config))) &&
                           again.listenAddress == config.listenAddress &&
                           again.listenPort == config.listenPort,
                       "a listen address parses as written");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static ConfigFiles files;
    const QByteArray bytes = fuzzing::bytesOf(data, size).toByteArray();
    checkFile(files, bytes);
    checkCommandLine(QString::fromUtf8(bytes));
    return 0;
}
