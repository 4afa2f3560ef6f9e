// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/secure.h"
#include "ui/onboarding/onboardingpage.h"

namespace cardinal::ui {

class PassphraseFields;

//! The passphrase that protects this device's keys and history (typed twice, with a
//! strength hint). Nobody can recover it, so the page says so.
//!
//! Controls: PassphraseFields ("passphraseEdit", "passphraseConfirmEdit",
//! "passphraseStrength"), "passphraseContinueButton", "passphraseBackButton"; errors in
//! "passphraseError".
class PassphrasePage : public OnboardingPage
{
    Q_OBJECT

public:
    explicit PassphrasePage(QWidget *parent = nullptr);

    //! Restoring: the wording is about this computer joining an existing account.
    void setRestoring(bool restoring);
    [[nodiscard]] crypto::SecureBuffer passphrase() const;
    //! Empties the fields once the passphrase has been used.
    void clear();

protected:
    void retranslate() override;
    [[nodiscard]] bool canContinue() const override;
    [[nodiscard]] QWidget *firstInput() const override;

private:
    PassphraseFields *m_fields;
    bool m_restoring = false;
};

} // namespace cardinal::ui
