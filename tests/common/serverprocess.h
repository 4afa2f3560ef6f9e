// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A real cardinal-server process for integration tests: its data directory, code drop
// directory and config file live in a temporary directory of its own, it listens on
// 127.0.0.1 only, and it is stopped (SIGTERM, then SIGKILL) when the object goes away.
// Every wait is bounded. Part of the cardinal_server_testing library
// (tests/common/CMakeLists.txt); tests pass the server binary's path to the constructor
// (CARDINAL_SERVER_PATH in tests/integration).

#include "testserver.h"

#include <QByteArray>
#include <QMap>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <optional>

namespace cardinal::testing {

class ServerProcess : public QObject, public TestServer
{
    Q_OBJECT

public:
    static constexpr int StartTimeoutMs = 15'000;
    static constexpr int StopTimeoutMs = 15'000;

    explicit ServerProcess(QString program, QObject *parent = nullptr);
    ~ServerProcess() override;

    //! Runs `cardinal-server init` on the data directory and reads the authority key it
    //! prints. False (see lastError()) if it fails.
    [[nodiscard]] bool init();
    //! Settings written to a config file and passed with --config from the next start on,
    //! e.g. {"code-lifetime", "1"}, over the test defaults (serversettings.h).
    void setConfig(const QMap<QString, QString> &settings);

    //! How codes are delivered from the next start on: `--codes SPEC`. The default is
    //! "drop:" + codeDir(), which takeCode() reads.
    void setCodeDelivery(const QString &spec) { m_codes = spec; }

    //! Starts serving on 127.0.0.1:`port` (0: any free port) and waits until it prints the
    //! address it listens on.
    [[nodiscard]] bool start(quint16 port = 0);
    //! SIGTERM, then waits for a clean exit (status 0, "stopped" printed).
    [[nodiscard]] bool stop();
    //! SIGKILL: the server gets no chance to clean up.
    void kill();
    //! Starts again on the same data directory, on the port it had (or any free one).
    [[nodiscard]] bool restart(bool samePort = true);
    [[nodiscard]] bool isRunning() const;

    //! `cardinal-server issue-token` for `identity`: the raw token bytes, or nothing.
    [[nodiscard]] std::optional<QByteArray>
    issueToken(const QString &identity,
               const QString &purpose = QStringLiteral("register")) override;
    [[nodiscard]] std::optional<QString> takeCode(const QString &identity,
                                                  int timeoutMs = CodeWaitMs) override;

    [[nodiscard]] QUrl url() const override { return m_url; }
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString dataDir() const;
    [[nodiscard]] QString codeDir() const;
    [[nodiscard]] QString databasePath() const;
    //! The authority key `init` printed.
    [[nodiscard]] const std::optional<crypto::Ed25519PublicKey> &authorityKey() const override
    {
        return m_authorityKey;
    }

    //! Everything the serving processes (and init) wrote, over all runs so far.
    [[nodiscard]] QByteArray standardOutput();
    [[nodiscard]] QByteArray standardError();
    //! Why the last call failed, with the server's recent stderr.
    [[nodiscard]] const QString &lastError() const override { return m_lastError; }

private:
    //! Records why something failed (see lastError()); returns false for `return failWith()`.
    bool failWith(const QString &why);
    void collectOutput();
    [[nodiscard]] QString configPath() const;

    QString m_program;
    QTemporaryDir m_dir;
    QProcess m_process;
    QMap<QString, QString> m_config;
    QString m_codes;
    std::optional<crypto::Ed25519PublicKey> m_authorityKey;
    QUrl m_url;
    quint16 m_port = 0;
    QByteArray m_stdout;
    QByteArray m_stderr;
    qsizetype m_runStdoutStart = 0;
    QString m_lastError;
};

} // namespace cardinal::testing
