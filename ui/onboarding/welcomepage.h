// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/onboarding/onboardingpage.h"

class QPushButton;

namespace cardinal::ui {

//! The first step: a new account, or this computer joining an account the user already has
//! (restored from the key backup on the server).
//!
//! Controls: "createAccountButton" (primary: accepted()), "restoreButton" (restoreChosen()).
class WelcomePage : public OnboardingPage
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

Q_SIGNALS:
    void restoreChosen();

protected:
    void retranslate() override;

private:
    QPushButton *m_restore;
};

} // namespace cardinal::ui
