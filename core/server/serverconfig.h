// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QHostAddress>
#include <QString>

#include <chrono>

namespace cardinal::server {

//! Everything a client can make the server spend, bounded. Defaults are the named
//! constants; a config file may change each (see docs/server.md).
struct ServerLimits
{
    static constexpr qint64 DefaultMaxFrameBytes = 1024 * 1024;
    static constexpr int DefaultMaxRecipients = 1000;
    static constexpr int DefaultMaxQueuedPerDevice = 10'000;
    static constexpr int DefaultRequestsPerSecond = 50;
    static constexpr int DefaultRequestBurst = 200;
    static constexpr int DefaultMaxUnauthenticated = 512;
    static constexpr int DefaultMaxConnections = 20'000;
    static constexpr int DefaultAuthTimeoutSeconds = 30;
    static constexpr int DefaultIdleTimeoutSeconds = 120;
    static constexpr int DefaultMaxGroupMembers = 256;
    static constexpr qint64 DefaultMaxBackupBytes = 64 * 1024;
    static constexpr qint64 DefaultMaxPendingWriteBytes = 8 * 1024 * 1024;
    static constexpr int DefaultCodeLifetimeSeconds = 10 * 60;

    qint64 maxFrameBytes = DefaultMaxFrameBytes;           //!< per WebSocket message
    int maxRecipients = DefaultMaxRecipients;              //!< devices per envelope
    int maxQueuedPerDevice = DefaultMaxQueuedPerDevice;    //!< undelivered messages per device
    int requestsPerSecond = DefaultRequestsPerSecond;      //!< sustained, per connection
    int requestBurst = DefaultRequestBurst;                //!< token bucket depth
    int maxUnauthenticated = DefaultMaxUnauthenticated;    //!< connections not yet authenticated
    int maxConnections = DefaultMaxConnections;            //!< all connections
    int authTimeoutSeconds = DefaultAuthTimeoutSeconds;    //!< to authenticate after connecting
    int idleTimeoutSeconds = DefaultIdleTimeoutSeconds;    //!< silence (no frame, no pong)
    int maxGroupMembers = DefaultMaxGroupMembers;
    qint64 maxBackupBytes = DefaultMaxBackupBytes;
    qint64 maxPendingWriteBytes = DefaultMaxPendingWriteBytes; //!< unsent bytes before we drop a slow reader
    int codeLifetimeSeconds = DefaultCodeLifetimeSeconds;  //!< how long an identity code is valid
};

//! How identity codes reach people.
struct CodeDeliveryConfig
{
    enum class Kind { Console, Drop, Sendmail };
    Kind kind = Kind::Console;
    QString argument; //!< Drop: directory; Sendmail: the command line
    QString from = QStringLiteral("cardinal@localhost"); //!< sender address for mail

    //! Parses "console", "drop:DIR" or "sendmail:COMMAND".
    [[nodiscard]] static Result<CodeDeliveryConfig> parse(const QString &spec);
};

//! The key-transparency log's settings (docs/key-transparency.md).
struct TransparencyConfig
{
    static constexpr std::chrono::milliseconds DefaultEpoch = std::chrono::seconds(10);
    static constexpr std::chrono::milliseconds MinEpoch = std::chrono::milliseconds(20);
    static constexpr std::chrono::milliseconds MaxEpoch = std::chrono::hours(1);

    //! The log's name in its checkpoints (and its key's name). Empty: "cardinal-kt/" and
    //! the first 16 hex digits of the key's SHA-256, stable as long as the key is.
    //! Changing it later changes the key clients pinned: set it before anyone connects.
    QString origin;
    //! How long changes wait for their checkpoint (`kt-epoch`, seconds; fractions allowed).
    std::chrono::milliseconds epoch = DefaultEpoch;
};

//! How the server runs: where it listens, where its data is, what it allows.
struct ServerConfig
{
    QString dataDir;
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 listenPort = 0; //!< 0: pick a free port
    QString tlsCertificate; //!< PEM; with tlsKey, serve wss://
    QString tlsKey;
    QString serverName = QStringLiteral("cardinal");
    CodeDeliveryConfig codes;
    ServerLimits limits;
    TransparencyConfig transparency;

    //! Reads an INI-style config file (see docs/server.md) over the current values.
    //! Unknown keys and out-of-range values are errors, so typos do not go unnoticed.
    [[nodiscard]] Result<void> loadFile(const QString &path);
    //! Parses "HOST:PORT" (IPv6 as "[::1]:PORT").
    [[nodiscard]] Result<void> setListen(const QString &hostPort);
};

} // namespace cardinal::server
