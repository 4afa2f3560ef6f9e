// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clientcontext.h"
#include "historystore.h"
#include "protocol/envelope.h"
#include "protocol/frames.h"
#include "truststore.h"

#include <QFutureWatcher>
#include <QObject>
#include <QQueue>

#include <memory>
#include <optional>

namespace cardinal::client {

class HistoryWriter;

//! Receives `message` events in the order the server pushes them: opens the envelope with
//! this device's key, finds and verifies the sender's card, checks that the server's
//! routing agrees with what the sender signed, stores the message (dropping duplicates by
//! id), and acknowledges it. A message that cannot be opened or verified is kept as an
//! Undecryptable entry with its FailureReason, never dropped silently.
//!
//! Messages are stored and acknowledged in batches: what is ready goes into the history in
//! one transaction (one fsync) once nothing more is waiting or StoreBatch are ready, and
//! then one `ack` request names them all. Acknowledging only after the commit keeps the
//! promise that nothing acknowledged is lost: a crash in between means the server pushes
//! them again and the history drops the duplicates.
//!
//! Threads. The Inbox lives on the Messenger's thread, where its signals fire, in order.
//! Opening the envelopes (HPKE, the CPU-heavy part) runs on a worker thread
//! (QtConcurrent), up to StoreBatch at a time, while the previous ones are verified here;
//! the sender's card and the trust store are consulted here. Batches are written by a
//! HistoryWriter on a thread of its own, one after the other; a trust notice and
//! backlogReceived() wait for every batch before them. Destroying the Inbox waits for the
//! batch being written, whose acknowledgement is then never sent; everything not yet
//! acknowledged is pushed again by the server on the next connection.
class Inbox : public QObject
{
    Q_OBJECT

public:
    //! Messages stored in one transaction and acknowledged in one request, at most; also
    //! the most envelopes handed to the worker at once.
    static constexpr int StoreBatch = 64;

    //! Starts a HistoryWriter on the database of `context.profile`'s directory.
    explicit Inbox(ClientContext &context, QObject *parent = nullptr);
    ~Inbox() override;

    //! Queues a `message` event for processing, or a `backlog-end` event, which is answered
    //! with backlogReceived() once everything queued before it is stored.
    void accept(const protocol::Frame &event);

Q_SIGNALS:
    //! New entries are in the history (messages, or undecryptable ones), stored together:
    //! as stored, with their order keys.
    void messagesAdded(const QList<cardinal::client::HistoryMessage> &messages);
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
    //! A message event with its envelope opened on the worker (or not), or the backlog's end.
    struct Opened
    {
        bool backlogEnd = false;
        Incoming in;
        protocol::MessageId id; //!< the header's, or random when the header does not read
        std::optional<Result<protocol::UnverifiedMessage>> opened;
    };
    //! What runs once every batch before it is stored.
    struct AfterStore
    {
        enum class Kind { Batch, Notice, BacklogEnd };
        Kind kind = Kind::Batch;
        QList<HistoryMessage> messages; //!< Batch: to store, then acknowledge by...
        QList<qint64> seqs;             //!< ...these server seqs
        QString identity;               //!< Notice: about whom
        TrustEvent event = TrustEvent::None;
    };

    //! Moves everything along as far as it can go (re-entered calls only note the need).
    void pump();
    //! Hands the next run of message events (up to StoreBatch) to the worker.
    void startOpening();
    //! The worker's counterpart: opens `batch` as `device`; touches nothing of the Inbox.
    [[nodiscard]] static QList<Opened> openAll(const QList<Incoming> &batch,
                                               const protocol::DeviceId &device,
                                               const crypto::X25519KeyPair &deviceKey);
    void verifyNext();
    //! Verifies one opened message against its sender's card (asynchronously).
    void verify(const Opened &opened);
    //! Keeps a verified (or undecryptable) message for the next batch.
    void keep(const Incoming &incoming, HistoryMessage message);
    //! Queues the messages kept so far as one batch to store.
    void flush();
    //! Runs what waits for the batches before it, one batch being stored at a time.
    void drainStored();
    //! After a batch's commit: announces the new messages and acknowledges the batch.
    void stored(const Result<QList<HistoryMessage>> &added, const QList<qint64> &seqs);
    [[nodiscard]] ConversationRef conversationOf(const Incoming &incoming) const;

    ClientContext &m_context;
    QQueue<protocol::Frame> m_events; //!< received, not yet handed to the worker
    QFutureWatcher<QList<Opened>> m_opening;
    bool m_openingBusy = false;
    QQueue<Opened> m_opened; //!< opened, not yet verified
    bool m_verifying = false;
    QList<HistoryMessage> m_ready; //!< verified, not yet in a batch
    QList<qint64> m_readySeqs;     //!< their server seqs, to acknowledge once stored
    QQueue<AfterStore> m_afterStore;
    bool m_storing = false;
    bool m_pumping = false;
    bool m_pumpAgain = false;
    //! Off when it could not open its connection: batches are then stored on the owner's.
    bool m_useWriter = true;
    std::unique_ptr<HistoryWriter> m_writer; // destroyed first: waits for its commit
};

} // namespace cardinal::client
