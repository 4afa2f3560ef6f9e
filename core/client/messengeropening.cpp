// SPDX-License-Identifier: GPL-3.0-or-later
// Messenger: creating and opening a profile, at once or with the keys made or unsealed on a
// worker thread.
#include "messenger.h"
#include "messenger_p.h"
#include "profile.h"
#include "profiledatabase.h"

#include <QFutureWatcher>
#include <QtConcurrentRun>

#include <memory>

namespace cardinal::client {

bool Messenger::profileExists(const QString &directory)
{
    return Profile::exists(directory);
}

Result<QString> Messenger::profileIdentity(const QString &directory)
{
    return Profile::readIdentity(directory);
}

Result<std::unique_ptr<Messenger>> Messenger::open(const QString &directory,
                                                  const crypto::SecureBuffer &passphrase,
                                                  QObject *parent)
{
    return finishOpening(directory, Profile::open(directory, passphrase), parent);
}

void Messenger::openInBackground(const QString &directory, crypto::SecureBuffer passphrase,
                                 QObject *context, Done<std::unique_ptr<Messenger>> done)
{
    auto secret = std::make_shared<const crypto::SecureBuffer>(std::move(passphrase));
    openOnWorker(directory, [directory, secret] { return Profile::open(directory, *secret); },
                 context, std::move(done));
}

void Messenger::createInBackground(const QString &directory, const ProfileSetup &setup,
                                   crypto::SecureBuffer passphrase, QObject *context,
                                   Done<std::unique_ptr<Messenger>> done)
{
    // The new Profile is opened as it is: no second scrypt to unlock what was just sealed.
    auto secret = std::make_shared<const crypto::SecureBuffer>(std::move(passphrase));
    openOnWorker(
        directory,
        [directory, setup, secret] { return Profile::create(directory, setup, *secret); },
        context, std::move(done));
}

void Messenger::openOnWorker(const QString &directory, std::function<Result<Profile>()> unlock,
                             QObject *context, Done<std::unique_ptr<Messenger>> done)
{
    // Shared, because a QFuture's result must be copyable and the keys are not; the worker
    // touches nothing but the keystore file and the values `unlock` holds.
    using Unlocked = std::shared_ptr<Result<Profile>>;
    // The watcher is the context's child, so it goes with it; without a context it still
    // deletes itself once the worker is done.
    auto *watcher = new QFutureWatcher<Unlocked>(context);
    connect(watcher, &QFutureWatcherBase::finished, watcher,
            [watcher, directory, done = guarded(context, std::move(done))] {
                const Unlocked profile = watcher->result();
                watcher->deleteLater();
                // The database's connection belongs to the thread that opens it: this one.
                done(finishOpening(directory, std::move(*profile), nullptr));
            });
    watcher->setFuture(QtConcurrent::run(
        [unlock = std::move(unlock)] { return std::make_shared<Result<Profile>>(unlock()); }));
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
