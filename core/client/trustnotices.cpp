// SPDX-License-Identifier: GPL-3.0-or-later
#include "trustnotices.h"

#include "crypto/random.h"

#include <QDateTime>
#include <QLoggingCategory>

namespace cardinal::client {

Q_LOGGING_CATEGORY(lcTrust, "cardinal.trust")

std::optional<protocol::MessageId> recordTrustNotice(HistoryStore &history,
                                                     const QString &identity, TrustEvent event)
{
    QString text;
    switch (event) {
    case TrustEvent::KeyChangedHeld:
        text = QStringLiteral("The security key of %1 changed. Messages to them are held until you "
                              "verify the new safety number or accept the new key.").arg(identity);
        break;
    case TrustEvent::KeyChangedNotice:
        text = QStringLiteral("The security key of %1 changed. Compare your safety number with "
                              "them to make sure it is really them.").arg(identity);
        break;
    case TrustEvent::Revoked:
        text = QStringLiteral("%1 revoked their card; nothing more is sent to it.").arg(identity);
        break;
    default:
        return std::nullopt;
    }
    HistoryMessage notice;
    crypto::systemRandom().fill(notice.id.span());
    notice.conversation = ConversationRef::direct(identity);
    notice.direction = Direction::System;
    notice.sender = identity;
    notice.body = text.toUtf8();
    notice.sentAtMs = notice.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    notice.state = MessageState::Received;
    if (auto added = history.addMessage(notice); !added) {
        qCWarning(lcTrust) << "cannot record a trust notice:" << added.error().message();
        return std::nullopt;
    }
    return notice.id;
}

} // namespace cardinal::client
