// SPDX-License-Identifier: GPL-3.0-or-later
#include "messenger.h"
#include "messenger_p.h"

#include "carddirectory.h"
#include "common/fileio.h"
#include "inbox.h"
#include "outbox.h"
#include "profile.h"
#include "profiledatabase.h"
#include "trustnotices.h"
#include "protocol/cborfields.h"
#include "protocol/signing.h"

#include <QCborValue>
#include <QDateTime>
#include <QDir>
#include <QLoggingCategory>

namespace cardinal::client {

Q_LOGGING_CATEGORY(lcMessenger, "cardinal.messenger")

using namespace cardinal::protocol;

namespace {
constexpr qsizetype MaxTextBytes = MaxMessageBodyBytes;
} // namespace

Messenger::Messenger(std::unique_ptr<Parts> parts, QObject *parent)
    : QObject(parent), m_parts(std::move(parts))
{
    wire();
}

Messenger::~Messenger() = default;

QString Messenger::identity() const { return m_parts->profile.identity(); }
DeviceId Messenger::deviceId() const { return m_parts->profile.deviceId(); }
QString Messenger::deviceLabel() const
{
    return m_parts->profile.ownDeviceRecord().content().label;
}
QUrl Messenger::server() const { return m_parts->settings.url; }
Connection::State Messenger::connectionState() const { return m_parts->connection.state(); }
std::optional<Error> Messenger::connectionProblem() const { return m_parts->connection.problem(); }

bool Messenger::isRegistered() const
{
    return m_parts->profile.ownBundle().card.hasAuthoritySignature();
}

void Messenger::wire()
{
    Parts &p = *m_parts;
    p.connection.setPinnedAuthority(p.settings.authority);
    applyCredentials();
    wireTransparency();
    connect(&p.connection, &Connection::stateChanged, this, [this](Connection::State state) {
        if (state == Connection::State::Connected && isRegistered())
            watchOwnAddress(); // at every login, before signing in: it may be refused
        if (state == Connection::State::Online) {
            // Cards may have changed while we were away: their events did not reach us.
            m_parts->directory.invalidateAll();
            m_parts->outbox.flush();
        }
        Q_EMIT connectionStateChanged(state);
    });
    connect(&p.connection, &Connection::authorityLearned, this, [this](const QByteArray &key) {
        m_parts->settings.authority = crypto::Ed25519PublicKey::fromBytes(key);
        if (auto ok = m_parts->settings.save(m_parts->profile.directory()); !ok)
            qCWarning(lcMessenger) << "cannot pin the server key:" << ok.error().message();
    });
    connect(&p.connection, &Connection::eventReceived, this, &Messenger::onEvent);
    connect(&p.connection, &Connection::failed, this, &Messenger::failed);
    connect(&p.outbox, &Outbox::messageStateChanged, this, &Messenger::announceChanged);
    connect(&p.outbox, &Outbox::contactChanged, this, &Messenger::contactChanged);
    connect(&p.outbox, &Outbox::messageAdded, this,
            [this](const MessageId &id) { announceAdded({id}); });
    // The inbox hands over what it stored, as stored: nothing to read back.
    connect(&p.inbox, &Inbox::messagesAdded, this, &Messenger::messagesAdded);
    connect(&p.inbox, &Inbox::messageAdded, this,
            [this](const MessageId &id) { announceAdded({id}); });
    connect(&p.inbox, &Inbox::contactChanged, this, &Messenger::contactChanged);
    connect(&p.inbox, &Inbox::backlogReceived, this, &Messenger::backlogReceived);
}

void Messenger::applyCredentials()
{
    Parts &p = *m_parts;
    if (!isRegistered()) {
        p.connection.setCredentials(std::nullopt);
        return;
    }
    // Our device record always goes along: a restored device is on our local card but not
    // yet on the server's, and the server ignores the record once the device is known.
    p.connection.setCredentials(SessionCredentials{
        p.profile.cardId(), p.profile.deviceId(),
        std::make_shared<crypto::Ed25519KeyPair>(p.profile.identityKey()),
        p.profile.ownDeviceRecord().encode()});
}

void Messenger::setReceiving(bool enabled)
{
    m_parts->receiving = enabled;
}

Result<void> Messenger::setServer(const QUrl &url, std::optional<crypto::Ed25519PublicKey> authority)
{
    if (!url.isValid() || (url.scheme() != QStringLiteral("ws") && url.scheme() != QStringLiteral("wss")))
        return fail(ErrorCode::InvalidArgument, QStringLiteral("a server address is ws://HOST:PORT or wss://HOST:PORT"));
    ServerSettings settings = m_parts->settings;
    if (settings.url != url) {
        settings.authority.reset();
        settings.transparency.reset();
    }
    if (authority)
        settings.authority = authority;
    settings.url = url;
    if (auto ok = settings.save(m_parts->profile.directory()); !ok)
        return ok;
    const bool moved = m_parts->settings.url != url;
    m_parts->settings = settings;
    m_parts->connection.setUrl(url);
    m_parts->connection.setPinnedAuthority(settings.authority);
    m_parts->connection.setPinnedLogKeys(settings.transparency);
    m_parts->verifier.setLogKeys(settings.transparency);
    m_parts->verifier.setServer(url.toString());
    if (moved)
        Q_EMIT serverChanged(url);
    return {};
}

void Messenger::connectToServer()
{
    Parts &p = *m_parts;
    p.connection.setPinnedAuthority(p.settings.authority);
    applyCredentials();
    p.connection.open();
}

void Messenger::disconnectFromServer()
{
    m_parts->connection.close();
}

void Messenger::requestCode(QObject *context, Done<qint64> done)
{
    done = guarded(context, std::move(done));
    const api::RequestCode request{ownIdentity(m_parts->profile), CodePurpose::Register};
    m_parts->connection.call(request, [done](Result<api::RequestCode::Reply> reply) {
        if (!reply)
            return done(fail(reply.error()));
        done(reply->expiresInSeconds);
    });
}

void Messenger::confirmCode(const QString &code, QObject *context, Done<void> done)
{
    done = guarded(context, std::move(done));
    Parts &p = *m_parts;
    p.connection.call(
        api::ConfirmCode{ownIdentity(p.profile), CodePurpose::Register, code.trimmed()},
        [this, done](Result<api::ConfirmCode::Reply> token) {
            if (!token)
                return done(fail(token.error()));
            publishOwnCard(token->token, done);
        });
}

void Messenger::registerWithToken(const QByteArray &token, QObject *context, Done<void> done)
{
    done = guarded(context, std::move(done));
    if (token.isEmpty() || token.size() > api::MaxTokenBytes)
        return done(fail(ErrorCode::InvalidArgument,
                         QStringLiteral("that is not a token the server issued")));
    publishOwnCard(token, std::move(done));
}

void Messenger::publishOwnCard(const QByteArray &token, Done<void> done)
{
    Parts &p = *m_parts;
    p.connection.call(
        api::PublishCard{token, p.profile.ownBundle().encode()},
        [this, done](Result<api::PublishCard::Reply> published) {
            if (!published)
                return done(fail(published.error()));
            Parts &r = *m_parts;
            auto card = Card::decode(published->countersignedCard);
            if (!card)
                return done(fail(card.error()));
            const auto authority = r.connection.serverAuthority();
            if (card->id() != r.profile.cardId() || !authority || !card->verifyAuthority(*authority))
                return done(fail(ErrorCode::BadSignature,
                                 QStringLiteral("the server returned a card that is not ours")));
            CardBundle bundle = r.profile.ownBundle();
            bundle.card = *card;
            if (auto ok = r.profile.storeOwnBundle(bundle); !ok)
                return done(ok);
            applyCredentials();
            r.connection.open(); // reconnect to authenticate with the new card
            Q_EMIT registeredChanged(true);
            done({});
        });
}

Result<MessageId> Messenger::sendText(const ConversationRef &conversation, const QString &text)
{
    const QByteArray body = text.toUtf8();
    if (body.isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("the message is empty"));
    if (body.size() > MaxTextBytes)
        return fail(ErrorCode::TooLarge, QStringLiteral("the message is too long"));
    if (!conversation.isValid())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("no such conversation"));
    HistoryMessage message;
    crypto::systemRandom().fill(message.id.span());
    message.conversation = conversation;
    message.direction = Direction::Outgoing;
    message.sender = m_parts->profile.identity();
    message.body = body;
    message.sentAtMs = message.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    message.state = MessageState::Queued;
    auto added = m_parts->outbox.add(message);
    if (!added)
        return fail(added.error());
    announceAdded({message.id});
    m_parts->outbox.flush();
    return message.id;
}

