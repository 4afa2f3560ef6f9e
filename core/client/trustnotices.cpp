// SPDX-License-Identifier: GPL-3.0-or-later
#include "trustnotices.h"

#include "historystore.h"
#include "truststore.h"

#include "crypto/random.h"

#include <QDateTime>
#include <QLoggingCategory>

namespace cardinal::client {

Q_LOGGING_CATEGORY(lcTrust, "cardinal.trust")

namespace {

// Stored in profiles: never change the prefix or a name, only add new ones.
constexpr QByteArrayView TokenPrefix = "cardinal-notice:";
constexpr NoticeKind AllKinds[] = {NoticeKind::KeyChangedHeld, NoticeKind::KeyChanged,
                                   NoticeKind::Revoked,        NoticeKind::KeyAccepted,
                                   NoticeKind::MarkedVerified, NoticeKind::VerificationCleared};

} // namespace

QLatin1StringView noticeName(NoticeKind kind)
{
    switch (kind) {
    case NoticeKind::KeyChangedHeld: return QLatin1StringView("key-changed-held");
    case NoticeKind::KeyChanged: return QLatin1StringView("key-changed");
    case NoticeKind::Revoked: return QLatin1StringView("revoked");
    case NoticeKind::KeyAccepted: return QLatin1StringView("key-accepted");
    case NoticeKind::MarkedVerified: return QLatin1StringView("marked-verified");
    case NoticeKind::VerificationCleared: return QLatin1StringView("verification-cleared");
    }
    return {};
}

QByteArray noticeToken(NoticeKind kind)
{
    const QLatin1StringView name = noticeName(kind);
    return TokenPrefix.toByteArray() + QByteArrayView(name.data(), name.size());
}

std::optional<NoticeKind> noticeKindOf(Direction direction, QByteArrayView body)
{
    if (direction != Direction::System || !body.startsWith(TokenPrefix))
        return std::nullopt;
    const QByteArrayView name = body.sliced(TokenPrefix.size());
    for (NoticeKind kind : AllKinds) {
        const QLatin1StringView known = noticeName(kind);
        if (name == QByteArrayView(known.data(), known.size()))
            return kind;
    }
    return std::nullopt;
}

std::optional<NoticeKind> noticeKindOf(const HistoryMessage &message)
{
    return noticeKindOf(message.direction, message.body);
}

QString noticeTextEnglish(NoticeKind kind, const QString &identity)
{
    switch (kind) {
    case NoticeKind::KeyChangedHeld:
        return QStringLiteral("The safety number with %1 changed. Messages to them are held until "
                              "you verify the new number or accept the new key.")
            .arg(identity);
    case NoticeKind::KeyChanged:
        return QStringLiteral("The safety number with %1 changed. Compare it with them to make "
                              "sure it is really them.")
            .arg(identity);
    case NoticeKind::Revoked:
        return QStringLiteral("%1 revoked their key; nothing more is sent to it.").arg(identity);
    case NoticeKind::KeyAccepted:
        return QStringLiteral("You accepted the new key of %1.").arg(identity);
    case NoticeKind::MarkedVerified:
        return QStringLiteral("You marked %1 as verified.").arg(identity);
    case NoticeKind::VerificationCleared:
        return QStringLiteral("You cleared the verification of %1.").arg(identity);
    }
    return {};
}

std::optional<protocol::MessageId> recordTrustNotice(HistoryStore &history,
                                                     const QString &identity, TrustEvent event)
{
    NoticeKind kind;
    switch (event) {
    case TrustEvent::KeyChangedHeld: kind = NoticeKind::KeyChangedHeld; break;
    case TrustEvent::KeyChangedNotice: kind = NoticeKind::KeyChanged; break;
    case TrustEvent::Revoked: kind = NoticeKind::Revoked; break;
    default: return std::nullopt;
    }
    return recordNotice(history, identity, kind);
}

std::optional<protocol::MessageId> recordNotice(HistoryStore &history, const QString &identity,
                                                NoticeKind kind)
{
    HistoryMessage notice;
    crypto::systemRandom().fill(notice.id.span());
    notice.conversation = ConversationRef::direct(identity);
    notice.direction = Direction::System;
    notice.sender = identity;
    notice.body = noticeToken(kind);
    notice.sentAtMs = notice.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    notice.state = MessageState::Received;
    if (auto added = history.addMessage(notice); !added) {
        qCWarning(lcTrust) << "cannot record a trust notice:" << added.error().message();
        return std::nullopt;
    }
    return notice.id;
}

} // namespace cardinal::client
