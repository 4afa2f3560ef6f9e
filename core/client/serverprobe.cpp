// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverprobe.h"

#include "connection.h"

#include <QTimer>

namespace cardinal::client {

ServerProbe *ServerProbe::check(const QUrl &url, std::optional<crypto::Ed25519PublicKey> authority,
                                Done done, QObject *parent)
{
    return new ServerProbe(url, authority, std::move(done), parent);
}

ServerProbe::ServerProbe(const QUrl &url, std::optional<crypto::Ed25519PublicKey> authority,
                         Done done, QObject *parent)
    : QObject(parent), m_connection(new Connection(url, this)), m_done(std::move(done))
{
    m_connection->setAutoReconnect(false);
    m_connection->setPinnedAuthority(authority);
    connect(m_connection, &Connection::stateChanged, this, [this](Connection::State state) {
        if (state == Connection::State::Connected) {
            const std::optional<crypto::Ed25519PublicKey> key = m_connection->serverAuthority();
            if (key)
                answer(*key);
            else
                answer(fail(ErrorCode::NotAServer, QStringLiteral("no authority key in its hello")));
        } else if (state == Connection::State::Disconnected) {
            // Disconnected without a hello: problem() says why (failed() covers the rest).
            if (const std::optional<Error> &problem = m_connection->problem())
                answer(fail(*problem));
        }
    });
    connect(m_connection, &Connection::failed, this, [this](const Error &error) { answer(fail(error)); });
    // From the event loop: a refusal can be known at once, and `done` is never called
    // before check() has returned.
    QTimer::singleShot(0, m_connection, &Connection::open);
}

void ServerProbe::answer(Result<crypto::Ed25519PublicKey> result)
{
    if (!m_done)
        return; // answered already
    Done done = std::move(m_done);
    m_done = nullptr;
    m_connection->disconnect(this);
    m_connection->close();
    deleteLater();
    done(std::move(result));
}

} // namespace cardinal::client
