// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/onboarding/passphrasepage.h"

#include "ui/kit/passphrasefields.h"
#include "ui/kit/inlineerror.h"

#include <QPushButton>
#include <QVBoxLayout>

namespace cardinal::ui {

PassphrasePage::PassphrasePage(QWidget *parent)
    : OnboardingPage(parent), m_fields(new PassphraseFields(this))
{
    card()->primaryButton()->setObjectName(QStringLiteral("passphraseContinueButton"));
    card()->backButton()->setObjectName(QStringLiteral("passphraseBackButton"));
    card()->errorLabel()->setObjectName(QStringLiteral("passphraseError"));
    card()->setBackVisible(true);
    card()->content()->addWidget(m_fields);
    connect(m_fields, &PassphraseFields::changed, this, [this] {
        clearError();
        updatePrimary();
    });
    retranslate();
}

void PassphrasePage::setRestoring(bool restoring)
{
    m_restoring = restoring;
    retranslate();
}

crypto::SecureBuffer PassphrasePage::passphrase() const
{
    return m_fields->passphrase();
}

void PassphrasePage::clear()
{
    m_fields->clear();
}

void PassphrasePage::retranslate()
{
    card()->setTitle(m_restoring ? tr("Protect this computer") : tr("Choose a passphrase"));
    card()->setExplanation(
        tr("It encrypts your keys and your message history on this computer. Nobody can "
           "recover it for you: without it, what is stored here cannot be opened."));
    card()->primaryButton()->setText(tr("&Continue"));
    card()->primaryButton()->setAccessibleName(tr("Continue"));
}

bool PassphrasePage::canContinue() const
{
    return m_fields->isAcceptable();
}

QWidget *PassphrasePage::firstInput() const
{
    return m_fields; // its focus proxy is the first field
}

} // namespace cardinal::ui
