// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/messenger.h"
#include "client/serverprobe.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <memory>

class QStackedWidget;

namespace cardinal::ui {

class CodePage;
class IdentityPage;
class OnboardingPage;
class PassphrasePage;
class ServerPage;
class WelcomePage;

//! The first run of the app: from an empty profile directory to a registered profile and an
//! unlocked client::Messenger, one small step per page (see the page classes for their
//! controls and objectNames).
//!
//! A new account:   Welcome → Server → Identity (e-mail, device name) → Passphrase → Code
//!                  (or an invitation token instead of the code, see CodePage)
//! A restore:       Welcome → Server → Identity → Code + backup passphrase → Passphrase
//!
//! Why the code comes last for a new account: the server sends a code to an identity on
//! behalf of a profile, so the profile (its keys, sealed under the passphrase) has to exist
//! before the client can ask. Asking for the passphrase first also means the code is fresh
//! when it is typed, instead of ageing while the user thinks of a passphrase. Once the
//! profile exists its e-mail address is fixed: Back from the code page leads to the server
//! page (to correct a mistyped server), not to the identity page.
//!
//! Restoring mirrors `cardinal-cli restore` + `confirm`: the code and the backup passphrase
//! are checked together by client::Restore::complete(), which only happens once the new
//! device's passphrase is known; a refused code or passphrase brings the user back to the
//! code page with the reason, their input kept.
//!
//! Closing the app after the profile was created but before the code was confirmed leaves an
//! unregistered profile. The shell unlocks it (UnlockScreen), sees !isRegistered() and hands
//! the Messenger to resume(), which goes straight to the code page and asks for a new code.
//!
//! Continue on the server page first checks the server (client::ServerProbe): a wrong or
//! unreachable address is named on that page, before any profile or code exists.
//!
//! Lives on the GUI thread, which never blocks: creating, restoring and opening the profile
//! (scrypt) run on a worker thread while the page says so ("Creating your keys…", as the
//! unlock screen says "Unlocking…"); everything else waits on the network asynchronously.
class OnboardingFlow : public QWidget
{
    Q_OBJECT

public:
    //! `profileDirectory` must not hold a profile yet (unless resume() is used);
    //! `defaultServer` prefills the server page.
    OnboardingFlow(const QString &profileDirectory, const QUrl &defaultServer,
                   QWidget *parent = nullptr);
    ~OnboardingFlow() override;

    //! Whether `profileDirectory` holds a profile (client::Messenger::profileExists).
    [[nodiscard]] static bool profileExists(const QString &profileDirectory);

    //! Continues the registration of an unlocked but unregistered profile: the code page,
    //! with a new code requested (or the server page first, if no server was ever set).
    void resume(std::unique_ptr<client::Messenger> unregistered);

    //! The registered, unlocked Messenger, connecting or online; valid once completed() has
    //! fired (empty before, and after the first call).
    [[nodiscard]] std::unique_ptr<client::Messenger> takeMessenger();

Q_SIGNALS:
    //! The profile is registered (or restored) and its Messenger is ready to be taken.
    void completed();

private:
    enum class Path { Create, Restore };

    void choosePath(Path path);
    void showPage(OnboardingPage *page);
    [[nodiscard]] OnboardingPage *currentPage() const;

    void onServerAccepted();
    //! The server page's address answered (or not): go on, or say why not.
    void serverChecked(const Result<crypto::Ed25519PublicKey> &checked);
    void useServer();
    void onIdentityAccepted();
    void restoreCodeRequested(const QString &identity, const Result<qint64> &sent);
    void onPassphraseAccepted();
    void onCodeAccepted();
    void onCodeBack();
    void requestCode();

    // A new account.
    //! Creates and opens the profile on a worker thread; profileCreated() goes on.
    void createProfile();
    void profileCreated(Result<std::unique_ptr<client::Messenger>> messenger);
    void adopt(std::unique_ptr<client::Messenger> messenger);
    //! On the code page of a new account: an invitation token, or a code asked for.
    void proveAddress();
    void requestRegistrationCode();
    void confirmRegistration();
    void registrationConfirmed(const Result<void> &confirmed);
    void finish();

    // A restore.
    [[nodiscard]] client::Restore *newRestore();
    void requestRestoreCode();
    void completeRestore();
    //! The restored profile's files are written: opens it on a worker thread.
    void restored(const Result<void> &result, const crypto::SecureBuffer &passphrase);
    void restoredProfileOpened(Result<std::unique_ptr<client::Messenger>> messenger);
    void showRestoreFailure(const Error &error);

    void codeSent(const QString &identity, const Result<qint64> &sent);

    QString m_directory;
    QStackedWidget *m_stack;
    WelcomePage *m_welcome;
    ServerPage *m_server;
    IdentityPage *m_identity;
    PassphrasePage *m_passphrase;
    CodePage *m_code;
    Path m_path = Path::Create;
    std::unique_ptr<client::Messenger> m_messenger;
    //! One per exchange with the server: its link does not reconnect, and a code is bound
    //! to the address, not to the link.
    QPointer<client::Restore> m_restore;
    QPointer<client::ServerProbe> m_probe;
    bool m_completed = false;
};

} // namespace cardinal::ui
