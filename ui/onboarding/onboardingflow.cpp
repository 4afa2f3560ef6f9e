// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/onboarding/onboardingflow.h"

#include "client/messenger.h"
#include "ui/kit/wording.h"
#include "ui/onboarding/codepage.h"
#include "ui/onboarding/identitypage.h"
#include "ui/onboarding/passphrasepage.h"
#include "ui/onboarding/serverpage.h"
#include "ui/onboarding/welcomepage.h"

#include <QStackedWidget>
#include <QVBoxLayout>

namespace cardinal::ui {

using client::Messenger;

OnboardingFlow::OnboardingFlow(const QString &profileDirectory, const QUrl &defaultServer,
                               QWidget *parent)
    : QWidget(parent), m_directory(profileDirectory), m_stack(new QStackedWidget(this)),
      m_welcome(new WelcomePage(m_stack)), m_server(new ServerPage(defaultServer, m_stack)),
      m_identity(new IdentityPage(m_stack)), m_passphrase(new PassphrasePage(m_stack)),
      m_code(new CodePage(m_stack))
{
    setObjectName(QStringLiteral("onboardingFlow"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    for (OnboardingPage *page : std::initializer_list<OnboardingPage *>{
             m_welcome, m_server, m_identity, m_passphrase, m_code})
        m_stack->addWidget(page);

    connect(m_welcome, &WelcomePage::accepted, this, [this] { choosePath(Path::Create); });
    connect(m_welcome, &WelcomePage::restoreChosen, this, [this] { choosePath(Path::Restore); });
    connect(m_server, &ServerPage::accepted, this, &OnboardingFlow::onServerAccepted);
    connect(m_server, &ServerPage::backRequested, this,
            [this] { showPage(m_messenger ? static_cast<OnboardingPage *>(m_code) : m_welcome); });
    connect(m_identity, &IdentityPage::accepted, this, &OnboardingFlow::onIdentityAccepted);
    connect(m_identity, &IdentityPage::backRequested, this, [this] { showPage(m_server); });
    connect(m_passphrase, &PassphrasePage::accepted, this, &OnboardingFlow::onPassphraseAccepted);
    connect(m_passphrase, &PassphrasePage::backRequested, this, [this] {
        showPage(m_path == Path::Create ? static_cast<OnboardingPage *>(m_identity) : m_code);
    });
    connect(m_code, &CodePage::accepted, this, &OnboardingFlow::onCodeAccepted);
    connect(m_code, &CodePage::backRequested, this, &OnboardingFlow::onCodeBack);
    connect(m_code, &CodePage::resendRequested, this, &OnboardingFlow::requestCode);
    // Back to an e-mail code from a token: ask for one, unless one is on its way already.
    connect(m_code, &CodePage::proofSwitched, this, [this] {
        if (!m_code->tokenMode() && !m_code->codeRequested())
            requestCode();
    });
    showPage(m_welcome);
}

OnboardingFlow::~OnboardingFlow()
{
    if (m_messenger)
        m_messenger->disconnect(this);
}

bool OnboardingFlow::profileExists(const QString &profileDirectory)
{
    return client::Messenger::profileExists(profileDirectory);
}

void OnboardingFlow::resume(std::unique_ptr<Messenger> unregistered)
{
    if (!unregistered)
        return;
    m_path = Path::Create;
    m_identity->setRestoring(false);
    m_passphrase->setRestoring(false);
    m_code->setRestoring(false);
    adopt(std::move(unregistered));
    const QUrl server = m_messenger->server();
    if (server.isEmpty()) {
        showPage(m_server);
        return;
    }
    m_server->setServer(server);
    if (m_messenger->connectionState() == client::Connection::State::Disconnected)
        m_messenger->connectToServer();
    showPage(m_code);
    requestRegistrationCode();
}

std::unique_ptr<Messenger> OnboardingFlow::takeMessenger()
{
    if (!m_completed || !m_messenger)
        return {};
    m_messenger->disconnect(this);
    return std::move(m_messenger);
}

void OnboardingFlow::choosePath(Path path)
{
    m_path = path;
    const bool restoring = path == Path::Restore;
    m_identity->setRestoring(restoring);
    m_passphrase->setRestoring(restoring);
    m_code->setRestoring(restoring);
    m_code->setTokenMode(false);
    showPage(m_server);
}

void OnboardingFlow::showPage(OnboardingPage *page)
{
    m_stack->setCurrentWidget(page);
    page->enter();
}

OnboardingPage *OnboardingFlow::currentPage() const
{
    return static_cast<OnboardingPage *>(m_stack->currentWidget());
}

void OnboardingFlow::onServerAccepted()
{
    if (m_probe)
        return; // checking already
    const ServerChoice &choice = m_server->choice();
    m_server->setBusy(true);
    m_server->card()->setProgress(
        tr("Checking %1…").arg(Wording::serverName(choice.url)));
    // The probe is our child: gone with us, and then it does not answer.
    m_probe = client::ServerProbe::check(
        choice.url, choice.authority,
        [this](Result<crypto::Ed25519PublicKey> checked) { serverChecked(checked); }, this);
}

void OnboardingFlow::serverChecked(const Result<crypto::Ed25519PublicKey> &checked)
{
    m_server->setBusy(false);
    m_server->card()->setProgress(QString());
    if (!checked) {
        m_server->showError(
            Wording::serverProblem(checked.error(), m_server->choice().url));
        m_server->enter();
        return;
    }
    useServer();
}

void OnboardingFlow::useServer()
{
    if (!m_messenger) {
        showPage(m_identity);
        return;
    }
    // An unfinished profile whose server was wrong: its address is settled, so ask again.
    const ServerChoice &choice = m_server->choice();
    if (auto ok = m_messenger->setServer(choice.url, choice.authority); !ok) {
        m_server->showError(Wording::error(ok.error()));
        return;
    }
    m_messenger->connectToServer();
    showPage(m_code);
    proveAddress();
}

void OnboardingFlow::onIdentityAccepted()
{
    if (m_path == Path::Create) {
        showPage(m_passphrase);
        return;
    }
    m_identity->setBusy(true);
    const QString identity = m_identity->identity();
    newRestore()->requestCode(this, [this, identity](Result<qint64> sent) {
        restoreCodeRequested(identity, sent);
    });
}

void OnboardingFlow::restoreCodeRequested(const QString &identity, const Result<qint64> &sent)
{
    m_identity->setBusy(false);
    if (!sent) {
        m_identity->showError(
            Wording::serverProblem(sent.error(), m_server->choice().url));
        return;
    }
    codeSent(identity, sent);
    showPage(m_code);
}

void OnboardingFlow::onPassphraseAccepted()
{
    if (m_path == Path::Restore) {
        completeRestore();
        return;
    }
    createProfile();
}

void OnboardingFlow::onCodeAccepted()
{
    if (m_path == Path::Create)
        confirmRegistration();
    else
        showPage(m_passphrase);
}

void OnboardingFlow::onCodeBack()
{
    // A new account's profile exists by now, and with it its address: only the server can
    // still change.
    showPage(m_path == Path::Create ? static_cast<OnboardingPage *>(m_server) : m_identity);
}

void OnboardingFlow::requestCode()
{
    m_code->clearError();
    if (m_path == Path::Create) {
        requestRegistrationCode();
        return;
    }
    const QString identity = m_identity->identity();
    m_code->setSending(identity);
    newRestore()->requestCode(this, [this, identity](Result<qint64> sent) {
        codeSent(identity, sent);
    });
}

void OnboardingFlow::codeSent(const QString &identity, const Result<qint64> &sent)
{
    if (!sent) {
        m_code->setNotSent(identity);
        m_code->showError(
            Wording::serverProblem(sent.error(), m_server->choice().url));
        const bool wait = sent.error().code == ErrorCode::RateLimited;
        m_code->allowResendIn(wait ? CodePage::ResendDelaySeconds : 0);
        return;
    }
    m_code->clearError();
    m_code->setSent(identity, *sent);
}

void OnboardingFlow::createProfile()
{
    if (m_passphrase->card()->isBusy())
        return;
    // Making the keys and sealing them (scrypt) runs on a worker thread: the window stays
    // responsive and says what it is doing, as the unlock screen does.
    m_passphrase->setBusy(true);
    m_passphrase->card()->setProgress(tr("Creating your keys…"));
    const client::ProfileSetup setup{m_identity->identity(), m_identity->deviceName()};
    Messenger::createInBackground(m_directory, setup, m_passphrase->passphrase(), this,
                                  [this](Result<std::unique_ptr<Messenger>> created) {
                                      profileCreated(std::move(created));
                                  });
}

void OnboardingFlow::profileCreated(Result<std::unique_ptr<Messenger>> messenger)
{
    m_passphrase->card()->setProgress({});
    m_passphrase->setBusy(false);
    if (!messenger) {
        m_passphrase->showError(Wording::error(messenger.error()));
        return;
    }
    m_passphrase->clear();
    adopt(std::move(*messenger));
    const ServerChoice &choice = m_server->choice();
    if (auto ok = m_messenger->setServer(choice.url, choice.authority); !ok) {
        showPage(m_server);
        m_server->showError(Wording::error(ok.error()));
        return;
    }
    m_messenger->connectToServer();
    showPage(m_code);
    proveAddress();
}

void OnboardingFlow::proveAddress()
{
    m_code->setIdentity(m_messenger->identity());
    if (m_code->tokenMode() || m_identity->hasInvitation()) {
        // An invitation: no e-mail code is asked for (the user can still switch to one).
        m_code->setTokenMode(true);
        m_code->enter();
        return;
    }
    requestRegistrationCode();
}

void OnboardingFlow::adopt(std::unique_ptr<Messenger> messenger)
{
    m_messenger = std::move(messenger);
    // A server that is not the pinned one: waiting requests fail too, but this says why even
    // when nothing is waiting.
    connect(m_messenger.get(), &Messenger::failed, this,
            [this](const Error &error) { currentPage()->showError(Wording::error(error)); });
}

void OnboardingFlow::requestRegistrationCode()
{
    const QString identity = m_messenger->identity();
    m_code->setSending(identity);
    m_messenger->requestCode(this, [this, identity](Result<qint64> sent) {
        codeSent(identity, sent);
    });
}

void OnboardingFlow::confirmRegistration()
{
    m_code->setBusy(true);
    const auto answered = [this](Result<void> confirmed) { registrationConfirmed(confirmed); };
    if (m_code->tokenMode())
        m_messenger->registerWithToken(m_code->token(), this, answered);
    else
        m_messenger->confirmCode(m_code->code(), this, answered);
}

void OnboardingFlow::registrationConfirmed(const Result<void> &confirmed)
{
    m_code->setBusy(false);
    if (!confirmed && m_code->tokenMode()) {
        const Error &error = confirmed.error();
        //: %1 is the server's reason, in English
        m_code->showError(error.code == ErrorCode::InvalidToken
                              ? tr("The server refused this invitation token (%1). Ask your "
                                   "organisation for a new one, or use an e-mail code.")
                                    .arg(error.detail)
                              : Wording::error(error));
        m_code->selectToken();
        return;
    }
    if (!confirmed) {
        m_code->showError(Wording::error(confirmed.error()));
        m_code->selectCode();
        return;
    }
    m_code->clearSecrets();
    finish();
}

void OnboardingFlow::finish()
{
    m_completed = true;
    Q_EMIT completed();
}

client::Restore *OnboardingFlow::newRestore()
{
    if (m_restore)
        m_restore->deleteLater(); // may be inside one of its own callbacks
    const ServerChoice &choice = m_server->choice();
    m_restore = new client::Restore(choice.url, m_identity->identity(), choice.authority, this);
    return m_restore;
}

void OnboardingFlow::completeRestore()
{
    const crypto::SecureBuffer profilePassphrase = m_passphrase->passphrase();
    auto reopen = std::make_shared<crypto::SecureBuffer>(profilePassphrase.copy());
    m_passphrase->setBusy(true);
    m_passphrase->card()->setProgress(tr("Restoring your keys…"));
    newRestore()->complete(m_code->code(), m_code->backupPassphrase(), m_directory,
                           m_identity->deviceName(), profilePassphrase, this,
                           [this, reopen](Result<void> outcome) { restored(outcome, *reopen); });
}

void OnboardingFlow::restored(const Result<void> &result, const crypto::SecureBuffer &passphrase)
{
    if (!result) {
        m_passphrase->card()->setProgress({});
        m_passphrase->setBusy(false);
        showRestoreFailure(result.error());
        return;
    }
    m_passphrase->card()->setProgress(tr("Unlocking…"));
    Messenger::openInBackground(m_directory, passphrase.copy(), this,
                                [this](Result<std::unique_ptr<Messenger>> opened) {
                                    restoredProfileOpened(std::move(opened));
                                });
}

void OnboardingFlow::restoredProfileOpened(Result<std::unique_ptr<Messenger>> messenger)
{
    m_passphrase->card()->setProgress({});
    m_passphrase->setBusy(false);
    if (!messenger) {
        m_passphrase->showError(Wording::error(messenger.error()));
        return;
    }
    m_passphrase->clear();
    m_code->clearSecrets();
    adopt(std::move(*messenger));
    // Authenticating adds this device to the card, so contacts start encrypting to it.
    m_messenger->connectToServer();
    finish();
}

void OnboardingFlow::showRestoreFailure(const Error &error)
{
    showPage(m_code);
    if (error.code == ErrorCode::WrongPassphrase) {
        // The code was spent on fetching the backup, so a new one is needed as well.
        m_code->showError(tr("The backup passphrase is not correct. Check it, ask for a new "
                             "code, and try again."));
        m_code->selectBackupPassphrase();
        return;
    }
    m_code->showError(Wording::error(error));
    m_code->selectCode();
}

} // namespace cardinal::ui
