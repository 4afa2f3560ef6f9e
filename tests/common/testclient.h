// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A bare protocol client for integration tests: one QWebSocket to a channel server that
// reads the hello, numbers requests, waits (bounded) for the matching answer and keeps
// every event it receives. It checks nothing on its own, so tests can also send what a real
// client never would (raw bytes, text frames, wrong signatures). Helpers cover the usual
// steps: registration by code, authentication with a Profile, lookups, sending, acks.
// Part of the cardinal_server_testing library (tests/common/CMakeLists.txt).

#include "client/profile.h"
#include "protocol/cardbundle.h"
#include "protocol/api/directory.h"
#include "protocol/api/schema.h"
#include "protocol/frames.h"

#include <QCborArray>
#include <QList>
#include <QObject>
#include <QUrl>
#include <QWebSocket>

#include <memory>
#include <optional>

//! Fails the test unless `reply` is a response. `reply` is evaluated once, so it may be
//! the request itself.
#define QVERIFY_REPLY(reply)                                                                       \
    do {                                                                                           \
        const auto &checkedReply_ = (reply);                                                      \
        QVERIFY2(checkedReply_.ok(), checkedReply_.describe().constData());                       \
    } while (false)
//! Fails the test unless `reply` is the error `expected` (a WireError); evaluated once.
#define QVERIFY_WIRE_ERROR(reply, expected)                                                        \
    do {                                                                                           \
        const auto &checkedReply_ = (reply);                                                      \
        QVERIFY2(checkedReply_.isError(::cardinal::protocol::WireError::expected),                \
                 checkedReply_.describe().constData());                                           \
    } while (false)

namespace cardinal::testing {

class TestServer;

//! How long helpers wait for an answer unless told otherwise.
inline constexpr int ReplyTimeoutMs = 10'000;

//! The server's hello event.
struct Hello
{
    qint64 protocolVersion = 0;
    QString serverName;
    crypto::Ed25519PublicKey authorityKey;
    QByteArray challenge;
    std::optional<protocol::kt::LogKeys> logKeys; //!< the key-transparency log's keys
};

//! The answer to one request: a response, an error, or nothing when none came in time.
struct Reply
{
    std::optional<protocol::Frame> frame;

    [[nodiscard]] bool ok() const { return frame && frame->kind == protocol::FrameKind::Response; }
    [[nodiscard]] bool timedOut() const { return !frame; }
    //! The wire error, if the answer was an error frame.
    [[nodiscard]] std::optional<protocol::WireError> error() const;
    [[nodiscard]] bool isError(protocol::WireError expected) const { return error() == expected; }
    //! The response payload (empty for errors and timeouts).
    [[nodiscard]] QCborArray payload() const { return ok() ? frame->payload : QCborArray(); }
    //! "response [..]", "error not-found: ...", "no answer": for failure messages.
    [[nodiscard]] QByteArray describe() const;
    //! The response decoded as request R's reply (protocol/api); nothing for errors,
    //! timeouts and replies that do not decode.
    template<protocol::api::Request R>
    [[nodiscard]] std::optional<typename R::Reply> as() const
    {
        if (!ok())
            return std::nullopt;
        auto decoded = R::Reply::decode(frame->payload);
        return decoded ? std::optional<typename R::Reply>(std::move(*decoded)) : std::nullopt;
    }
};

//! A `message` event, decoded.
struct MessageEvent
{
    qint64 seq = 0;
    qint64 channelKind = -1; //!< 0 direct, 1 group
    QByteArray channelId;
    QStringList directMembers;
    QString sender;
    QByteArray envelope;
    qint64 receivedAtMs = 0;

    //! Nothing when `event` is not a well-formed message event.
    [[nodiscard]] static std::optional<MessageEvent> fromFrame(const protocol::Frame &event);
};

//! A send target as the protocol spells it (protocol::SendTarget, encoded); an identity
//! that is no e-mail address goes out as it is, for tests of the server's checks.
[[nodiscard]] QCborArray directTarget(const QString &peerIdentity);
[[nodiscard]] QCborArray groupTarget(const QByteArray &groupId);

class TestClient : public QObject
{
    Q_OBJECT

public:
    explicit TestClient(QObject *parent = nullptr);
    ~TestClient() override;

    //! Opens the connection and waits for the hello. False on failure or timeout.
    [[nodiscard]] bool connectTo(const QUrl &url, int timeoutMs = ReplyTimeoutMs);
    //! Closes normally and waits (bounded) until the socket is gone.
    void disconnectFromServer(int timeoutMs = ReplyTimeoutMs);
    //! Drops the TCP connection without a close handshake.
    void abort();
    [[nodiscard]] bool isConnected() const;
    [[nodiscard]] bool waitForDisconnected(int timeoutMs = ReplyTimeoutMs);
    [[nodiscard]] QWebSocketProtocol::CloseCode closeCode() const { return m_socket.closeCode(); }

    [[nodiscard]] const Hello &hello() const { return m_hello; }

