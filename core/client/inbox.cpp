// SPDX-License-Identifier: GPL-3.0-or-later
#include "inbox.h"

#include "carddirectory.h"
#include "connection.h"
#include "crypto/random.h"
#include "profile.h"
#include "protocol/cborfields.h"
#include "protocol/envelope.h"
#include "truststore.h"
#include "trustnotices.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <utility>

namespace cardinal::client {

Q_LOGGING_CATEGORY(lcInbox, "cardinal.inbox")

using namespace cardinal::protocol;

namespace {

// Why an envelope did not open, from decryptEnvelope()'s error.
FailureReason openingProblem(const Error &error)
{
    switch (error.code) {
    case ErrorCode::NotARecipient:
        return FailureReason::make(FailureKind::NotForThisDevice);
    case ErrorCode::MalformedInput:
    case ErrorCode::TooLarge:
        return FailureReason::make(FailureKind::MalformedEnvelope);
    case ErrorCode::UnsupportedVersion:
        return FailureReason::make(FailureKind::UnsupportedVersion);
    default: // DecryptionFailed, WeakKey, CryptoFailure
        return FailureReason::make(FailureKind::DamagedOrAltered);
    }
}

} // namespace

Inbox::Inbox(ClientContext &context, QObject *parent) : QObject(parent), m_context(context) {}

void Inbox::accept(const Frame &event)
{
    m_queue.enqueue(event);
    processNext();
}

ConversationRef Inbox::conversationOf(const Incoming &incoming) const
{
    if (incoming.group)
        return ConversationRef::group(incoming.channelId);
    const QString self = m_context.profile.identity();
    // From someone else it is their conversation, whatever members the server names; only a
    // copy from another device of ours needs the server's word for who the peer was.
    if (incoming.senderIdentity != self)
        return ConversationRef::direct(incoming.senderIdentity);
    for (const QString &member : incoming.directMembers)
        if (member != self)
            return ConversationRef::direct(member);
    return ConversationRef::direct(incoming.senderIdentity);
}

void Inbox::store(const Incoming &incoming, HistoryMessage message)
{
    message.conversation = conversationOf(incoming);
    message.receivedAtMs = incoming.receivedAtMs;
    m_ready.append(std::move(message));
    m_readySeqs.append(incoming.seq);
    if (m_ready.size() >= StoreBatch)
        flush();
    m_busy = false;
    processNext();
}

void Inbox::flush()
{
    if (m_ready.isEmpty())
        return;
    const QList<HistoryMessage> ready = std::exchange(m_ready, {});
    const QList<qint64> seqs = std::exchange(m_readySeqs, {});
    auto added = m_context.history.addMessages(ready);
    if (!added) {
        // Not acknowledged: the server keeps them and pushes them again on the next connection.
        qCWarning(lcInbox) << "cannot store incoming messages:" << added.error().message();
        return;
    }
    if (!added->isEmpty())
        Q_EMIT messagesAdded(*added);
    // Acknowledged only once stored: a crash before this line means the server pushes the
    // messages again, and the history drops the duplicates.
    QCborArray acked;
    for (qint64 seq : seqs)
        acked.append(seq);
    m_context.connection.request(wire::Ack, {acked}, [](Result<QCborArray> answer) {
        if (!answer)
            qCInfo(lcInbox) << "an acknowledgement did not go through; the messages will repeat";
    });
}

void Inbox::processNext()
{
    if (m_busy)
        return;
    if (m_queue.isEmpty())
        return flush();
    m_busy = true;
    const Frame event = m_queue.dequeue();
    if (event.type == wire::BacklogEnd) {
        flush();
        m_busy = false;
        Q_EMIT backlogReceived();
        return processNext();
    }
    CborFields fields(event.payload, QStringLiteral("message event"), 7);
    Incoming in;
    in.seq = fields.integer(0, 1, INT64_MAX);
    in.group = fields.integer(1, 0, 1) == 1;
    in.channelId = fields.bytes(2, 1, 64);
    for (const QCborValue &member : fields.array(3, 2))
        in.directMembers.append(member.toString());
    in.senderIdentity = fields.text(4, MaxEmailBytes);
    in.envelope = fields.bytes(5, 1, MaxEnvelopeBytes);
    in.receivedAtMs = fields.integer(6, 0, INT64_MAX);
    if (!fields.status()) {
        qCWarning(lcInbox) << "ignoring a malformed message event";
        m_busy = false;
        return processNext();
    }

    HistoryMessage entry;
    entry.direction = Direction::Incoming;
    entry.sender = in.senderIdentity;
    entry.state = MessageState::Undecryptable;
    entry.sentAtMs = in.receivedAtMs;
    const auto undecryptable = [this, in, entry](const MessageId &id, const FailureReason &reason) {
        HistoryMessage kept = entry;
        kept.id = id;
        kept.failure = reason;
        store(in, kept);
    };

    auto header = readEnvelopeHeader(in.envelope);
    MessageId id;
    if (header)
        id = header->messageId;
    else
        crypto::systemRandom().fill(id.span());
    auto opened = decryptEnvelope(in.envelope, m_context.profile.deviceId(), m_context.profile.deviceKey());
    if (!opened) {
        qCInfo(lcInbox) << "a message does not open:" << opened.error().message();
        return undecryptable(id, openingProblem(opened.error()));
    }

    const MessageContent content = opened->content;
    const auto verifyWith = [this, in, opened = *opened, undecryptable](const CardBundle &bundle) {
        const MessageContent &c = opened.content;
        if (bundle.card.content().identity != in.senderIdentity)
            return undecryptable(
                c.messageId,
                FailureReason::make(FailureKind::SenderMismatch,
                                    {in.senderIdentity, bundle.card.content().identity}));
        const bool knownDevice = std::any_of(bundle.devices.cbegin(), bundle.devices.cend(),
                                             [&](const DeviceRecord &d) { return d.deviceId() == c.senderDevice; });
        if (!knownDevice)
            return undecryptable(c.messageId,
                                 FailureReason::make(FailureKind::UnknownSenderDevice));
        if (auto ok = opened.verifySender(bundle.card.content().identityKey); !ok)
            return undecryptable(c.messageId, FailureReason::make(FailureKind::BadSignature));
        const bool groupMatches = in.group ? c.conversationId == in.channelId : c.conversationId.isEmpty();
        if (!groupMatches)
            return undecryptable(c.messageId, FailureReason::make(FailureKind::WrongConversation));
        HistoryMessage message;
        message.id = c.messageId;
        message.sender = in.senderIdentity;
        message.body = c.body;
        message.sentAtMs = c.sentAtMs;
        // Written on another device of ours: ours too, on our side of the timeline. The
        // server stored it (it is relaying it); its delivery events reach every device of
        // the sender, so this copy's ticks follow the original's.
        const bool ours = in.senderIdentity == m_context.profile.identity();
        message.direction = ours ? Direction::Outgoing : Direction::Incoming;
        message.state = ours ? MessageState::Stored : MessageState::Received;
        store(in, message);
    };

    m_context.directory.lookupCard(content.senderCard, [this, verifyWith, undecryptable,
                                                        content](Result<VerifiedCard> card) {
        if (!card) {
            if (isNetworkFailure(card.error().code)) {
                flush();
                m_busy = false; // offline: the server pushes it again later
                return;
            }
            return undecryptable(
                content.messageId,
                FailureReason::make(FailureKind::SenderCardUnusable, {card.error().message()}));
        }
        // Our own card (from another device of ours) is not a contact of ours.
        const bool own = card->bundle.card.id() == m_context.profile.cardId();
        if (!card->revoked && !own) {
            const QString &identity = card->bundle.card.content().identity;
            if (auto seen = m_context.trust.observe(card->bundle, false, card->revokedDevices); seen && *seen != TrustEvent::None) {
                flush(); // what arrived before the change stays before its notice
                if (auto notice = recordTrustNotice(m_context.history, identity, *seen))
                    Q_EMIT messageAdded(*notice);
                Q_EMIT contactChanged(identity);
            }
        }
        verifyWith(card->bundle);
    });
}

} // namespace cardinal::client
