// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/onboarding/onboardingpage.h"

class QCheckBox;
class QLabel;
class QLineEdit;

namespace cardinal::ui {

//! Who the user is (an e-mail address, where the server sends codes; in the form the core
//! normalises it to) and what this computer is called for their contacts ("Laptop").
//!
//! A new account may come with an invitation token from the server's operator (an
//! organisation that verified its people its own way): then no e-mail code is asked for.
//!
//! Controls: "identityEdit", "deviceNameEdit", "invitationCheck" (new accounts only),
//! "identityContinueButton", "identityBackButton"; errors in "identityError".
class IdentityPage : public OnboardingPage
{
    Q_OBJECT

public:
    //! Longest device name: the UTF-8 bytes a device record's label may hold
    //! (protocol::MaxDeviceLabelBytes).
    static constexpr qsizetype MaxDeviceNameBytes = 64;

    explicit IdentityPage(QWidget *parent = nullptr);

    //! Restoring: the address is the one the account already has, and the wording says so.
    void setRestoring(bool restoring);
    //! The normalised address; only meaningful after accepted().
    [[nodiscard]] const QString &identity() const { return m_identity; }
    [[nodiscard]] QString deviceName() const;
    //! Whether the user said they have an invitation token (never when restoring).
    [[nodiscard]] bool hasInvitation() const;

    //! QSysInfo::machineHostName(), or "Desktop" when there is none.
    [[nodiscard]] static QString defaultDeviceName();

protected:
    void retranslate() override;
    [[nodiscard]] bool canContinue() const override;
    [[nodiscard]] bool validate() override;
    [[nodiscard]] QWidget *firstInput() const override;

private:
    QLabel *m_identityLabel;
    QLineEdit *m_identityEdit;
    QLabel *m_deviceLabel;
    QLineEdit *m_device;
    QCheckBox *m_invitation;
    QString m_identity;
    bool m_restoring = false;
};

} // namespace cardinal::ui