    // Raw traffic.
    //! Sends a request and returns its id, without waiting.
    quint64 post(const QString &type, const QCborArray &payload = {});
    //! Waits for the answer to request `id`.
    [[nodiscard]] Reply waitForReply(quint64 id, int timeoutMs = ReplyTimeoutMs);
    //! post() then waitForReply().
    [[nodiscard]] Reply request(const QString &type, const QCborArray &payload = {},
                                int timeoutMs = ReplyTimeoutMs);
    //! Sends anything. Raw frames should use ids far above those post() uses (which count
    //! from 1), so their answers are not taken for a request's.
    void sendBinary(const QByteArray &bytes);
    void sendText(const QString &text);
    //! The next request id post() will use.
    [[nodiscard]] quint64 nextId() const { return m_nextId; }
    //! Responses and errors received so far (with id or without), for counting answers to
    //! frames sent raw.
    [[nodiscard]] qsizetype answerCount() const { return m_answerCount; }
    //! How many of those answers were errors (refusals), and the request types that were
    //! answered with success instead, in order (frames sent raw included).
    [[nodiscard]] qsizetype refusalCount() const { return m_refusalCount; }
    [[nodiscard]] const QList<quint64> &acceptedIds() const { return m_acceptedIds; }

    // Events and errors about unparseable frames (id 0).
    [[nodiscard]] QList<protocol::Frame> events(const QString &type = {}) const;
    //! Waits until at least `count` events of `type` have arrived in total.
    [[nodiscard]] bool waitForEvents(const QString &type, qsizetype count,
                                     int timeoutMs = ReplyTimeoutMs);
    void clearEvents() { m_events.clear(); }
    [[nodiscard]] const QList<protocol::Frame> &frameErrors() const { return m_frameErrors; }
    //! Binary messages from the server that were not frames at all (should stay empty).
    [[nodiscard]] const QList<QByteArray> &undecodable() const { return m_undecodable; }
    [[nodiscard]] bool waitForFrameErrors(qsizetype count, int timeoutMs = ReplyTimeoutMs);
    //! The message events received so far, in arrival order.
    [[nodiscard]] QList<MessageEvent> messages() const;
    [[nodiscard]] bool waitForMessages(qsizetype count, int timeoutMs = ReplyTimeoutMs);

    //! Sends a typed request (protocol/api) and waits for its answer.
    template<protocol::api::Request R>
    [[nodiscard]] Reply call(const R &request, int timeoutMs = ReplyTimeoutMs)
    {
        return this->request(R::type(), request.encode(), timeoutMs);
    }

    // Protocol steps. The code steps take plain strings, so that tests can also send what a
    // real client never would.
    [[nodiscard]] Reply requestCode(const QString &identity,
                                    const QString &purpose = protocol::wire::PurposeRegister);
    [[nodiscard]] Reply confirmCode(const QString &identity, const QString &purpose,
                                    const QString &code);
    [[nodiscard]] Reply publishCard(const QByteArray &token, const QByteArray &bundle);
    //! request-code, the code from the server's drop directory, confirm-code, publish-card
    //! of the profile's bundle; the countersigned card is stored back into the profile.
    //! The publish-card reply, or the first failing step's.
    [[nodiscard]] Reply registerProfile(client::Profile &profile, TestServer &server);
    //! Signs this connection's challenge as `device` of `card`.
    [[nodiscard]] Reply authenticate(const crypto::Ed25519KeyPair &identityKey,
                                     const protocol::CardId &card, const protocol::DeviceId &device,
                                     const QByteArray &newDeviceRecord = {});
    [[nodiscard]] Reply authenticate(const client::Profile &profile);
    //! `lookup` of `identity`, the bundle checked against the hello's authority key.
    [[nodiscard]] std::optional<protocol::CardBundle> lookup(const QString &identity);
    //! `lookup` of `identity` once its card is in a checkpoint (asked again while the answer
    //! says it is pending, up to `timeoutMs`), with the key-transparency proof verified
    //! under the hello's log keys. The failure says which step failed.
    [[nodiscard]] Result<protocol::api::CardLookup> provenLookup(const QString &identity,
                                                                 int timeoutMs = ReplyTimeoutMs);
    [[nodiscard]] Reply send(const QCborArray &target, const QByteArray &envelope);
    [[nodiscard]] Reply ack(const QList<qint64> &seqs);

private:
    void onBinaryMessage(const QByteArray &bytes);

    QWebSocket m_socket;
    Hello m_hello;
    bool m_haveHello = false;
    quint64 m_nextId = 1;
    QHash<quint64, protocol::Frame> m_answers;
    QList<protocol::Frame> m_events;
    QList<protocol::Frame> m_frameErrors;
    QList<QByteArray> m_undecodable;
    qsizetype m_answerCount = 0;
    qsizetype m_refusalCount = 0;
    QList<quint64> m_acceptedIds;
};

//! A new profile for `identity` in `directory`, registered on `server` by code (its card
//! countersigned), or nothing with the reason in `error`.
[[nodiscard]] std::optional<client::Profile> registerNewProfile(TestServer &server,
                                                                const QString &directory,
                                                                const QString &identity,
                                                                QString *error);
//! A client connected to `server` and authenticated as `profile`'s device, or nothing with
//! the reason in `error`.
[[nodiscard]] std::unique_ptr<TestClient> connectAs(TestServer &server,
                                                    const client::Profile &profile, QString *error);

} // namespace cardinal::testing
