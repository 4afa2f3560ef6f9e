// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clientcontext.h"
#include "historystore.h"
#include "protocol/frames.h"

#include <QObject>
#include <QQueue>

namespace cardinal::client {

//! Receives `message` events one at a time, in the order the server pushes them: opens the
//! envelope with this device's key, finds and verifies the sender's card, checks that the
//! server's routing agrees with what the sender signed, stores the message (dropping
//! duplicates by id), and acknowledges it. A message that cannot be opened or verified is
//! kept as an Undecryptable entry with its FailureReason, never dropped silently.
class Inbox : public QObject
{
    Q_OBJECT

public:
    explicit Inbox(ClientContext &context, QObject *parent = nullptr);

    //! Queues a `message` event for processing.
    void accept(const protocol::Frame &event);

Q_SIGNALS:
    //! A new entry is in the history (a message, or an undecryptable one).
    void messageAdded(const cardinal::protocol::MessageId &id);
    void contactChanged(const QString &identity);

private:
    struct Incoming
    {
        qint64 seq = 0;
        bool group = false;
        QByteArray channelId;
        QStringList directMembers;
        QString senderIdentity;
        QByteArray envelope;
        qint64 receivedAtMs = 0;
    };

    void processNext();
    void store(const Incoming &incoming, HistoryMessage message);
    void done(qint64 seq);
    [[nodiscard]] ConversationRef conversationOf(const Incoming &incoming) const;

    ClientContext &m_context;
    QQueue<protocol::Frame> m_queue;
    bool m_busy = false;
};

} // namespace cardinal::client
