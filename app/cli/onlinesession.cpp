// SPDX-License-Identifier: GPL-3.0-or-later
#include "onlinesession.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

namespace cardinal::cli {

using client::Connection;
using client::HistoryMessage;
using client::MessageState;

Result<std::unique_ptr<OnlineSession>> OnlineSession::open(const CliOptions &options,
                                                           bool receiving)
{
    if (!client::Messenger::profileExists(options.profileDir))
        return fail(ErrorCode::IoError, Cli::tr("no profile in %1; run 'cardinal-cli init' first")
                                            .arg(options.profileDir));
    auto passphrase = readPassphrase(options.passphrase, Cli::tr("Passphrase: "), false);
    if (!passphrase)
        return fail(passphrase.error());
    auto messenger = client::Messenger::open(options.profileDir, *passphrase);
    if (!messenger)
        return fail(messenger.error());
    (*messenger)->setReceiving(receiving);
    return std::unique_ptr<OnlineSession>(new OnlineSession(std::move(*messenger)));
}

Result<std::unique_ptr<OnlineSession>> OnlineSession::openOnline(const CliOptions &options)
{
    auto session = open(options);
    if (!session)
        return session;
    if (auto ok = (*session)->connect(); !ok)
        return fail(ok.error());
    return session;
}

OnlineSession::OnlineSession(std::unique_ptr<client::Messenger> messenger)
    : m_messenger(std::move(messenger))
{
    // Key-transparency alerts cannot be missed: every command names the open ones, and
    // one found during the command is announced as it is found.
    if (auto status = m_messenger->transparencyStatus(); status && status->openAlerts > 0)
        QTextStream(stderr) << Cli::tr("cardinal-cli: ALERT: %n key-transparency alert(s) "
                                       "open; run 'cardinal-cli kt status'",
                                       nullptr, status->openAlerts)
                            << Qt::endl;
    QObject::connect(m_messenger.get(), &client::Messenger::transparencyAlert,
                     [](const client::KtEvidence &evidence) {
                         QTextStream(stderr) << Cli::tr("cardinal-cli: ALERT: %1")
                                                    .arg(evidence.detail)
                                             << Qt::endl;
                     });
}

void OnlineSession::runFor(QEventLoop &loop, std::chrono::milliseconds limit)
{
    QTimer::singleShot(limit, &loop, &QEventLoop::quit);
    loop.exec();
}

Result<void> OnlineSession::connect(Connection::State state)
{
    if (m_messenger->server().isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    Cli::tr("no server yet: run 'cardinal-cli register --server URL'"));
    std::optional<Error> failure;
    QEventLoop loop;
    const auto reached = [&] {
        const Connection::State now = m_messenger->connectionState();
        return now == state || (state == Connection::State::Connected && now == Connection::State::Online);
    };
    // A one-shot command does not sit through reconnect backoff: the first refused or
    // dropped attempt ends the wait (queued messages stay in the outbox for next time).
    QObject::connect(m_messenger.get(), &client::Messenger::connectionStateChanged, &loop,
                     [&](Connection::State now) {
                         if (reached() || now == Connection::State::Disconnected)
                             loop.quit();
                     });
    QObject::connect(m_messenger.get(), &client::Messenger::failed, &loop, [&](const Error &error) {
        failure = error;
        loop.quit();
    });
    m_messenger->connectToServer();
    if (!reached())
        runFor(loop, NetworkTimeout);
    if (failure)
        return fail(*failure);
    if (!reached()) {
        const std::optional<Error> problem = m_messenger->connectionProblem();
        return fail(problem ? problem->code : ErrorCode::Unreachable,
                    Cli::tr("cannot reach the server at %1").arg(m_messenger->server().toString()) +
                        (problem && !problem->detail.isEmpty() ? QStringLiteral(": ") + problem->detail
                                                               : QString()));
    }
    return {};
}

void OnlineSession::sendQueued()
{
    const auto isQueued = [](const HistoryMessage &m) { return m.state == MessageState::Queued; };
    const auto queued = [this, isQueued] {
        auto pending = m_messenger->pendingMessages();
        return pending && std::any_of(pending->cbegin(), pending->cend(), isQueued);
    };
    if (!queued() || m_messenger->connectionState() != Connection::State::Online)
        return;
    QEventLoop loop;
    QObject::connect(m_messenger.get(), &client::Messenger::messageChanged, &loop, [&] {
        if (!queued())
            loop.quit();
    });
    QObject::connect(m_messenger.get(), &client::Messenger::connectionStateChanged, &loop,
                     [&](Connection::State state) {
                         if (state == Connection::State::Disconnected)
                             loop.quit();
                     });
    runFor(loop, NetworkTimeout);
}

QString stateName(MessageState state)
{
    switch (state) {
    case MessageState::Queued: return QStringLiteral("queued");
    case MessageState::Held: return QStringLiteral("held");
    case MessageState::Stored: return QStringLiteral("stored");
    case MessageState::Delivered: return QStringLiteral("delivered");
    case MessageState::Failed: return QStringLiteral("failed");
    case MessageState::Received: return QStringLiteral("received");
    case MessageState::Undecryptable: return QStringLiteral("undecryptable");
    }
    return QStringLiteral("unknown");
}

QString directionName(client::Direction direction)
{
    switch (direction) {
    case client::Direction::Incoming: return QStringLiteral("incoming");
    case client::Direction::Outgoing: return QStringLiteral("outgoing");
    case client::Direction::System: return QStringLiteral("system");
    }
    return QStringLiteral("unknown");
}

QString trustName(client::TrustState state)
{
    switch (state) {
    case client::TrustState::Unverified: return QStringLiteral("unverified");
    case client::TrustState::Verified: return QStringLiteral("verified");
    case client::TrustState::Changed: return QStringLiteral("changed");
    case client::TrustState::Revoked: return QStringLiteral("revoked");
    }
    return QStringLiteral("unknown");
}

QString stateText(MessageState state)
{
    switch (state) {
    case MessageState::Queued: return Cli::tr("queued");
    case MessageState::Held: return Cli::tr("held");
    case MessageState::Stored: return Cli::tr("stored");
    case MessageState::Delivered: return Cli::tr("delivered");
    case MessageState::Failed: return Cli::tr("failed");
    case MessageState::Received: return Cli::tr("received");
    case MessageState::Undecryptable: return Cli::tr("undecryptable");
    }
    return stateName(state);
}

QString trustText(client::TrustState state)
{
    switch (state) {
    case client::TrustState::Unverified: return Cli::tr("unverified");
    case client::TrustState::Verified: return Cli::tr("verified");
    case client::TrustState::Changed: return Cli::tr("changed");
    case client::TrustState::Revoked: return Cli::tr("revoked");
    }
    return trustName(state);
}

void Printer::line(const QString &text, const QJsonObject &json) const
{
    QTextStream out(stdout);
    if (m_json)
        out << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
    else
        out << text << Qt::endl;
}

QString noticeText(client::NoticeKind kind, const QString &identity)
{
    switch (kind) {
    case client::NoticeKind::KeyChangedHeld:
        return Cli::tr("The safety number with %1 changed. Messages to them are held until you "
                       "verify the new number ('cardinal-cli verify') or accept the new key "
                       "('cardinal-cli accept-key').")
            .arg(identity);
    case client::NoticeKind::KeyChanged:
        return Cli::tr("The safety number with %1 changed. Compare it with them "
                       "('cardinal-cli verify') to make sure it is really them.")
            .arg(identity);
    case client::NoticeKind::Revoked:
        return Cli::tr("%1 revoked their key; nothing more is sent to it.").arg(identity);
    case client::NoticeKind::KeyAccepted:
        return Cli::tr("You accepted the new key of %1.").arg(identity);
    case client::NoticeKind::MarkedVerified:
        return Cli::tr("You marked %1 as verified.").arg(identity);
    case client::NoticeKind::VerificationCleared:
        return Cli::tr("You cleared the verification of %1.").arg(identity);
    }
    return client::noticeTextEnglish(kind, identity);
}

QString failureText(const client::FailureReason &reason)
{
    using client::FailureKind;
    const QString first = reason.details.value(0);
    const QString second = reason.details.value(1);
    // English words from elsewhere (a server's refusal) follow as they came.
    const auto withDetail = [](const QString &clause, const QString &detail) {
        return detail.isEmpty() ? clause : QString(clause + QStringLiteral(": ") + detail);
    };
    switch (reason.kind) {
    case FailureKind::Other:
        return first.isEmpty() ? Cli::tr("no reason given") : first;
    case FailureKind::NotForThisDevice:
        return Cli::tr("it was not encrypted for this device");
    case FailureKind::DamagedOrAltered:
        return Cli::tr("it was damaged on the way or altered");
    case FailureKind::MalformedEnvelope:
        return Cli::tr("it is not a message envelope cardinal-cli can read");
    case FailureKind::UnsupportedVersion:
        return Cli::tr("it needs a newer version of Cardinal");
    case FailureKind::SenderMismatch:
        return Cli::tr("the server says it is from %1, but the sender's card belongs to %2")
            .arg(first, second);
    case FailureKind::UnknownSenderDevice:
        return Cli::tr("it was sent from a device that is not on the sender's card");
    case FailureKind::BadSignature:
        return Cli::tr("the sender's signature does not match");
    case FailureKind::WrongConversation:
        return Cli::tr("the server delivered it to the wrong conversation");
    case FailureKind::SenderCardUnusable:
        return withDetail(Cli::tr("the sender's card could not be checked"), first);
    case FailureKind::KeyChanged:
        return Cli::tr("the key of %1 changed: compare the new safety number ('cardinal-cli "
                       "verify') or accept the new key ('cardinal-cli accept-key')")
            .arg(reason.details.join(QStringLiteral(", ")));
    case FailureKind::NoDeviceToSendTo:
        return Cli::tr("no recipient has a device to send to");
    case FailureKind::EncryptionFailed:
        return withDetail(Cli::tr("it could not be encrypted"), first);
    case FailureKind::RefusedByServer:
        return withDetail(Cli::tr("the server refused it"), first);
    case FailureKind::NotInGroup:
        return Cli::tr("you are not a member of this group");
    case FailureKind::RecipientUnknown:
        return Cli::tr("%1 has no card on this server").arg(first);
    case FailureKind::RecipientRevoked:
        return Cli::tr("%1 revoked their card").arg(first);
    case FailureKind::RecipientCardUnusable:
        return withDetail(Cli::tr("the card of %1 does not check out").arg(first), second);
    case FailureKind::RecipientsLeftOut: {
        QStringList whom;
        for (qsizetype i = 0; i + 1 < reason.details.size(); i += 2)
            whom.append(withDetail(reason.details.at(i), reason.details.at(i + 1)));
        return Cli::tr("not sent to %1").arg(whom.join(QStringLiteral("; ")));
    }
    }
    return client::failureTextEnglish(reason);
}

void Printer::message(const HistoryMessage &message) const
{
    const bool group = message.conversation.kind == client::ConversationRef::Kind::Group;
    const QString where = group ? QStringLiteral("group:") + QString::fromLatin1(message.conversation.groupId.toHex())
                                : message.conversation.peer;
    const QString time = QDateTime::fromMSecsSinceEpoch(message.sentAtMs).toString(Qt::ISODate);
    const bool undecryptable = message.state == MessageState::Undecryptable;
    // A notice is stored as a token: people read it in their language, scripts get the
    // English sentence and the token's name to switch on.
    const std::optional<client::NoticeKind> notice = client::noticeKindOf(message);
    const QString storedBody =
        notice ? client::noticeTextEnglish(*notice, message.sender) : QString::fromUtf8(message.body);
    const QString reason =
        message.failure ? failureText(*message.failure) : Cli::tr("no reason given");
    const QString body = undecryptable ? Cli::tr("could not decrypt: %1").arg(reason)
                         : notice      ? noticeText(*notice, message.sender)
                                       : storedBody;
    const QString prefix =
        QStringLiteral("[%1] %2").arg(time, group ? where + QStringLiteral(" ") : QString());
    // A notice of our own must not look like something the contact wrote.
    QString text = prefix + (message.direction == client::Direction::System
                                 ? QStringLiteral("*** ") + body
                                 : QStringLiteral("%1: %2").arg(message.sender, body));
    if (message.direction == client::Direction::Outgoing)
        text += message.failure ? QStringLiteral(" (%1: %2)").arg(stateText(message.state), reason)
                                : QStringLiteral(" (%1)").arg(stateText(message.state));
    QJsonObject json{
        {QStringLiteral("type"), QStringLiteral("message")},
        {QStringLiteral("id"), QString::fromLatin1(message.id.toByteArray().toHex())},
        {QStringLiteral("conversation"), where},
        {QStringLiteral("direction"), directionName(message.direction)},
        {QStringLiteral("from"), message.sender},
        {QStringLiteral("body"), undecryptable ? QString() : storedBody},
        {QStringLiteral("sentAt"), message.sentAtMs},
        {QStringLiteral("state"), stateName(message.state)},
        // Why it is undecryptable, held or failed: a stable name to switch on, and English
        // words for people (their wording may change between versions).
        {QStringLiteral("reason"),
         message.failure ? QString(client::failureName(message.failure->kind)) : QString()},
        {QStringLiteral("error"),
         message.failure ? client::failureTextEnglish(*message.failure) : QString()},
    };
    if (notice)
        json.insert(QStringLiteral("notice"), QString(client::noticeName(*notice)));
    line(text, json);
}

} // namespace cardinal::cli
