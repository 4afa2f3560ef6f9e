// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverprocess.h"

#include "serversettings.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace cardinal::testing {

namespace {

constexpr int ToolTimeoutMs = 15'000;

//! Runs a short-lived server command (init, issue-token) to completion.
struct ToolRun
{
    bool ok = false;
    QByteArray out;
    QByteArray err;
};

ToolRun runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(ToolTimeoutMs))
        return {};
    process.closeWriteChannel();
    if (!process.waitForFinished(ToolTimeoutMs)) {
        process.kill();
        process.waitForFinished(ToolTimeoutMs);
        return {false, process.readAllStandardOutput(), process.readAllStandardError()};
    }
    const bool ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    return {ok, process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

ServerProcess::ServerProcess(QString program, QObject *parent)
    : QObject(parent), m_program(std::move(program))
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &ServerProcess::collectOutput);
    connect(&m_process, &QProcess::readyReadStandardError, this, &ServerProcess::collectOutput);
}

ServerProcess::~ServerProcess()
{
    if (!isRunning())
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(StopTimeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(StopTimeoutMs);
    }
}

QString ServerProcess::dataDir() const
{
    return m_dir.filePath(QStringLiteral("data"));
}

QString ServerProcess::codeDir() const
{
    return m_dir.filePath(QStringLiteral("codes"));
}

QString ServerProcess::databasePath() const
{
    return QDir(dataDir()).filePath(QStringLiteral("cardinal.sqlite"));
}

QString ServerProcess::configPath() const
{
    return m_dir.filePath(QStringLiteral("server.conf"));
}

bool ServerProcess::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

void ServerProcess::collectOutput()
{
    if (!m_process.isOpen())
        return;
    m_stdout += m_process.readAllStandardOutput();
    m_stderr += m_process.readAllStandardError();
}

QByteArray ServerProcess::standardOutput()
{
    collectOutput();
    return m_stdout;
}

QByteArray ServerProcess::standardError()
{
    collectOutput();
    return m_stderr;
}

bool ServerProcess::failWith(const QString &why)
{
    collectOutput();
    m_lastError =
        why + QStringLiteral("; server stderr ends: ") + QString::fromUtf8(m_stderr.right(2000));
    return false;
}

bool ServerProcess::init()
{
    if (!m_dir.isValid())
        return failWith(QStringLiteral("no temporary directory"));
    const ToolRun run =
        runTool(m_program, {QStringLiteral("init"), QStringLiteral("--data"), dataDir()});
    m_stdout += run.out;
    m_stderr += run.err;
    if (!run.ok)
        return failWith(QStringLiteral("cardinal-server init failed"));
    static const QRegularExpression keyLine(QStringLiteral("^authority key: ([0-9a-f]{64})$"),
                                            QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = keyLine.match(QString::fromUtf8(run.out));
    if (!match.hasMatch())
        return failWith(QStringLiteral("init printed no authority key"));
    m_authorityKey =
        crypto::Ed25519PublicKey::fromBytes(QByteArray::fromHex(match.captured(1).toLatin1()));
    return m_authorityKey.has_value() || failWith(QStringLiteral("bad authority key"));
}

void ServerProcess::setConfig(const QMap<QString, QString> &settings)
{
    m_config = settings;
}

bool ServerProcess::start(quint16 port)
{
    if (isRunning())
        return failWith(QStringLiteral("the server is running already"));
    QStringList arguments{QStringLiteral("--data"),
                          dataDir(),
                          QStringLiteral("--listen"),
                          QStringLiteral("127.0.0.1:%1").arg(port),
                          QStringLiteral("--codes"),
                          m_codes.isEmpty() ? QStringLiteral("drop:") + codeDir() : m_codes};
    if (!writeServerConfig(configPath(), m_config))
        return failWith(QStringLiteral("cannot write the config file"));
    arguments << QStringLiteral("--config") << configPath();
    collectOutput();
    m_runStdoutStart = m_stdout.size();
    m_url.clear();
    m_process.start(m_program, arguments);
    if (!m_process.waitForStarted(StartTimeoutMs))
        return failWith(
            QStringLiteral("cannot start %1: %2").arg(m_program, m_process.errorString()));

    static const QRegularExpression listening(
        QStringLiteral("listening on (ws://127\\.0\\.0\\.1:(\\d+))\\n"));
    QRegularExpressionMatch match;
    const auto ready = [&] {
        collectOutput();
        match = listening.match(QString::fromUtf8(m_stdout.mid(m_runStdoutStart)));
        return match.hasMatch() || !isRunning();
    };
    if (!QTest::qWaitFor(ready, StartTimeoutMs) || !match.hasMatch()) {
        kill();
        return failWith(QStringLiteral("the server did not say where it listens"));
    }
    m_port = quint16(match.captured(2).toUInt());
    m_url = QUrl(match.captured(1));
    return true;
}

bool ServerProcess::stop()
{
    if (!isRunning())
        return failWith(QStringLiteral("the server is not running"));
    m_process.terminate();
    if (!m_process.waitForFinished(StopTimeoutMs)) {
        kill();
        return failWith(QStringLiteral("the server did not stop on SIGTERM"));
    }
    collectOutput();
    if (m_process.exitStatus() != QProcess::NormalExit || m_process.exitCode() != 0)
        return failWith(
            QStringLiteral("the server exited with status %1").arg(m_process.exitCode()));
    if (!m_stdout.mid(m_runStdoutStart).endsWith("stopped\n"))
        return failWith(QStringLiteral("the server did not report stopping"));
    return true;
}

void ServerProcess::kill()
{
    if (!isRunning())
        return;
    m_process.kill();
    m_process.waitForFinished(StopTimeoutMs);
    collectOutput();
}

bool ServerProcess::restart(bool samePort)
{
    if (isRunning() && !stop())
        return false;
    return start(samePort ? m_port : quint16(0));
}

std::optional<QByteArray> ServerProcess::issueToken(const QString &identity, const QString &purpose)
{
    const ToolRun run = runTool(m_program, {QStringLiteral("issue-token"), QStringLiteral("--data"),
                                            dataDir(), QStringLiteral("--identity"), identity,
                                            QStringLiteral("--purpose"), purpose});
    // Its log goes with the server's; its standard output is the token, by design.
    m_stderr += run.err;
    if (!run.ok) {
        failWith(QStringLiteral("issue-token failed"));
        return std::nullopt;
    }
    std::optional<QByteArray> token = decodeIssuedToken(run.out);
    if (!token)
        failWith(QStringLiteral("issue-token printed no base64url token"));
    return token;
}

std::optional<QString> ServerProcess::takeCode(const QString &identity, int timeoutMs)
{
    QString error;
    std::optional<QString> code = takeDroppedCode(codeDir(), identity, timeoutMs, &error);
    if (!code)
        failWith(error);
    return code;
}

} // namespace cardinal::testing
