// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbox.h"

#include "carddirectory.h"
#include "connection.h"
#include "ktverifier.h"
#include "profile.h"
#include "protocol/api/groups.h"
#include "protocol/api/relay.h"
#include "protocol/envelope.h"
#include "truststore.h"
#include "trustnotices.h"

#include <QLoggingCategory>

namespace cardinal::client {

Q_LOGGING_CATEGORY(lcOutbox, "cardinal.outbox")

using namespace cardinal::protocol;
namespace api = protocol::api;

namespace {

bool isTransient(const Error &error)
{
    // The link, a busy server, or a server that failed itself: none of it is the message's.
    return isNetworkFailure(error.code) || error.code == ErrorCode::RateLimited ||
           error.code == ErrorCode::ServerFailed;
}

// Where a conversation's messages go, as the server names it.
Result<SendTarget> sendTarget(const ConversationRef &conversation)
{
    if (conversation.kind == ConversationRef::Kind::Group) {
        if (auto group = GroupId::fromBytes(conversation.groupId))
            return SendTarget::group(*group);
        return fail(ErrorCode::InvalidArgument, QStringLiteral("not a group id"));
    }
    auto peer = Identity::parse(conversation.peer);
    if (!peer)
        return fail(peer.error());
    return SendTarget::direct(*peer);
}

FailureReason refusal(const Error &error)
{
    // The code's name and the server's words ("not found: no such group").
    return FailureReason::make(FailureKind::RefusedByServer, {error.message()});
}

// Why the card of `identity` cannot be used, from the error the directory or the trust
// store gave.
FailureReason cardProblem(const QString &identity, const Error &error)
{
    switch (error.code) {
    case ErrorCode::NotFound:
        return FailureReason::make(FailureKind::RecipientUnknown, {identity});
    case ErrorCode::BadSignature:
    case ErrorCode::MalformedInput:
    case ErrorCode::TooLarge:
    case ErrorCode::UnsupportedVersion:
    case ErrorCode::InvalidArgument:
    case ErrorCode::WeakKey:
        // What the server showed does not pass our checks.
        return FailureReason::make(FailureKind::RecipientCardUnusable, {identity, error.message()});
    case ErrorCode::CorruptFile:
    case ErrorCode::IoError:
    case ErrorCode::CryptoFailure:
        // This profile's own trouble, which has no kind of its own.
        return FailureReason::make(FailureKind::Other, {error.message()});
    default:
        return refusal(error);
    }
}

} // namespace

Outbox::Resolved Outbox::retryOr(const Error &error, FailureReason lasting)
{
    if (isTransient(error))
        return error;
    return lasting;
}

Outbox::Outbox(ClientContext &context, QObject *parent) : QObject(parent), m_context(context)
{
    load();
}

bool Outbox::load()
{
    if (m_loaded)
        return true;
    ++m_loads;
    auto pending = m_context.history.outbox();
    if (!pending) {
        qCWarning(lcOutbox) << "cannot read the outbox:" << pending.error().message();
        return false;
    }
    m_pending = std::move(*pending);
    m_loaded = true;
    return true;
}

Result<bool> Outbox::add(const HistoryMessage &message)
{
    auto added = m_context.history.addMessage(message);
    if (!added)
        return added;
    // Before the first read succeeds, that read brings the message along.
    if (*added && m_loaded)
        m_pending.append(message);
    return added;
}

void Outbox::flush()
{
    sendNext();
}

void Outbox::releaseHeld()
{
    if (!load())
        return;
    QList<MessageId> held;
    for (const HistoryMessage &message : std::as_const(m_pending))
        if (message.state == MessageState::Held)
            held.append(message.id);
    for (const MessageId &id : std::as_const(held))
        settle(id, MessageState::Queued, std::nullopt);
    sendNext();
}

void Outbox::forget(const MessageId &id)
{
    m_pending.removeIf([&id](const HistoryMessage &message) { return message.id == id; });
}

void Outbox::settle(const MessageId &id, MessageState state,
                    const std::optional<FailureReason> &reason, int delivered, int total)
{
    if (auto ok = m_context.history.updateState(id, state, delivered, total, reason); !ok)
        qCWarning(lcOutbox) << "cannot record a message state:" << ok.error().message();
    // The copy in memory follows even when the write failed: sending the message again and
    // again would not help, and a restart reads whatever the history kept.
    const auto entry = std::find_if(m_pending.begin(), m_pending.end(),
                                    [&id](const HistoryMessage &m) { return m.id == id; });
    if (entry != m_pending.end()) {
        if (state == MessageState::Queued || state == MessageState::Held) {
            entry->state = state;
            entry->delivered = delivered;
            entry->total = total;
            entry->failure = reason;
        } else {
            m_pending.erase(entry);
        }
    }
    Q_EMIT messageStateChanged(id);
}

void Outbox::sendNext()
{
    if (m_busy || m_context.connection.state() != Connection::State::Online)
        return;
    if (!load())
        return;
    const auto isQueued = [](const HistoryMessage &m) { return m.state == MessageState::Queued; };
    const auto next = std::find_if(m_pending.cbegin(), m_pending.cend(), isQueued);
    if (next == m_pending.cend())
        return;
    m_busy = true;
    const HistoryMessage message = *next;
    resolve(message.conversation, [this, message](Resolved resolved) {
        if (const Error *error = std::get_if<Error>(&resolved)) {
            m_busy = false;
            // Stays queued; the next flush (e.g. on reconnect) tries again.
            qCDebug(lcOutbox) << "sending waits:" << error->message();
            return;
        }
        if (const FailureReason *reason = std::get_if<FailureReason>(&resolved)) {
            m_busy = false;
            settle(message.id, MessageState::Failed, *reason);
            sendNext();
            return;
        }
        const Recipients &recipients = std::get<Recipients>(resolved);
        if (!recipients.held.isEmpty()) {
            m_busy = false;
            settle(message.id, MessageState::Held,
                   FailureReason::make(FailureKind::KeyChanged, recipients.held));
            for (const QString &identity : recipients.held)
                Q_EMIT contactChanged(identity);
            sendNext();
            return;
        }
        transmit(message, recipients);
    });
}

void Outbox::resolve(const ConversationRef &conversation, RecipientsReply reply)
{
    const QString self = m_context.profile.identity();
    if (conversation.kind == ConversationRef::Kind::Direct) {
        resolveIdentities({conversation.peer, self}, true, {}, std::move(reply));
        return;
    }
    const auto group = GroupId::fromBytes(conversation.groupId);
    if (!group)
        return reply(FailureReason::make(FailureKind::NotInGroup));
    m_context.connection.call(
        api::GroupInfo{*group}, [this, reply](Result<api::GroupDescription> info) {
            if (!info)
                return reply(retryOr(info.error(), refusal(info.error())));
            const QStringList members = toStrings(info->members);
            if (!members.contains(m_context.profile.identity()))
                return reply(FailureReason::make(FailureKind::NotInGroup));
            resolveIdentities(members, false, {}, reply);
        });
}

void Outbox::resolveIdentities(QStringList identities, bool direct, Recipients collected,
                               RecipientsReply reply)
{
    if (identities.isEmpty())
        return reply(std::move(collected));
    const QString identity = identities.takeFirst();
    m_context.directory.lookup(identity, [this, identity, identities, direct, collected,
                                          reply](Result<VerifiedCard> card) mutable {
        const bool self = identity == m_context.profile.identity();
        if (!card) {
            // In a group, someone without a card (anymore) simply gets nothing, and someone
            // whose card does not check out is left out by name: one broken card must not
            // silence the group for everyone.
            if (!direct && !self && card.error().code == ErrorCode::NotFound)
                return resolveIdentities(identities, direct, std::move(collected), reply);
            if (!direct && !self && !isTransient(card.error())) {
                collected.leftOut << identity << card.error().message();
                return resolveIdentities(identities, direct, std::move(collected), reply);
            }
            return reply(retryOr(card.error(), cardProblem(identity, card.error())));
        }
        if (self) {
            // Our own card as the server shows it must carry our key, or the server lies.
            if (card->bundle.card.content().identityKey != m_context.profile.identityKey().publicKey())
                return reply(FailureReason::make(
                    FailureKind::RecipientCardUnusable,
                    {identity,
                     QStringLiteral("the server shows a card for you that is not yours")}));
            // Our own devices go through the trust store too, so that one revoked (or gone
            // from the card) is never encrypted to again, whatever the server lists later.
            if (auto seen = m_context.trust.observe(card->bundle, false, card->revokedDevices); !seen)
                return reply(retryOr(seen.error(), cardProblem(identity, seen.error())));
        } else {
            auto event = m_context.trust.observe(card->bundle, card->revoked, card->revokedDevices);
            if (!event)
                return reply(retryOr(event.error(), cardProblem(identity, event.error())));
            if (*event != TrustEvent::None) {
                if (auto notice = recordTrustNotice(m_context.history, identity, *event))
                    Q_EMIT messageAdded(*notice);
                Q_EMIT contactChanged(identity);
            }
        }
        // The trust store's state decides; an error only means it could not be asked.
        auto recipient = m_context.trust.recipient(identity);
        if (!recipient)
            return reply(retryOr(recipient.error(), cardProblem(identity, recipient.error())));
        switch (recipient->state) {
        case RecipientState::Usable:
            collected.bundles.append(*recipient->bundle);
            break;
        case RecipientState::Held:
            collected.held.append(identity);
            break;
        case RecipientState::Revoked:
        case RecipientState::Unknown:
            // The one peer, or we ourselves, must be reachable; a group member need not be.
            if (direct || self)
                return reply(FailureReason::make(recipient->state == RecipientState::Revoked
                                                     ? FailureKind::RecipientRevoked
                                                     : FailureKind::RecipientUnknown,
                                                 {identity}));
            break;
        }
        resolveIdentities(identities, direct, std::move(collected), reply);
    });
}

void Outbox::transmit(const HistoryMessage &message, const Recipients &recipients)
{
    QList<EnvelopeRecipient> devices;
    QHash<DeviceId, QString> owners; // whom to name when a device is left out
    for (const CardBundle &bundle : recipients.bundles)
        for (const DeviceRecord &device : bundle.devices)
            if (device.deviceId() != m_context.profile.deviceId()) {
                devices.append({device.deviceId(), device.content().encryptionKey});
                owners.insert(device.deviceId(), QStringLiteral("%1 (%2)").arg(
                                                      bundle.card.content().identity,
                                                      device.content().label));
            }
    const bool group = message.conversation.kind == ConversationRef::Kind::Group;
    if (devices.isEmpty()) {
        m_busy = false;
        settle(message.id, MessageState::Failed,
               FailureReason::make(FailureKind::NoDeviceToSendTo));
        sendNext();
        return;
    }
    OutgoingMessage outgoing;
    outgoing.conversationId = group ? message.conversation.groupId : QByteArray();
    outgoing.body = message.body;
    outgoing.sentAtMs = message.sentAtMs;
    outgoing.messageId = message.id;
    outgoing.checkpoint = m_context.transparency.gossip();
    const EnvelopeSender sender{m_context.profile.cardId(), m_context.profile.deviceId(),
                                m_context.profile.identityKey()};
    auto envelope = sealEnvelope(sender, devices, outgoing);
    if (!envelope) {
        m_busy = false;
        settle(message.id, MessageState::Failed,
               FailureReason::make(FailureKind::EncryptionFailed, {envelope.error().message()}));
        sendNext();
        return;
    }
    QStringList leftOut = recipients.leftOut;
    for (const SkippedRecipient &skipped : std::as_const(envelope->skipped))
        leftOut << owners.value(skipped.deviceId) << skipped.reason.message();
    std::optional<FailureReason> partly;
    if (!leftOut.isEmpty())
        partly = FailureReason::make(FailureKind::RecipientsLeftOut, leftOut);
    auto target = sendTarget(message.conversation);
    if (!target) {
        m_busy = false;
        settle(message.id, MessageState::Failed, refusal(target.error()));
        sendNext();
        return;
    }
    m_context.connection.call(api::Send{*target, envelope->bytes},
                                 [this, id = message.id, partly](Result<api::Send::Reply> stored) {
                                     m_busy = false;
                                     if (!stored) {
                                         if (!isTransient(stored.error()))
                                             settle(id, MessageState::Failed,
                                                    refusal(stored.error()));
                                         else
                                             return; // retried on the next flush
                                     } else {
                                         const int total = int(stored->total);
                                         const int delivered = int(stored->delivered);
                                         settle(id,
                                                total > 0 && delivered >= total ? MessageState::Delivered
                                                                                : MessageState::Stored,
                                                partly, delivered, total);
                                     }
                                     sendNext();
                                 });
}

} // namespace cardinal::client
