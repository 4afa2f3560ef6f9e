// SPDX-License-Identifier: GPL-3.0-or-later
#include "inprocessserver.h"

#include "serversettings.h"

#include "common/error.h"
#include "server/serverinstance.h"

#include <QDir>
#include <QFile>

namespace cardinal::testing {

InProcessServer::InProcessServer()
{
    m_thread.setObjectName(QStringLiteral("in-process server"));
    m_threadAnchor = new QObject;
    m_threadAnchor->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_threadAnchor, &QObject::deleteLater);
    m_thread.start();
}

InProcessServer::~InProcessServer()
{
    onServerThread([this] { m_instance.reset(); });
    m_thread.quit();
    m_thread.wait();
}

void InProcessServer::onServerThread(const std::function<void()> &work)
{
    QMetaObject::invokeMethod(m_threadAnchor, work, Qt::BlockingQueuedConnection);
}

QString InProcessServer::dataDir() const
{
    return m_dir.filePath(QStringLiteral("data"));
}

QString InProcessServer::codeDir() const
{
    return m_dir.filePath(QStringLiteral("codes"));
}

QString InProcessServer::databasePath() const
{
    return QDir(dataDir()).filePath(server::DatabaseFileName);
}

QString InProcessServer::configPath() const
{
    return m_dir.filePath(QStringLiteral("server.conf"));
}

bool InProcessServer::failWith(const QString &why)
{
    m_lastError = why;
    return false;
}

bool InProcessServer::init()
{
    if (!m_dir.isValid())
        return failWith(QStringLiteral("no temporary directory"));
    server::ServerConfig config;
    config.dataDir = dataDir();
    auto report = server::initDataDirectory(config);
    if (!report)
        return failWith(QStringLiteral("init failed: ") + report.error().message());
    m_authorityKey = crypto::Ed25519PublicKey::fromBytes(
        QByteArray::fromHex(report->authorityKeyHex.toLatin1()));
    return m_authorityKey.has_value() || failWith(QStringLiteral("bad authority key"));
}

bool InProcessServer::start(quint16 port)
{
    if (isRunning())
        return failWith(QStringLiteral("the server is running already"));
    // In the order cardinal-server applies them: the file first, the options over it.
    server::ServerConfig config;
    if (!writeServerConfig(configPath(), m_config))
        return failWith(QStringLiteral("cannot write the config file"));
    if (auto loaded = config.loadFile(configPath()); !loaded)
        return failWith(QStringLiteral("config: ") + loaded.error().message());
    config.dataDir = dataDir();
    config.listenAddress = QHostAddress::LocalHost;
    config.listenPort = port;
    auto codes = server::CodeDeliveryConfig::parse(
        m_codes.isEmpty() ? QStringLiteral("drop:") + codeDir() : m_codes);
    if (!codes)
        return failWith(QStringLiteral("codes: ") + codes.error().message());
    config.codes = *codes;

    std::optional<Error> failure;
    onServerThread([&] {
        auto instance = server::ServerInstance::start(config);
        if (!instance) {
            failure = instance.error();
            return;
        }
        m_instance = std::move(*instance);
        m_url = m_instance->url();
    });
    if (failure)
        return failWith(QStringLiteral("cannot start: ") + failure->message());
    m_port = quint16(m_url.port());
    return true;
}

bool InProcessServer::stop()
{
    if (!isRunning())
        return failWith(QStringLiteral("the server is not running"));
    onServerThread([this] { m_instance.reset(); });
    m_url.clear();
    return true;
}

bool InProcessServer::restart(bool samePort)
{
    if (isRunning() && !stop())
        return false;
    return start(samePort ? m_port : quint16(0));
}

std::optional<QByteArray> InProcessServer::issueToken(const QString &identity,
                                                      const QString &purpose)
{
    auto printed = server::issueValidationToken(dataDir(), identity, purpose);
    if (!printed) {
        failWith(QStringLiteral("issue-token failed: ") + printed.error().message());
        return std::nullopt;
    }
    std::optional<QByteArray> token = decodeIssuedToken(printed->token.toLatin1());
    if (!token)
        failWith(QStringLiteral("issue-token gave no base64url token"));
    return token;
}

std::optional<QString> InProcessServer::takeCode(const QString &identity, int timeoutMs)
{
    QString error;
    std::optional<QString> code = takeDroppedCode(codeDir(), identity, timeoutMs, &error);
    if (!code)
        failWith(error);
    return code;
}

} // namespace cardinal::testing