void Messenger::onEvent(const Frame &event)
{
    Parts &p = *m_parts;
    if (event.type == wire::Message) {
        if (p.receiving) // else not acknowledged: the server pushes it again next time
            p.inbox.accept(event);
    } else if (event.type == wire::BacklogEnd) {
        if (p.receiving)
            p.inbox.accept(event); // answered once what came before it is stored
        else
            Q_EMIT backlogReceived();
    } else if (const auto delivery = api::eventFrom<api::DeliveryEvent>(event)) {
        const MessageId &id = delivery->messageId;
        const int delivered = int(delivery->delivered);
        const int total = int(delivery->total);
        auto message = p.history.message(id);
        if (!message || !*message || (*message)->direction != Direction::Outgoing)
            return;
        const MessageState state = delivered >= total ? MessageState::Delivered : MessageState::Stored;
        // A reason it carries (group members left out) stays with it.
        if (p.history.updateState(id, state, delivered, total, (*message)->failure)) {
            p.outbox.forget(id); // delivered before its send was answered
            announceChanged(id);
        }
    } else if (event.type == wire::CardChanged || event.type == wire::DeviceRevoked) {
        const auto changed = api::eventFrom<api::CardChangedEvent>(event);
        const auto revoked = api::eventFrom<api::DeviceRevokedEvent>(event);
        if (!changed && !revoked)
            return;
        const QString identity =
            (changed ? changed->identity : revoked->identity).toString();
        p.directory.invalidate(identity);
        if (identity == p.profile.identity())
            return;
        // Learn the change now, so the trust state is current before anyone sends.
        lookupContact(identity, this,
                      [this, identity](Result<Contact>) { Q_EMIT contactChanged(identity); });
    } else if (event.type == wire::MemberAdded || event.type == wire::MemberRemoved) {
        Q_EMIT groupsChanged();
    } else if (const auto renamed = api::eventFrom<api::GroupRenamedEvent>(event)) {
        if (auto ok = p.history.setGroupTitle(renamed->group.toByteArray(), renamed->name); !ok)
            qCWarning(lcMessenger) << "cannot rename a group:" << ok.error().message();
        Q_EMIT groupsChanged();
    }
}

