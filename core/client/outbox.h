// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clientcontext.h"
#include "common/result.h"
#include "historystore.h"
#include "protocol/cardbundle.h"

#include <QObject>
#include <QSet>

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
class Outbox : public QObject
{
    Q_OBJECT

public:
    explicit Outbox(ClientContext &context, QObject *parent = nullptr);

    //! Starts sending whatever is queued (no-op while a send is under way).
    void flush();
    //! Moves Held messages of `conversation` back to Queued (after the user accepted a key).
    void release(const ConversationRef &conversation);

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
    };
    //! Where resolving the recipients ended: whom to encrypt to, a lasting reason the
    //! message cannot go (it is Failed), or an error that may pass (it stays Queued).
    using Resolved = std::variant<Recipients, FailureReason, Error>;
    using RecipientsReply = std::function<void(Resolved)>;

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
    bool m_busy = false;
    QSet<protocol::MessageId> m_skipped; //!< Held in this round: not retried until release()
};

} // namespace cardinal::client
