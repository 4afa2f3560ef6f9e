// SPDX-License-Identifier: GPL-3.0-or-later
// One benchmark client connection, to the channel server (authenticates, acks what it
// receives, in batches) or to the baseline relay (joins a route).
#pragma once

#include "benchsupport.h"
#include "protocol/api/schema.h"
#include "protocol/frames.h"

#include <QHash>
#include <QObject>
#include <QWebSocket>

#include <functional>

namespace cardinal::bench {

class LoadClient : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Cardinal, Baseline };
    //! A delivered envelope (Cardinal: a message event; Baseline: a forwarded send frame).
    using MessageHook = std::function<void(LoadClient &receiver, const QByteArray &envelope)>;
    //! A response or error to one of our requests other than auth and ack.
    using ReplyHook = std::function<void(LoadClient &client, const QString &requestType,
                                         const protocol::Frame &reply)>;

    //! Cardinal mode with `identity`: authenticates after the hello; without: stays
    //! unauthenticated (for publish-card). Baseline mode: joins route `index` on connect.
    LoadClient(Mode mode, int index, const BenchIdentity *identity, QObject *parent = nullptr);
    ~LoadClient() override;

    void setHooks(MessageHook message, ReplyHook reply);
    void open(const QUrl &url);
    //! Baseline only: move to another route; ready again once the relay confirms.
    void join(int route);
    //! Sends a request frame; returns its id. Baseline: the frame is just forwarded.
    quint64 request(const QString &type, const QCborArray &payload);
    //! Sends a typed request (protocol/api), as the real client does.
    template<protocol::api::Request R>
    quint64 call(const R &request)
    {
        return this->request(R::type(), request.encode());
    }
    void close();

    [[nodiscard]] int index() const { return m_index; }
    [[nodiscard]] bool isReady() const { return m_ready; }
    [[nodiscard]] bool isGone() const { return m_gone; }
    //! Why the connection failed or ended unexpectedly; empty while all is well.
    [[nodiscard]] const QString &problem() const { return m_problem; }
    [[nodiscard]] qsizetype pendingRequests() const { return m_pending.size(); }
    //! Ack requests answered with an error.
    [[nodiscard]] int ackErrors() const { return m_ackErrors; }

private:
    void onConnected();
    void onBinary(const QByteArray &bytes);
    void onCardinalFrame(const protocol::Frame &frame);
    void onHello(const protocol::Frame &hello);
    void onDisconnected();
    void flushAcks();
    void setProblem(const QString &problem);

    Mode m_mode;
    int m_index;
    const BenchIdentity *m_identity;
    QWebSocket m_socket;
    MessageHook m_onMessage;
    ReplyHook m_onReply;
    quint64 m_nextId = 1;
    QHash<quint64, QString> m_pending; //!< request id -> type, until answered
    QList<qint64> m_acks;
    bool m_ackFlushQueued = false;
    bool m_ready = false;
    bool m_gone = false;
    bool m_closing = false;
    int m_ackErrors = 0;
    QString m_problem;
};

} // namespace cardinal::bench
