// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a test needs from a running channel server, whichever way it runs: as the real
// cardinal-server process (ServerProcess) or in the test's own process (InProcessServer).
// TestClient's registration helpers take this, so a suite can switch between the two by
// changing one declaration. Part of the cardinal_server_testing library.

#include "crypto/keys.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <optional>

namespace cardinal::testing {

//! How long takeCode() waits for a code unless told otherwise.
inline constexpr int CodeWaitMs = 5000;

class TestServer
{
public:
    virtual ~TestServer() = default;

    //! Where clients connect (ws://127.0.0.1:PORT); empty while not started.
    [[nodiscard]] virtual QUrl url() const = 0;
    //! The authority key clients pin, known once the data directory is initialised.
    [[nodiscard]] virtual const std::optional<crypto::Ed25519PublicKey> &authorityKey() const = 0;
    //! A validation token for `identity` minted with the server's application key, as
    //! `cardinal-server issue-token` prints it (decoded): the raw token bytes, or nothing.
    [[nodiscard]] virtual std::optional<QByteArray>
    issueToken(const QString &identity, const QString &purpose = QStringLiteral("register")) = 0;
    //! The code the server dropped for `identity`, waiting for it up to `timeoutMs`. The file
    //! is removed once read, so the next code is never confused with this one.
    [[nodiscard]] virtual std::optional<QString> takeCode(const QString &identity,
                                                          int timeoutMs = CodeWaitMs) = 0;
    //! Why the last call failed.
    [[nodiscard]] virtual const QString &lastError() const = 0;

protected:
    TestServer() = default;
    TestServer(const TestServer &) = default;
    TestServer &operator=(const TestServer &) = default;
};

//! The code a `drop:` delivery wrote for `identity` into `codeDir`, waiting for the file up
//! to `timeoutMs` and removing it once read; nothing with the reason in `error`.
[[nodiscard]] std::optional<QString>
takeDroppedCode(const QString &codeDir, const QString &identity, int timeoutMs, QString *error);

//! The token `cardinal-server issue-token` prints (base64url) decoded; nothing if it is not
//! base64url or empty.
[[nodiscard]] std::optional<QByteArray> decodeIssuedToken(const QByteArray &printed);

} // namespace cardinal::testing
