// SPDX-License-Identifier: GPL-3.0-or-later
#include "childserver.h"

#include <QDeadlineTimer>
#include <QProcessEnvironment>

namespace cardinal::bench {

namespace {
constexpr int StartTimeoutMs = 20'000;
constexpr int StopTimeoutMs = 20'000;
constexpr int MaxSamples = 5;
const QByteArray ListeningPrefix = QByteArrayLiteral("listening on ");
} // namespace

ChildServer::ChildServer()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The level in front of every line, so warnings can be counted.
    environment.insert(QStringLiteral("QT_MESSAGE_PATTERN"),
                       QStringLiteral("%{type} %{if-category}%{category}: %{endif}%{message}"));
    m_process.setProcessEnvironment(environment);
    QObject::connect(&m_process, &QProcess::readyReadStandardError, [this] { scanStderr(); });
}

ChildServer::~ChildServer()
{
    if (isRunning()) {
        m_process.kill();
        m_process.waitForFinished(StopTimeoutMs);
    }
}

Result<QUrl> ChildServer::start(const QString &program, const QStringList &arguments)
{
    m_process.start(program, arguments);
    if (!m_process.waitForStarted(StartTimeoutMs))
        return fail(ErrorCode::IoError,
                    QStringLiteral("cannot start %1: %2").arg(program, m_process.errorString()));
    const QDeadlineTimer deadline(StartTimeoutMs);
    while (!deadline.hasExpired() && isRunning()) {
        m_process.waitForReadyRead(100);
        m_stdout += m_process.readAllStandardOutput();
        const qsizetype at = m_stdout.indexOf(ListeningPrefix);
        const qsizetype end = at < 0 ? -1 : m_stdout.indexOf('\n', at);
        if (end > at) {
            const QByteArray url =
                m_stdout.mid(at + ListeningPrefix.size(), end - at - ListeningPrefix.size());
            return QUrl(QString::fromUtf8(url.trimmed()));
        }
    }
    scanStderr();
    return fail(ErrorCode::IoError, QStringLiteral("%1 did not report listening: %2")
                                        .arg(program, QString::fromUtf8(m_stderrTail.right(500))));
}

QString ChildServer::stop()
{
    if (!isRunning())
        return QStringLiteral("had exited before being stopped (exit code %1, %2)")
            .arg(m_process.exitCode())
            .arg(m_process.exitStatus() == QProcess::CrashExit ? QStringLiteral("crashed")
                                                               : QStringLiteral("normal exit"));
    m_process.terminate();
    if (!m_process.waitForFinished(StopTimeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(StopTimeoutMs);
        return QStringLiteral("did not stop within %1 s of SIGTERM").arg(StopTimeoutMs / 1000);
    }
    scanStderr();
    if (m_process.exitStatus() != QProcess::NormalExit || m_process.exitCode() != 0)
        return QStringLiteral("stopped with exit code %1 (%2)")
            .arg(m_process.exitCode())
            .arg(m_process.exitStatus() == QProcess::CrashExit ? QStringLiteral("crashed")
                                                               : QStringLiteral("normal exit"));
    return {};
}

void ChildServer::scanStderr()
{
    m_stderrTail += m_process.readAllStandardError();
    qsizetype newline;
    while ((newline = m_stderrTail.indexOf('\n')) >= 0) {
        const QByteArray line = m_stderrTail.left(newline);
        m_stderrTail.remove(0, newline + 1);
        if (line.startsWith("warning") || line.startsWith("critical") || line.startsWith("fatal")) {
            ++m_warnings;
            if (m_samples.size() < MaxSamples)
                m_samples.append(QString::fromUtf8(line.left(300)));
        }
    }
}

} // namespace cardinal::bench
