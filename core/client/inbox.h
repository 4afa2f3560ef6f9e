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
//!
//! Messages are stored and acknowledged in batches: what is ready goes into the history in
//! one transaction (one fsync) once nothing more is waiting or StoreBatch are ready, and
//! then one `ack` request names them all. Acknowledging only after the commit keeps the
//! promise that nothing acknowledged is lost: a crash in between means the server pushes
//! them again and the history drops the duplicates.
class Inbox : public QObject
{
    Q_OBJECT

public:
    //! Messages stored in one transaction and acknowledged in one request, at most.
    static constexpr int StoreBatch = 64;

    explicit Inbox(ClientContext &context, QObject *parent = nullptr);

    //! Queues a `message` event for processing, or a `backlog-end` event, which is answered
    //! with backlogReceived() once everything queued before it is stored.
    void accept(const protocol::Frame &event);

Q_SIGNALS:
    //! New entries are in the history (messages, or undecryptable ones), stored together.
    void messagesAdded(const QList<cardinal::protocol::MessageId> &ids);
    //! A trust notice is in the history.
    void messageAdded(const cardinal::protocol::MessageId &id);
    void contactChanged(const QString &identity);
    //! Everything the server had queued for this device when it connected is in the history.
    void backlogReceived();

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
    //! Keeps a processed message for the next batch and goes on with the queue.
    void store(const Incoming &incoming, HistoryMessage message);
    //! Stores the messages that are ready in one transaction, then acknowledges them.
    void flush();
    [[nodiscard]] ConversationRef conversationOf(const Incoming &incoming) const;

    ClientContext &m_context;
    QQueue<protocol::Frame> m_queue;
    QList<HistoryMessage> m_ready; //!< processed, not yet stored
    QList<qint64> m_readySeqs;     //!< their server seqs, to acknowledge once stored
    bool m_busy = false;
};

} // namespace cardinal::client
