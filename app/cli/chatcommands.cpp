// SPDX-License-Identifier: GPL-3.0-or-later
// cardinal-cli: sending, receiving, history, contacts and groups.
#include "onlinecommands.h"
#include "onlinesession.h"
#include "translation.h"

#include "signalwatcher.h"
#include "protocol/identity.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

namespace cardinal::cli {

using namespace cardinal::client;

namespace {

constexpr qsizetype GroupIdHexSize = GroupIdSize * 2;
constexpr int HistoryWindow = 1000;

Result<ConversationRef> conversationFrom(const QString &email, const QString &groupHex)
{
    if (email.isEmpty() == groupHex.isEmpty())
        return fail(ErrorCode::InvalidArgument, Cli::tr("name either a person or a --group"));
    if (!groupHex.isEmpty()) {
        const QByteArray id = QByteArray::fromHex(groupHex.toLatin1());
        if (groupHex.size() != GroupIdHexSize || id.size() != GroupIdSize)
            return fail(ErrorCode::InvalidArgument, Cli::tr("a group id is 32 hex digits"));
        return ConversationRef::group(id);
    }
    auto peer = protocol::normalizeEmail(email);
    if (!peer)
        return fail(peer.error());
    return ConversationRef::direct(*peer);
}

QByteArray groupIdFrom(const QString &hex)
{
    return hex.size() == GroupIdHexSize ? QByteArray::fromHex(hex.toLatin1()) : QByteArray();
}

bool settled(MessageState state)
{
    return state != MessageState::Queued;
}

// Prints every message added to the history while `run` lasts: from others, trust notices,
// and copies of what another device of ours sent (direction "outgoing"). receive and listen
// send nothing themselves, so nothing of this device's own shows up here.
QMetaObject::Connection printArrivals(Messenger &messenger, const Printer &printer)
{
    return QObject::connect(&messenger, &Messenger::messagesAdded, &messenger,
                            [printer](const QList<HistoryMessage> &messages) {
                                for (const HistoryMessage &message : messages)
                                    printer.message(message);
                            });
}

} // namespace

Result<void> runSend(const CliOptions &options)
{
    auto conversation = conversationFrom(options.to.value(0), options.group);
    if (!conversation)
        return fail(conversation.error());
    const QString text = options.args.join(u' ');
    auto session = OnlineSession::open(options);
    if (!session)
        return fail(session.error());
    Messenger &messenger = (*session)->messenger();
    auto id = messenger.sendText(*conversation, text);
    if (!id)
        return fail(id.error());
    // Written to the outbox: whatever happens now, it goes out eventually.
    const auto stateOf = [&] {
        auto message = messenger.message(*id);
        return message && *message ? (*message)->state : MessageState::Queued;
    };
    const Result<void> online = (*session)->connect();
    if (online) {
        QEventLoop loop;
        QObject::connect(&messenger, &Messenger::messageChanged, &loop, [&] {
            if (settled(stateOf()))
                loop.quit();
        });
        if (!settled(stateOf()))
            OnlineSession::runFor(loop, NetworkTimeout);
    }
    auto message = messenger.message(*id);
    if (!message || !*message)
        return fail(ErrorCode::IoError, Cli::tr("the message vanished from the history"));
    const HistoryMessage &sent = **message;
    //: %1 is a message state ("stored", "delivered"), %2 a count of devices.
    const QString outcome = Cli::tr("%1 (%2 of %n devices)", nullptr, sent.total)
                                .arg(stateText(sent.state))
                                .arg(sent.delivered);
    Printer(options.json).line(
        sent.state == MessageState::Queued
            ? Cli::tr("queued: it goes out the next time cardinal-cli is online")
            : outcome,
        {{QStringLiteral("type"), QStringLiteral("sent")},
         {QStringLiteral("id"), QString::fromLatin1(sent.id.toByteArray().toHex())},
         {QStringLiteral("state"), stateName(sent.state)},
         {QStringLiteral("delivered"), sent.delivered},
         {QStringLiteral("total"), sent.total},
         {QStringLiteral("reason"),
          sent.failure ? QString(client::failureName(sent.failure->kind)) : QString()},
         {QStringLiteral("error"),
          sent.failure ? client::failureTextEnglish(*sent.failure) : QString()}});
    // Held or given up: the command failed, and says why in the user's language.
    if (sent.state == MessageState::Held || sent.state == MessageState::Failed)
        return fail(ErrorCode::NotSent,
                    sent.failure ? failureText(*sent.failure) : stateText(sent.state));
    // Unreachable is fine (it stays queued); refused (a revoked device, another server key)
    // is not: this device cannot send it until the user acts.
    if (!online && !isNetworkFailure(online.error().code))
        return fail(online.error());
    return {};
}

Result<void> runReceive(const CliOptions &options)
{
    auto session = OnlineSession::open(options, true);
    if (!session)
        return fail(session.error());
    Messenger &messenger = (*session)->messenger();
    const Printer printer(options.json);
    printArrivals(messenger, printer);
    // The server pushes the queue right after authentication and then says that was all
    // (backlog-end); we stop once everything before it is stored, or at --wait. Watched
    // from before connecting: it can come while connect() still runs its loop.
    QEventLoop loop;
    bool received = false;
    QObject::connect(&messenger, &Messenger::backlogReceived, &loop, [&] {
        received = true;
        loop.quit();
    });
    if (auto ok = (*session)->connect(); !ok)
        return ok;
    if (!received)
        OnlineSession::runFor(loop, std::chrono::milliseconds(qint64(options.waitSeconds * 1000)));
    // What the messages' senders gossiped is checked before we go: a split view found
    // here must be stored and announced, not dropped with the process.
    (void)(*session)->await<void>([&](QObject *context, Messenger::Done<void> done) {
        messenger.transparencySettled(context, std::move(done));
    });
    return {};
}

Result<void> runListen(const CliOptions &options)
{
    auto session = OnlineSession::open(options, true);
    if (!session)
        return fail(session.error());
    Messenger &messenger = (*session)->messenger();
    const Printer printer(options.json);
    printArrivals(messenger, printer);
    if (auto ok = (*session)->connect(); !ok)
        return ok;
    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, qApp, &QCoreApplication::quit);
    QCoreApplication::exec();
    return {};
}

