// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/onboarding/onboardingpage.h"

#include <QEvent>
#include <QPushButton>

namespace cardinal::ui {

OnboardingPage::OnboardingPage(QWidget *parent) : QWidget(parent), m_card(new OnboardingCard(this))
{
    OnboardingCard::centre(this, m_card);
    connect(m_card->primaryButton(), &QPushButton::clicked, this, [this] {
        if (!canContinue())
            return;
        clearError();
        if (validate())
            Q_EMIT accepted();
    });
    connect(m_card->backButton(), &QPushButton::clicked, this, &OnboardingPage::backRequested);
}

void OnboardingPage::enter()
{
    updatePrimary();
    QWidget *target = firstInput();
    if (!target || !target->isEnabled())
        target = m_card->primaryButton();
    target->setFocus(Qt::OtherFocusReason);
}

void OnboardingPage::updatePrimary()
{
    m_card->primaryButton()->setEnabled(canContinue());
}

void OnboardingPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

} // namespace cardinal::ui
