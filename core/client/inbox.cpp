// SPDX-License-Identifier: GPL-3.0-or-later
#include "inbox.h"

#include "carddirectory.h"
#include "connection.h"
#include "crypto/random.h"
#include "historywriter.h"
#include "ktverifier.h"
#include "profile.h"
#include "protocol/api/events.h"
#include "protocol/api/relay.h"
#include "protocol/envelope.h"
#include "truststore.h"
#include "trustnotices.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QPointer>
#include <QtConcurrentRun>

#include <utility>

namespace cardinal::client {

Q_LOGGING_CATEGORY(lcInbox, "cardinal.inbox")

using namespace cardinal::protocol;
namespace api = protocol::api;

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

Inbox::Inbox(ClientContext &context, QObject *parent)
    : QObject(parent), m_context(context),
      m_writer(std::make_unique<HistoryWriter>(context.profile.directory(),
                                               deriveStorageKey(context.profile.deviceKey())))
{
    connect(&m_opening, &QFutureWatcherBase::finished, this, [this] {
        for (const Opened &opened : m_opening.result())
            m_opened.enqueue(opened);
        m_openingBusy = false;
        pump();
    });
}

// The worker holds copies of what it reads, so a batch still being opened needs no wait:
// its result goes nowhere, and the server pushes those messages again.
Inbox::~Inbox() = default;

void Inbox::accept(const Frame &event)
{
    m_events.enqueue(event);
    pump();
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

void Inbox::pump()
{
    // Card lookups may answer at once, from inside verify(): loop rather than recurse.
    if (m_pumping) {
        m_pumpAgain = true;
        return;
    }
    m_pumping = true;
    do {
        m_pumpAgain = false;
        startOpening();
        verifyNext();
        // Nothing more is on its way: store what is ready rather than wait for a full batch.
        if (!m_openingBusy && !m_verifying && m_events.isEmpty() && m_opened.isEmpty())
            flush();
    } while (m_pumpAgain);
    m_pumping = false;
}

void Inbox::startOpening()
{
    if (m_openingBusy)
        return;
    QList<Incoming> batch;
    while (!m_events.isEmpty() && batch.size() < StoreBatch) {
        if (m_events.head().type == wire::BacklogEnd) {
            // It keeps its place: after the messages before it, which are opened already.
            if (!batch.isEmpty())
                break;
            m_events.dequeue();
            m_opened.enqueue(Opened{true, {}, {}, std::nullopt});
            continue;
        }
        const Frame event = m_events.dequeue();
        const auto pushed = api::MessageEvent::decode(event.payload);
        if (!pushed) {
            qCWarning(lcInbox) << "ignoring a malformed message event:"
                               << pushed.error().message();
            continue;
        }
        Incoming in;
        in.seq = pushed->seq;
        in.group = pushed->channelKind == ChannelKind::Group;
        in.channelId = pushed->channelId.toByteArray();
        in.directMembers = toStrings(pushed->directMembers);
        in.senderIdentity = pushed->sender.toString();
        in.envelope = pushed->envelope;
        in.receivedAtMs = pushed->receivedAtMs;
        batch.append(std::move(in));
    }
    if (batch.isEmpty())
        return;
    m_openingBusy = true;
    m_opening.setFuture(QtConcurrent::run(
        [batch = std::move(batch), device = m_context.profile.deviceId(),
         key = m_context.profile.deviceKey()] { return openAll(batch, device, key); }));
}

QList<Inbox::Opened> Inbox::openAll(const QList<Incoming> &batch, const DeviceId &device,
                                    const crypto::X25519KeyPair &deviceKey)
{
    QList<Opened> out;
    out.reserve(batch.size());
    for (const Incoming &in : batch) {
        Opened opened{false, in, {}, std::nullopt};
        auto header = readEnvelopeHeader(in.envelope);
        if (header)
            opened.id = header->messageId;
        else
            crypto::systemRandom().fill(opened.id.span());
        opened.opened = decryptEnvelope(in.envelope, device, deviceKey);
        out.append(std::move(opened));
    }
    return out;
}

void Inbox::verifyNext()
{
    while (!m_verifying && !m_opened.isEmpty()) {
        const Opened next = m_opened.dequeue();
        if (!next.backlogEnd) {
            verify(next);
            continue;
        }
        flush();
        m_afterStore.enqueue(AfterStore{AfterStore::Kind::BacklogEnd, {}, {}, {}, {}});
        drainStored();
    }
}

void Inbox::verify(const Opened &next)
{
    const Incoming &in = next.in;
    HistoryMessage entry;
    entry.direction = Direction::Incoming;
    entry.sender = in.senderIdentity;
    entry.state = MessageState::Undecryptable;
    entry.sentAtMs = in.receivedAtMs;
    const auto undecryptable = [this, in, entry](const MessageId &id, const FailureReason &reason) {
        HistoryMessage kept = entry;
        kept.id = id;
        kept.failure = reason;
        keep(in, kept);
    };

    const Result<UnverifiedMessage> &opened = *next.opened;
    if (!opened) {
        qCInfo(lcInbox) << "a message does not open:" << opened.error().message();
        return undecryptable(next.id, openingProblem(opened.error()));
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
        // The sender signed the checkpoint it holds: does the server show us the same log?
        // Checked on the side; the message is shown either way.
        m_context.transparency.checkGossip(c.checkpoint, in.senderIdentity);
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
        keep(in, message);
    };

    m_verifying = true;
    m_context.directory.lookupCard(content.senderCard, [this, alive = QPointer<Inbox>(this),
                                                        verifyWith, undecryptable,
                                                        content](Result<VerifiedCard> card) {
        if (!alive)
            return;
        m_verifying = false;
        if (!card) {
            if (isNetworkFailure(card.error().code))
                flush(); // offline: the server pushes this one again later
            else
                undecryptable(content.messageId,
                              FailureReason::make(FailureKind::SenderCardUnusable,
                                                  {card.error().message()}));
            return pump();
        }
        // Our own card (from another device of ours) is not a contact of ours.
        const bool own = card->bundle.card.id() == m_context.profile.cardId();
        if (!card->revoked && !own) {
            const QString &identity = card->bundle.card.content().identity;
            if (auto seen = m_context.trust.observe(card->bundle, false, card->revokedDevices); seen && *seen != TrustEvent::None) {
                flush(); // what arrived before the change stays before its notice
                m_afterStore.enqueue(AfterStore{AfterStore::Kind::Notice, {}, {}, identity, *seen});
                drainStored();
            }
        }
        verifyWith(card->bundle);
        pump();
    });
}

void Inbox::keep(const Incoming &incoming, HistoryMessage message)
{
    message.conversation = conversationOf(incoming);
    message.receivedAtMs = incoming.receivedAtMs;
    m_ready.append(std::move(message));
    m_readySeqs.append(incoming.seq);
    if (m_ready.size() >= StoreBatch)
        flush();
}

void Inbox::flush()
{
    if (m_ready.isEmpty())
        return;
    m_afterStore.enqueue(AfterStore{AfterStore::Kind::Batch, std::exchange(m_ready, {}),
                                    std::exchange(m_readySeqs, {}), {}, {}});
    drainStored();
}

void Inbox::drainStored()
{
    while (!m_storing && !m_afterStore.isEmpty()) {
        AfterStore step = m_afterStore.dequeue();
        switch (step.kind) {
        case AfterStore::Kind::Batch:
            if (!m_useWriter) {
                stored(m_context.history.addMessages(step.messages), step.seqs);
                break;
            }
            m_storing = true;
            m_writer->store(step.messages, [this, step](const Result<QList<HistoryMessage>> &added) {
                m_storing = false;
                if (!added && m_writer->failedToOpen()) {
                    // Slower, but it works: the owner's own connection.
                    m_useWriter = false;
                    stored(m_context.history.addMessages(step.messages), step.seqs);
                } else {
                    stored(added, step.seqs);
                }
                drainStored();
            });
            break;
        case AfterStore::Kind::Notice:
            if (auto notice = recordTrustNotice(m_context.history, step.identity, step.event))
                Q_EMIT messageAdded(*notice);
            Q_EMIT contactChanged(step.identity);
            break;
        case AfterStore::Kind::BacklogEnd:
            Q_EMIT backlogReceived();
            break;
        }
    }
}

void Inbox::stored(const Result<QList<HistoryMessage>> &added, const QList<qint64> &seqs)
{
    if (!added) {
        // Not acknowledged: the server keeps them and pushes them again on the next connection.
        qCWarning(lcInbox) << "cannot store incoming messages:" << added.error().message();
        return;
    }
    if (!added->isEmpty())
        Q_EMIT messagesAdded(*added);
    // Acknowledged only once stored: a crash before this line means the server pushes the
    // messages again, and the history drops the duplicates.
    m_context.connection.call(api::Ack{seqs}, [](Result<api::Empty> answer) {
        if (!answer)
            qCInfo(lcInbox) << "an acknowledgement did not go through; the messages will repeat";
    });
}

} // namespace cardinal::client