Result<void> runHistory(const CliOptions &options)
{
    auto conversation = conversationFrom(options.with, options.group);
    if (!conversation)
        return fail(conversation.error());
    auto session = OnlineSession::open(options);
    if (!session)
        return fail(session.error());
    auto messages = (*session)->messenger().messages(*conversation, HistoryWindow);
    if (!messages)
        return fail(messages.error());
    const Printer printer(options.json);
    for (auto it = messages->crbegin(); it != messages->crend(); ++it)
        printer.message(*it);
    return {};
}

Result<void> runContacts(const CliOptions &options)
{
    auto session = OnlineSession::open(options);
    if (!session)
        return fail(session.error());
    auto contacts = (*session)->messenger().contacts();
    if (!contacts)
        return fail(contacts.error());
    const Printer printer(options.json);
    for (const Contact &contact : *contacts)
        printer.line(QStringLiteral("%1  %2").arg(contact.identity, trustText(contact.state)),
                     {{QStringLiteral("type"), QStringLiteral("contact")},
                      {QStringLiteral("identity"), contact.identity},
                      {QStringLiteral("trust"), trustName(contact.state)},
                      {QStringLiteral("card"), protocol::toHex(contact.cardId)}});
    return {};
}

Result<void> runVerify(const CliOptions &options)
{
    const QString identity = options.args.value(0);
    auto session = OnlineSession::open(options);
    if (!session)
        return fail(session.error());
    Messenger &messenger = (*session)->messenger();
    // Fetch the contact's current card when we can; offline, the pinned one is compared.
    if ((*session)->connect()) {
        auto contact = (*session)->await<Contact>(
            [&](QObject *context, Messenger::Done<Contact> done) {
                messenger.lookupContact(identity, context, done);
            });
        if (!contact && !isNetworkFailure(contact.error().code))
            return fail(contact.error());
    }
    auto canonical = protocol::normalizeEmail(identity);
    if (!canonical)
        return fail(canonical.error());
    auto number = messenger.safetyNumber(*canonical);
    if (!number)
        return fail(number.error());
    if (options.mark) {
        if (auto ok = messenger.markVerified(*canonical); !ok)
            return ok;
        (*session)->sendQueued(); // what was held for a changed key, if that was verified now
    }
    const QString note = options.mark ? QString(QStringLiteral("  ") + Cli::tr("(marked verified)")) : QString();
    Printer(options.json).line(number->displayText() + note,
                               {{QStringLiteral("type"), QStringLiteral("safety-number")},
                                {QStringLiteral("identity"), *canonical},
                                {QStringLiteral("digits"), number->digits()},
                                {QStringLiteral("verified"), options.mark}});
    return {};
}

