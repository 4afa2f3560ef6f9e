// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kit/wording.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

#include <optional>

namespace cardinal::ui {

namespace {

QString errorSentence(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument: return Wording::tr("That input is not valid.");
    case ErrorCode::MalformedInput: return Wording::tr("Received data that does not make sense.");
    case ErrorCode::TooLarge: return Wording::tr("That is too large.");
    case ErrorCode::UnsupportedVersion: return Wording::tr("This needs a newer version of Cardinal.");
    case ErrorCode::BadSignature: return Wording::tr("A signature did not check out.");
    case ErrorCode::DecryptionFailed: return Wording::tr("The data could not be decrypted.");
    case ErrorCode::NotARecipient: return Wording::tr("The message was not encrypted for this device.");
    case ErrorCode::UnknownSender: return Wording::tr("The sender is not known.");
    case ErrorCode::WeakKey: return Wording::tr("A key was refused as unsafe.");
    case ErrorCode::WrongPassphrase: return Wording::tr("That passphrase is not correct.");
    case ErrorCode::CorruptFile: return Wording::tr("A file of this profile is damaged.");
    case ErrorCode::IoError: return Wording::tr("A file could not be read or written.");
    case ErrorCode::CryptoFailure: return Wording::tr("The encryption library failed.");
    case ErrorCode::Forbidden: return Wording::tr("That is not allowed.");
    case ErrorCode::NotFound: return Wording::tr("Not found.");
    case ErrorCode::Conflict: return Wording::tr("That exists already.");
    case ErrorCode::RateLimited: return Wording::tr("Too many attempts; please wait a moment.");
    case ErrorCode::LimitReached: return Wording::tr("A limit has been reached.");
    case ErrorCode::InvalidCode: return Wording::tr("That code is not correct.");
    case ErrorCode::CodeExpired: return Wording::tr("The code has expired; ask for a new one.");
    case ErrorCode::InvalidToken: return Wording::tr("The server refused the confirmation.");
    case ErrorCode::Unreachable: return Wording::tr("The server does not answer.");
    case ErrorCode::ConnectionRefused: return Wording::tr("The server refused the connection.");
    case ErrorCode::HostNotFound: return Wording::tr("There is no server with that name.");
    case ErrorCode::NotAServer: return Wording::tr("That address is not a Cardinal server.");
    case ErrorCode::TlsFailed: return Wording::tr("The secure connection to the server failed.");
    case ErrorCode::ServerFailed: return Wording::tr("The server could not do that just now. Please try again later.");
    case ErrorCode::NotSent: return Wording::tr("The message was not sent.");
    case ErrorCode::ProofFailed: return Wording::tr("The server's key directory failed a check of its public log.");
    }
    return Wording::tr("Something went wrong.");
}

} // namespace

namespace {

//! Codes whose sentence says all a person needs: their detail is for logs (and the CLI),
//! and would only repeat the sentence in developer words.
bool speaksForItself(ErrorCode code)
{
    return (isNetworkFailure(code) && code != ErrorCode::TlsFailed) ||
           code == ErrorCode::WrongPassphrase || code == ErrorCode::CodeExpired;
}

//! The attempts a wrong code leaves, as the server's detail says ("... 4 attempts left").
std::optional<int> attemptsLeft(const QString &detail)
{
    static const QRegularExpression pattern(QStringLiteral("(\\d+) attempts? left"));
    const QRegularExpressionMatch match = pattern.match(detail);
    return match.hasMatch() ? std::optional(match.captured(1).toInt()) : std::nullopt;
}

} // namespace

QString Wording::error(const Error &error)
{
    if (error.code == ErrorCode::InvalidCode) {
        if (const std::optional<int> left = attemptsLeft(error.detail))
            return tr("That code is not correct: %n attempts left.", nullptr, *left);
        return errorSentence(error.code);
    }
    const QString sentence = errorSentence(error.code);
    QString detail = error.detail;
    // A detail that begins with the code's own name ("invalid code: ...") repeats it.
    const QString codeName = errorCodeName(error.code) + QStringLiteral(": ");
    if (detail.startsWith(codeName))
        detail = detail.mid(codeName.size());
    if (detail.isEmpty() || speaksForItself(error.code))
        return sentence;
    //: %1 is a sentence saying what went wrong, %2 technical details in English
    return tr("%1 (%2)").arg(sentence, detail);
}

