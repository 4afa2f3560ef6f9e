// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "crypto/keys.h"
#include "protocol/api/schema.h"
#include "protocol/api/session.h"
#include "protocol/frames.h"
#include "protocol/ids.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QWebSocket;

namespace cardinal::client {

//! What a device proves itself with when the session opens.
struct SessionCredentials
{
    protocol::CardId card;
    protocol::DeviceId device;
    std::shared_ptr<const crypto::Ed25519KeyPair> identityKey;
    //! For a device joining its card (after a restore): its signed record, added by the
    //! server as part of authentication. Empty otherwise.
    QByteArray newDeviceRecord;
};

//! The client's WebSocket link to a channel server: request/response matching with
//! timeouts, challenge-response authentication, pinning of the server's authority key,
//! events, and reconnection with exponential backoff and jitter.
//!
//! Signals, in the order they fire for one connection:
//!
//! | signal | when |
//! |---|---|
//! | stateChanged(Connecting) | open() or a reconnect attempt starts |
//! | authorityLearned(key) | first contact with an unpinned server (pin it: TOFU) |
//! | logKeysLearned(keys) | first hello with key-transparency keys (pin them likewise) |
//! | stateChanged(Connected) | hello received and the authority key accepted |
//! | stateChanged(Online) | authenticated (only with credentials) |
//! | eventReceived(frame) | any server event after hello (messages, card changes, ...) |
//! | failed(error) | authority mismatch (no reconnect), authentication refused (no reconnect) |
//! | stateChanged(Disconnected) | the socket closed; a reconnect is scheduled unless stopped |
//!
//! Requests sent before the state is Connected (or Online, for requests that need it) wait
//! in a queue and go out once it is reached; each has its own timeout. An attempt that fails
//! before the server's hello (nothing listens, the name is unknown, something other than a
//! Cardinal server answers, the TLS handshake fails, or no hello within HelloTimeout) fails
//! the requests still waiting with that reason at once, instead of letting each one run
//! into its timeout; problem() keeps the reason until a hello arrives. Lives on the thread
//! that created it.
class Connection : public QObject
{
    Q_OBJECT

public:
    enum class State { Disconnected, Connecting, Connected, Online };
    Q_ENUM(State)

    static constexpr std::chrono::milliseconds DefaultTimeout{15'000};
    static constexpr std::chrono::milliseconds MinBackoff{500};
    static constexpr std::chrono::milliseconds MaxBackoff{30'000};
    //! How long an attempt may take from open() to the server's hello.
    static constexpr std::chrono::milliseconds HelloTimeout{10'000};

    using Reply = std::function<void(Result<QCborArray>)>;

    explicit Connection(QUrl url, QObject *parent = nullptr);
    ~Connection() override;

    //! Changes the server; takes effect at the next open().
    void setUrl(const QUrl &url) { m_url = url; }
    //! Refuse any server whose authority key differs (nothing pinned: accept and announce it).
    void setPinnedAuthority(std::optional<crypto::Ed25519PublicKey> key);
    //! Likewise for the keys of the server's key-transparency log: once pinned, a hello
    //! with other keys, or with none, is refused like another authority key.
    void setPinnedLogKeys(std::optional<protocol::kt::LogKeys> keys) { m_pinnedLog = std::move(keys); }
    //! Authenticate automatically after every hello.
    void setCredentials(std::optional<SessionCredentials> credentials);
    //! Whether to reconnect after a drop (default true).
    void setAutoReconnect(bool enabled) { m_autoReconnect = enabled; }

    void open();
    //! Closes the link and stops reconnecting; pending requests fail with Unreachable.
    void close();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const QUrl &url() const { return m_url; }
    //! The authority key announced by the server in this session's hello.
    [[nodiscard]] std::optional<crypto::Ed25519PublicKey> serverAuthority() const
    {
        return m_hello ? std::optional(m_hello->authority) : std::nullopt;
    }
    //! The key-transparency keys announced in this session's hello (none from a server
    //! without a log).
    [[nodiscard]] std::optional<protocol::kt::LogKeys> serverLogKeys() const
    {
        return m_hello ? m_hello->transparency : std::nullopt;
    }
    //! Why the last attempt did not reach the server (a network ErrorCode, see
    //! isNetworkFailure(), with the system's words as detail); empty once a hello arrived.
    [[nodiscard]] const std::optional<Error> &problem() const { return m_problem; }

    //! Sends a request; `reply` gets the response payload or the error. Requests that need
    //! authentication wait for Online; registration requests go out once Connected.
    void request(const QString &type, QCborArray payload, Reply reply,
                 std::chrono::milliseconds timeout = DefaultTimeout);

    //! Sends a typed request (protocol/api) and hands `reply` its decoded reply, or the error
    //! (MalformedInput when the server's answer does not decode).
    template<protocol::api::Request R>
    void call(const R &request, std::function<void(Result<typename R::Reply>)> reply,
              std::chrono::milliseconds timeout = DefaultTimeout)
    {
        this->request(
            R::type(), request.encode(),
            [reply = std::move(reply)](Result<QCborArray> payload) {
                if (!payload)
                    return reply(fail(payload.error()));
                reply(R::Reply::decode(*payload));
            },
            timeout);
    }

    //! The ErrorCode a wire error reports.
    [[nodiscard]] static ErrorCode errorCodeFor(protocol::WireError error);

Q_SIGNALS:
    void stateChanged(cardinal::client::Connection::State state);
    void authorityLearned(const QByteArray &authorityKey);
    //! First contact with the server's key-transparency log (pin its keys).
    void logKeysLearned(const cardinal::protocol::kt::LogKeys &keys);
    void eventReceived(const cardinal::protocol::Frame &event);
    void failed(const cardinal::Error &error);

private:
    struct Pending
    {
        QString type;
        QCborArray payload;
        Reply reply;
        QTimer *timer = nullptr;
        bool sent = false;
    };

    void setState(State state);
    void onDisconnected();
    void onSocketError(int socketError);
    //! Drops the socket, if any, without hearing from it again.
    void discardSocket();
    //! The attempt ended before a hello: remember why, fail what waits, drop the socket.
    void attemptFailed(const Error &problem);
    void onBinaryMessage(const QByteArray &message);
    void onHello(const protocol::Frame &hello);
    void authenticate();
    void flushPending();
    void finish(quint64 id, Result<QCborArray> result);
    //! Stops for good (no reconnect): pending requests fail with `error`, failed() fires.
    void giveUp(const Error &error);
    void failPending(const Error &error);
    void scheduleReconnect();
    [[nodiscard]] static bool needsAuthentication(const QString &type);

    QUrl m_url;
    QWebSocket *m_socket = nullptr;
    State m_state = State::Disconnected;
    std::optional<crypto::Ed25519PublicKey> m_pinned;
    std::optional<protocol::kt::LogKeys> m_pinnedLog;
    std::optional<SessionCredentials> m_credentials;
    std::optional<protocol::api::Hello> m_hello;
    bool m_autoReconnect = true;
    bool m_stopped = true;
    std::chrono::milliseconds m_backoff = MinBackoff;
    QTimer m_reconnectTimer;
    QTimer m_helloTimer;
    std::optional<Error> m_problem;
    quint64 m_nextId = 1;
    QHash<quint64, Pending> m_pending;
};

} // namespace cardinal::client
