// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/onboarding/welcomepage.h"

#include <QPushButton>

namespace cardinal::ui {

WelcomePage::WelcomePage(QWidget *parent) : OnboardingPage(parent), m_restore(new QPushButton(this))
{
    card()->primaryButton()->setObjectName(QStringLiteral("createAccountButton"));
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setFlat(true);
    card()->addSecondaryButton(m_restore);
    connect(m_restore, &QPushButton::clicked, this, &WelcomePage::restoreChosen);
    retranslate();
}

void WelcomePage::retranslate()
{
    card()->setTitle(tr("Welcome to Cardinal"));
    card()->setExplanation(tr("Private conversations, encrypted on your own devices before they "
                              "leave them."));
    card()->primaryButton()->setText(tr("&Create a new account"));
    card()->primaryButton()->setAccessibleName(tr("Create a new account"));
    m_restore->setText(tr("I &already use Cardinal"));
    m_restore->setAccessibleName(tr("I already use Cardinal"));
}

} // namespace cardinal::ui