QString Wording::serverName(const QUrl &url)
{
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

QString Wording::serverProblem(const Error &error, const QUrl &url)
{
    const QString server = serverName(url);
    switch (error.code) {
    case ErrorCode::Unreachable:
        //: %1 is a server address such as chat.example.org:7447
        return tr("The server at %1 does not answer. Check the address and your network "
                  "connection.")
            .arg(server);
    case ErrorCode::ConnectionRefused:
        //: %1 is a server address
        return tr("The server at %1 refused the connection: nothing is listening there. Check "
                  "the address and port, or whether the server is running.")
            .arg(server);
    case ErrorCode::HostNotFound:
        //: %1 is a server address
        return tr("There is no server called %1. Check the address for typing mistakes.")
            .arg(server);
    case ErrorCode::NotAServer:
        //: %1 is a server address
        return tr("%1 answers, but it is not a Cardinal server. Check the address and port.")
            .arg(server);
    case ErrorCode::BadSignature:
        //: %1 is a server address
        return tr("The server at %1 is not the one whose key you entered: its key is different. "
                  "Check the key with the server's operator.")
            .arg(server);
    case ErrorCode::TlsFailed:
        //: %1 is a server address, %2 the system's reason in English
        return tr("A secure connection to %1 could not be made (%2). If the server uses a "
                  "certificate of its own, this computer has to trust it first.")
            .arg(server, error.detail);
    default:
        return Wording::error(error);
    }
}

QString Wording::trustState(client::TrustState state)
{
    switch (state) {
    case client::TrustState::Unverified: return tr("Unverified");
    case client::TrustState::Verified: return tr("Verified");
    case client::TrustState::Changed: return tr("Key changed");
    case client::TrustState::Revoked: return tr("Revoked");
    }
    return {};
}

QString Wording::trustExplanation(client::TrustState state)
{
    switch (state) {
    case client::TrustState::Unverified:
        return tr("Messages are encrypted, but you have not yet compared safety numbers with "
                  "this contact.");
    case client::TrustState::Verified:
        return tr("You compared safety numbers: only this contact's devices can read your "
                  "messages.");
    case client::TrustState::Changed:
        return tr("This contact's key changed. Messages wait until you verify or accept the "
                  "new key.");
    case client::TrustState::Revoked:
        return tr("This contact's key was revoked. Nothing is encrypted to it any more.");
    }
    return {};
}

QString Wording::connectionState(client::Connection::State state)
{
    switch (state) {
    case client::Connection::State::Online: return tr("Online");
    case client::Connection::State::Connected:
    case client::Connection::State::Connecting: return tr("Connecting…");
    case client::Connection::State::Disconnected: return tr("Offline");
    }
    return {};
}

namespace {

//! `pattern` (a QLocale format) without its seconds and whatever separates them.
QString withoutSeconds(QString pattern)
{
    static const QRegularExpression seconds(QStringLiteral("[:.]?s{1,2}"));
    pattern.remove(seconds);
    return pattern.trimmed();
}

//! The system's regional formats, unless it has none (C / POSIX).
QLocale regional()
{
    const QLocale system = QLocale::system();
    return system.language() == QLocale::C ? QLocale() : system;
}

} // namespace

QString Wording::timeOfDay(const QTime &time)
{
    const QLocale formats = regional();
    const QString pattern = formats.language() == QLocale::C
                                ? QStringLiteral("HH:mm")
                                : withoutSeconds(formats.timeFormat(QLocale::ShortFormat));
    // The pattern is the region's; AM/PM words are the app's language.
    return QLocale().toString(time, pattern);
}

QString Wording::dateTime(const QDateTime &when)
{
    const QDateTime local = when.toLocalTime();
    const QString date = QLocale().toString(local.date(), regional().dateFormat(QLocale::ShortFormat));
    //: A date and a time of day, e.g. "04.12.26, 14:05"
    return tr("%1, %2").arg(date, timeOfDay(local.time()));
}

QString Wording::shortTime(qint64 msSinceEpoch, const QDateTime &now)
{
    if (msSinceEpoch <= 0)
        return {};
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(msSinceEpoch).toLocalTime();
    const QLocale locale;
    const qint64 days = when.date().daysTo(now.date());
    if (days == 0)
        return timeOfDay(when.time());
    if (days > 0 && days < 7)
        return locale.dayName(when.date().dayOfWeek(), QLocale::ShortFormat);
    return locale.toString(when.date(), regional().dateFormat(QLocale::ShortFormat));
}

QString Wording::day(const QDate &date, const QDate &today)
{
    const qint64 days = date.daysTo(today);
    if (days == 0)
        return tr("Today");
    if (days == 1)
        return tr("Yesterday");
    return QLocale().toString(date, QLocale::LongFormat);
}

QString Wording::messageState(client::MessageState state)
{
    switch (state) {
    case client::MessageState::Queued: return tr("Waiting to be sent");
    case client::MessageState::Held:
        return tr("Held: a recipient's key changed; verify or accept it to send");
    case client::MessageState::Stored: return tr("Sent");
    case client::MessageState::Delivered: return tr("Delivered");
    case client::MessageState::Failed: return tr("Not sent");
    case client::MessageState::Received: return tr("Received");
    case client::MessageState::Undecryptable: return tr("Could not decrypt");
    }
    return {};
}

QString Wording::failureReason(const client::FailureReason &reason)
{
    using client::FailureKind;
    const QString first = reason.details.value(0);
    const QString second = reason.details.value(1);
    // A clause, then English words from elsewhere in parentheses when there are any.
    const auto withDetail = [](const QString &clause, const QString &detail) {
        //: %1 is a sentence saying what went wrong, %2 technical details in English
        return detail.isEmpty() ? clause : tr("%1 (%2)").arg(clause, detail);
    };
    switch (reason.kind) {
    case FailureKind::Other:
        return first.isEmpty() ? tr("no reason given") : first;
    case FailureKind::NotForThisDevice:
        //: Follows "Could not decrypt this message:"
        return tr("it was not encrypted for this device");
    case FailureKind::DamagedOrAltered:
        //: Follows "Could not decrypt this message:"
        return tr("it was damaged on the way or altered");
    case FailureKind::MalformedEnvelope:
        //: Follows "Could not decrypt this message:"
        return tr("it is not a message Cardinal can read");
    case FailureKind::UnsupportedVersion:
        //: Follows "Could not decrypt this message:"
        return tr("it needs a newer version of Cardinal");
    case FailureKind::SenderMismatch:
        //: Follows "Could not decrypt this message:"; %1 and %2 are addresses
        return tr("the server says it is from %1, but the sender's card belongs to %2")
            .arg(first, second);
    case FailureKind::UnknownSenderDevice:
        //: Follows "Could not decrypt this message:"
        return tr("it was sent from a device that is not on the sender's card");
    case FailureKind::BadSignature:
        //: Follows "Could not decrypt this message:"
        return tr("the sender's signature does not match");
    case FailureKind::WrongConversation:
        //: Follows "Could not decrypt this message:"
        return tr("the server delivered it to the wrong conversation");
    case FailureKind::SenderCardUnusable:
        //: Follows "Could not decrypt this message:"
        return withDetail(tr("the sender's card could not be checked"), first);
    case FailureKind::KeyChanged:
        //: Follows "Held:"; %1 is one or more addresses
        return tr("the key of %1 changed; verify it or accept the new key to send")
            .arg(QLocale().createSeparatedList(reason.details));
    case FailureKind::NoDeviceToSendTo:
        //: Follows "Not sent:"
        return tr("no recipient has a device to send to");
    case FailureKind::EncryptionFailed:
        //: Follows "Not sent:"
        return withDetail(tr("it could not be encrypted"), first);
    case FailureKind::RefusedByServer:
        //: Follows "Not sent:"
        return withDetail(tr("the server refused it"), first);
    case FailureKind::NotInGroup:
        //: Follows "Not sent:"
        return tr("you are not a member of this group");
    case FailureKind::RecipientUnknown:
        //: Follows "Not sent:"; %1 is an address
        return tr("%1 has no card on this server").arg(first);
    case FailureKind::RecipientRevoked:
        //: Follows "Not sent:"; %1 is an address
        return tr("%1 revoked their card").arg(first);
    case FailureKind::RecipientCardUnusable:
        //: Follows "Not sent:"; %1 is an address
        return withDetail(tr("the card of %1 does not check out").arg(first), second);
    case FailureKind::RecipientsLeftOut: {
        // Pairs of who and why: each as "who (why)".
        QStringList whom;
        for (qsizetype i = 0; i + 1 < reason.details.size(); i += 2)
            whom.append(withDetail(reason.details.at(i), reason.details.at(i + 1)));
        //: Shown under a sent group message; %1 lists addresses, each with why in English
        return tr("Not sent to %1").arg(whom.join(QStringLiteral(", ")));
    }
    }
    return first;
}

QString Wording::notice(client::NoticeKind kind, const QString &identity)
{
    switch (kind) {
    case client::NoticeKind::KeyChangedHeld:
        //: A line in a conversation; %1 is the contact's address
        return tr("The safety number with %1 changed. Messages to them are held until you "
                  "verify the new number or accept the new key.")
            .arg(identity);
    case client::NoticeKind::KeyChanged:
        //: A line in a conversation; %1 is the contact's address
        return tr("The safety number with %1 changed. Compare it with them to make sure it is "
                  "really them.")
            .arg(identity);
    case client::NoticeKind::Revoked:
        //: A line in a conversation; %1 is the contact's address
        return tr("%1 revoked their key; nothing more is sent to it.").arg(identity);
    case client::NoticeKind::KeyAccepted:
        //: A line in a conversation; %1 is the contact's address
        return tr("You accepted the new key of %1.").arg(identity);
    case client::NoticeKind::MarkedVerified:
        //: A line in a conversation; %1 is the contact's address
        return tr("You marked %1 as verified.").arg(identity);
    case client::NoticeKind::VerificationCleared:
        //: A line in a conversation; %1 is the contact's address
        return tr("You cleared the verification of %1.").arg(identity);
    }
    return {};
}

} // namespace cardinal::ui
