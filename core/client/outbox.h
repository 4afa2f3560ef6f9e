// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clientcontext.h"
#include "common/result.h"
#include "historystore.h"
#include "protocol/cardbundle.h"

#include <QList>
#include <QObject>

#include <functional>
#include <variant>

namespace cardinal::client {

//! Sends what the history's outbox holds, one message at a time and in order: finds the
//! recipients' cards (verified, and checked against the trust store), seals one envelope
//! for all their devices and the user's other devices, hands it to the server, and records
//! the outcome. A message whose recipient's verified key changed is Held
//! (FailureKind::KeyChanged), not encrypted to the new key: the trust store's
//! RecipientState says so, never an error code. One that cannot be sent for a lasting
//! reason is Failed with a FailureReason; anything transient (offline, a timeout, a busy
//! or failing server) leaves it Queued for the next attempt.
//!
//! The queue lives in memory, mirrored to the history: it is read from the history once,
//! when the Outbox is made (as the Messenger opens), and every change after that (a message
//! added, a state recorded, a message gone) is written to the history first and then to the
//! copy in memory. The history stays the durable copy, from which a restart resumes; no send
//! reads the outbox back from it. Lives on the Messenger's thread.
class Outbox : public QObject
{
    Q_OBJECT

public:
    //! Reads the outbox from `context.history` (see loads()).
    explicit Outbox(ClientContext &context, QObject *parent = nullptr);

    //! Adds `message` (outgoing, Queued) to the history and to the end of the queue; it goes
    //! out with the next flush(). False when a message with its id exists already (nothing
    //! changes). Errors as HistoryStore::addMessage().
    [[nodiscard]] Result<bool> add(const HistoryMessage &message);
    //! Starts sending whatever is queued (no-op while a send is under way).
    void flush();
    //! Moves every Held message back to Queued (after the user accepted a key) and sends.
    void releaseHeld();
    //! Forgets the message `id` if it is queued: it left the outbox by another way (the
    //! server reported its delivery), and the history says so already.
    void forget(const protocol::MessageId &id);

    //! The queue: outgoing messages still Queued or Held, oldest first, as in the history.
    [[nodiscard]] const QList<HistoryMessage> &pending() const { return m_pending; }
    //! How many times the queue was read from the history: once when the Outbox is made,
    //! and again only while that first read fails (flush() retries it).
    [[nodiscard]] int loads() const { return m_loads; }

Q_SIGNALS:
    void messageStateChanged(const cardinal::protocol::MessageId &id);
    //! A line was added to the history (a trust notice).
    void messageAdded(const cardinal::protocol::MessageId &id);
    //! A contact's trust changed while resolving recipients (e.g. a key change was seen).
    void contactChanged(const QString &identity);

private:
    struct Recipients
    {
        QList<protocol::CardBundle> bundles;
        QStringList held; //!< contacts whose verified key changed
        //! Group members whose card does not check out, and why (in English), as pairs: the
        //! others still get the message, and its sender is told (FailureKind::RecipientsLeftOut).
        QStringList leftOut;
    };
    //! Where resolving the recipients ended: whom to encrypt to, a lasting reason the
    //! message cannot go (it is Failed), or an error that may pass (it stays Queued).
    using Resolved = std::variant<Recipients, FailureReason, Error>;
    using RecipientsReply = std::function<void(Resolved)>;

    //! Reads the queue from the history unless it is in memory already. False when it
    //! cannot be read (then nothing is sent).
    bool load();
    void sendNext();
    void resolve(const ConversationRef &conversation, RecipientsReply reply);
    //! `direct`: one peer, whose card is required; in a group, members without one are skipped.
    void resolveIdentities(QStringList identities, bool direct, Recipients collected,
                           RecipientsReply reply);
    void transmit(const HistoryMessage &message, const Recipients &recipients);
    void settle(const protocol::MessageId &id, MessageState state,
                const std::optional<FailureReason> &reason, int delivered = 0, int total = 0);
    //! `error` when it may pass (see isTransient()), else `lasting`.
    [[nodiscard]] static Resolved retryOr(const Error &error, FailureReason lasting);

    ClientContext &m_context;
    QList<HistoryMessage> m_pending; //!< see pending()
    bool m_loaded = false;
    int m_loads = 0;
    bool m_busy = false;
};

} // namespace cardinal::client
