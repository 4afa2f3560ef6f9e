// SPDX-License-Identifier: GPL-3.0-or-later
// A server under test in a child process: the real cardinal-server or the baseline relay.
#pragma once

#include "common/result.h"

#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace cardinal::bench {

class ChildServer
{
public:
    ChildServer();
    ~ChildServer();
    ChildServer(const ChildServer &) = delete;
    ChildServer &operator=(const ChildServer &) = delete;

    //! Starts `program` and waits (bounded) for "listening on URL" on its standard output.
    [[nodiscard]] Result<QUrl> start(const QString &program, const QStringList &arguments);
    //! SIGTERM, then waits; an empty string for a clean exit (status 0), else what happened.
    QString stop();

    [[nodiscard]] qint64 pid() const { return m_process.processId(); }
    [[nodiscard]] bool isRunning() const { return m_process.state() == QProcess::Running; }
    //! Warning, critical and fatal log lines the child printed so far (the first few kept).
    [[nodiscard]] int warningCount() const { return m_warnings; }
    [[nodiscard]] const QStringList &warningSamples() const { return m_samples; }

private:
    void scanStderr();

    QProcess m_process;
    QByteArray m_stdout;
    QByteArray m_stderrTail;
    int m_warnings = 0;
    QStringList m_samples;
};

} // namespace cardinal::bench
