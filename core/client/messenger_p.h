// SPDX-License-Identifier: GPL-3.0-or-later
// Private to the Messenger's implementation files.
#pragma once

#include "carddirectory.h"
#include "clientcontext.h"
#include "connection.h"
#include "historystore.h"
#include "inbox.h"
#include "ktstore.h"
#include "ktverifier.h"
#include "messenger.h"
#include "outbox.h"
#include "profile.h"
#include "profiledatabase.h"
#include "protocol/api/directory.h"
#include "protocol/api/events.h"
#include "protocol/api/groups.h"
#include "truststore.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

namespace cardinal::client {

namespace api = protocol::api;

//! Our identity as the protocol carries it (canonical since the profile was created).
[[nodiscard]] inline protocol::Identity ownIdentity(const Profile &profile)
{
    return protocol::Identity::parse(profile.identity()).value_or({});
}

Q_DECLARE_LOGGING_CATEGORY(lcMessenger)

//! Logs a failed local write that must not stop the answer a caller waits for (the server
//! has answered already), so that it does not vanish either.
inline void warnIfFailed(const Result<void> &written, const char *what)
{
    if (!written)
        qCWarning(lcMessenger) << "cannot" << what << ":" << written.error().message();
}

//! `done`, called only while `context` lives: the one place where the facade's asynchronous
//! answers check on whoever asked.
template<typename T>
Messenger::Done<T> guarded(QObject *context, Messenger::Done<T> done)
{
    return [context = QPointer<QObject>(context), done = std::move(done)](Result<T> outcome) {
        if (context)
            done(std::move(outcome));
    };
}

struct Messenger::Parts
{
    Profile profile;
    std::unique_ptr<ProfileDatabase> database;
    HistoryStore history;
    TrustStore trust;
    ServerSettings settings;
    Connection connection;
    KtStore kt;
    KtVerifier verifier;
    CardDirectory directory;
    ClientContext context;
    Outbox outbox;
    Inbox inbox;
    QTimer ktWatch; //!< the daily look at our own address in the log
    QList<Messenger::Done<int>> ownWatchWaiting; //!< who waits for the look under way
    bool receiving = true;

    Parts(Profile p, std::unique_ptr<ProfileDatabase> db, ServerSettings s)
        : profile(std::move(p)), database(std::move(db)), history(*database), trust(*database),
          settings(std::move(s)), connection(settings.url), kt(*database),
          verifier(connection, kt, settings.url.toString()), directory(connection),
          context{profile, history, trust, connection, directory, verifier}, outbox(context), inbox(context)
    {
    }
};

} // namespace cardinal::client
