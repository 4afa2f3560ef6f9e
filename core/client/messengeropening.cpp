// SPDX-License-Identifier: GPL-3.0-or-later
// Messenger: opening a profile, at once or with the keys unsealed on a worker thread.
#include "messenger.h"
#include "messenger_p.h"
#include "profile.h"
#include "profiledatabase.h"

#include <QFutureWatcher>
#include <QtConcurrentRun>

#include <memory>

namespace cardinal::client {

Result<std::unique_ptr<Messenger>> Messenger::open(const QString &directory,
                                                  const crypto::SecureBuffer &passphrase,
                                                  QObject *parent)
{
    return finishOpening(directory, Profile::open(directory, passphrase), parent);
}

void Messenger::openInBackground(const QString &directory, crypto::SecureBuffer passphrase,
                                 QObject *context, Done<std::unique_ptr<Messenger>> done)
{
    // Shared, because a QFuture's result must be copyable and the keys are not; the worker
    // touches nothing but the keystore file and these values.
    using Unlocked = std::shared_ptr<Result<Profile>>;
    auto secret = std::make_shared<const crypto::SecureBuffer>(std::move(passphrase));
    auto *watcher = new QFutureWatcher<Unlocked>(context);
    connect(watcher, &QFutureWatcherBase::finished, context, [watcher, directory, done] {
        const Unlocked profile = watcher->result();
        watcher->deleteLater();
        // The database's connection belongs to the thread that opens it: this one.
        done(finishOpening(directory, std::move(*profile), nullptr));
    });
    watcher->setFuture(QtConcurrent::run([directory, secret] {
        return std::make_shared<Result<Profile>>(Profile::open(directory, *secret));
    }));
}

Result<std::unique_ptr<Messenger>> Messenger::finishOpening(const QString &directory,
                                                            Result<Profile> profile,
                                                            QObject *parent)
{
    if (!profile)
        return fail(profile.error());
    auto database = ProfileDatabase::open(directory, deriveStorageKey(profile->deviceKey()));
    if (!database)
        return fail(database.error());
    auto settings = ServerSettings::load(directory);
    if (!settings)
        return fail(settings.error());
    auto parts = std::make_unique<Parts>(std::move(*profile), std::move(*database), std::move(*settings));
    return std::unique_ptr<Messenger>(new Messenger(std::move(parts), parent));
}

} // namespace cardinal::client
