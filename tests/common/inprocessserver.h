// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A real channel server (server::ServerInstance: storage, keys, code delivery, sessions,
// services) running in the test's own process: no process to start, no output to parse,
// and a debugger or sanitizer sees both sides. It runs on a thread of its own, as it would
// in a process of its own: the test's bounded waits (QTest::qWaitFor) sleep between
// rounds of events, and the server keeps working meanwhile. Its data directory,
// code drop directory and config file live in a temporary directory of its own; it listens
// on 127.0.0.1 only. It offers what suites use from ServerProcess, so a suite switches by
// changing one declaration; suites that need a process of its own (SIGKILL, the CLI, its
// output) keep ServerProcess. Part of the cardinal_server_fixture library
// (tests/common/CMakeLists.txt). Use it from one thread (the test's).

#include "testserver.h"

#include <QMap>
#include <QTemporaryDir>
#include <QThread>

#include <functional>
#include <memory>

namespace cardinal::server {
class ServerInstance;
}

namespace cardinal::testing {

class InProcessServer final : public TestServer
{
public:
    InProcessServer();
    ~InProcessServer() override;
    InProcessServer(const InProcessServer &) = delete;
    InProcessServer &operator=(const InProcessServer &) = delete;

    //! Initialises the data directory (as `cardinal-server init` does) and keeps the
    //! authority key. False (see lastError()) if it fails.
    [[nodiscard]] bool init();
    //! Settings written to a config file and read as `--config` would read it, from the next
    //! start on, e.g. {"code-lifetime", "1"}, over the test defaults (serversettings.h).
    void setConfig(const QMap<QString, QString> &settings) { m_config = settings; }
    //! How codes are delivered from the next start on, as `--codes SPEC`. The default is
    //! "drop:" + codeDir(), which takeCode() reads.
    void setCodeDelivery(const QString &spec) { m_codes = spec; }

    //! Starts serving on 127.0.0.1:`port` (0: any free port).
    [[nodiscard]] bool start(quint16 port = 0);
    //! Closes every connection and the database, as a clean shutdown does.
    [[nodiscard]] bool stop();
    //! Starts again on the same data directory, on the port it had (or any free one).
    [[nodiscard]] bool restart(bool samePort = true);
    [[nodiscard]] bool isRunning() const { return m_instance != nullptr; }

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
    [[nodiscard]] const std::optional<crypto::Ed25519PublicKey> &authorityKey() const override
    {
        return m_authorityKey;
    }
    [[nodiscard]] const QString &lastError() const override { return m_lastError; }

private:
    //! Records why something failed (see lastError()); returns false for `return failWith()`.
    bool failWith(const QString &why);
    [[nodiscard]] QString configPath() const;
    //! Runs `work` on the server's thread and waits until it is done.
    void onServerThread(const std::function<void()> &work);

    QTemporaryDir m_dir;
    QMap<QString, QString> m_config;
    QString m_codes;
    std::optional<crypto::Ed25519PublicKey> m_authorityKey;
    QThread m_thread;
    QObject *m_threadAnchor = nullptr; //!< lives on m_thread; invokeMethod() targets it
    //! Created, used and destroyed on m_thread only.
    std::unique_ptr<server::ServerInstance> m_instance;
    QUrl m_url;
    quint16 m_port = 0;
    QString m_lastError;
};

} // namespace cardinal::testing