void Messenger::lookupContact(const QString &identity, QObject *context, Done<Contact> done)
{
    done = guarded(context, std::move(done));
    auto canonical = normalizeEmail(identity);
    if (!canonical)
        return done(fail(canonical.error()));
    m_parts->directory.lookup(*canonical, [this, done, id = *canonical](Result<VerifiedCard> card) {
        if (!card)
            return done(fail(card.error()));
        auto event = m_parts->trust.observe(card->bundle, card->revoked, card->revokedDevices);
        if (!event)
            return done(fail(event.error()));
        if (auto notice = recordTrustNotice(m_parts->history, id, *event))
            announceAdded({*notice});
        auto contact = m_parts->trust.contact(id);
        if (!contact || !*contact)
            return done(contact ? fail(ErrorCode::NotFound) : fail(contact.error()));
        done(**contact);
    });
}

Result<QList<Contact>> Messenger::contacts()
{
    auto all = m_parts->trust.contacts();
    if (!all)
        return all;
    all->removeIf([this](const Contact &c) { return c.identity == m_parts->profile.identity(); });
    return all;
}

Result<crypto::SafetyNumber> Messenger::safetyNumber(const QString &identity)
{
    auto contact = m_parts->trust.contact(identity);
    if (!contact)
        return fail(contact.error());
    if (!*contact)
        return fail(ErrorCode::NotFound, QStringLiteral("not a contact yet: look it up first"));
    const Card &theirs = (*contact)->pendingBundle ? (*contact)->pendingBundle->card
                                                   : (*contact)->currentBundle.card;
    return crypto::SafetyNumber::compute(
        {m_parts->profile.identityKey().publicKey(), m_parts->profile.identity()},
        {theirs.content().identityKey, theirs.content().identity});
}

Result<void> Messenger::markVerified(const QString &identity)
{
    auto contact = m_parts->trust.contact(identity);
    if (!contact)
        return fail(contact.error());
    auto number = safetyNumber(identity); // of the new key while the contact is Changed
    if (!number)
        return fail(number.error());
    // Verifying a changed contact's new key is the other way to accept it.
    if (*contact && (*contact)->state == TrustState::Changed)
        if (auto accepted = acceptKey(identity); !accepted)
            return accepted;
    const bool already = *contact && (*contact)->state == TrustState::Verified;
    if (auto ok = m_parts->trust.markVerified(identity, number->digits()); !ok)
        return ok;
    if (!already)
        noteDecision(identity, NoticeKind::MarkedVerified);
    Q_EMIT contactChanged(identity);
    return {};
}

Result<void> Messenger::clearVerification(const QString &identity)
{
    auto contact = m_parts->trust.contact(identity);
    if (!contact)
        return fail(contact.error());
    const bool wasVerified = *contact && (*contact)->state == TrustState::Verified;
    if (auto ok = m_parts->trust.clearVerification(identity); !ok)
        return ok;
    if (wasVerified)
        noteDecision(identity, NoticeKind::VerificationCleared);
    Q_EMIT contactChanged(identity);
    return {};
}

Result<void> Messenger::acceptNewKey(const QString &identity)
{
    if (auto ok = acceptKey(identity); !ok)
        return ok;
    noteDecision(identity, NoticeKind::KeyAccepted);
    Q_EMIT contactChanged(identity);
    return {};
}

Result<void> Messenger::acceptKey(const QString &identity)
{
    if (auto ok = m_parts->trust.acceptNewKey(identity); !ok)
        return ok;
    m_parts->outbox.releaseHeld();
    return {};
}

void Messenger::noteDecision(const QString &identity, NoticeKind kind)
{
    if (auto notice = recordNotice(m_parts->history, identity, kind))
        announceAdded({*notice});
}

} // namespace cardinal::client
