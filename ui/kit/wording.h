// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/connection.h"
#include "client/failurereason.h"
#include "client/conversations.h"
#include "client/notices.h"
#include "client/contacts.h"
#include "common/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QUrl>

namespace cardinal::ui {

//! The words the app uses for core values: error codes, trust states, connection states,
//! times. One place, so every screen says the same thing and translators see each once.
class Wording
{
    Q_DECLARE_TR_FUNCTIONS(cardinal::ui::Wording)

public:
    //! A sentence for the user: what went wrong (from the code), then the detail if it adds
    //! something. Never shows raw error enum names.
    [[nodiscard]] static QString error(const Error &error);
    //! How a server is named in sentences: "chat.example.org:7447" (the host, and the port
    //! when there is one).
    [[nodiscard]] static QString serverName(const QUrl &url);
    //! Why `server` cannot be used (named as serverName() says it), for the network
    //! ErrorCodes (isNetworkFailure()) and a wrong authority key; error() for anything else.
    [[nodiscard]] static QString serverProblem(const Error &error, const QUrl &server);

    //! "Unverified", "Verified", "Key changed", "Revoked".
    [[nodiscard]] static QString trustState(client::TrustState state);
    //! One sentence explaining a trust state to someone who never heard of keys.
    [[nodiscard]] static QString trustExplanation(client::TrustState state);

    //! "Online", "Connecting…", "Offline".
    [[nodiscard]] static QString connectionState(client::Connection::State state);

    //! A time of day in the person's regional format (the system locale's pattern, so a
    //! German system shows 14:05 whatever the app's language), never with seconds; 24-hour
    //! "HH:mm" where the system has no regional settings (the C locale).
    [[nodiscard]] static QString timeOfDay(const QTime &time);
    //! A date and time in the same formats: the short date, then timeOfDay().
    [[nodiscard]] static QString dateTime(const QDateTime &when);
    //! A message time for lists: "14:05" today, "Mon" within the week, else a short date.
    [[nodiscard]] static QString shortTime(qint64 msSinceEpoch, const QDateTime &now);
    //! A day separator: "Today", "Yesterday", or a long date.
    [[nodiscard]] static QString day(const QDate &date, const QDate &today);

    //! The explanation shown for a message state (tooltips, accessibility).
    [[nodiscard]] static QString messageState(client::MessageState state);
    //! Why a message could not be opened, waits or was not sent, as a clause that follows
    //! "Could not decrypt this message:" or "Not sent:" ("it was not encrypted for this
    //! device"). Words from elsewhere (a server's refusal) follow in parentheses as they came;
    //! a reason stored by an older version is its English sentence.
    [[nodiscard]] static QString failureReason(const client::FailureReason &reason);

    //! A trust notice of the timeline about `identity`, as one sentence ("The safety number
    //! with … changed. …"). The timeline and the conversation list's preview both use it.
    [[nodiscard]] static QString notice(client::NoticeKind kind, const QString &identity);
};

} // namespace cardinal::ui
