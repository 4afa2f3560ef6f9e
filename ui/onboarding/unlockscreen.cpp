// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/onboarding/unlockscreen.h"

#include "client/messenger.h"

#include "ui/kit/wording.h"
#include "ui/kit/inlineerror.h"
#include "ui/onboarding/onboardingcard.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cardinal::ui {

UnlockScreen::UnlockScreen(const QString &profileDirectory, QWidget *parent)
    : QWidget(parent), m_directory(profileDirectory), m_card(new OnboardingCard(this)),
      m_label(new QLabel(this)), m_passphrase(new QLineEdit(this))
{
    setObjectName(QStringLiteral("unlockScreen"));
    OnboardingCard::centre(this, m_card);
    m_passphrase->setObjectName(QStringLiteral("unlockPassphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData |
                                      Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_label->setBuddy(m_passphrase);
    m_card->content()->addWidget(m_label);
    m_card->content()->addWidget(m_passphrase);
    m_card->primaryButton()->setObjectName(QStringLiteral("unlockButton"));
    m_card->errorLabel()->setObjectName(QStringLiteral("unlockError"));
    m_card->primaryButton()->setEnabled(false);
    setFocusProxy(m_passphrase);

    connect(m_passphrase, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_card->primaryButton()->setEnabled(!text.isEmpty()); });
    connect(m_card->primaryButton(), &QPushButton::clicked, this, &UnlockScreen::unlock);
    retranslate();
}

UnlockScreen::~UnlockScreen() = default;

std::unique_ptr<client::Messenger> UnlockScreen::takeMessenger()
{
    return std::move(m_messenger);
}

void UnlockScreen::reset()
{
    m_passphrase->clear();
    m_card->clearError();
    m_card->setBusy(false);
    m_passphrase->setFocus(Qt::OtherFocusReason);
}

void UnlockScreen::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void UnlockScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_passphrase->setFocus(Qt::OtherFocusReason);
}

void UnlockScreen::unlock()
{
    if (m_passphrase->text().isEmpty() || m_card->isBusy())
        return;
    m_card->clearError();
    m_card->setBusy(true);
    m_card->setProgress(tr("Unlocking…"));
    auto passphrase = crypto::SecureBuffer::fromUtf8(m_passphrase->text());
    // The field is not needed any more, whatever the outcome.
    m_passphrase->clear();
    client::Messenger::openInBackground(
        m_directory, std::move(passphrase), this,
        [this](Result<std::unique_ptr<client::Messenger>> opened) {
            m_card->setProgress({});
            m_card->setBusy(false);
            if (!opened) {
                m_card->showError(opened.error().code == ErrorCode::WrongPassphrase
                                      ? tr("That passphrase is not correct. Please try again.")
                                      : Wording::error(opened.error()));
                m_passphrase->setFocus(Qt::OtherFocusReason);
                return;
            }
            m_messenger = std::move(*opened);
            Q_EMIT unlocked();
        });
}

void UnlockScreen::retranslate()
{
    m_card->setTitle(tr("Unlock Cardinal"));
    const auto identity = client::Messenger::profileIdentity(m_directory);
    m_card->setExplanation(
        (identity ? tr("Enter the passphrase of %1 to open your messages on this computer.")
                        .arg(*identity)
                  : tr("Enter your passphrase to open your messages on this computer.")) +
        QLatin1Char(' ') +
        tr("While Cardinal is locked it receives nothing: new messages wait on the server "
           "until you unlock."));
    m_label->setText(tr("&Passphrase"));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_card->primaryButton()->setText(tr("&Unlock"));
    m_card->primaryButton()->setAccessibleName(tr("Unlock"));
}

} // namespace cardinal::ui