Result<void> runAcceptKey(const CliOptions &options)
{
    auto identity = protocol::normalizeEmail(options.args.value(0));
    if (!identity)
        return fail(identity.error());
    auto session = OnlineSession::open(options);
    if (!session)
        return fail(session.error());
    Messenger &messenger = (*session)->messenger();
    if (auto ok = messenger.acceptNewKey(*identity); !ok)
        return ok;
    // Send what was held for them while we are here.
    if ((*session)->connect())
        (*session)->sendQueued();
    Printer(options.json).line(Cli::tr("accepted the new key of %1").arg(*identity),
                               {{QStringLiteral("type"), QStringLiteral("key-accepted")},
                                {QStringLiteral("identity"), *identity}});
    return {};
}

Result<void> runGroupCreate(const CliOptions &options)
{
    const QString name = options.args.value(0);
    auto session = OnlineSession::openOnline(options);
    if (!session)
        return fail(session.error());
    Messenger &messenger = (*session)->messenger();
    auto id = (*session)->await<QByteArray>(
        [&](QObject *context, Messenger::Done<QByteArray> done) {
            messenger.createGroup(name, options.members, context, done);
        });
    if (!id)
        return fail(id.error());
    const QString hex = QString::fromLatin1(id->toHex());
    Printer(options.json).line(hex, {{QStringLiteral("type"), QStringLiteral("group-created")},
                                     {QStringLiteral("id"), hex},
                                     {QStringLiteral("name"), name}});
    return {};
}

namespace {
Result<void> changeMembership(const CliOptions &options, bool add)
{
    const QByteArray groupId = groupIdFrom(options.args.value(0));
    if (groupId.size() != GroupIdSize)
        return fail(ErrorCode::InvalidArgument, Cli::tr("a group id is 32 hex digits"));
    const QString identity = options.args.value(1);
    auto session = OnlineSession::openOnline(options);
    if (!session)
        return fail(session.error());
    Messenger &messenger = (*session)->messenger();
    auto done = (*session)->await<void>([&](QObject *context, Messenger::Done<void> reply) {
        if (add)
            messenger.addMember(groupId, identity, context, reply);
        else
            messenger.removeMember(groupId, identity, context, reply);
    });
    if (!done)
        return done;
    Printer(options.json).line((add ? Cli::tr("added %1") : Cli::tr("removed %1")).arg(identity),
                               {{QStringLiteral("type"), add ? QStringLiteral("member-added") : QStringLiteral("member-removed")},
                                {QStringLiteral("identity"), identity}});
    return {};
}
} // namespace

Result<void> runGroupAdd(const CliOptions &options)
{
    return changeMembership(options, true);
}

Result<void> runGroupRemove(const CliOptions &options)
{
    return changeMembership(options, false);
}

} // namespace cardinal::cli
